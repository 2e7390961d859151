//! Reading collected data (`social_impact::ingest`): formats, encodings,
//! long and wide form, located problems, privacy, and bad input.

use crate::it::hardening_support::Scratch;
use crate::it::support::fixture;
use proptest::prelude::*;
use social_impact::catalogue::{Catalogue, Wave};
use social_impact::data::{PseudonymKey, Pseudonymiser};
use social_impact::ingest::{
    load, read_enrolments, read_observations, validate_observation_record, Field, FileFormat, IngestOptions, Loaded,
    Location, ProblemCode, RawRecord, ReadItem, Severity, TextEncoding,
};
use social_impact::{Lang, ReferenceSet};
use std::path::Path;

fn set(path: &str) -> ReferenceSet {
    Catalogue::bundled().expect("bundled catalogue").reference_set_at(&fixture(path)).expect("fixture set")
}

fn ingest_set() -> ReferenceSet {
    set("ingest/set.json")
}

const KEY: &[u8] = b"test-key-for-ingestion-0123456789";

fn keyed() -> IngestOptions {
    IngestOptions::default().with_key(&PseudonymKey::from_bytes(KEY))
}

fn load_fixtures(enrolments: &str, observations: &str) -> Loaded {
    load(&ingest_set(), &fixture(enrolments), &fixture(observations), &keyed()).unwrap()
}

/// The score at `wave` of `indicator` for the person `raw_id`.
fn score(loaded: &Loaded, raw_id: &str, indicator: &str, wave: Wave) -> Option<f64> {
    let key = Pseudonymiser::new(&PseudonymKey::from_bytes(KEY)).pseudonymise(raw_id);
    let k = loaded.dataset.indicators().iter().position(|i| i.as_str() == indicator)?;
    let person = loaded.dataset.people().find(|p| p.enrolment().is_some_and(|e| e.beneficiary == key))?;
    person.answers(k)?.score(wave).map(|s| s.value)
}

#[test]
fn ingest_conformance_cases_load_without_errors() {
    for case in ["c1", "c2"] {
        let dir = fixture(&format!("conformance/{case}"));
        let s = set(&format!("conformance/{case}/set.json"));
        let loaded =
            load(&s, &dir.join("enrolments.csv"), &dir.join("observations.csv"), &IngestOptions::default()).unwrap();
        let v = &loaded.validation;
        assert!(!v.has_errors(), "{case}:\n{}", v.render(Lang::En));
        assert_eq!(v.enrolments.rows_read, v.enrolments.rows_accepted);
        assert_eq!(v.observations.rows_read, v.observations.rows_accepted);
        assert_eq!(loaded.dataset.observation_count(), v.observations.rows_read);
        // Only duplicate answers are worth a warning in clean data.
        assert!(v.problems().iter().all(|p| p.code() == ProblemCode::DuplicateObservation), "{}", v.render(Lang::En));
    }
}

#[test]
fn ingest_french_excel_csv_semicolons_decimal_commas_cp1252() {
    let loaded = load_fixtures("ingest/excel-fr/enrolments.csv", "ingest/excel-fr/observations.csv");
    let v = &loaded.validation;
    assert!(!v.has_errors(), "{}", v.render(Lang::Fr));
    let info = v.enrolments.info.as_ref().unwrap();
    assert_eq!(
        (info.format, info.encoding, info.delimiter),
        (FileFormat::Csv, Some(TextEncoding::Windows1252), Some(b';'))
    );
    let obs = v.observations.info.as_ref().unwrap();
    assert_eq!((obs.encoding, obs.bom, obs.delimiter), (Some(TextEncoding::Utf8), true, Some(b';')));
    // The Latin-1 file is read with one warning, and its accents survive.
    assert_eq!(v.count_of(ProblemCode::Encoding), 1);
    assert_eq!(v.warning_count(), 1);
    let services: Vec<String> =
        loaded.dataset.people().filter_map(|p| p.enrolment().and_then(|e| e.service.clone())).collect();
    assert!(services.contains(&"Hébergement d'urgence".to_string()), "{services:?}");
    assert!(services.contains(&"Logement; accompagné".to_string()), "{services:?}");
    assert_eq!(score(&loaded, "P-0001", "t.income.monthly", Wave::Entry), Some(412.5));
    assert_eq!(score(&loaded, "P-0001", "t.income.monthly", Wave::Exit), Some(1034.2));
    assert_eq!(score(&loaded, "P-0001", "t.rights.coverage", Wave::Exit), Some(1.0));
    let p3 = loaded.dataset.people().find_map(|p| p.enrolment().filter(|e| e.age_at_entry == Some(19)).cloned());
    assert_eq!(p3.map(|e| e.entry_date), Some(jiff::civil::date(2024, 3, 1)));
}

