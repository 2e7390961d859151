//! The collection tools: the XLSForm workbook of each wave (read back with
//! calamine), the form list, and the round trip form → KoboToolbox or ODK
//! Central export → `load` → report, which must give the report of the
//! long-form data the export was built from. The same forms through the
//! real pyxform and ODK Validate are in `forms_pyxform.rs` (run by
//! `.ci/run`).

use crate::it::forms_export::{export, read_long, write_csv, write_xlsx, Tool};
use crate::it::support::run_impact;
use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use social_impact::analysis::{analyse, AnalysisOptions};
use social_impact::catalogue::{Measure, Wave};
use social_impact::collection::{self, export_columns, missing_reason_name, xlsform};
use social_impact::data::PseudonymKey;
use social_impact::ingest::{load, IngestOptions, ProblemCode};
use social_impact::sample::{write_csv as write_sample, SampleSpec};
use social_impact::{Catalogue, Lang, ReferenceSet};
use std::collections::HashMap;
use std::path::Path;

const SETS: [&str; 2] = ["exclusion-2023", "child-protection-2024"];

fn set(id: &str) -> ReferenceSet {
    Catalogue::bundled().unwrap().reference_set(id).unwrap()
}

/// A sheet as rows of text.
fn sheet(bytes: &[u8], name: &str) -> Vec<Vec<String>> {
    let mut book: Xlsx<_> = open_workbook_from_rs(std::io::Cursor::new(bytes.to_vec())).expect("an XLSX workbook");
    let range = book.worksheet_range(name).unwrap_or_else(|e| panic!("sheet {name}: {e}"));
    range
        .rows()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    Data::Empty => String::new(),
                    other => other.to_string(),
                })
                .collect()
        })
        .collect()
}

/// The survey rows as maps from column name to text.
fn survey(bytes: &[u8]) -> Vec<HashMap<String, String>> {
    let rows = sheet(bytes, "survey");
    let header = rows[0].clone();
    rows[1..].iter().map(|r| header.iter().cloned().zip(r.iter().cloned()).collect()).collect()
}

#[test]
fn forms_xlsform_asks_every_indicator_of_the_wave_in_both_languages() {
    for id in SETS {
        let set = set(id);
        for summary in collection::forms(&set) {
            let wave = summary.wave;
            let bytes = xlsform(&set, wave).unwrap();
            assert_eq!(bytes, xlsform(&set, wave).unwrap(), "{id} {wave}: the workbook changes from run to run");
            let rows = survey(&bytes);
            let header: Vec<String> = sheet(&bytes, "survey")[0].clone();
            for col in ["label::Français (fr)", "label::English (en)", "hint::Français (fr)", "hint::English (en)"] {
                assert!(header.contains(&col.to_string()), "{id} {wave}: no column {col}");
            }
            assert!(header.contains(&"constraint_message::English (en)".to_string()));
            let by_name: HashMap<&str, &HashMap<String, String>> =
                rows.iter().filter(|r| !r["name"].is_empty()).map(|r| (r["name"].as_str(), r)).collect();
            for field in ["organisation", "beneficiary", "date", "wave"] {
                assert!(by_name.contains_key(field), "{id} {wave}: no {field} question");
            }
            assert_eq!(by_name["wave"]["calculation"], format!("'{}'", wave.as_str()));
            assert_eq!(by_name["date"]["type"], "date");
            let mut asked = 0;
            for ind in set.registry().iter() {
                let def = ind.definition();
                if !def.waves.contains(&wave) {
                    assert!(!by_name.contains_key(def.id.as_str()), "{id} {wave}: {} is not asked at {wave}", def.id);
                    continue;
                }
                if def.composite.is_some() {
                    // A scale is a group of its items; its score is computed at import.
                    assert_eq!(by_name[def.id.as_str()]["type"], "begin_group", "{}", def.id);
                    continue;
                }
                asked += 1;
                let row = by_name.get(def.id.as_str()).unwrap_or_else(|| panic!("{id} {wave}: {} not asked", def.id));
                let kind = row["type"].as_str();
                match &def.measure {
                    Measure::Binary { .. } | Measure::Categorical { .. } => {
                        assert!(kind.starts_with("select_one "), "{}: {kind}", def.id)
                    }
                    Measure::Ordinal { min, max, levels, .. } => {
                        if levels.len() as i64 == max - min + 1 {
                            assert!(kind.starts_with("select_one "), "{}: {kind}", def.id);
                        } else {
                            assert_eq!(kind, "integer", "{}", def.id);
                            assert_eq!(row["constraint"], format!(". >= {min} and . <= {max}"), "{}", def.id);
                        }
                    }
                    Measure::Count { .. } => {
                        assert_eq!(kind, "integer", "{}", def.id);
                        assert!(row["constraint"].starts_with(". >= 0"), "{}", def.id);
                    }
                    Measure::Continuous { .. } => assert_eq!(kind, "decimal", "{}", def.id),
                }
                assert_eq!(row["label::Français (fr)"], def.question.fr);
                assert_eq!(row["label::English (en)"], def.question.en);
                if let Some(min) = def.applies_to.as_ref().and_then(|a| a.min_age) {
                    assert!(row["relevant"].contains(&format!("${{age}} >= {min}")), "{}: {}", def.id, row["relevant"]);
                    assert!(by_name.contains_key("age"), "{id} {wave}: relevance on an age never asked");
                } else {
                    assert_eq!(row["relevant"], "", "{}", def.id);
                }
                let missing = by_name
                    .get(missing_reason_name(def.id.as_str()).as_str())
                    .unwrap_or_else(|| panic!("{}: no missing-reason question", def.id));
                assert_eq!(missing["type"], "select_one missing_reason");
                assert!(missing["relevant"].ends_with(&format!("${{{}}} = ''", def.id)), "{}", missing["relevant"]);
            }
            assert_eq!(asked, summary.questions, "{id} {wave}: the list counts another number of questions");
            let choices = sheet(&bytes, "choices");
            let reasons: Vec<&str> =
                choices.iter().filter(|r| r[0] == "missing_reason").map(|r| r[1].as_str()).collect();
            assert_eq!(reasons, ["refused", "not_applicable", "unknown"]);
            let settings = sheet(&bytes, "settings");
            assert_eq!(settings[0], ["form_title", "form_id", "version", "default_language"]);
            assert_eq!(settings[1][1], format!("{id}-{}-v1.0.0", wave.as_str()));
            assert_eq!(settings[1][2], "1.0.0");
            assert_eq!(settings[1][3], "Français (fr)");
        }
    }
}

