//! `impact sroi` end to end on reports of the bundled sets' sample data:
//! JSON valid against its published schema, HTML and Markdown in both
//! languages, byte-identical for a seed, other draws for another seed; bad
//! models refused with every problem located; the report's `gained` and
//! `lost` counts the quantities come from.

use super::support::{fixture, run_impact, run_report};
use social_impact::analysis::{analyse, AnalysisOptions};
use social_impact::catalogue::check::{check_paths, Rule};
use social_impact::catalogue::{Catalogue, Direction};
use social_impact::costs::{self, KnownIndicators, ProblemKind, SroiError, SroiModel, SroiOptions};
use social_impact::ingest::{load, IngestOptions};
use social_impact::report::{MeasureKind, Report};
use social_impact::sample::{write_csv, SampleSpec};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

const SETS: [&str; 2] = ["exclusion-2023", "child-protection-2024"];

/// The folder holding them, and each set's report with its file.
type Reports = (tempfile::TempDir, Vec<(String, Report, PathBuf)>);

/// The report of a set on a deterministic sample (5 organisations, 900
/// people), computed once for both sets and written as JSON.
fn report_of(set_id: &str) -> (Report, PathBuf) {
    static REPORTS: OnceLock<Reports> = OnceLock::new();
    let (_, reports) = REPORTS.get_or_init(|| {
        let root = tempfile::tempdir().unwrap();
        let reports = SETS
            .iter()
            .map(|id| {
                let set = Catalogue::bundled().unwrap().reference_set(id).unwrap();
                let dir = root.path().join(id);
                let data = dir.join("data");
                write_csv(&set, &SampleSpec::new(5, 900, 1), &data).unwrap();
                let loaded =
                    load(&set, &data.join("enrolments.csv"), &data.join("observations.csv"), &IngestOptions::default())
                        .unwrap();
                let report = analyse(&set, &loaded.dataset, &AnalysisOptions::default()).unwrap();
                let path = dir.join("report.json");
                std::fs::write(&path, serde_json::to_string_pretty(&report).unwrap()).unwrap();
                (id.to_string(), report, path)
            })
            .collect();
        (root, reports)
    });
    let (_, report, path) = reports.iter().find(|(id, _, _)| id == set_id).unwrap();
    (report.clone(), path.clone())
}

fn sroi(set_id: &str, report: &Path, extra: &[&str]) -> std::process::Output {
    let mut args = vec!["sroi", "--model", set_id, "--report", report.to_str().unwrap()];
    if !extra.contains(&"--draws") {
        args.extend_from_slice(&["--draws", "2000"]);
    }
    args.extend_from_slice(extra);
    run_impact(&args)
}