#[test]
fn ingest_json_lines_and_json_array_agree() {
    let a = load_fixtures("ingest/json/enrolments.jsonl", "ingest/json/observations.jsonl");
    let b = load_fixtures("ingest/json/enrolments.jsonl", "ingest/json/observations.json");
    for l in [&a, &b] {
        assert!(!l.validation.has_errors(), "{}", l.validation.render(Lang::En));
        assert_eq!(l.dataset.observation_count(), 6);
    }
    assert_eq!(b.validation.observations.info.as_ref().unwrap().format, FileFormat::JsonArray);
    // Numbers, booleans and null as values; a numeric beneficiary id.
    assert_eq!(score(&a, "E-01", "t.income.monthly", Wave::Entry), Some(380.5));
    assert_eq!(score(&b, "E-01", "t.rights.coverage", Wave::Exit), Some(1.0));
    assert_eq!(score(&b, "1003", "t.housing.ladder", Wave::Entry), Some(1.0));
}

#[test]
fn ingest_wide_form_is_told_apart_by_its_headers() {
    let loaded = load_fixtures("ingest/json/enrolments.jsonl", "ingest/wide/observations.csv");
    let v = &loaded.validation;
    assert!(!v.has_errors(), "{}", v.render(Lang::En));
    assert_eq!(v.observations.form, Some(social_impact::ingest::Form::Wide));
    // 3 rows; the empty cell is "not collected", not a missing answer.
    assert_eq!((v.observations.rows_read, v.observations.records_accepted), (3, 8));
    assert_eq!(v.count_of(ProblemCode::UnknownColumn), 1);
    assert_eq!(score(&loaded, "E-01", "t.housing.ladder", Wave::Exit), Some(4.0));
}

#[test]
fn ingest_workbook_sheets_dates_and_numbers() {
    let path = "ingest/workbook/data.xlsx";
    let loaded = load_fixtures(path, path);
    let v = &loaded.validation;
    assert!(!v.has_errors(), "{}", v.render(Lang::En));
    assert_eq!(v.enrolments.info.as_ref().unwrap().sheet.as_deref(), Some("inscriptions"));
    assert_eq!(v.observations.info.as_ref().unwrap().sheet.as_deref(), Some("observations"));
    assert_eq!(score(&loaded, "W-1", "t.income.monthly", Wave::Exit), Some(1034.2));
    // A date left as its serial number in a date column.
    let w3 = loaded.dataset.people().find_map(|p| p.enrolment().filter(|e| e.age_at_entry == Some(19)).cloned());
    assert_eq!(w3.map(|e| e.entry_date), Some(jiff::civil::date(2024, 3, 1)));
    // A named sheet that does not exist is said, with the ones that do.
    let opts = keyed().with_sheet("Feuil9");
    let l = load(&ingest_set(), &fixture(path), &fixture(path), &opts).unwrap();
    let p = &l.validation.problems()[0];
    assert_eq!(p.code(), ProblemCode::Unreadable);
    assert!(p.render(Lang::En).contains("\"inscriptions\", \"observations\""), "{}", p.render(Lang::En));
}

