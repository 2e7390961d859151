//! What an association's own files need from the readers (issue 14): files
//! as Excel writes them (CRLF, Windows-1252, `;`), French wave names and
//! missing reasons, ids typed on different machines, optional fields that
//! cannot be read, columns missing or files swapped.

use crate::it::hardening_support::Scratch;
use crate::it::support::fixture;
use social_impact::catalogue::{Catalogue, Wave};
use social_impact::data::{MissingReason, PseudonymKey};
use social_impact::ingest::{
    load, read_enrolments, Field, FileRole, IngestOptions, Loaded, Location, Problem, ProblemKind, ReadItem, Severity,
};
use social_impact::{Lang, ReferenceSet};
use std::path::Path;

const KEY: &[u8] = b"association-test-key-0123456789abcdef";

fn options() -> IngestOptions {
    IngestOptions::default().with_key(&PseudonymKey::from_bytes(KEY))
}

fn ingest_set() -> ReferenceSet {
    Catalogue::bundled().expect("bundled catalogue").reference_set_at(&fixture("ingest/set.json")).expect("fixture set")
}

/// Every problem found reading an enrolments file.
fn enrolment_problems(path: &Path) -> Vec<Problem> {
    let mut problems = Vec::new();
    for item in read_enrolments(path, &options()).unwrap() {
        match item {
            ReadItem::Problem(p) => problems.push(p),
            ReadItem::Record(r) => problems.extend(r.problems),
        }
    }
    problems
}

fn windows_1252(text: &str) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(text);
    assert!(!unmappable, "the text is Windows-1252");
    bytes.into_owned()
}

/// Lines 1 to 6: a header, a person, a service written on two lines inside
/// quotes (lines 3 and 4), an entry date that does not exist on line 5, and
/// a person on line 6.
const CRLF_ENROLMENTS: &str = "Organisme;Bénéficiaire;Date d'entrée;Date de sortie;Âge;Sexe;Dispositif\r\n\
    ASSO-EST;E-0101;08/01/2024;;41;F;CHRS\r\n\
    ASSO-EST;E-0102;09/01/2024;;29;H;\"Logement\r\naccompagné\"\r\n\
    ASSO-EST;E-0103;31/02/2024;;33;F;Maraude\r\n\
    ASSO-EST;E-0104;12/01/2024;;;X;Hébergement d'urgence\r\n";

#[test]
fn association_crlf_lines_are_counted_from_one_in_both_encodings() {
    let dir = Scratch::new();
    let utf8 = dir.write("inscriptions-utf8.csv", CRLF_ENROLMENTS);
    let cp1252 = dir.write("inscriptions-1252.csv", windows_1252(CRLF_ENROLMENTS));
    let bom = dir.write("inscriptions-bom.csv", [&b"\xef\xbb\xbf"[..], CRLF_ENROLMENTS.as_bytes()].concat());
    let lf = dir.write("inscriptions-lf.csv", CRLF_ENROLMENTS.replace("\r\n", "\n"));
    for path in [utf8, cp1252, bom, lf] {
        let problems = enrolment_problems(&path);
        let bad_date: Vec<&Location> =
            problems.iter().filter(|p| p.code().as_str() == "malformed_date").map(|p| p.location()).collect();
        assert_eq!(bad_date, [&Location::Line(5)], "{}: {problems:#?}", path.display());
        // Nothing is said of the header, nor of any other line.
        assert!(
            problems.iter().all(|p| matches!(p.location(), Location::File | Location::Line(5))),
            "{}: {problems:#?}",
            path.display()
        );
    }
}

#[test]
fn association_blank_lines_are_counted_too() {
    // A blank line after the first person: the bad date moves to line 6.
    let dir = Scratch::new();
    let text = CRLF_ENROLMENTS.replacen("CHRS\r\n", "CHRS\r\n\r\n", 1);
    for (name, text) in [("crlf.csv", text.clone()), ("lf.csv", text.replace("\r\n", "\n"))] {
        let path = dir.write(name, text);
        let problems = enrolment_problems(&path);
        let lines: Vec<Option<u64>> = problems.iter().map(|p| p.location().line()).collect();
        assert_eq!(lines, [Some(6)], "{name}: {problems:#?}");
    }
}

