//! Issue 11, definitions: `check-definitions` and the loader agree on what
//! they refuse (`"max": -0`, whole numbers past 64 bits, composite cycles),
//! a folder with a symbolic link to itself is walked once, and a manifest
//! with many unknown indicators lists a few and counts the rest. Each
//! failed (or never finished) on the main branch before the fix.

use crate::it::hardening_support::Scratch;
use social_impact::catalogue::check::{check_paths, Rule};
use social_impact::catalogue::{Catalogue, CatalogueError, FormatProblem};
use social_impact::Lang;
use std::path::{Path, PathBuf};
use std::time::Duration;

fn good_definition() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/definitions/good/test.good.life_satisfaction.json");
    std::fs::read_to_string(path).unwrap()
}

/// Runs `f` on another thread; fails the test if it takes more than 30 s
/// (a walk that loops for ever).
fn within<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(Duration::from_secs(30)).expect("did not finish in 30 s")
}

#[cfg(unix)]
#[test]
fn hardening_definitions_symlink_loops_are_walked_once() {
    let dir = Scratch::new();
    std::fs::write(dir.path("def.json"), good_definition()).unwrap();
    std::os::unix::fs::symlink(dir.0.path(), dir.path("loop")).unwrap();
    let root: PathBuf = dir.0.path().to_path_buf();
    let r = root.clone();
    let report = within(move || check_paths(&[r]));
    assert!(report.is_ok(), "{report}");
    assert_eq!(report.definitions, 1, "{report}");
    let loaded = within(move || Catalogue::from_dir(&root).map(|c| c.definitions().count()));
    assert_eq!(loaded.ok(), Some(1));
}

#[test]
fn hardening_definitions_checker_and_loader_agree_on_numbers() {
    for max in ["-0", "9223372036854775808", "10.5"] {
        let dir = Scratch::new();
        let text = good_definition().replacen("\"max\": 10", &format!("\"max\": {max}"), 1);
        assert!(text.contains(&format!("\"max\": {max}")));
        std::fs::write(dir.path("def.json"), text).unwrap();
        let report = check_paths(&[dir.path("def.json")]);
        assert!(!report.is_ok(), "max {max}: the checker accepts what the loader refuses");
        assert!(
            report.problems.iter().any(|p| p.pointer() == "/measure/max"),
            "max {max}: not located at /measure/max: {report}"
        );
        assert!(Catalogue::from_dir(dir.0.path()).is_err(), "max {max}: the loader accepts it");
        if max != "10.5" {
            assert!(report.problems.iter().any(|p| p.rule() == Rule::NumberOutOfRange), "{report}");
        }
    }
}

/// The loader refuses `-0` and whole numbers past 64 bits with the
/// checker's problem: same file, JSON pointer, line and column, and words,
/// in a definition file or inline in a set's manifest. On the main branch
/// it gave serde's unlocated "invalid type: floating point `-0.0`".
#[test]
fn hardening_definitions_loader_locates_numbers_as_the_checker_does() {
    let inline = |max: &str| {
        let text = set_with(&[("test.num.scale", &[])]);
        text.replacen("\"max\": 10", &format!("\"max\": {max}"), 1)
    };
    let definition = |max: &str| good_definition().replacen("\"max\": 10", &format!("\"max\": {max}"), 1);
    type Write<'a> = &'a dyn Fn(&str) -> String;
    let cases: [(&str, Write, &str, &str); 3] = [
        ("def.json", &definition, "-0", "/measure/max"),
        ("def.json", &definition, "9223372036854775808", "/measure/max"),
        ("set.json", &inline, "-0", "/indicators/0/measure/max"),
    ];
    for (name, write, max, pointer) in cases {
        let dir = Scratch::new();
        let text = write(max);
        assert!(text.contains(&format!("\"max\": {max}")), "{text}");
        std::fs::write(dir.path(name), &text).unwrap();
        let report = check_paths(&[dir.path(name)]);
        let checked =
            report.problems.iter().find(|p| p.rule() == Rule::NumberOutOfRange).expect("the checker's problem");
        assert_eq!(checked.pointer(), pointer, "{report}");
        let (line, column) = (checked.line().unwrap(), checked.column().unwrap());
        let expected_line = text.lines().position(|l| l.contains(&format!("\"max\": {max}"))).unwrap() + 1;
        assert_eq!(line, expected_line, "{report}");
        let err = Catalogue::from_dir(dir.0.path()).expect_err("the loader refuses it");
        match &err {
            CatalogueError::Located { path, pointer: at, line: l, column: c, problem } => {
                assert_eq!((path.as_path(), at.as_str(), *l, *c), (dir.path(name).as_path(), pointer, line, column));
                // serde_json shows `-0` as `-0.0`.
                let shown = if max == "-0" { "-0.0" } else { max };
                assert!(
                    matches!(problem, FormatProblem::NumberOutOfRange { value, .. } if value == shown),
                    "{problem:?}"
                );
            }
            other => panic!("{max}: not located: {other}"),
        }
        for lang in [Lang::En, Lang::Fr] {
            let shown = err.render(lang);
            assert!(shown.contains(&format!("{}:{line}:{column}", dir.path(name).display())), "{shown}");
            assert!(shown.contains(pointer) && shown.ends_with(&checked.message(lang)), "{shown}");
        }
    }
}

