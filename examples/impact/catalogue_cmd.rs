//! `impact sets` and `impact indicators`: browsing the catalogue.

use crate::cli_error::CliError;
use crate::flags::{parse_dimension, parse_set};
use crate::locale::{words, ShowLabels};
use clap::{Args, Subcommand, ValueEnum};
use social_impact::catalogue::{Catalogue, Dimension, IndicatorDefinition, Measure};
use social_impact::locale::vocabulary::{measure_type_name, Named};
use social_impact::set::SetSource;
use social_impact::Lang;

/// Output format of a listing.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum ListFormat {
    /// A table for people.
    #[value(alias = "table")]
    Text,
    /// JSON for programs.
    Json,
}

#[derive(Args)]
pub struct SetsArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Text)]
    format: ListFormat,
    /// Language of titles: the global `--lang`, filled in by `main`.
    #[arg(skip)]
    pub lang: Lang,
}

#[derive(Args)]
pub struct IndicatorsArgs {
    #[command(subcommand)]
    show: Option<IndicatorsCommand>,
    /// Only the indicators of this set (bundled id or manifest path).
    #[arg(long, value_parser = parse_set)]
    set: Option<SetSource>,
    #[command(flatten)]
    definitions: crate::flags::DefinitionsArg,
    /// Only this dimension (housing, rights, health, ...).
    #[arg(long, value_parser = parse_dimension)]
    dimension: Option<Dimension>,
    /// Language of labels: the global `--lang`, filled in by `main`.
    #[arg(skip)]
    pub lang: Lang,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Text, global = true)]
    format: ListFormat,
}

#[derive(Subcommand)]
enum IndicatorsCommand {
    /// Show one indicator's whole definition.
    Show {
        /// The indicator id, e.g. excl.housing.situation.
        id: String,
    },
}

pub fn sets(args: SetsArgs) -> Result<(), CliError> {
    let catalogue = Catalogue::bundled()?;
    if args.format == ListFormat::Json {
        let list: Vec<serde_json::Value> = catalogue
            .manifests()
            .map(|m| {
                serde_json::json!({
                    "id": m.id, "version": m.version, "title": m.title, "domain": m.domain,
                    "indicators": m.indicators.iter().filter_map(|e| e.id()).map(|id| id.to_string()).collect::<Vec<_>>(),
                })
            })
            .collect();
        println!("{}", serde_json::to_string_pretty(&list)?);
        return Ok(());
    }
    let rows: Vec<Vec<String>> = catalogue
        .manifests()
        .map(|m| {
            vec![
                m.id.to_string(),
                m.version.to_string(),
                m.indicators.len().to_string(),
                m.title.get(args.lang).to_string(),
            ]
        })
        .collect();
    print_table(&words(args.lang).sets_header(), &rows);
    Ok(())
}

pub fn indicators(args: IndicatorsArgs) -> Result<(), CliError> {
    let catalogue = args.definitions.catalogue()?;
    let catalogue = catalogue.as_ref();
    if let Some(IndicatorsCommand::Show { id }) = &args.show {
        return show(catalogue, args.set.as_ref(), id, args.lang, args.format);
    }
    let dimension = args.dimension;
    let defs: Vec<IndicatorDefinition> = match &args.set {
        Some(s) => catalogue.open_set(s)?.registry().iter().map(|i| i.definition().clone()).collect(),
        None => catalogue.definitions().map(|d| (**d).clone()).collect(),
    };
    let defs: Vec<&IndicatorDefinition> =
        defs.iter().filter(|d| dimension.is_none_or(|dim| d.dimension == dim)).collect();
    if args.format == ListFormat::Json {
        println!("{}", serde_json::to_string_pretty(&defs)?);
        return Ok(());
    }
    let rows: Vec<Vec<String>> = defs
        .iter()
        .map(|d| {
            vec![
                d.id.to_string(),
                d.dimension.name(args.lang).to_string(),
                measure_type_name(d.measure.type_name(), args.lang).to_string(),
                d.waves.iter().map(|w| w.name(args.lang)).collect::<Vec<_>>().join(", "),
                d.label.get(args.lang).to_string(),
            ]
        })
        .collect();
    print_table(&words(args.lang).indicators_header(), &rows);
    Ok(())
}

