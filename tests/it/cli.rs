//! The command line's shared conventions: one output flag (`--output`, `-o`,
//! `--out`) on every command that writes, `--key` for the pseudonymisation
//! key, `text` for people, a global `--lang`, typed `--set`, `--wave`,
//! `--dimension` and `--as-of`, and `report` reading files with the same
//! options as `validate` through the same library pipeline as `demo`.

use crate::it::support::{fixture, run_impact, run_impact_with_env};
use std::path::Path;
use std::process::Output;

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn ok(out: &Output) -> String {
    assert!(out.status.success(), "impact failed:\n{}{}", text(&out.stdout), text(&out.stderr));
    text(&out.stdout)
}

fn s(p: &Path) -> &str {
    p.to_str().expect("test paths are UTF-8")
}

/// Every command that writes a file or folder takes `--output`, `-o` and `--out`.
#[test]
fn every_writing_command_takes_the_one_output_flag() {
    for command in ["report", "demo", "generate-sample", "schema", "meta-schema", "report-schema", "pseudonymise"] {
        let help = ok(&run_impact(&[command, "--help"]));
        assert!(help.contains("-o, --output"), "{command} has no -o/--output:\n{help}");
        assert!(help.contains("--out"), "{command} does not list the --out alias:\n{help}");
    }
    let dir = tempfile::tempdir().expect("temporary folder");
    for (flag, name) in [("--output", "a.json"), ("-o", "b.json"), ("--out", "c.json")] {
        let path = dir.path().join(name);
        ok(&run_impact(&["report-schema", flag, s(&path)]));
        let schema: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&path).expect("schema written")).expect("schema is JSON");
        assert_eq!(schema, social_impact::report::json_schema(), "{flag} wrote another schema");
    }
    let sample = dir.path().join("sample");
    ok(&run_impact(&["generate-sample", "--set", "exclusion-2023", "--beneficiaries", "40", "-o", s(&sample)]));
    assert!(sample.join("enrolments.csv").is_file() && sample.join("observations.csv").is_file());
}

/// `--lang` works before or after the command, and French is the default.
#[test]
fn lang_is_global_and_french_by_default() {
    let french = ok(&run_impact(&["sets"]));
    assert!(french.starts_with("ensemble"), "{french}");
    let before = ok(&run_impact(&["--lang", "en", "sets"]));
    let after = ok(&run_impact(&["sets", "--lang", "en"]));
    assert!(before.starts_with("set"), "{before}");
    assert_eq!(before, after);
    let bad = run_impact(&["--lang", "klingon", "sets"]);
    assert_eq!(bad.status.code(), Some(2), "an unknown language is a usage error");
}

/// The format for people is `text` everywhere (`table` still works for listings).
#[test]
fn the_human_format_is_text() {
    let text_listing = ok(&run_impact(&["indicators", "--format", "text", "--set", "exclusion-2023"]));
    let table_listing = ok(&run_impact(&["indicators", "--format", "table", "--set", "exclusion-2023"]));
    assert_eq!(text_listing, table_listing);
    assert!(text_listing.contains("excl.housing.situation"), "{text_listing}");
    for command in ["validate", "sets", "indicators"] {
        let help = ok(&run_impact(&[command, "--help"]));
        assert!(help.contains("text"), "{command}: no `text` format:\n{help}");
    }
}