#[test]
fn association_crlf_rows_after_a_quoted_line_break_keep_their_lines() {
    // Observations, CRLF, Windows-1252: an error right after the header
    // and one after a quoted answer spread over three lines.
    let dir = Scratch::new();
    let enrolments = dir.write("inscriptions.csv", windows_1252(CRLF_ENROLMENTS));
    let observations = dir.write(
        "observations.csv",
        windows_1252(
            "Organisme;Bénéficiaire;Indicateur;Vague;Date;Valeur;Commentaire\r\n\
             ASSO-EST;E-0101;t.housing.ladder;entry;08/01/2024;château;\r\n\
             ASSO-EST;E-0101;t.rights.coverage;entry;08/01/2024;oui;\"vu au siège\r\navec\r\nsa sœur\"\r\n\
             ASSO-EST;E-0101;t.autonomy.budget;entry;08/01/2024;12;\r\n",
        ),
    );
    let loaded: Loaded = load(&ingest_set(), &enrolments, &observations, &options()).unwrap();
    let lines: Vec<u64> = loaded
        .validation
        .problems()
        .iter()
        .filter(|p| p.file() == observations && p.code().as_str() == "value_not_accepted")
        .filter_map(|p| p.location().line())
        .collect();
    assert_eq!(lines, [2, 6], "{}", loaded.validation.render(Lang::En));
}

#[test]
fn association_french_wave_names_and_missing_reasons_are_read() {
    // As staff write them: French wave names in any case, with or without
    // accents, the reasons as the reports name them, and the header
    // "Motif de non-réponse".
    let dir = Scratch::new();
    let enrolments = dir.write(
        "inscriptions.csv",
        "Organisme;Bénéficiaire;Date d'entrée;Date de sortie;Âge\r\n\
         ASSO-OUEST;O-0201;08/01/2024;28/06/2024;44\r\n\
         ASSO-OUEST;O-0202;15/01/2024;;\r\n",
    );
    let observations = dir.write(
        "observations.csv",
        "Organisme;Bénéficiaire;Indicateur;Vague;Date;Valeur;Motif de non-réponse\r\n\
         ASSO-OUEST;O-0201;t.housing.ladder;Entrée;08/01/2024;street;\r\n\
         ASSO-OUEST;O-0201;t.housing.ladder;SUIVI;15/03/2024;shelter;\r\n\
         ASSO-OUEST;O-0201;t.housing.ladder;sortie;28/06/2024;tenancy;\r\n\
         ASSO-OUEST;O-0201;t.housing.ladder;Après la sortie;30/12/2024;tenancy;\r\n\
         ASSO-OUEST;O-0202;t.housing.ladder;entree;15/01/2024;;Refus de répondre\r\n\
         ASSO-OUEST;O-0202;t.rights.coverage;ENTRÉE;15/01/2024;;sans objet\r\n\
         ASSO-OUEST;O-0202;t.health.forgone;Entree;15/01/2024;;NE SAIT PAS\r\n",
    );
    let loaded = load(&ingest_set(), &enrolments, &observations, &options()).unwrap();
    let v = &loaded.validation;
    assert!(v.problems().is_empty(), "{}", v.render(Lang::En));
    assert_eq!((v.observations.rows_read, v.observations.rows_accepted), (7, 7));
    let indicators = loaded.dataset.indicators().len();
    let mut reasons: Vec<MissingReason> = loaded
        .dataset
        .people()
        .flat_map(|p| (0..indicators).filter_map(move |k| p.answers(k)))
        .filter_map(|a| a.get(Wave::Entry).and_then(|a| a.missing_reason))
        .collect();
    reasons.sort();
    assert_eq!(
        reasons,
        [MissingReason::Refused, MissingReason::NotApplicable, MissingReason::Unknown],
        "the missing-reason column is read"
    );
    // Every wave, French names included, counts.
    let ladder = loaded.dataset.indicators().iter().position(|i| i.as_str() == "t.housing.ladder").unwrap();
    let waves: Vec<Wave> = loaded
        .dataset
        .people()
        .filter_map(|p| p.answers(ladder))
        .flat_map(|a| Wave::ALL.iter().copied().filter(|w| a.score(*w).is_some()).collect::<Vec<_>>())
        .collect();
    assert_eq!(waves, Wave::ALL);
}