#[test]
fn sroi_on_the_demo_reports_writes_valid_json_html_and_markdown_in_both_languages() {
    let schema = jsonschema::draft202012::new(&costs::result_schema()).unwrap();
    for set_id in SETS {
        let (_, report) = report_of(set_id);
        let run = sroi(set_id, &report, &["--format", "json"]);
        assert!(run.status.success(), "{set_id}: {}", String::from_utf8_lossy(&run.stderr));
        let json: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
        let errors: Vec<String> = schema.iter_errors(&json).map(|e| format!("{}: {e}", e.instance_path)).collect();
        assert!(errors.is_empty(), "{set_id}: {errors:#?}");
        assert_eq!(json["format"], "impact-sroi/1");
        assert_eq!(json["organisation"], "*");
        assert_eq!(json["monte_carlo"]["draws"], 2000);
        assert_eq!(json["monte_carlo"]["confidence"], 0.95, "the report's level by default");
        let mc = &json["monte_carlo"];
        let (low, median, high) = (
            mc["ratio_low"].as_f64().unwrap(),
            mc["ratio_median"].as_f64().unwrap(),
            mc["ratio_high"].as_f64().unwrap(),
        );
        assert!(low < median && median < high, "{set_id}: {low} {median} {high}");
        let central = json["central"]["ratio"].as_f64().unwrap();
        let pv = json["central"]["present_value"].as_f64().unwrap();
        let parts: f64 =
            json["central"]["outcomes"].as_array().unwrap().iter().map(|o| o["present_value"].as_f64().unwrap()).sum();
        assert!((pv - parts).abs() < 1e-6 * pv, "{set_id}: total present value is the sum of the outcomes'");
        assert!(central > 0.0);
        for s in json["sensitivity"].as_array().unwrap() {
            let be = &s["break_even"];
            if let Some(be) = be.as_f64() {
                assert!(s["low"].as_f64().unwrap() <= be && be <= s["high"].as_f64().unwrap(), "{s}");
            }
        }

        for lang in ["fr", "en"] {
            let html = sroi(set_id, &report, &["--format", "html", "--lang", lang]);
            assert!(html.status.success(), "{set_id} {lang}: {}", String::from_utf8_lossy(&html.stderr));
            let page = String::from_utf8(html.stdout).unwrap();
            assert!(page.starts_with("<!DOCTYPE html>") && page.contains(&format!("<html lang=\"{lang}\">")));
            assert_eq!(page.matches("<svg").count(), 2, "{set_id} {lang}: distribution and tornado charts");
            assert!(page.contains("class=\"banner\""), "{set_id} {lang}: the illustrative banner");
            assert!(!page.contains("<script") && !page.contains("http://") && !page.contains("https://"));
            let md = sroi(set_id, &report, &["--format", "md", "--lang", lang]);
            assert!(md.status.success());
            let text = String::from_utf8(md.stdout).unwrap();
            assert!(text.starts_with("# "), "{set_id} {lang}");
            let (words, banner) = if lang == "fr" {
                ("Chaque euro investi rapporte entre", "Modèle illustratif")
            } else {
                ("Each euro invested returns between", "Illustrative model")
            };
            assert!(page.contains(words) && text.contains(words), "{set_id} {lang}: the ratio in words");
            assert!(text.contains(banner), "{set_id} {lang}");
            // Every assumption's source is in the table.
            assert!(page.contains("Dallier") && text.contains("Dallier"), "{set_id} {lang}: the cited source");
        }
    }
}

#[test]
fn the_same_seed_gives_the_same_bytes_and_another_seed_other_draws() {
    let (_, report) = report_of("exclusion-2023");
    for format in ["json", "html", "md"] {
        let a = sroi("exclusion-2023", &report, &["--format", format, "--seed", "42"]);
        let b = sroi("exclusion-2023", &report, &["--format", format, "--seed", "42"]);
        assert!(a.status.success());
        assert_eq!(a.stdout, b.stdout, "{format}: not byte-identical for one seed");
    }
    let json = |seed: &str| -> serde_json::Value {
        serde_json::from_slice(&sroi("exclusion-2023", &report, &["--seed", seed]).stdout).unwrap()
    };
    let (one, two) = (json("1"), json("2"));
    assert_eq!(one["central"], two["central"], "central figures do not depend on the seed");
    assert_eq!(one["sensitivity"], two["sensitivity"]);
    assert_ne!(one["monte_carlo"]["histogram"], two["monte_carlo"]["histogram"]);
    assert_ne!(one["monte_carlo"]["ratio_median"], two["monte_carlo"]["ratio_median"]);
}

#[test]
fn output_is_written_whole_and_options_are_honoured() {
    let (_, report) = report_of("child-protection-2024");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("sroi.json");
    let run = sroi(
        "child-protection-2024",
        &report,
        &["--output", out.to_str().unwrap(), "--confidence", "0.9", "--organisation", "ASSO-A", "--draws", "500"],
    );
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    assert!(run.stdout.is_empty());
    let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(json["organisation"], "ASSO-A");
    assert_eq!(json["monte_carlo"]["confidence"], 0.9);
    assert_eq!(json["monte_carlo"]["draws"], 500);
}