fn show(
    catalogue: &Catalogue,
    set: Option<&SetSource>,
    id: &str,
    lang: Lang,
    format: ListFormat,
) -> Result<(), CliError> {
    let def: IndicatorDefinition = match set {
        Some(s) => {
            let set = catalogue.open_set(s)?;
            let found = set.registry().get(id).map(|i| i.definition().clone());
            found.ok_or_else(|| unknown_indicator(id, set.registry().ids().map(|i| i.as_str()), lang))?
        }
        None => catalogue
            .definition(id)
            .map(|d| (**d).clone())
            .ok_or_else(|| unknown_indicator(id, catalogue.definitions().map(|d| d.id.as_str()), lang))?,
    };
    if format == ListFormat::Json {
        println!("{}", serde_json::to_string_pretty(&def)?);
        return Ok(());
    }
    let w = words(lang);
    let ShowLabels {
        definition: l_def,
        question: l_q,
        why: l_why,
        measure: l_measure,
        direction: l_dir,
        waves: l_waves,
        respondent: l_resp,
        ages: l_ages,
    } = w.show_labels();
    // A name and the code a command line or a file takes: `Sortie (exit)`.
    fn both(name: &str, code: &str) -> String {
        format!("{name} ({code})")
    }
    let c = w.colon();
    println!("{} — {} (v{}, {})", def.id, def.label.get(lang), def.version, def.status.name(lang));
    println!("{l_def}{c} {}", def.definition.get(lang));
    println!("{l_q}{c} {}", def.question.get(lang));
    if let Some(r) = &def.rationale {
        println!("{l_why}{c} {}", r.get(lang));
    }
    println!("{l_resp}{c} {}   {l_dir}{c} {}", def.respondent.name(lang), def.direction.name(lang));
    let waves: Vec<String> = def.waves.iter().map(|v| both(v.name(lang), v.as_str())).collect();
    println!("{l_waves}{c} {}", waves.join(", "));
    println!("{l_measure}{c} {}", both(measure_type_name(def.measure.type_name(), lang), def.measure.type_name()));
    match &def.measure {
        Measure::Ordinal { min, max, positive_threshold, levels } => {
            println!(
                "  {min}..{max}{}",
                positive_threshold.map(|t| w.positive_threshold(&t.to_string())).unwrap_or_default()
            );
            for (k, v) in levels {
                println!("  {k}: {}", v.get(lang));
            }
        }
        Measure::Categorical { categories } => {
            for c in categories {
                println!(
                    "  {:<14} score {:<4} {} {}",
                    c.code,
                    c.score,
                    if c.positive { "+" } else { " " },
                    c.label.get(lang)
                );
            }
        }
        Measure::Continuous { unit, min, max } => {
            println!("{}", w.continuous(&unit.to_string(), &format!("{min:?}"), &format!("{max:?}")));
        }
        Measure::Count { max } => println!("  0..{}", max.map(|m| m.to_string()).unwrap_or_else(|| "∞".into())),
        Measure::Binary { .. } => {}
    }
    if let Some(a) = &def.applies_to {
        let ages = match (a.min_age, a.max_age) {
            (Some(lo), Some(hi)) => format!("{lo}-{hi}"),
            (Some(lo), None) => format!("{lo}+"),
            (None, Some(hi)) => format!("0-{hi}"),
            (None, None) => "-".to_string(),
        };
        println!("{l_ages}{c} {ages}");
    }
    if let Some(c) = &def.composite {
        let items: Vec<String> =
            c.items.iter().map(|i| format!("{}{}", i.indicator, if i.reverse { w.reversed() } else { "" })).collect();
        println!("{}", w.composite(w.aggregation(c.aggregation), c.min_answered, &items.join(", ")));
    }
    for r in &def.references {
        println!("{}", w.reference(r.kind.name(lang), &r.code.to_string()));
    }
    Ok(())
}

/// An unknown indicator: the closest id, then a few of the ids of the same
/// family (`excl.housing.` …) or the first ones, and how many others exist.
fn unknown_indicator<'a>(id: &str, known: impl Iterator<Item = &'a str>, lang: Lang) -> CliError {
    const LISTED: usize = 8;
    let known: Vec<&str> = known.collect();
    let suggestion = social_impact::text::closest(id, known.iter().copied());
    let family = id.rsplit_once('.').map(|(f, _)| format!("{f}.")).unwrap_or_default();
    let mut listed: Vec<&str> =
        known.iter().copied().filter(|k| !family.is_empty() && k.starts_with(&family)).collect();
    if listed.is_empty() {
        listed = known.clone();
    }
    listed.truncate(LISTED);
    let others = known.len() - listed.len();
    CliError::new(words(lang).unknown_indicator(id, suggestion, &listed.join(", "), others))
}

/// Prints rows as an aligned table (widths by characters, not bytes, for accents).
pub fn print_table(header: &[&str], rows: &[Vec<String>]) {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            if let Some(w) = widths.get_mut(i) {
                *w = (*w).max(cell.chars().count());
            }
        }
    }
    let line = |cells: Vec<&str>| {
        let padded: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let w = widths.get(i).copied().unwrap_or(0);
                format!("{c}{}", " ".repeat(w.saturating_sub(c.chars().count())))
            })
            .collect();
        println!("{}", padded.join("  ").trim_end());
    };
    line(header.to_vec());
    line(widths.iter().map(|w| "-".repeat(*w)).collect::<Vec<_>>().iter().map(|s| s.as_str()).collect());
    for row in rows {
        line(row.iter().map(|s| s.as_str()).collect());
    }
}
