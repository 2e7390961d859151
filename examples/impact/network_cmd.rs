//! `impact network`: merges aggregates into a network report
//! (`impact-report/1`, in JSON, HTML or Markdown).

use crate::cli_error::CliError;
use crate::flags::parse_set;
use crate::report_cmd::{render, ReportFormat};
use clap::Args;
use social_impact::locale::network as words;
use social_impact::report::render::RenderOptions;
use social_impact::set::SetSource;
use social_impact::tables::{censoring_dates, for_member, network_report, Aggregate, NetworkError};
use social_impact::Lang;
use std::path::{Path, PathBuf};

#[derive(Args)]
pub struct NetworkArgs {
    /// Reference set: a bundled id (exclusion-2023, child-protection-2024) or a manifest path.
    #[arg(long, value_parser = parse_set)]
    pub set: SetSource,
    #[command(flatten)]
    pub definitions: crate::flags::DefinitionsArg,
    /// Aggregate files (`impact aggregate`), or folders holding them (every `.json` file).
    #[arg(long, required = true, num_args = 1..)]
    pub aggregates: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Json)]
    pub format: ReportFormat,
    /// Write the report here (written whole or not at all); standard output otherwise.
    #[arg(long, short = 'o', visible_alias = "out")]
    pub output: Option<PathBuf>,
    /// Replace the output file if it exists (never an aggregate read).
    #[arg(long)]
    pub force: bool,
    /// Write the report for this member: its code shown, the others under anonymous labels.
    #[arg(long = "for")]
    pub for_org: Option<String>,
    /// Language of the report and messages: the global `--lang`, filled in
    /// by `main`.
    #[arg(skip)]
    pub lang: Lang,
}

/// The aggregate files named: files as given, folders' `.json` files sorted by name.
fn files(places: &[PathBuf], lang: Lang) -> Result<Vec<PathBuf>, CliError> {
    let mut out = Vec::new();
    for place in places {
        if place.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(place)
                .map_err(|e| CliError::new(format!("{}: {e}", place.display())))?
                .filter_map(|e| Some(e.ok()?.path()))
                .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "json"))
                .collect();
            if found.is_empty() {
                return Err(CliError::new(words::no_aggregate(lang, &place.display().to_string())));
            }
            found.sort();
            out.extend(found);
        } else {
            out.push(place.clone());
        }
    }
    Ok(out)
}

fn read(path: &Path, lang: Lang) -> Result<Aggregate, CliError> {
    let text = std::fs::read_to_string(path).map_err(|e| CliError::new(format!("{}: {e}", path.display())))?;
    serde_json::from_str(&text)
        .map_err(|e| CliError::new(words::refused(lang, &path.display().to_string(), &e.to_string())))
}

/// What to say when the aggregates were censored at different dates
/// (`impact network` says it on standard error and in the data quality of
/// the HTML and Markdown reports); `None` when they agree.
fn censoring_note(aggregates: &[Aggregate], lang: Lang) -> Option<String> {
    let dates = censoring_dates(aggregates);
    let latest = dates.iter().flatten().max()?;
    let earlier: Vec<&Option<social_impact::data::Date>> =
        dates.iter().filter(|d| d.as_ref() != Some(latest)).collect();
    if earlier.is_empty() {
        return None;
    }
    let earliest = earlier.iter().copied().flatten().min().map(ToString::to_string);
    let earliest = if earlier.iter().any(|d| d.is_none()) { None } else { earliest };
    Some(words::censoring_dates_differ(lang, earlier.len(), earliest.as_deref(), &latest.to_string()))
}

pub fn network(args: NetworkArgs) -> Result<(), CliError> {
    let paths = files(&args.aggregates, args.lang)?;
    let inputs = paths.iter().map(PathBuf::as_path);
    let policy = crate::output::checked(args.force, Some(&args.set), inputs, args.output.as_deref(), args.lang)?;
    let set = args.definitions.open(&args.set)?;
    let aggregates = paths.iter().map(|p| read(p, args.lang)).collect::<Result<Vec<_>, _>>()?;
    let mut report = network_report(&set, &aggregates).map_err(|e| {
        let file = match &e {
            NetworkError::Format { index, .. }
            | NetworkError::Set { index, .. }
            | NetworkError::Parameter { index, .. }
            | NetworkError::Inconsistent { index, .. } => paths.get(*index).map(|p| p.display().to_string()),
            _ => None,
        };
        CliError::new(words::refused(args.lang, &file.unwrap_or_else(|| "--aggregates".into()), &e.to_string()))
    })?;
    let note = censoring_note(&aggregates, args.lang);
    if let Some(note) = &note {
        eprintln!("{note}");
    }
    if let Some(org) = &args.for_org {
        if !for_member(&mut report, org, args.lang) {
            return Err(CliError::new(words::not_a_member(args.lang, org)));
        }
    }
    let mut options = RenderOptions::new(args.lang);
    options.member = args.for_org.clone();
    options.notes.extend(note);
    let text = render(&report, &set, args.format, &options)?;
    match &args.output {
        Some(path) => crate::output::write(path, text.as_bytes(), &policy, args.lang)?,
        None => print!("{text}"),
    }
    Ok(())
}