#[test]
fn quantities_come_from_the_group_asked_for() {
    let (report, _) = report_of("exclusion-2023");
    let model = costs::bundled_model("exclusion-2023").unwrap().unwrap();
    let mut options = SroiOptions::default();
    options.draws = 200;
    let network = costs::compute(&model, &report, &options).unwrap();
    let ind = report.indicators.iter().find(|i| i.indicator == "excl.housing.situation").unwrap();
    let est = |org: &str| {
        ind.groups.iter().find(|g| g.organisation.as_str() == org).unwrap().change.estimates.shown().cloned().unwrap()
    };
    assert_eq!(network.central.outcomes[0].quantity, est("*").gained.unwrap() as f64);
    // net_gained = gained - lost.
    let cov = report.indicators.iter().find(|i| i.indicator == "excl.rights.health_coverage").unwrap();
    let net =
        cov.groups.iter().find(|g| g.organisation.is_network()).unwrap().change.estimates.shown().cloned().unwrap();
    assert_eq!(network.central.outcomes[1].quantity, net.gained.unwrap() as f64 - net.lost.unwrap() as f64);
    options.organisation = Some("ASSO-B".into());
    let one = costs::compute(&model, &report, &options).unwrap();
    assert_eq!(one.organisation, "ASSO-B");
    assert_eq!(one.central.outcomes[0].quantity, est("ASSO-B").gained.unwrap() as f64);
    assert!(one.central.outcomes[0].quantity < network.central.outcomes[0].quantity);
}

#[test]
fn hidden_groups_give_no_quantity() {
    let set = Catalogue::bundled().unwrap().reference_set("exclusion-2023").unwrap();
    let dir = tempfile::tempdir().unwrap();
    write_csv(&set, &SampleSpec::new(2, 60, 3), dir.path()).unwrap();
    let loaded =
        load(&set, &dir.path().join("enrolments.csv"), &dir.path().join("observations.csv"), &IngestOptions::default())
            .unwrap();
    let report =
        analyse(&set, &loaded.dataset, &AnalysisOptions { min_cell: 1000, ..AnalysisOptions::default() }).unwrap();
    let model = costs::bundled_model("exclusion-2023").unwrap().unwrap();
    match costs::compute(&model, &report, &SroiOptions::default()) {
        Err(SroiError::Quantities(errors)) => {
            assert_eq!(errors.len(), model.outcomes.len(), "every outcome's quantity is hidden");
            assert!(errors.iter().all(|e| e.problem == costs::QuantityProblem::Suppressed));
            assert_eq!(errors[0].pointer, "/outcomes/0/quantity");
        }
        other => panic!("expected hidden quantities, got {other:?}"),
    }
    // And the report itself shows no gained/lost count there.
    for ind in &report.indicators {
        for g in &ind.groups {
            assert!(g.change.estimates.is_suppressed());
        }
    }
}

#[test]
fn gained_and_lost_are_given_for_proportion_measures_only() {
    let (report, _) = report_of("exclusion-2023");
    let json = serde_json::to_value(&report).unwrap();
    let mut binary_checked = 0;
    for (i, ind) in report.indicators.iter().enumerate() {
        for (k, g) in ind.groups.iter().enumerate() {
            let Some(est) = g.change.estimates.shown() else { continue };
            match ind.measure {
                MeasureKind::Proportion => {
                    let (gained, lost) = (est.gained.unwrap(), est.lost.unwrap());
                    assert!(gained + lost <= g.change.n_pairs);
                    if ind.measure_type == social_impact::catalogue::MeasureType::Binary
                        && ind.direction == Direction::HigherIsBetter
                    {
                        // A binary score moves up exactly when it becomes positive.
                        assert_eq!((gained, lost), (est.improved, est.worsened), "{}", ind.indicator);
                        binary_checked += 1;
                    }
                    // Serialised after `worsened`.
                    let change = json["indicators"][i]["groups"][k]["change"].as_object().unwrap();
                    let keys: Vec<&String> = change.keys().collect();
                    let at = keys.iter().position(|key| *key == "worsened").unwrap();
                    assert_eq!(keys[at + 1], "gained");
                    assert_eq!(keys[at + 2], "lost");
                }
                MeasureKind::Mean => assert_eq!((est.gained, est.lost), (None, None), "{}", ind.indicator),
            }
        }
    }
    assert!(binary_checked > 0);
}