#[test]
fn ingest_every_problem_is_located_with_column_value_and_what_is_accepted() {
    let loaded = load_fixtures("ingest/bad/enrolments.csv", "ingest/bad/observations.csv");
    let v = &loaded.validation;
    let find = |file: &str, line: u64| {
        v.problems()
            .iter()
            .find(|p| p.file().ends_with(file) && *p.location() == Location::Line(line))
            .unwrap_or_else(|| panic!("no problem at {file}:{line}\n{}", v.render(Lang::En)))
    };
    let expect = [
        ("enrolments.csv", 5, ProblemCode::DuplicateEnrolment, Severity::Warning, "beneficiary"),
        ("enrolments.csv", 6, ProblemCode::DuplicateEnrolment, Severity::Error, "beneficiary"),
        ("enrolments.csv", 7, ProblemCode::ExitBeforeEntry, Severity::Error, "exit_date"),
        // An unreadable optional field is read as missing, the person kept.
        ("enrolments.csv", 8, ProblemCode::InvalidValue, Severity::Warning, "age_at_entry"),
        ("enrolments.csv", 9, ProblemCode::InvalidValue, Severity::Warning, "sex"),
        ("observations.csv", 2, ProblemCode::UnknownIndicator, Severity::Error, "indicator"),
        ("observations.csv", 3, ProblemCode::WaveNotAllowed, Severity::Error, "wave"),
        ("observations.csv", 4, ProblemCode::ValueNotAccepted, Severity::Error, "value"),
        ("observations.csv", 5, ProblemCode::ValueNotAccepted, Severity::Error, "value"),
        ("observations.csv", 6, ProblemCode::MalformedDate, Severity::Error, "date"),
        ("observations.csv", 7, ProblemCode::MalformedDate, Severity::Error, "date"),
        ("observations.csv", 8, ProblemCode::ObservationOutsideSupport, Severity::Error, "date"),
        ("observations.csv", 9, ProblemCode::ObservationOutsideSupport, Severity::Error, "date"),
        ("observations.csv", 10, ProblemCode::ObservationWithoutEnrolment, Severity::Error, "beneficiary"),
        ("observations.csv", 11, ProblemCode::ValueNotAccepted, Severity::Error, "value"),
        ("observations.csv", 12, ProblemCode::NotApplicableAtAge, Severity::Warning, "indicator"),
        ("observations.csv", 14, ProblemCode::DuplicateObservation, Severity::Warning, "indicator"),
        ("observations.csv", 15, ProblemCode::UnknownWave, Severity::Error, "wave"),
        ("observations.csv", 16, ProblemCode::MissingValue, Severity::Error, "beneficiary"),
        ("observations.csv", 17, ProblemCode::InvalidValue, Severity::Error, "organisation"),
        ("observations.csv", 18, ProblemCode::InvalidValue, Severity::Error, "missing_reason"),
    ];
    for (file, line, kind, severity, column) in expect {
        let p = find(file, line);
        assert_eq!((p.code(), p.severity(), p.column()), (kind, severity, Some(column)), "{file}:{line}");
    }
    let field_count = find("observations.csv", 19);
    assert_eq!(field_count.code(), ProblemCode::FieldCount);
    // Values are shown, and what would be accepted is said.
    let range = find("observations.csv", 4);
    assert_eq!(range.value().map(|v| v.as_str()), Some("12"));
    assert!(range.render(Lang::En).contains("a whole number from 1 to 10"), "{}", range.render(Lang::En));
    assert!(range.render(Lang::Fr).contains("un nombre entier de 1 à 10"), "{}", range.render(Lang::Fr));
    assert!(find("observations.csv", 2).render(Lang::En).contains("did you mean \"t.housing.ladder\""));
    assert!(find("observations.csv", 7).render(Lang::Fr).contains("4 chiffres"));
    // Rows with errors are left out and counted; the rest is kept.
    assert!(v.has_errors());
    assert_eq!(v.observations.rows_read, 18);
    assert_eq!(v.observations.rows_accepted, 3);
    assert_eq!(v.enrolments.rows_left_out(), 2);
    assert_eq!(loaded.dataset.observation_count(), 3);
    // JSON output has the same facts.
    let json = serde_json::to_value(v.to_output(Lang::En)).expect("the output serialises");
    assert_eq!(json["format"], "impact-validation/1");
    assert_eq!(json["errors"].as_u64(), Some(v.error_count()));
    assert!(json["counts"].as_array().unwrap().iter().any(|c| c["kind"] == "wave_not_allowed"));
}

#[test]
fn ingest_no_raw_beneficiary_id_in_any_output() {
    let loaded = load_fixtures("ingest/bad/enrolments.csv", "ingest/bad/observations.csv");
    let v = &loaded.validation;
    for lang in Lang::ALL {
        let outputs = [
            v.render(lang),
            serde_json::to_string(&v.to_output(lang)).expect("the output serialises"),
            format!("{:?}", v.problems()),
        ];
        for out in outputs {
            for raw in ["SECRET-ID-77", "E-01", "E-02", "E-03", "E-04", "E-05", "E-06"] {
                assert!(!out.contains(raw), "{raw} printed in:\n{out}");
            }
        }
    }
}