/// A set whose inline ordinal definitions have the given composite items.
fn set_with(composites: &[(&str, &[&str])]) -> String {
    let base: serde_json::Value = serde_json::from_str(&good_definition()).unwrap();
    let indicators: Vec<serde_json::Value> = composites
        .iter()
        .map(|(id, items)| {
            let mut def = base.clone();
            def["id"] = (*id).into();
            if !items.is_empty() {
                let items: Vec<serde_json::Value> =
                    items.iter().map(|i| serde_json::json!({ "indicator": i })).collect();
                def["composite"] = serde_json::json!({ "items": items, "aggregation": "mean", "min_answered": 1 });
            }
            def
        })
        .collect();
    serde_json::to_string_pretty(&serde_json::json!({
        "id": "test-cycles",
        "version": "1.0.0",
        "title": { "fr": "Cycles", "en": "Cycles" },
        "domain": "common",
        "indicators": indicators,
    }))
    .unwrap()
}

#[test]
fn hardening_definitions_composite_cycles_are_errors_for_both() {
    let cases: [&[(&str, &[&str])]; 2] = [
        &[("test.cyc.self", &["test.cyc.self", "test.cyc.item"]), ("test.cyc.item", &[])],
        &[("test.cyc.a", &["test.cyc.b"]), ("test.cyc.b", &["test.cyc.a"])],
    ];
    for case in cases {
        let dir = Scratch::new();
        std::fs::write(dir.path("set.json"), set_with(case)).unwrap();
        let report = check_paths(&[dir.path("set.json")]);
        assert!(report.problems.iter().any(|p| p.rule() == Rule::CompositeCycle), "{case:?}: {report}");
        let catalogue = Catalogue::from_dir(dir.0.path()).unwrap();
        let refused = catalogue.reference_set("test-cycles").err();
        assert!(
            matches!(
                &refused,
                Some(CatalogueError::InvalidSet {
                    problem: social_impact::catalogue::SetProblem::CompositeCycle { .. },
                    ..
                })
            ),
            "{case:?}: the loader does not refuse the cycle as one: {refused:?}"
        );
    }
    // No cycle, no problem.
    let dir = Scratch::new();
    std::fs::write(dir.path("set.json"), set_with(&[("test.cyc.top", &["test.cyc.item"]), ("test.cyc.item", &[])]))
        .unwrap();
    let report = check_paths(&[dir.path("set.json")]);
    assert!(!report.problems.iter().any(|p| p.rule() == Rule::CompositeCycle), "{report}");
}

#[test]
fn hardening_definitions_many_unknown_indicators_are_listed_briefly() {
    let base: serde_json::Value = serde_json::from_str(&good_definition()).unwrap();
    let mut indicators: Vec<serde_json::Value> = (0..2000)
        .map(|i| {
            let mut def = base.clone();
            def["id"] = format!("test.many.indicator_{i}").into();
            def
        })
        .collect();
    indicators.extend((0..200).map(|i| serde_json::Value::from(format!("test.many.missing_{i}"))));
    let text = serde_json::to_string(&serde_json::json!({
        "id": "test-many",
        "version": "1.0.0",
        "title": { "fr": "Beaucoup", "en": "Many" },
        "domain": "common",
        "indicators": indicators,
    }))
    .unwrap();
    let dir = Scratch::new();
    std::fs::write(dir.path("set.json"), text).unwrap();
    let report = check_paths(&[dir.path("set.json")]);
    let unknown: Vec<_> = report.problems.iter().filter(|p| p.rule() == Rule::SetUnknownIndicator).collect();
    assert_eq!(unknown.len(), 21, "{}", unknown.len());
    assert!(unknown.iter().any(|p| p.message(social_impact::Lang::En).contains("180 more")), "{unknown:?}");
    assert!(report.to_string().len() < 100_000, "{} bytes of report", report.to_string().len());
}

#[test]
fn hardening_newlines_in_manifest_labels_do_not_become_markdown_headings() {
    let case = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/conformance/c1");
    let mut set: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(case.join("set.json")).unwrap()).unwrap();
    set["indicators"][0]["label"]["en"] = "Housing\n# Injected heading\n\n---".into();
    set["title"]["en"] = "Title\n## Injected title".into();
    let dir = Scratch::new();
    let set_path = dir.path("set.json");
    std::fs::write(&set_path, serde_json::to_string(&set).unwrap()).unwrap();
    let arg = |p: &Path| p.to_str().unwrap_or_default().to_string();
    let run = crate::it::support::run_impact(&[
        "report",
        "--set",
        &arg(&set_path),
        "--enrolments",
        &arg(&case.join("enrolments.csv")),
        "--observations",
        &arg(&case.join("observations.csv")),
        "--min-cell",
        "1",
        "--format",
        "md",
        "--lang",
        "en",
    ]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let md = String::from_utf8_lossy(&run.stdout);
    assert!(md.contains("Injected heading"), "the label is not in the report");
    for line in md.lines() {
        assert!(!line.starts_with("# Injected") && !line.starts_with("## Injected"), "heading injected: {line}");
    }
}

#[cfg(unix)]
#[test]
fn hardening_definitions_fifo_is_refused_not_read() {
    let dir = Scratch::new();
    let fifo = dir.path("set.json");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let f = fifo.clone();
    let report = within(move || check_paths(&[f]));
    assert!(report.problems.iter().any(|p| p.rule() == Rule::Io), "{report}");
    let f = fifo.clone();
    let loaded = within(move || Catalogue::bundled().map(|c| c.reference_set_at(&f).is_err()));
    assert_eq!(loaded.ok(), Some(true));
}