#[test]
fn bad_models_are_refused_with_every_problem_located() {
    let file = fixture("sroi/bad-model.json");
    let model = SroiModel::from_json(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let set = Catalogue::bundled().unwrap().reference_set("exclusion-2023").unwrap();
    let problems = costs::check(&model, &KnownIndicators::of_set(&set));
    let found: Vec<(&str, &ProblemKind)> = problems.iter().map(|p| (p.pointer.as_str(), &p.kind)).collect();
    let has = |pointer: &str, ok: fn(&ProblemKind) -> bool| {
        assert!(found.iter().any(|(p, k)| *p == pointer && ok(k)), "no problem at {pointer}: {found:#?}")
    };
    has("/currency", |k| matches!(k, ProblemKind::Currency { .. }));
    has("/discount_rate", |k| matches!(k, ProblemKind::DiscountRate { .. }));
    has("/outcomes/0/deadweight/high", |k| matches!(k, ProblemKind::FractionOutside { value } if *value == 1.5));
    has("/outcomes/0/attribution", |k| matches!(k, ProblemKind::RangeOrder { .. }));
    has("/outcomes/0/duration_years", |k| matches!(k, ProblemKind::Duration { given: 0 }));
    has(
        "/outcomes/1/quantity/indicator",
        |k| matches!(k, ProblemKind::UnknownIndicator { suggestion: Some(s), .. } if s == "excl.rights.health_coverage"),
    );
    has("/outcomes/2/quantity/indicator", |k| matches!(k, ProblemKind::NoPositiveDefinition { .. }));
    assert_eq!(problems.len(), 7, "{found:#?}");

    // The command line prints each, located, then refuses: nothing on stdout.
    let (_, report) = report_of("exclusion-2023");
    let run =
        run_impact(&["sroi", "--model", file.to_str().unwrap(), "--report", report.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(run.status.code(), Some(1));
    assert!(run.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&run.stderr);
    for pointer in [
        "/currency",
        "/discount_rate",
        "/outcomes/0/deadweight/high",
        "/outcomes/0/attribution",
        "/outcomes/0/duration_years",
        "/outcomes/1/quantity/indicator",
        "/outcomes/2/quantity/indicator",
    ] {
        assert!(stderr.contains(&format!("bad-model.json:{pointer}: ")), "{pointer} missing from:\n{stderr}");
    }
    assert!(stderr.contains("did you mean \"excl.rights.health_coverage\"?"), "{stderr}");
    assert!(stderr.contains("7 problems: nothing was written"), "{stderr}");
    let fr = run_impact(&["sroi", "--model", file.to_str().unwrap(), "--report", report.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&fr.stderr).contains("7\u{a0}problèmes\u{a0}: rien n'a été écrit"));

    // check-definitions finds the same, with its rules.
    let checked = check_paths(&[file]);
    assert_eq!(checked.sroi_models, 1);
    let rules: Vec<Rule> = checked.problems.iter().map(|p| p.rule()).collect();
    for rule in [Rule::SroiCurrency, Rule::SroiFraction, Rule::SroiRangeOrder, Rule::SroiDuration, Rule::SroiIndicator]
    {
        assert!(rules.contains(&rule), "{rule} missing: {checked}");
    }
    assert!(checked.problems.iter().all(|p| p.line().is_some()), "every problem has its line: {checked}");
}

#[test]
fn a_model_that_is_not_valid_json_is_refused_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("broken.json");
    std::fs::write(&file, "{\n  \"format\": \"impact-sroi-model/1\",\n  \"id\": 3\n}\n").unwrap();
    let problem = SroiModel::from_json(&std::fs::read_to_string(&file).unwrap()).unwrap_err();
    assert_eq!(problem.line, Some(3));
    let (_, report) = report_of("exclusion-2023");
    let run =
        run_impact(&["sroi", "--model", file.to_str().unwrap(), "--report", report.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(run.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&run.stderr).contains("broken.json:3:"),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
}

#[test]
fn bundled_models_pass_every_check_and_cite_their_sources() {
    let models = costs::bundled_models().unwrap();
    assert_eq!(models.iter().map(|(id, _)| *id).collect::<Vec<_>>(), SETS);
    for (set_id, model) in &models {
        let set = Catalogue::bundled().unwrap().reference_set(set_id).unwrap();
        assert_eq!(&model.reference_set, set_id);
        let problems = costs::check(model, &KnownIndicators::of_set(&set));
        assert!(problems.is_empty(), "{set_id}: {problems:#?}");
        assert!(model.illustrative, "{set_id}: bundled models are illustrative");
        // At least one proxy rests on a cited public source (not illustrative).
        assert!(model.outcomes.iter().any(|o| o.proxy.range().is_some_and(|r| !r.source.illustrative)), "{set_id}");
    }
    let report = check_paths(&[Path::new(env!("CARGO_MANIFEST_DIR")).join("indicators")]);
    assert!(report.is_ok(), "{report}");
    assert_eq!(report.sroi_models, 2, "{}", report.summary(social_impact::Lang::En));
}

#[test]
fn check_definitions_reports_structure_problems_of_a_model_against_its_schema() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("model.json");
    let mut model: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("sroi/reference-model.json")).unwrap()).unwrap();
    model.as_object_mut().unwrap().remove("currency");
    model["outcomes"][0]["duration_years"] = serde_json::json!("three");
    std::fs::write(&file, serde_json::to_string_pretty(&model).unwrap()).unwrap();
    let report = check_paths(&[file]);
    assert_eq!(report.sroi_models, 1);
    let located: Vec<(&str, Rule)> = report.problems.iter().map(|p| (p.pointer(), p.rule())).collect();
    assert!(located.contains(&("/currency", Rule::Schema)), "missing `currency`: {report}");
    assert!(located.contains(&("/outcomes/0/duration_years", Rule::Schema)), "{report}");
}

/// The text between two anchors of a page.
fn between<'a>(page: &'a str, from: &str, to: &str) -> &'a str {
    let start = page.find(from).unwrap_or_else(|| panic!("no {from}"));
    let end = page[start..].find(to).map_or(page.len(), |e| start + e);
    &page[start..end]
}