#[test]
fn ingest_date_tolerance_is_an_option() {
    let dir = Scratch::new();
    let e = dir.write("e.csv", "organisation,beneficiary,entry_date,exit_date\nA1,X,2024-01-10,2024-06-30\n");
    let o = dir.write(
        "o.csv",
        "organisation,beneficiary,indicator,wave,date,value\n\
         A1,X,t.rights.coverage,entry,2024-01-05,0\n\
         A1,X,t.rights.coverage,exit,2024-07-03,1\n\
         A1,X,t.housing.ladder,post_exit,2024-12-01,tenancy\n",
    );
    let s = ingest_set();
    let strict = load(&s, &e, &o, &IngestOptions::default().with_date_tolerance_days(0)).unwrap();
    assert_eq!(strict.validation.count_of(ProblemCode::ObservationOutsideSupport), 2);
    let lenient = load(&s, &e, &o, &IngestOptions::default()).unwrap();
    assert!(!lenient.validation.has_errors(), "{}", lenient.validation.render(Lang::En));
}

#[test]
fn ingest_conflicting_same_date_duplicates_are_missing_and_named_whatever_the_order() {
    // BRIEF section 5: two answers of one indicator at one wave on the same
    // latest date that disagree make the answer missing, with a warning on
    // the line; an identical copy is only a duplicate.
    let dir = Scratch::new();
    let e = dir.write("e.csv", "organisation,beneficiary,entry_date,exit_date\nA1,X,2024-01-10,2024-06-30\n");
    let rows = [
        "A1,X,t.rights.coverage,entry,2024-01-12,0",
        "A1,X,t.rights.coverage,exit,2024-06-28,1",
        "A1,X,t.rights.coverage,exit,2024-06-28,0",
        "A1,X,t.health.forgone,exit,2024-06-28,1",
        "A1,X,t.health.forgone,exit,2024-06-28,1",
    ];
    let header = "organisation,beneficiary,indicator,wave,date,value\n";
    let forward = dir.write("forward.csv", format!("{header}{}\n", rows.join("\n")));
    let backward: Vec<&str> = rows.iter().rev().copied().collect();
    let backward = dir.write("backward.csv", format!("{header}{}\n", backward.join("\n")));
    for o in [forward, backward] {
        let loaded = load(&ingest_set(), &e, &o, &keyed()).unwrap();
        let v = &loaded.validation;
        assert_eq!(v.count_of(ProblemCode::ConflictingDuplicates), 1, "{}", v.render(Lang::En));
        let conflict =
            v.problems().iter().find(|p| p.code() == ProblemCode::ConflictingDuplicates).expect("the warning");
        assert_eq!(conflict.severity(), Severity::Warning);
        assert!(conflict.location().line().is_some(), "the warning names its line");
        assert!(conflict.message(Lang::Fr).contains("manquante"), "{}", conflict.message(Lang::Fr));
        assert_eq!(score(&loaded, "X", "t.rights.coverage", Wave::Exit), None, "conflicting answers are missing");
        assert_eq!(score(&loaded, "X", "t.rights.coverage", Wave::Entry), Some(0.0));
        assert_eq!(score(&loaded, "X", "t.health.forgone", Wave::Exit), Some(1.0), "identical copies keep the answer");
    }
}

#[test]
fn ingest_quoted_fields_crlf_tabs_and_utf16() {
    let dir = Scratch::new();
    let e = dir.write(
        "e.txt",
        "organisation\tbeneficiary\tentry_date\tservice\r\nA1\tX\t2024-01-10\t\"two\r\nlines; and, commas\"\r\nA1\tY\t2024-01-11\t\r\n",
    );
    let text = "organisation,beneficiary,indicator,wave,date,value\r\nA1,X,t.rights.coverage,entry,2024-01-10,oui\r\nA1,Y,t.rights.coverage,entry,2024-01-11,non\r\n";
    let mut utf16 = vec![0xff, 0xfe];
    utf16.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
    let o = dir.write("o.csv", utf16);
    let loaded = load(&ingest_set(), &e, &o, &IngestOptions::default()).unwrap();
    let v = &loaded.validation;
    assert!(!v.has_errors(), "{}", v.render(Lang::En));
    assert_eq!(v.enrolments.info.as_ref().unwrap().delimiter, Some(b'\t'));
    assert_eq!(v.observations.info.as_ref().unwrap().encoding, Some(TextEncoding::Utf16));
    assert_eq!((v.enrolments.rows_read, v.observations.rows_read), (2, 2));
    let service = loaded.dataset.people().find_map(|p| p.enrolment().and_then(|e| e.service.clone()));
    assert_eq!(service.as_deref(), Some("two\r\nlines; and, commas"));
}