#[test]
fn association_an_unknown_wave_says_the_french_names_too() {
    let dir = Scratch::new();
    let enrolments =
        dir.write("inscriptions.csv", "Organisme;Bénéficiaire;Date d'entrée\r\nASSO-OUEST;O-0201;08/01/2024\r\n");
    let observations = dir.write(
        "observations.csv",
        "Organisme;Bénéficiaire;Indicateur;Vague;Date;Valeur\r\nASSO-OUEST;O-0201;t.housing.ladder;milieu;08/01/2024;street\r\n",
    );
    let loaded = load(&ingest_set(), &enrolments, &observations, &options()).unwrap();
    let p = loaded.validation.problems().iter().find(|p| p.code().as_str() == "unknown_wave").expect("unknown wave");
    assert_eq!(p.location(), &Location::Line(2));
    assert!(p.render(Lang::Fr).contains("Après la sortie"), "{}", p.render(Lang::Fr));
    assert!(p.render(Lang::En).contains("also in French: Entrée"), "{}", p.render(Lang::En));
}

/// `Zoé-0012` typed normally (é is one character) and as some Mac software
/// writes it (e, then a combining acute accent).
const ZOE_NFC: &str = "Zo\u{e9}-0012";
const ZOE_NFD: &str = "Zoe\u{301}-0012";

#[test]
fn association_an_id_in_decomposed_unicode_is_the_same_person() {
    assert_ne!(ZOE_NFC.as_bytes(), ZOE_NFD.as_bytes());
    let dir = Scratch::new();
    let enrolments = dir.write(
        "inscriptions.csv",
        format!(
            "Organisme;Bénéficiaire;Date d'entrée;Date de sortie;Âge\r\n\
             ASSO-NORD;{ZOE_NFC};08/01/2024;;17\r\n\
             ASSO-NORD;{ZOE_NFD};08/01/2024;;17\r\n"
        ),
    );
    let observations = dir.write(
        "observations.csv",
        format!(
            "Organisme;Bénéficiaire;Indicateur;Vague;Date;Valeur\r\n\
             ASSO-NORD;{ZOE_NFD};t.housing.ladder;entry;08/01/2024;street\r\n\
             ASSO-NORD;{ZOE_NFC};t.rights.coverage;entry;08/01/2024;oui\r\n"
        ),
    );
    let loaded = load(&ingest_set(), &enrolments, &observations, &options()).unwrap();
    let v = &loaded.validation;
    // The second enrolment is the first one again (kept once, a warning).
    let codes: Vec<&str> = v.problems().iter().map(|p| p.code().as_str()).collect();
    assert_eq!(codes, ["duplicate_enrolment"], "{}", v.render(Lang::En));
    assert_eq!(loaded.dataset.people().count(), 1);
    assert_eq!(loaded.dataset.observation_count(), 2);
}

