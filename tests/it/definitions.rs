//! `catalogue::check`: every bad fixture fails with its own rule, message
//! and location; good definitions and the bundled catalogue pass.

use social_impact::catalogue::check::{check_paths, CheckReport, Rule};
use social_impact::Lang;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn bad(name: &str) -> PathBuf {
    root().join("tests/definitions/bad").join(name)
}

/// One bad fixture (or pair): the rule it breaks, where the first problem
/// is (a JSON pointer, or `line:column` for syntax errors), and a fragment
/// of its message.
struct Case {
    files: &'static [&'static str],
    rule: Rule,
    at: &'static str,
    says: &'static str,
}

const CASES: &[Case] = &[
    Case {
        files: &["duplicate-id-a.json", "duplicate-id-b.json"],
        rule: Rule::DuplicateId,
        at: "/id",
        says: "\"test.dup.same\" is also defined in",
    },
    Case {
        files: &["unknown-dimension.json"],
        rule: Rule::UnknownDimension,
        at: "/dimension",
        says: "unknown dimension \"housng\": expected one of housing, rights,",
    },
    Case {
        files: &["min-not-below-max.json"],
        rule: Rule::MinNotBelowMax,
        at: "/measure/min",
        says: "measure.min 10 is not below measure.max 5",
    },
    Case {
        files: &["threshold-outside-scale.json"],
        rule: Rule::ThresholdOutsideScale,
        at: "/measure/positive_threshold",
        says: "measure.positive_threshold 12 is outside the scale 1..10: use a point of the scale",
    },
    Case {
        files: &["level-outside-scale.json"],
        rule: Rule::LevelOutsideScale,
        at: "/measure/levels/6",
        says: "not a point of the scale 1..5",
    },
    Case {
        files: &["duplicate-category-code.json"],
        rule: Rule::DuplicateCategoryCode,
        at: "/measure/categories/2/code",
        says: "category code \"street\" is used twice (also at /measure/categories/0/code)",
    },
    Case {
        files: &["no-positive-category.json"],
        rule: Rule::NoPositiveCategory,
        at: "/measure/categories",
        says: "no category is positive",
    },
    Case {
        files: &["missing-english-text.json"],
        rule: Rule::MissingText,
        at: "/label/en",
        says: "label.en is missing: write the text in English (en)",
    },
    Case {
        files: &["composite-unknown-item.json"],
        rule: Rule::CompositeUnknownItem,
        at: "/composite/items/0/indicator",
        says: "composite item \"test.nowhere.first\" is not an indicator of the catalogue",
    },
    Case {
        files: &["composite-duplicate-item.json"],
        rule: Rule::CompositeDuplicateItem,
        at: "/indicators/2/composite/items/2/indicator",
        says: "composite item \"test.scale.item_a\" is listed twice",
    },
    Case {
        files: &["composite-item-not-ordinal.json"],
        rule: Rule::CompositeItemNotOrdinal,
        at: "/indicators/2/composite/items/1/indicator",
        says: "is a binary indicator: the items of a scale must be ordinal",
    },
    Case {
        files: &["set-unknown-indicator.json"],
        rule: Rule::SetUnknownIndicator,
        at: "/indicators/1",
        says: "indicator \"test.nowhere.at_all\" is defined nowhere",
    },
    Case {
        files: &["time-to-event-not-in-set.json"],
        rule: Rule::TimeToEventNotInSet,
        at: "/time_to_event/0/indicator",
        says: "\"test.rights.opened\" is not in this set",
    },
    Case {
        files: &["not-semver.json"],
        rule: Rule::NotSemver,
        at: "/version",
        says: "version \"1.0\" is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.2.0)",
    },
    Case {
        files: &["age-bands-first-not-zero.json"],
        rule: Rule::AgeBands,
        at: "/age_bands/0",
        says: "the first age band starts at 5: it must start at 0",
    },
    Case {
        files: &["age-bands-not-increasing.json"],
        rule: Rule::AgeBands,
        at: "/age_bands/2",
        says: "this age band starts at 18, not after the band before it (25): bounds must increase",
    },
    Case {
        files: &["age-band-past-oldest-age.json"],
        rule: Rule::Schema,
        at: "/age_bands/2",
        says: "140",
    },
    Case {
        files: &["headline-not-in-set.json"],
        rule: Rule::HeadlineNotInSet,
        at: "/headline/1",
        says: "headline indicator \"test.rights.opened\" is not in this set: name an indicator of indicators (did you mean \"test.rights.open\"?)",
    },
    Case {
        files: &["repeated-standardise-factor.json"],
        rule: Rule::RepeatedEntry,
        at: "/standardise/2",
        says: "\"sex\" is already listed (at /standardise/0): name it once",
    },
    Case {
        files: &["unknown-standardise-factor.json"],
        rule: Rule::Schema,
        at: "/standardise/0",
        says: "\"age\"",
    },
    Case { files: &["syntax-error.json"], rule: Rule::Syntax, at: "5:3", says: "not valid JSON: expected `,` or `}`" },
    Case {
        files: &["unknown-wave.json"],
        rule: Rule::UnknownWave,
        at: "/waves/1",
        says: "unknown wave \"exitt\": expected one of entry, follow_up, exit, post_exit (did you mean \"exit\"?)",
    },
];