#[test]
fn ingest_bad_files_are_reported_never_panic() {
    let s = ingest_set();
    let clean = fixture("ingest/json/enrolments.jsonl");
    let cases = [
        ("empty.csv", ProblemCode::EmptyFile),
        ("header-only.csv", ProblemCode::HeaderOnly),
        ("not-csv.csv", ProblemCode::Unreadable),
        ("random.csv", ProblemCode::Unreadable),
        ("truncated.xlsx", ProblemCode::Unreadable),
        ("missing-columns.csv", ProblemCode::MissingColumn),
        ("duplicate-headers.csv", ProblemCode::DuplicateColumn),
        ("long-cell.csv", ProblemCode::ValueNotAccepted),
    ];
    for (file, kind) in cases {
        let l = load(&s, &clean, &fixture(&format!("ingest/bad/{file}")), &IngestOptions::default()).unwrap();
        let v = &l.validation;
        assert!(v.has_errors(), "{file}");
        assert_eq!(v.count_of(kind), 1, "{file}:\n{}", v.render(Lang::En));
        for lang in Lang::ALL {
            let text = v.render(lang);
            assert!(text.contains(file), "{text}");
            assert!(text.lines().all(|l| l.chars().count() < 1000), "a line too long in:\n{text}");
        }
    }
    // Unknown columns are only a warning.
    let l = load(&s, &clean, &fixture("ingest/bad/unknown-columns.csv"), &IngestOptions::default()).unwrap();
    assert!(!l.validation.has_errors());
    assert_eq!(l.validation.count_of(ProblemCode::UnknownColumn), 2);
    // A file that does not exist is the only `Err`.
    assert!(load(&s, &clean, Path::new("/nonexistent/o.csv"), &IngestOptions::default()).is_err());
}

#[test]
fn ingest_undecidable_encoding_says_how_to_resave() {
    let dir = Scratch::new();
    // Bytes 0x81 and 0x9d are undefined in Windows-1252: not Latin-1, not UTF-8.
    let o = dir.write("o.csv", b"organisation,beneficiary\nA\x81\x9d\x8d,X\xff\xfe\xfd\xfc\xfb\n".as_slice());
    let l = load(&ingest_set(), &fixture("ingest/json/enrolments.jsonl"), &o, &IngestOptions::default()).unwrap();
    let p = l.validation.problems().iter().find(|p| p.code() == ProblemCode::Encoding).unwrap();
    assert!(p.is_error());
    assert!(p.render(Lang::Fr).contains("CSV UTF-8"), "{}", p.render(Lang::Fr));
}

#[test]
fn ingest_readers_stream_records_with_their_problems() {
    let s = ingest_set();
    let mut kept = 0;
    let mut rejected = 0;
    let mut reader = read_observations(fixture("ingest/bad/observations.csv"), &s, &IngestOptions::default()).unwrap();
    for item in &mut reader {
        match item {
            ReadItem::Record(r) if r.record.is_some() => kept += 1,
            ReadItem::Record(r) => {
                assert!(r.problems.iter().any(|p| p.is_error()));
                rejected += 1;
            }
            ReadItem::Problem(p) => assert_eq!(p.code(), ProblemCode::FieldCount),
        }
    }
    assert_eq!(reader.rows_read(), 18);
    assert_eq!((kept, rejected), (6, 11));
    let enrolments: Vec<_> =
        read_enrolments(fixture("ingest/excel-fr/enrolments.csv"), &IngestOptions::default()).unwrap().collect();
    assert_eq!(enrolments.len(), 5); // the encoding warning, then four records
}