/// Sample data for `set` in `dir` (long form), with the same key for both loads.
fn sample(set: &ReferenceSet, dir: &Path) -> (std::path::PathBuf, std::path::PathBuf) {
    write_sample(set, &SampleSpec::new(3, 240, 20_261_202), dir).expect("sample data");
    (dir.join("enrolments.csv"), dir.join("observations.csv"))
}

fn options() -> IngestOptions {
    IngestOptions::default().with_key(&PseudonymKey::from_bytes(b"forms-round-trip-key-0123456789ab".to_vec()))
}

fn report_of(set: &ReferenceSet, enrolments: &Path, observations: &Path) -> (serde_json::Value, u64) {
    let loaded = load(set, enrolments, observations, &options()).expect("readable files");
    assert!(!loaded.validation.has_errors(), "{}: {}", observations.display(), loaded.validation.render(Lang::En));
    assert_eq!(
        loaded.validation.count_of(ProblemCode::MissingColumn),
        0,
        "{}: {}",
        observations.display(),
        loaded.validation.render(Lang::En)
    );
    let report = analyse(set, &loaded.dataset, &AnalysisOptions::default()).expect("a report");
    (serde_json::to_value(&report).unwrap(), loaded.validation.observations.records_accepted)
}

#[test]
fn forms_kobo_and_odk_exports_give_the_report_of_the_long_form_data() {
    let columns_of = |set: &ReferenceSet| {
        let set = set.clone();
        move |w: Wave| export_columns(&set, w).unwrap()
    };
    for id in SETS {
        let set = set(id);
        let dir = tempfile::tempdir().unwrap();
        let (enrolments, long) = sample(&set, dir.path());
        let rows = read_long(&long);
        assert!(rows.iter().any(|r| !r.reason.is_empty()), "{id}: the sample has no missing reason to carry");
        let (expected, records) = report_of(&set, &enrolments, &long);

        // Each wave's form exported alone reads back with no error and
        // nothing lacking.
        let columns = columns_of(&set);
        for wave in Wave::ALL {
            let at: Vec<_> = rows.iter().filter(|r| r.wave == *wave).cloned().collect();
            let (header, data) = export(&set, &at, Tool::Kobo, &columns);
            let path = dir.path().join(format!("kobo-{}.csv", wave.as_str()));
            write_csv(&path, b';', &header, &data);
            report_of(&set, &enrolments, &path);
        }

        // All waves in one export: KoboToolbox CSV (`;`), ODK Central CSV
        // (`,`, `-` between groups), KoboToolbox XLSX.
        for (tool, file) in [(Tool::Kobo, "kobo.csv"), (Tool::OdkCentral, "odk-central.csv"), (Tool::Kobo, "kobo.xlsx")]
        {
            let (header, data) = export(&set, &rows, tool, &columns);
            assert!(header.iter().any(|h| h.contains('/') || h.contains('-')), "{file}: no group path");
            let path = dir.path().join(file);
            if file.ends_with(".xlsx") {
                write_xlsx(&path, &header, &data);
            } else {
                write_csv(&path, if tool == Tool::Kobo { b';' } else { b',' }, &header, &data);
            }
            let (got, got_records) = report_of(&set, &enrolments, &path);
            assert_eq!(got_records, records, "{id} {file}: another number of answers read back");
            assert_eq!(got, expected, "{id} {file}: the report differs from the long-form data's");
        }
    }
}