/// `line:column` for a syntax error, the JSON pointer otherwise.
fn location(p: &social_impact::catalogue::check::Problem) -> String {
    match (p.rule(), p.line(), p.column()) {
        (Rule::Syntax, Some(l), Some(c)) => format!("{l}:{c}"),
        _ => p.pointer().to_string(),
    }
}

#[test]
fn each_bad_fixture_fails_with_its_own_rule() {
    let mut failures = Vec::new();
    for case in CASES {
        let files: Vec<PathBuf> = case.files.iter().map(|f| bad(f)).collect();
        let report = check_paths(&files);
        let name = case.files.join(" + ");
        let Some(first) = report.problems.first() else {
            failures.push(format!("{name}: no problem found"));
            continue;
        };
        let other_rules: Vec<String> =
            report.problems.iter().filter(|p| p.rule() != case.rule).map(|p| p.to_string()).collect();
        if !other_rules.is_empty() {
            failures.push(format!("{name}: problems of other rules: {other_rules:#?}"));
        }
        if first.rule() != case.rule || location(first) != case.at || !first.message(Lang::En).contains(case.says) {
            failures.push(format!(
                "{name}: expected {} at {} saying {:?}, found {} at {}: {}",
                case.rule,
                case.at,
                case.says,
                first.rule(),
                location(first),
                first.message(Lang::En)
            ));
        }
        // Every problem also has a line and column, for editors.
        if let Some(p) = report.problems.iter().find(|p| p.line().is_none() || p.column().is_none()) {
            failures.push(format!("{name}: no line and column for {p}"));
        }
        // The problem names the file it is in (the second of a pair for duplicates).
        let last = files.last().map(PathBuf::as_path).unwrap_or(Path::new(""));
        if first.file() != last {
            failures.push(format!("{name}: problem reported in {}", first.file().display()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_bad_fixture_has_a_case() {
    let named: Vec<&str> = CASES.iter().flat_map(|c| c.files.iter().copied()).collect();
    for entry in std::fs::read_dir(root().join("tests/definitions/bad")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(named.contains(&name.as_str()), "{name} has no case in CASES");
    }
}

#[test]
fn duplicate_ids_need_both_files() {
    for one in ["duplicate-id-a.json", "duplicate-id-b.json"] {
        let report = check_paths(&[bad(one)]);
        assert!(report.is_ok(), "{one} alone: {report}");
    }
}

#[test]
fn good_fixtures_pass() {
    let report = check_paths(&[root().join("tests/definitions/good")]);
    assert!(report.is_ok(), "{report}");
    assert_eq!((report.files_checked, report.sets), (2, 1));
    // One definition file, seven inline definitions in the set.
    assert_eq!(report.definitions, 8);
}

#[test]
fn bundled_indicators_pass() {
    let report = check_paths(&[root().join("indicators")]);
    assert!(report.is_ok(), "{report}");
    assert!(report.sets >= 1 && report.definitions >= 1, "{}", report.summary(Lang::En));
}

#[test]
fn conformance_sets_pass() {
    let files: Vec<PathBuf> =
        ["c1", "c2"].iter().map(|c| root().join("tests/fixtures/conformance").join(c).join("set.json")).collect();
    let report = check_paths(&files);
    assert!(report.is_ok(), "{report}");
}

/// Writes a definition file, changed by `edit`, into a fresh folder.
fn temp_definition(name: &str, edit: impl FnOnce(&mut serde_json::Value)) -> (tempfile::TempDir, PathBuf) {
    let good = root().join("tests/definitions/good/test.good.life_satisfaction.json");
    let mut value: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(good).unwrap()).unwrap();
    edit(&mut value);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, serde_json::to_string_pretty(&value).unwrap()).unwrap();
    (dir, path)
}

fn rules_and_pointers(report: &CheckReport) -> Vec<(Rule, &str)> {
    report.problems.iter().map(|p| (p.rule(), p.pointer())).collect()
}

#[test]
fn every_problem_is_reported_at_once() {
    let (_dir, path) = temp_definition("many.json", |v| {
        v["version"] = "2".into();
        v["dimension"] = "happiness".into();
        v["measure"]["positive_threshold"] = 0.into();
        v["question"]["fr"] = "  ".into();
        v["waves"] = serde_json::json!(["entry", "later"]);
        v["colour"] = "blue".into();
    });
    let report = check_paths(&[path]);
    assert_eq!(
        rules_and_pointers(&report),
        [
            (Rule::Schema, "/colour"),
            (Rule::UnknownDimension, "/dimension"),
            (Rule::ThresholdOutsideScale, "/measure/positive_threshold"),
            (Rule::MissingText, "/question/fr"),
            (Rule::NotSemver, "/version"),
            (Rule::UnknownWave, "/waves/1"),
        ],
        "{report}"
    );
    assert!(report.problems[0].message(Lang::En).contains("unknown field \"colour\""), "{report}");
    assert!(report.problems[3].message(Lang::En).contains("question.fr is blank"), "{report}");
}

#[test]
fn schema_errors_point_at_the_field_and_say_what_is_accepted() {
    let (_dir, path) = temp_definition("schema.json", |v| {
        v["measure"]["type"] = "ordinl".into();
        v["status"] = "final".into();
        v.as_object_mut().unwrap().remove("respondent");
    });
    let report = check_paths(&[path]);
    let found: Vec<(String, String)> =
        report.problems.iter().map(|p| (p.pointer().to_string(), p.message(Lang::En))).collect();
    assert_eq!(found.len(), 3, "{report}");
    assert_eq!(found[0].0, "/measure/type");
    assert!(found[0]
        .1
        .contains("\"ordinl\" is not accepted: expected one of binary, ordinal, categorical, count, continuous"));
    assert_eq!(found[1], ("/respondent".to_string(), "missing field respondent: the format requires it".to_string()));
    assert_eq!(found[2].0, "/status");
    assert!(found[2].1.contains("expected one of draft, pilot, stable, deprecated"), "{report}");

    let (_dir, path) = temp_definition("types.json", |v| v["measure"]["min"] = "1".into());
    let report = check_paths(&[path]);
    assert_eq!(rules_and_pointers(&report), [(Rule::Schema, "/measure/min")], "{report}");
    assert!(report.problems[0].message(Lang::En).contains("of the wrong type: expected an integer"), "{report}");
}

#[test]
fn output_shapes() {
    let report = check_paths(&[bad("not-semver.json"), bad("syntax-error.json")]);
    let text = report.to_string();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(lines[0].ends_with(
        "not-semver.json:/version: version \"1.0\" is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.2.0)"
    ));
    assert!(lines[1].contains("syntax-error.json:5:3: not valid JSON"), "{text}");
    assert_eq!(lines[2], "checked 2 files (1 definition, 0 sets): 2 problems in 2 files");

    let json = serde_json::to_value(&report).unwrap();
    assert_eq!(json["files_checked"], 2);
    let p = &json["problems"][0];
    assert_eq!(p["rule"], "not-semver");
    assert_eq!(p["pointer"], "/version");
    assert_eq!((p["line"].as_u64(), p["column"].as_u64()), (Some(3), Some(14)), "the value of \"version\"");
    assert!(p["file"].as_str().unwrap().ends_with("not-semver.json"));
    assert_eq!(json["problems"][1]["line"], 5);
}

#[test]
fn unreadable_paths_and_schema_documents() {
    let report = check_paths(&[root().join("tests/definitions/nowhere")]);
    assert_eq!(rules_and_pointers(&report), [(Rule::Io, "")]);
    // JSON Schema documents are skipped, not checked as definitions.
    let report = check_paths(&[root().join("indicators/schema/indicator.schema.json")]);
    assert!(report.is_ok() && report.files_checked == 0, "{report}");
}