#[test]
fn the_report_shows_the_sroi_section_after_its_outcome_areas_in_both_languages() {
    use social_impact::costs::render::ReportSection;
    use social_impact::report::render::{self, escape_html, RenderOptions};
    for set_id in SETS {
        let (report, _) = report_of(set_id);
        let set = Catalogue::bundled().unwrap().reference_set(set_id).unwrap();
        let model = costs::bundled_model(set_id).unwrap().unwrap();
        let mut sroi_options = SroiOptions::default();
        sroi_options.draws = 2000;
        let result = costs::compute_checked(&model, &KnownIndicators::of_set(&set), &report, &sroi_options).unwrap();
        let last_area = report.indicators.last().unwrap().dimension.as_str().replace('_', "-");
        for lang in social_impact::Lang::ALL {
            let mut options = RenderOptions::new(lang);
            let plain = render::html(&report, &set, &options);
            assert!(!plain.contains("id=\"sroi\"") && !plain.contains("#sroi"), "{set_id} {lang}: no section unasked");
            options.sroi = Some(ReportSection::new(result.clone(), model.clone()));
            let html = render::html(&report, &set, &options);
            let md = render::markdown(&report, &set, &options);
            // After the outcome areas, before data quality and methods; in the contents.
            let at = |anchor: &str| html.find(&format!("<section class=\"part\" id=\"{anchor}\">")).unwrap();
            assert!(at(&format!("dim-{last_area}")) < at("sroi") && at("sroi") < at("data-quality"), "{set_id} {lang}");
            assert!(at("data-quality") < at("methods"));
            assert!(between(&html, "<nav class=\"toc\">", "</nav>").contains("<a href=\"#sroi\">"), "{set_id} {lang}");
            let section = between(&html, "<section class=\"part\" id=\"sroi\">", "</section>");
            let (heading, words, banner) = if lang.code() == "fr" {
                (
                    "Coûts évités et rendement social de l'investissement",
                    "Chaque euro investi rapporte entre",
                    "Modèle illustratif",
                )
            } else {
                (
                    "Avoided costs and social return on investment",
                    "Each euro invested returns between",
                    "Illustrative model",
                )
            };
            // The ratio with its interval in words, the banner, both charts,
            // every assumption with its source.
            let summary = costs::render::summary(&result, lang);
            assert!(summary.starts_with(words), "{summary}");
            assert!(section.contains(&format!("<h2>{}</h2>", escape_html(heading))), "{set_id} {lang}");
            assert!(section.contains(&escape_html(&summary)), "{set_id} {lang}: the interval in words");
            assert!(
                section.contains("<p class=\"banner\" role=\"note\">") && section.contains(banner),
                "{set_id} {lang}"
            );
            assert_eq!(section.matches("<svg").count(), 2, "{set_id} {lang}: distribution and tornado charts");
            assert!(section.contains("Dallier"), "{set_id} {lang}: the cited source");
            assert!(section.contains(set_id), "{set_id} {lang}: the model and set read");
            let part = between(&md, &format!("## {heading}\n"), "\n## ");
            assert!(part.contains(&summary.replace('<', "\\<").replace('>', "\\>")), "{set_id} {lang}: {part}");
            assert!(part.contains(&format!("> **{banner}")), "{set_id} {lang}: the banner in Markdown");
            assert!(part.contains("Dallier"), "{set_id} {lang}");
            let quality = if lang.code() == "fr" { "## Qualité des données\n" } else { "## Data quality\n" };
            assert!(md.find(&format!("## {heading}\n")) < md.find(quality), "{set_id} {lang}: before data quality");
        }
    }
}