#[test]
fn association_pseudonymise_gives_both_spellings_one_pseudonym() {
    let dir = Scratch::new();
    let key = dir.write("cle.key", "association-test-key-0123456789abcdef\n");
    let input = dir.write(
        "inscriptions.csv",
        format!("Organisme;Bénéficiaire;Date d'entrée\r\nASSO-NORD;{ZOE_NFC};08/01/2024\r\nASSO-NORD;{ZOE_NFD};09/01/2024\r\n"),
    );
    let output = dir.path("inscriptions-pseudo.csv");
    let s = |p: &Path| p.to_str().unwrap().to_string();
    let out = crate::it::support::run_impact(&["pseudonymise", "--key", &s(&key), &s(&input), &s(&output)]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let written = std::fs::read_to_string(&output).unwrap();
    let pseudonyms: Vec<&str> = written.lines().skip(1).filter_map(|l| l.split(';').nth(1)).collect();
    assert_eq!(pseudonyms.len(), 2, "{written}");
    assert_eq!(pseudonyms[0], pseudonyms[1], "{written}");
    assert!(!written.contains("Zo"), "{written}");
}

#[test]
fn association_an_unreadable_optional_field_is_missing_and_the_person_kept() {
    let dir = Scratch::new();
    let enrolments = dir.write(
        "inscriptions.csv",
        "Organisme;Bénéficiaire;Date d'entrée;Date de sortie;Âge;Sexe\r\n\
         ASSO-SUD;S-0301;08/01/2024;;34 ans;F\r\n\
         ASSO-SUD;S-0302;09/01/2024;31/06/2024;52;?\r\n\
         ASSO-SUD;S-0303;10/01/2024;;131;M\r\n",
    );
    let observations = dir.write(
        "observations.csv",
        "Organisme;Bénéficiaire;Indicateur;Vague;Date;Valeur\r\n\
         ASSO-SUD;S-0301;t.housing.ladder;entry;08/01/2024;street\r\n\
         ASSO-SUD;S-0301;t.autonomy.budget;entry;08/01/2024;12\r\n\
         ASSO-SUD;S-0302;t.housing.ladder;entry;09/01/2024;shelter\r\n\
         ASSO-SUD;S-0303;t.housing.ladder;entry;10/01/2024;street\r\n",
    );
    let loaded = load(&ingest_set(), &enrolments, &observations, &options()).unwrap();
    let v = &loaded.validation;
    // Every person is kept, and the observations are checked.
    assert_eq!((v.enrolments.rows_read, v.enrolments.rows_accepted), (3, 3), "{}", v.render(Lang::En));
    assert_eq!(loaded.dataset.people().count(), 3);
    let errors: Vec<(&str, Option<u64>)> =
        v.problems().iter().filter(|p| p.is_error()).map(|p| (p.code().as_str(), p.location().line())).collect();
    assert_eq!(errors, [("value_not_accepted", Some(3))], "{}", v.render(Lang::En));
    assert_eq!(loaded.dataset.observation_count(), 3);
    // One located warning per unreadable field, which says what was read.
    let warnings: Vec<(u64, &str, &str)> = v
        .problems()
        .iter()
        .filter(|p| matches!(p.kind(), ProblemKind::OptionalValueIgnored { .. }))
        .map(|p| (p.location().line().unwrap_or(0), p.column().unwrap_or(""), p.value().map_or("", |s| s.as_str())))
        .collect();
    assert_eq!(
        warnings,
        [(2, "Âge", "34 ans"), (3, "Date de sortie", "31/06/2024"), (3, "Sexe", "?"), (4, "Âge", "131")],
        "{}",
        v.render(Lang::En)
    );
    let age = v.problems().iter().find(|p| p.column() == Some("Âge")).unwrap();
    assert_eq!(age.severity(), Severity::Warning);
    assert_eq!(age.code().as_str(), "invalid_value");
    let fr = age.render(Lang::Fr);
    assert!(fr.contains("l'âge est lu comme inconnu, la personne est gardée"), "{fr}");
    assert!(fr.contains("de 0 à 130"), "{fr}");
    let en = v.problems().iter().find(|p| p.column() == Some("Date de sortie")).unwrap().render(Lang::En);
    assert!(en.contains("the exit date is read as empty (support ongoing), the person is kept"), "{en}");
    let people: Vec<_> = loaded.dataset.people().filter_map(|p| p.enrolment().cloned()).collect();
    assert!(people.iter().all(|e| e.exit_date.is_none()), "the unreadable exit date is missing");
    let mut ages: Vec<Option<u32>> = people.iter().map(|e| e.age_at_entry).collect();
    ages.sort();
    assert_eq!(ages, [None, None, Some(52)]);
}

#[test]
fn association_one_age_bound_everywhere() {
    use social_impact::collection::{record_schema, RecordKind};
    let set = ingest_set();
    let schema = record_schema(&set, RecordKind::Enrolment, None).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let record = |age: serde_json::Value| serde_json::json!({ "organisation": "ASSO-SUD", "beneficiary": "S-0301", "entry_date": "2024-01-08", "age_at_entry": age });
    let bound = social_impact::data::MAX_AGE_AT_ENTRY;
    assert_eq!(bound, 130);
    for (age, ok) in [(bound, true), (bound + 1, false)] {
        for value in [serde_json::json!(age), serde_json::json!(age.to_string())] {
            assert_eq!(validator.is_valid(&record(value.clone())), ok, "{value}");
            let raw = social_impact::ingest::RawRecord::from_json(&record(value.clone())).unwrap();
            let read = social_impact::ingest::validate_enrolment_record(&raw).is_empty();
            assert_eq!(read, ok, "{value}");
        }
    }
}

#[test]
fn association_a_missing_exit_date_column_is_said_once() {
    // 40 people followed after exit, in a file without an exit date column.
    let dir = Scratch::new();
    let mut enrolments = String::from("Organisme;Bénéficiaire;Date d'entrée;Sexe\r\n");
    let mut observations = String::from("Organisme;Bénéficiaire;Indicateur;Vague;Date;Valeur\r\n");
    for i in 1..=40 {
        enrolments.push_str(&format!("ASSO-NORD;N-{i:04};08/01/2024;F\r\n"));
        observations.push_str(&format!("ASSO-NORD;N-{i:04};t.housing.ladder;post_exit;08/12/2024;tenancy\r\n"));
    }
    let enrolments = dir.write("inscriptions.csv", enrolments);
    let observations = dir.write("observations.csv", observations);
    let loaded = load(&ingest_set(), &enrolments, &observations, &options()).unwrap();
    let v = &loaded.validation;
    assert!(!v.has_errors(), "{}", v.render(Lang::En));
    assert_eq!(v.problems().len(), 1, "one message, not one per row:\n{}", v.render(Lang::En));
    let p = &v.problems()[0];
    assert_eq!(p.file(), enrolments);
    assert_eq!(p.location(), &Location::Line(1));
    assert_eq!(p.severity(), Severity::Warning);
    assert!(
        matches!(p.kind(), ProblemKind::OptionalColumnsAbsent { missing } if missing == &[Field::ExitDate, Field::AgeAtEntry])
    );
    assert!(
        p.render(Lang::Fr).contains("pas de colonnes exit_date, age_at_entry\u{a0}: sans date de sortie"),
        "{}",
        p.render(Lang::Fr)
    );
    assert!(p.render(Lang::En).contains("every support is counted as ongoing"), "{}", p.render(Lang::En));
    assert_eq!(loaded.dataset.observation_count(), 40);
    // With the column, even empty, nothing is said of the file; the
    // post-exit rows of people still in support are warned of one by one.
    let with_column = dir.write(
        "inscriptions-2.csv",
        "Organisme;Bénéficiaire;Date d'entrée;Date de sortie;Âge\r\nASSO-NORD;N-0001;08/01/2024;;30\r\n",
    );
    let loaded = load(&ingest_set(), &with_column, &observations, &options()).unwrap();
    let codes: Vec<&str> = loaded
        .validation
        .problems()
        .iter()
        .filter(|p| p.file() == with_column || p.location().line() == Some(2))
        .map(|p| p.code().as_str())
        .collect();
    assert_eq!(codes, ["observation_outside_support"], "{}", loaded.validation.render(Lang::En));
}

#[test]
fn association_swapped_files_are_said_to_be_swapped() {
    let dir = Scratch::new();
    let enrolments = dir.write(
        "inscriptions.csv",
        "Organisme;Bénéficiaire;Date d'entrée;Date de sortie;Âge;Sexe;Dispositif\r\nASSO-SUD;S-0301;08/01/2024;;34;F;CHRS\r\n",
    );
    let observations = dir.write(
        "observations.csv",
        "Organisme;Bénéficiaire;Indicateur;Vague;Date;Valeur\r\nASSO-SUD;S-0301;t.housing.ladder;Entrée;08/01/2024;street\r\n",
    );
    let wide = dir.write(
        "observations-large.csv",
        "organisation,beneficiary,wave,date,t.housing.ladder\nASSO-SUD,S-0301,entry,2024-01-08,street\n",
    );
    for observations in [observations, wide] {
        // Given the wrong way round.
        let loaded = load(&ingest_set(), &observations, &enrolments, &options()).unwrap();
        let v = &loaded.validation;
        let kinds: Vec<&ProblemKind> = v.problems().iter().map(|p| p.kind()).collect();
        assert_eq!(kinds.len(), 2, "one error per file, no column warnings:\n{}", v.render(Lang::En));
        for p in v.problems() {
            assert!(p.is_error());
            assert_eq!(p.location(), &Location::Line(1));
            assert!(matches!(p.kind(), ProblemKind::LooksLikeOtherFile { .. }), "{}", p.render(Lang::En));
            assert!(p.render(Lang::En).contains("were the two files swapped?"), "{}", p.render(Lang::En));
            assert!(
                p.render(Lang::Fr).contains("les deux fichiers ont-ils été inversés\u{a0}?"),
                "{}",
                p.render(Lang::Fr)
            );
        }
        assert!(matches!(
            v.problems()[0].kind(),
            ProblemKind::LooksLikeOtherFile { given_as: FileRole::Enrolments, found } if found.contains(&Field::Wave)
        ));
        assert!(matches!(
            v.problems()[1].kind(),
            ProblemKind::LooksLikeOtherFile { given_as: FileRole::Observations, found } if found.contains(&Field::EntryDate)
        ));
    }
    // A file that lacks a column without looking like the other is told so.
    let loaded = load(
        &ingest_set(),
        &dir.write("sans-date.csv", "Organisme;Bénéficiaire\r\nASSO-SUD;S-0301\r\n"),
        &enrolments,
        &options(),
    )
    .unwrap();
    assert_eq!(loaded.validation.problems()[0].code().as_str(), "missing_column");
    assert!(matches!(loaded.validation.problems()[0].kind(), ProblemKind::MissingColumns { .. }));
}

#[test]
fn association_key_new_writes_a_private_random_key_and_never_replaces_one() {
    use crate::it::support::run_impact;
    let dir = Scratch::new();
    let path = dir.path("association.key");
    let p = path.to_str().unwrap();
    let out = run_impact(&["key", "new", "--output", p]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let first = std::fs::read_to_string(&path).unwrap();
    // 32 random bytes as 64 hexadecimal digits: twice the shortest key read.
    let hex = first.strip_suffix('\n').expect("a line end");
    assert_eq!(hex.len(), 2 * PseudonymKey::NEW_KEY_BYTES);
    assert!(hex.len() >= PseudonymKey::MIN_LEN);
    assert!(hex.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()), "{hex}");
    // Nothing of the key is printed.
    for stream in [&out.stdout, &out.stderr] {
        let text = String::from_utf8_lossy(stream);
        assert!(!text.contains(&hex[..8]) && !text.contains(&hex[56..]), "{text}");
    }
    assert!(String::from_utf8_lossy(&out.stderr).contains("lisible par vous seul"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
    }
    // The key reads back, and pseudonymises.
    let key = PseudonymKey::from_file(&path).unwrap();
    let ids = social_impact::data::Pseudonymiser::new(&key);
    assert_ne!(
        ids.pseudonymise("N-0001"),
        social_impact::data::Pseudonymiser::new(&PseudonymKey::from_bytes(KEY)).pseudonymise("N-0001")
    );
    // Never over an existing file without --force.
    let again = run_impact(&["--lang", "en", "key", "new", "--output", p]);
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("--force"), "{}", String::from_utf8_lossy(&again.stderr));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), first);
    // With --force, a new key, as random as the first.
    let forced = run_impact(&["key", "new", "--output", p, "--force"]);
    assert!(forced.status.success(), "{}", String::from_utf8_lossy(&forced.stderr));
    let second = std::fs::read_to_string(&path).unwrap();
    assert_eq!(second.len(), first.len());
    assert_ne!(second, first);
    // Nothing else is left in the folder.
    let names: Vec<String> =
        std::fs::read_dir(dir.0.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into()).collect();
    assert_eq!(names, ["association.key"]);
}