/// Waves, outcome areas, dates and sets are parsed before the command runs:
/// a wrong value is a usage error (exit code 2) that says what is accepted.
#[test]
fn typed_flags_refuse_wrong_values_with_what_is_accepted() {
    let cases: [(&[&str], &str); 4] = [
        (&["schema", "--set", "exclusion-2023", "--record", "wide", "--wave", "later"], "entry"),
        (&["indicators", "--dimension", "nowhere"], "housing"),
        (&["generate-sample", "--set", "exclusion-2023", "-o", "unused", "--as-of", "2025-13-45"], "AAAA-MM-JJ"),
        (&["schema", "--set", "exclusion 2023", "--record", "wide"], "exclusion 2023"),
    ];
    for (args, accepted) in cases {
        let out = run_impact(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", text(&out.stderr));
        assert!(text(&out.stderr).contains(accepted), "{args:?} does not say {accepted:?}: {}", text(&out.stderr));
    }
    let wave = ok(&run_impact(&[
        "schema",
        "--set",
        "exclusion-2023",
        "--record",
        "wide",
        "--wave",
        "exit",
        "--format",
        "csv-template",
    ]));
    assert!(wave.contains("excl.housing.situation"), "{wave}");
    // A set is a bundled id or a manifest file.
    let by_path = ok(&run_impact(&["indicators", "--set", s(&fixture("conformance/c1/set.json")), "--format", "json"]));
    assert!(by_path.trim_start().starts_with('['), "{by_path}");
}

/// `report` reads files with `validate`'s options, and gives the very JSON
/// the library's pipeline gives an embedder.
#[test]
fn report_takes_the_reading_options_of_validate_and_matches_the_library() {
    let c1 = fixture("conformance/c1");
    let dir = tempfile::tempdir().expect("temporary folder");
    let key = dir.path().join("pseudonym.key");
    std::fs::write(&key, "a-key-for-this-test-only\n").expect("key written");
    let reading = ["--key", s(&key), "--date-tolerance-days", "7", "--max-problems", "0"];
    let (enrolments, observations, manifest) =
        (c1.join("enrolments.csv"), c1.join("observations.csv"), c1.join("set.json"));
    let files = ["--enrolments", s(&enrolments), "--observations", s(&observations)];
    let set = ["--set", s(&manifest)];
    ok(&run_impact(&[&["validate"][..], &set, &files, &reading].concat()));
    let out = dir.path().join("report.json");
    ok(&run_impact(&[&["report"][..], &set, &files, &reading, &["--as-of", "2025-12-31", "-o", s(&out)]].concat()));
    let from_cli = std::fs::read_to_string(&out).expect("report written");

    use social_impact::analysis::AnalysisOptions;
    use social_impact::data::PseudonymKey;
    use social_impact::ingest::IngestOptions;
    let set = social_impact::Catalogue::bundled()
        .expect("bundled catalogue")
        .reference_set_at(&c1.join("set.json"))
        .expect("conformance set");
    let ingest = IngestOptions::default().with_key(&PseudonymKey::from_file(&key).expect("key"));
    let analysis = AnalysisOptions { as_of: Some("2025-12-31".parse().expect("date")), ..AnalysisOptions::default() };
    let run = social_impact::pipeline::report_from_files(
        &set,
        &c1.join("enrolments.csv"),
        &c1.join("observations.csv"),
        &ingest,
        &analysis,
    )
    .expect("the pipeline runs on the conformance case");
    let from_library = serde_json::to_string_pretty(&run.report).expect("report serialises") + "\n";
    assert_eq!(from_cli, from_library, "impact report and the library's pipeline differ");
    assert!(run.report.data_quality.enrolments > 0, "the library fills the data-quality section");
}

/// `demo` and `report` run the same pipeline: `report` on the demo's own
/// sample data writes the demo's report byte for byte (with the set's
/// avoided-cost section, which the demo adds for people).
#[test]
fn report_on_the_demo_data_is_the_demo_report() {
    let dir = tempfile::tempdir().expect("temporary folder");
    ok(&run_impact(&["demo", "-o", s(dir.path()), "--lang", "en"]));
    let set_dir = dir.path().join("exclusion-2023");
    for (format, name, sroi) in [("json", "report.json", None), ("md", "report.md", Some("exclusion-2023"))] {
        let out = dir.path().join(format!("again.{format}"));
        let sroi = sroi.map_or(Vec::new(), |model| vec!["--sroi", model]);
        ok(&run_impact(
            &[
                &[
                    "report",
                    "--set",
                    "exclusion-2023",
                    "--enrolments",
                    s(&set_dir.join("data/enrolments.csv")),
                    "--observations",
                    s(&set_dir.join("data/observations.csv")),
                    "--format",
                    format,
                    "--lang",
                    "en",
                    "--out",
                    s(&out),
                ][..],
                &sroi,
            ]
            .concat(),
        ));
        let demo = std::fs::read(set_dir.join(name)).expect("demo report");
        let again = std::fs::read(&out).expect("report written");
        assert!(demo == again, "{name}: `impact report` on the demo data differs from the demo's");
    }
}

/// `--help` of every command speaks French by default, English with
/// `--lang en` or an English locale in the environment; a refused command
/// line is worded in the same language, with exit code 2.
#[test]
fn help_and_refusals_speak_the_language_of_the_run() {
    let commands = [
        "demo",
        "sets",
        "indicators",
        "generate-sample",
        "check-definitions",
        "meta-schema",
        "report-schema",
        "schema",
        "form",
        "validate",
        "pseudonymise",
        "report",
        "sroi",
        "aggregate",
        "network",
        "key",
    ];
    for command in commands {
        let french = ok(&run_impact(&[command, "--help"]));
        assert!(french.contains("Utilisation\u{a0}: impact"), "{command}:\n{french}");
        for english in ["Usage:", "Options:", "Print help", "[default:", "The ", "Write ", "Replace "] {
            assert!(!french.contains(english), "{english:?} in French help of {command}:\n{french}");
        }
        let english = ok(&run_impact(&[command, "--help", "--lang", "en"]));
        assert!(english.contains("Usage: impact"), "{command}:\n{english}");
        let from_locale = ok(&run_impact_with_env(&[command, "--help"], &[("LANG", "en_GB.UTF-8")]));
        assert_eq!(from_locale, english, "{command}: LANG=en_GB should give the English help");
    }
    let refused = run_impact(&["report", "--formt", "html"]);
    assert_eq!(refused.status.code(), Some(2));
    let message = text(&refused.stderr);
    assert!(message.contains("option inconnue\u{a0}: --formt") && message.contains("--format"), "{message}");
    assert!(!message.contains("error:") && !message.contains("tip:"), "{message}");
    let refused = run_impact(&["report", "--formt", "html", "--lang", "en"]);
    assert!(text(&refused.stderr).contains("unknown option: --formt"), "{}", text(&refused.stderr));
}

/// `indicators show` names codes in the run's language (`Sortie (exit)`),
/// with French typography; a missing file, a bad key and an unknown
/// indicator are told in French, not in the system's English.
#[test]
fn library_errors_and_definitions_are_worded_in_the_language_of_the_run() {
    let show = ok(&run_impact(&["indicators", "show", "excl.housing.situation"]));
    for expected in [
        "Répondant\u{a0}: un professionnel",
        "Vagues\u{a0}: Entrée (entry)",
        "Sortie (exit)",
        "Mesure\u{a0}: catégories",
    ] {
        assert!(show.contains(expected), "{expected:?} missing:\n{show}");
    }
    for english in ["professional", "higher_is_better", "Sdg", "Reference"] {
        assert!(!show.contains(english), "{english:?} in French:\n{show}");
    }
    let english = ok(&run_impact(&["indicators", "show", "excl.housing.situation", "--lang", "en"]));
    assert!(english.contains("Respondent: a professional") && english.contains("Exit (exit)"), "{english}");

    let missing = run_impact(&[
        "report",
        "--set",
        "exclusion-2023",
        "--enrolments",
        "no-such-file.csv",
        "--observations",
        "no-such-file-either.csv",
    ]);
    assert_eq!(missing.status.code(), Some(1));
    let message = text(&missing.stderr);
    assert!(message.contains("no-such-file.csv\u{a0}: fichier introuvable"), "{message}");
    assert!(!message.contains("os error"), "{message}");

    let dir = tempfile::tempdir().expect("temporary folder");
    let key = dir.path().join("short.key");
    std::fs::write(&key, "k\n").expect("key written");
    let sample = fixture("conformance/c1");
    let (enrolments, observations) = (sample.join("enrolments.csv"), sample.join("observations.csv"));
    let args =
        ["validate", "--set", "exclusion-2023", "--enrolments", s(&enrolments), "--observations", s(&observations)];
    let short = run_impact(&[&args[..], &["--key", s(&key)]].concat());
    let message = text(&short.stderr);
    assert!(message.contains("est trop courte (1 octet)"), "{message}");
    let absent = run_impact(&[&args[..], &["--key", s(&dir.path().join("absent.key"))]].concat());
    assert!(text(&absent.stderr).contains("fichier introuvable"), "{}", text(&absent.stderr));

    let unknown = run_impact(&["indicators", "show", "excl.housing.situaton"]);
    let message = text(&unknown.stderr);
    assert!(message.contains("vouliez-vous dire «\u{a0}excl.housing.situation\u{a0}»"), "{message}");
    assert!(message.contains("autres (`impact indicators` les liste tous)"), "{message}");
}

/// The terminal stays readable: `validate` lists errors, then three
/// examples of each kind of warning and how many more (the bundled sample
/// has over a thousand deliberate duplicates); `--all-warnings` lists every
/// one; `report -o` says what it wrote in one line.
#[test]
fn validate_summarises_warnings_by_kind_and_report_says_what_it_wrote() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data/exclusion-2023");
    let (enrolments, observations) = (data.join("enrolments.csv"), data.join("observations.csv"));
    let files = ["--set", "exclusion-2023", "--enrolments", s(&enrolments), "--observations", s(&observations)];
    let summary = ok(&run_impact(&[&["validate"][..], &files].concat()));
    let duplicates = summary.matches("[duplicate_observation]").count();
    assert_eq!(duplicates, 3, "three examples of the kind:\n{summary}");
    assert!(summary.contains("autres de ce type (duplicate_observation)"), "{summary}");
    assert!(summary.contains("à la vague «\u{a0}"), "waves by their French name:\n{summary}");
    let all = ok(&run_impact(&[&["validate", "--all-warnings"][..], &files].concat()));
    assert!(all.matches("[duplicate_observation]").count() > 1000, "every warning with --all-warnings");
    let dir = tempfile::tempdir().expect("temporary folder");
    let out = dir.path().join("report.json");
    let run = run_impact(&[&["report", "-o", s(&out)][..], &files].concat());
    assert!(run.status.success(), "{}", text(&run.stderr));
    let told = text(&run.stderr);
    assert!(told.contains("report.json — ") && told.contains("personnes") && told.contains("indicateurs"), "{told}");
}