#[test]
fn impact_report_with_sroi_writes_the_section_as_impact_sroi_computes_it() {
    let (_, report_file) = report_of("exclusion-2023");
    let data = report_file.parent().unwrap().join("data");
    let (enrolments, observations) = (data.join("enrolments.csv"), data.join("observations.csv"));
    let report = |extra: &[&str]| run_report("exclusion-2023", &enrolments, &observations, extra);
    let common = ["--sroi", "exclusion-2023", "--draws", "2000", "--seed", "7", "--organisation", "ASSO-A"];
    for lang in ["fr", "en"] {
        let md = report(&[&common[..], &["--format", "md", "--lang", lang]].concat());
        assert!(md.status.success(), "{lang}: {}", String::from_utf8_lossy(&md.stderr));
        let text = String::from_utf8(md.stdout).unwrap();
        // The same result as `impact sroi` on the JSON of the same report.
        let alone = sroi("exclusion-2023", &report_file, &[&common[2..], &["--format", "md", "--lang", lang]].concat());
        assert!(alone.status.success(), "{}", String::from_utf8_lossy(&alone.stderr));
        let alone = String::from_utf8(alone.stdout).unwrap();
        let start = if lang == "fr" { "Chaque euro investi" } else { "Each euro invested" };
        let sentence = alone.lines().find(|l| l.starts_with(start)).unwrap();
        assert!(text.contains(sentence), "{lang}: the report's section differs from `impact sroi`: {sentence}");
        let (group, seed) =
            if lang == "fr" { ("structure ASSO-A", "graine 7") } else { ("organisation ASSO-A", "seed 7") };
        assert!(text.contains(group) && text.contains(seed), "{lang}: the organisation and seed read");
        let html = report(&[&common[..], &["--format", "html", "--lang", lang]].concat());
        assert!(html.status.success());
        assert!(String::from_utf8(html.stdout).unwrap().contains("<section class=\"part\" id=\"sroi\">"));
    }
    // JSON: the report contract has no place for it; refused, nothing written.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.json");
    for lang in ["fr", "en"] {
        let json =
            report(&["--sroi", "exclusion-2023", "--format", "json", "--lang", lang, "-o", out.to_str().unwrap()]);
        assert_eq!(json.status.code(), Some(1), "{lang}");
        let stderr = String::from_utf8_lossy(&json.stderr);
        assert!(stderr.contains("impact-report/1") && stderr.contains("impact sroi"), "{lang}: {stderr}");
        assert!(!out.exists(), "{lang}: something was written");
    }
    // The section's options mean nothing without it.
    let alone = report(&["--draws", "100", "--format", "md"]);
    assert_eq!(alone.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&alone.stderr).contains("--sroi"));
}