#[test]
fn association_excel_fr_templates_read_back() {
    use crate::it::support::run_impact;
    let dir = Scratch::new();
    let set = fixture("ingest/set.json");
    let set = set.to_str().unwrap();
    let template = |record: &str, name: &str, extra: &[&str]| {
        let path = dir.path(name);
        let mut args =
            vec!["schema", "--set", set, "--record", record, "--excel-fr", "--output", path.to_str().unwrap()];
        args.extend_from_slice(extra);
        let out = run_impact(&args);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let bytes = std::fs::read(&path).unwrap();
        assert!(bytes.starts_with(b"\xef\xbb\xbf"), "a UTF-8 BOM");
        assert!(bytes.ends_with(b"\r\n") && !bytes.contains(&b','), "{}", String::from_utf8_lossy(&bytes));
        String::from_utf8(bytes[3..].to_vec()).unwrap()
    };
    let enrolments = template("enrolment", "inscriptions.csv", &[]);
    assert_eq!(enrolments, "Organisme;Bénéficiaire;Date d'entrée;Date de sortie;Âge à l'entrée;Sexe;Dispositif\r\n");
    let observations = template("observation", "observations.csv", &["--format", "csv-template"]);
    assert_eq!(observations, "Organisme;Bénéficiaire;Indicateur;Vague;Date;Valeur;Motif de non-réponse\r\n");
    let wide = template("wide", "large.csv", &["--wave", "exit"]);
    assert!(wide.starts_with("Organisme;Bénéficiaire;Vague;Date;t.housing.ladder;"), "{wide}");
    // Filled in as staff would, then read back without a word about columns.
    let mut rows = std::fs::read(dir.path("inscriptions.csv")).unwrap();
    rows.extend_from_slice("ASSO-EST;E-0401;08/01/2024;30/06/2024;41;F;CHRS\r\n".as_bytes());
    let enrolments = dir.write("inscriptions.csv", rows);
    let mut rows = std::fs::read(dir.path("observations.csv")).unwrap();
    rows.extend_from_slice("ASSO-EST;E-0401;t.housing.ladder;Entrée;08/01/2024;street;\r\n".as_bytes());
    rows.extend_from_slice("ASSO-EST;E-0401;t.rights.coverage;Entrée;08/01/2024;;Refus de répondre\r\n".as_bytes());
    let observations = dir.write("observations.csv", rows);
    let loaded = load(&ingest_set(), &enrolments, &observations, &options()).unwrap();
    assert!(loaded.validation.problems().is_empty(), "{}", loaded.validation.render(Lang::Fr));
    assert_eq!(loaded.dataset.observation_count(), 2);
    let mut rows = std::fs::read(dir.path("large.csv")).unwrap();
    let cells = wide.trim_end().split(';').count() - 4;
    rows.extend_from_slice(
        format!("ASSO-EST;E-0401;Sortie;30/06/2024;tenancy{}\r\n", ";".repeat(cells - 1)).as_bytes(),
    );
    let wide = dir.write("large.csv", rows);
    let loaded = load(&ingest_set(), &enrolments, &wide, &options()).unwrap();
    assert!(loaded.validation.problems().is_empty(), "{}", loaded.validation.render(Lang::Fr));
    assert_eq!(loaded.validation.observations.form, Some(social_impact::ingest::Form::Wide));
    assert_eq!(loaded.dataset.observation_count(), 1);
    // A JSON Schema is not a spreadsheet.
    let out = run_impact(&["schema", "--set", set, "--record", "enrolment", "--excel-fr", "--format", "json-schema"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("csv-template"));
}