#[test]
fn forms_older_form_version_is_read_and_its_lacking_questions_listed() {
    let set = set("exclusion-2023");
    let dir = tempfile::tempdir().unwrap();
    let (enrolments, long) = sample(&set, dir.path());
    let rows: Vec<_> = read_long(&long).into_iter().filter(|r| r.wave == Wave::Entry).collect();
    // The older form did not ask about bank accounts.
    let columns = |w: Wave| {
        export_columns(&set, w)
            .unwrap()
            .into_iter()
            .filter(|c| !c.starts_with("excl.rights.bank_account"))
            .collect::<Vec<_>>()
    };
    let kept: Vec<_> = rows.iter().filter(|r| r.indicator != "excl.rights.bank_account").cloned().collect();
    let (header, mut data) = export(&set, &kept, Tool::Kobo, &columns);
    let version = header.iter().position(|h| h == "form_version").unwrap();
    for row in &mut data {
        row[version] = "0.9.0".to_string();
    }
    let path = dir.path().join("kobo-old.csv");
    write_csv(&path, b';', &header, &data);
    let loaded = load(&set, &enrolments, &path, &options()).unwrap();
    assert!(!loaded.validation.has_errors(), "{}", loaded.validation.render(Lang::En));
    assert_eq!(loaded.validation.count_of(ProblemCode::MissingColumn), 1, "{}", loaded.validation.render(Lang::En));
    let en = loaded.validation.render(Lang::En);
    assert!(en.contains("excl.rights.bank_account") && en.contains("form version 0.9.0"), "{en}");
    let fr = loaded.validation.render(Lang::Fr);
    assert!(fr.contains("ne pose pas la question excl.rights.bank_account"), "{fr}");
    assert_eq!(loaded.validation.observations.records_accepted, kept.len() as u64);
}

#[test]
fn forms_cli_lists_and_writes_forms() {
    let out = run_impact(&["form", "--set", "child-protection-2024", "--list", "--lang", "en"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    for wave in Wave::ALL {
        assert!(text.contains(&format!("child-protection-2024-{}-v1.0.0", wave.as_str())), "{text}");
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("entry.xlsx");
    let p = path.to_str().unwrap();
    let out = run_impact(&["form", "--set", "exclusion-2023", "--wave", "entry", "--format", "xlsform", "-o", p]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let written = std::fs::read(&path).unwrap();
    assert!(written == xlsform(&set("exclusion-2023"), Wave::Entry).unwrap(), "impact form wrote another workbook");
    let out = run_impact(&["form", "--set", "exclusion-2023", "--wave", "middle", "-o", p]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("middle") && stderr.contains("entry, follow_up, exit, post_exit"), "{stderr}");
}

#[test]
fn forms_kobo_fixture_validates_and_carries_its_missing_reasons() {
    // A KoboToolbox CSV export (`;`, groups in headers, the tool's columns)
    // of the exclusion-2023 entry form, columns as pyxform named them.
    let dir = crate::it::support::fixture("kobo");
    let (enrolments, export) = (dir.join("enrolments.csv"), dir.join("exclusion-2023-entry.csv"));
    let out = run_impact(&[
        "validate",
        "--set",
        "exclusion-2023",
        "--enrolments",
        enrolments.to_str().unwrap(),
        "--observations",
        export.to_str().unwrap(),
        "--lang",
        "en",
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}{}", String::from_utf8_lossy(&out.stderr));
    assert!(text.contains("wide form") && text.contains("92 records kept"), "{text}");
    assert!(text.contains("Errors: 0; warnings: 0"), "{text}");

    let set = set("exclusion-2023");
    let loaded = load(&set, &enrolments, &export, &options()).unwrap();
    let report = analyse(&set, &loaded.dataset, &AnalysisOptions::default()).unwrap();
    let missing: Vec<(String, String)> = report
        .data_quality
        .missing
        .iter()
        .filter_map(|m| m.reason.map(|r| (m.indicator.clone(), r.as_str().to_string())))
        .collect();
    for expected in [
        ("excl.income.regular", "refused"),
        ("excl.autonomy.budget", "unknown"),
        ("excl.autonomy.item_mail", "not_applicable"),
    ] {
        assert!(
            missing.iter().any(|(i, r)| i == expected.0 && r == expected.1),
            "{expected:?} not among the missing answers {missing:?}"
        );
    }
}