/// `report --accept-rejected` goes ahead when the rows with errors are a
/// small stated share, and the report says what it left out; past the
/// share, or without the option, nothing is written.
#[test]
fn report_can_accept_a_small_stated_share_of_rejected_rows() {
    let c1 = fixture("conformance/c1");
    let dir = tempfile::tempdir().expect("temporary folder");
    let observations = dir.path().join("observations.csv");
    let mut text_file = std::fs::read_to_string(c1.join("observations.csv")).expect("c1 observations");
    text_file.push_str("ORGA,B7000007,t.social.loneliness,exit,2025-07-07,beaucoup,\n");
    std::fs::write(&observations, text_file).expect("observations written");
    let (enrolments, manifest) = (c1.join("enrolments.csv"), c1.join("set.json"));
    let base = ["report", "--set", s(&manifest), "--enrolments", s(&enrolments), "--observations", s(&observations)];
    let out = dir.path().join("report.md");
    let refused = run_impact(&[&base[..], &["--format", "md", "-o", s(&out)]].concat());
    assert_eq!(refused.status.code(), Some(1), "{}", text(&refused.stderr));
    assert!(!out.exists(), "nothing written without --accept-rejected");
    let too_strict =
        run_impact(&[&base[..], &["--format", "md", "-o", s(&out), "--accept-rejected", "0.01%"]].concat());
    assert_eq!(too_strict.status.code(), Some(1), "1 row in 2,085 is more than 0.01 %");
    assert!(!out.exists());
    let accepted = run_impact(&[&base[..], &["--format", "md", "-o", s(&out), "--accept-rejected", "1%"]].concat());
    assert!(accepted.status.success(), "{}", text(&accepted.stderr));
    assert!(text(&accepted.stderr).contains("Erreurs à corriger"), "the errors are still shown");
    let report = std::fs::read_to_string(&out).expect("report written");
    assert!(report.contains("malgré 1 erreur") && report.contains("1 ligne écartée sur 2085"), "{report}");
    let json = dir.path().join("report.json");
    let accepted = run_impact(&[&base[..], &["-o", s(&json), "--accept-rejected", "0.01"]].concat());
    assert!(accepted.status.success(), "{}", text(&accepted.stderr));
    let value: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).expect("json")).expect("JSON");
    assert_eq!(value["data_quality"]["rejected"], 1);
    let wrong = run_impact(&[&base[..], &["--accept-rejected", "50%"]].concat());
    assert_eq!(wrong.status.code(), Some(2), "more than 10 % is refused as a usage error");
    assert!(text(&wrong.stderr).contains("au plus 10"), "{}", text(&wrong.stderr));
}