#[test]
fn ingest_one_record_can_be_validated_alone() {
    let s = ingest_set();
    let mut r = RawRecord::new("o.csv", Location::Line(2));
    r.set(Field::Organisation, "A1")
        .set(Field::Beneficiary, "X")
        .set(Field::Indicator, "t.autonomy.budget")
        .set(Field::Wave, "entry")
        .set(Field::Date, "2024-01-10")
        .set(Field::Value, "7");
    assert!(validate_observation_record(&s, &r).is_empty());
    r.set(Field::Value, "7,5").set(Field::Wave, "post_exit");
    let kinds: Vec<ProblemCode> = validate_observation_record(&s, &r).iter().map(|p| p.code()).collect();
    assert_eq!(kinds, [ProblemCode::WaveNotAllowed, ProblemCode::ValueNotAccepted]);
    let json = serde_json::json!({"organisation": "A1", "beneficiary": 12, "indicator": "t.rights.coverage",
        "wave": "exit", "date": "2024-01-10", "value": true, "missing_reason": null});
    assert!(validate_observation_record(&s, &RawRecord::from_json(&json).unwrap()).is_empty());
}

fn load_bytes(dir: &Scratch, name: &str, bytes: &[u8]) {
    let s = ingest_set();
    let p = dir.write(name, bytes);
    let _ = load(&s, &p, &p, &IngestOptions::default()).unwrap();
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn ingest_arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let dir = Scratch::new();
        for name in ["x.csv", "x.jsonl", "x.json", "x.xlsx", "x.dat"] {
            load_bytes(&dir, name, &bytes);
        }
        // Behind a workbook's signature, the bytes reach the XLSX reader.
        let mut zip = b"PK\x03\x04".to_vec();
        zip.extend(&bytes);
        load_bytes(&dir, "z.xlsx", &zip);
    }

    #[test]
    fn ingest_arbitrary_text_never_panics(
        text in "[a-z0-9_.;,\t\"\r\n /-]{0,400}",
        header in prop::sample::select(vec![
            "organisation,beneficiary,indicator,wave,date,value\n",
            "organisme;bénéficiaire;date_entree;date_sortie;age\n",
            "organisation\tbeneficiary\twave\tdate\tt.rights.coverage\n",
            "[",
            "{\"organisation\":",
        ]),
    ) {
        let dir = Scratch::new();
        let bytes = format!("{header}{text}");
        for name in ["x.csv", "x.jsonl", "x.json"] {
            load_bytes(&dir, name, bytes.as_bytes());
        }
    }
    /// Whatever the beneficiary cell holds and whatever else is wrong in
    /// the record, no problem shows it, in any language or form.
    #[test]
    fn ingest_no_problem_shows_the_beneficiary_cell(
        // A prefix no other cell of the record holds, so a match can only be a leak.
        id in "ID-Q[A-Za-z0-9]{8,16}",
        organisation in prop::sample::select(vec!["ASSO-A", "", "ASSO A", "ASSO-B"]),
        entry in prop::sample::select(vec!["2024-01-15", "", "15/01/24", "31/02/2024"]),
        exit in prop::sample::select(vec!["", "2023-12-31", "hier"]),
        age in prop::sample::select(vec!["", "cent", "-3", "40"]),
        sex in prop::sample::select(vec!["", "?", "F"]),
        value in prop::sample::select(vec!["castle", "", "street", "12"]),
    ) {
        let mut enrolment = RawRecord::new("enrolments.csv", Location::Line(2));
        enrolment
            .set(Field::Organisation, organisation)
            .set(Field::Beneficiary, id.as_str())
            .set(Field::EntryDate, entry)
            .set(Field::ExitDate, exit)
            .set(Field::AgeAtEntry, age)
            .set(Field::Sex, sex);
        let mut observation = RawRecord::new("observations.csv", Location::Line(2));
        observation
            .set(Field::Organisation, organisation)
            .set(Field::Beneficiary, id.as_str())
            .set(Field::Indicator, "t.housing.ladder")
            .set(Field::Wave, "entry")
            .set(Field::Date, entry)
            .set(Field::Value, value);
        let mut problems = social_impact::ingest::validate_enrolment_record(&enrolment);
        problems.extend(validate_observation_record(&ingest_set(), &observation));
        for p in &problems {
            prop_assert!(p.value().is_none_or(|v| v.as_str() != id));
            for lang in Lang::ALL {
                let output = social_impact::ingest::ProblemOutput::new(p, lang);
                let json = serde_json::to_string(&output).expect("a problem serialises");
                prop_assert!(!p.render(lang).contains(id.as_str()) && !json.contains(id.as_str()), "{}", p.render(lang));
            }
        }
    }
}
