//! A set manifest that names its definitions in separate files
//! (`{"file": "definitions/x.json"}`, relative to the manifest's folder),
//! and `--definitions DIR` on the command line: the set opens and gives the
//! report of the same set written inline; a path that leaves the folder, a
//! missing file, a syntax error or a file that is not an indicator is
//! refused with the located words of `check-definitions`, every problem at
//! once, never with a raw serde message.

use crate::it::hardening_support::Scratch;
use crate::it::support::{fixture, run_impact};
use serde_json::{json, Value};
use social_impact::analysis::AnalysisOptions;
use social_impact::catalogue::check::Rule;
use social_impact::catalogue::{Catalogue, CatalogueError, EntryProblem, PathRefusal};
use social_impact::data::PseudonymKey;
use social_impact::ingest::IngestOptions;
use social_impact::pipeline::report_from_files;
use social_impact::set::ReferenceSet;
use social_impact::Lang;
use std::path::{Path, PathBuf};
use std::process::Output;

const KEY: &[u8] = b"definition-files-test-key-0123456789abcdef";

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn s(p: &Path) -> &str {
    p.to_str().expect("a UTF-8 path")
}

/// The conformance case c1: a manifest of seven inline definitions and
/// clean data files.
fn c1(name: &str) -> PathBuf {
    fixture("conformance/c1").join(name)
}

fn c1_manifest() -> Value {
    serde_json::from_str(&std::fs::read_to_string(c1("set.json")).expect("c1 set")).expect("c1 set is JSON")
}

/// Writes each inline definition of c1 into `dir/<folder>/<id>.json` and
/// gives the manifest with each entry replaced by `entry(folder, id)`.
fn split_c1(dir: &Scratch, folder: &str, entry: impl Fn(&str) -> Value) -> Value {
    let mut manifest = c1_manifest();
    std::fs::create_dir_all(dir.path(folder)).expect("definitions folder");
    let entries = manifest["indicators"].as_array_mut().expect("indicators");
    for e in entries.iter_mut() {
        let id = e["id"].as_str().expect("an inline definition").to_string();
        let body = serde_json::to_string_pretty(e).expect("definition");
        dir.write(&format!("{folder}/{id}.json"), body);
        *e = entry(&id);
    }
    manifest
}

fn write_json(dir: &Scratch, name: &str, value: &Value) -> PathBuf {
    dir.write(name, serde_json::to_string_pretty(value).expect("JSON"))
}

fn report_json(set: &ReferenceSet) -> Value {
    let ingest = IngestOptions::default().with_key(&PseudonymKey::from_bytes(KEY));
    let run =
        report_from_files(set, &c1("enrolments.csv"), &c1("observations.csv"), &ingest, &AnalysisOptions::default())
            .expect("c1 gives a report");
    serde_json::to_value(&run.report).expect("the report serialises")
}

/// `impact report --format json` on c1's data with `set_args`, the JSON written.
fn cli_report(dir: &Scratch, name: &str, set_args: &[&str]) -> Value {
    let out_file = dir.path(name);
    let (e, o) = (c1("enrolments.csv"), c1("observations.csv"));
    let mut args = vec!["report"];
    args.extend_from_slice(set_args);
    args.extend(["--enrolments", s(&e), "--observations", s(&o), "--format", "json", "--output", s(&out_file)]);
    let out = run_impact(&args);
    assert!(out.status.success(), "{args:?}: {}{}", text(&out.stdout), text(&out.stderr));
    serde_json::from_str(&std::fs::read_to_string(&out_file).expect("report written")).expect("report is JSON")
}

/// The words of a loading error must be the checker's, never serde's.
fn assert_no_serde_words(message: &str) {
    for raw in ["untagged enum", "did not match any variant", "IndicatorEntry", "invalid type:"] {
        assert!(!message.contains(raw), "a raw serde message ({raw:?}) in: {message}");
    }
}

/// The problems of a manifest that does not load.
fn problems_of(manifest: &Path) -> Vec<social_impact::catalogue::check::Problem> {
    match Catalogue::bundled().expect("bundled").reference_set_at(manifest) {
        Err(CatalogueError::Problems { problems }) => problems,
        Err(other) => panic!("expected located problems, got {other:?}: {}", other.render(Lang::En)),
        Ok(_) => panic!("{} should not load", manifest.display()),
    }
}

fn validate(set_args: &[&str], lang: &str) -> Output {
    let (e, o) = (c1("enrolments.csv"), c1("observations.csv"));
    let mut args = vec!["validate"];
    args.extend_from_slice(set_args);
    args.extend(["--enrolments", s(&e), "--observations", s(&o), "--lang", lang]);
    run_impact(&args)
}

#[test]
fn a_manifest_naming_definition_files_gives_the_report_of_the_same_set_inline() {
    let dir = Scratch::new();
    let manifest = split_c1(&dir, "definitions", |id| json!({"file": format!("definitions/{id}.json")}));
    let split = write_json(&dir, "set.json", &manifest);

    let catalogue = Catalogue::bundled().expect("bundled");
    let inline = catalogue.reference_set_at(&c1("set.json")).expect("inline set");
    let from_files = catalogue.reference_set_at(&split).expect("the set with definition files opens");
    let ids = |set: &ReferenceSet| set.registry().iter().map(|i| i.definition().id.to_string()).collect::<Vec<_>>();
    assert_eq!(ids(&from_files), ids(&inline));
    assert_eq!(ids(&from_files).len(), 7);
    assert_eq!(report_json(&from_files), report_json(&inline));

    // The command line reads the files too, from the manifest's folder and
    // not from where it runs.
    let by_cli = cli_report(&dir, "split.json", &["--set", s(&split)]);
    assert_eq!(by_cli, cli_report(&dir, "inline.json", &["--set", s(&c1("set.json"))]));
    assert_eq!(by_cli["indicators"].as_array().map(Vec::len), Some(7));

    // check-definitions accepts the same manifest, and reads its files.
    if cfg!(feature = "check") {
        let out = run_impact(&["check-definitions", s(&split), "--lang", "en"]);
        assert!(out.status.success(), "{}{}", text(&out.stdout), text(&out.stderr));
        assert!(text(&out.stdout).contains("checked 8 files (7 definitions, 1 set)"), "{}", text(&out.stdout));
    }
}

#[test]
fn definitions_dir_on_the_command_line_validates_and_reports() {
    let dir = Scratch::new();
    // The manifest names the indicators by id; their definitions are in a
    // folder elsewhere, given with --definitions.
    let manifest = split_c1(&dir, "own", |id| json!(id));
    std::fs::create_dir_all(dir.path("set")).expect("set folder");
    let by_id = write_json(&dir, "set/set.json", &manifest);
    let own = dir.path("own");

    let args = ["--set", s(&by_id), "--definitions", s(&own)];
    let out = validate(&args, "en");
    assert!(out.status.success(), "{}{}", text(&out.stdout), text(&out.stderr));
    let report = cli_report(&dir, "by-id.json", &args);
    assert_eq!(report, cli_report(&dir, "inline.json", &["--set", s(&c1("set.json"))]));

    // The library does the same with Catalogue::with_definitions.
    let catalogue = Catalogue::bundled().expect("bundled").with_definitions(&own).expect("own definitions");
    let set = catalogue.reference_set_at(&by_id).expect("ids resolved in the folder");
    assert_eq!(set.registry().len(), 7);

    // Without the folder the ids are unknown, and said so.
    let out = validate(&["--set", s(&by_id)], "en");
    assert!(!out.status.success());
    let stderr = text(&out.stderr);
    assert!(stderr.contains("t.housing.ladder"), "{stderr}");
    assert_no_serde_words(&stderr);

    // A folder that does not exist is refused, in the chosen language.
    let out = validate(&["--set", s(&by_id), "--definitions", s(&dir.path("nowhere"))], "fr");
    assert!(!out.status.success());
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains(&format!("aucun dossier {}\u{a0}: donnez le dossier", dir.path("nowhere").display())),
        "{stderr}"
    );
    assert!(!stderr.contains("os error"), "{stderr}");
    let out = validate(&["--set", s(&by_id), "--definitions", s(&by_id)], "en");
    assert!(text(&out.stderr).contains("is a file, not a folder"), "{}", text(&out.stderr));
}

/// A manifest whose first entries are good files and whose others leave the
/// manifest's folder: by `..`, by an absolute path, by a symbolic link.
fn escaping_manifest(dir: &Scratch) -> PathBuf {
    let mut manifest = split_c1(dir, "set/definitions", |id| json!({"file": format!("definitions/{id}.json")}));
    let outside = dir.write("outside.json", std::fs::read(dir.path("set/definitions/t.housing.ladder.json")).unwrap());
    let entries = manifest["indicators"].as_array_mut().expect("indicators");
    entries[1] = json!({"file": "../outside.json"});
    entries[2] = json!({"file": s(&outside)});
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(&outside, dir.path("set/definitions/link.json")).expect("symlink");
        entries[3] = json!({"file": "definitions/link.json"});
    }
    write_json(dir, "set/set.json", &manifest)
}

#[test]
fn paths_that_leave_the_manifests_folder_are_refused_at_their_place() {
    let dir = Scratch::new();
    let manifest = escaping_manifest(&dir);
    let problems = problems_of(&manifest);
    let refused: Vec<(String, PathRefusal, usize)> = problems
        .iter()
        .filter_map(|p| match p.kind() {
            social_impact::catalogue::check::CheckKind::Entry { problem: EntryProblem::PathRefused { reason, .. } } => {
                Some((p.pointer().to_string(), *reason, p.line().expect("a line")))
            }
            _ => None,
        })
        .collect();
    let mut expected = vec![
        ("/indicators/1/file".to_string(), PathRefusal::Parent),
        ("/indicators/2/file".to_string(), PathRefusal::Absolute),
    ];
    if cfg!(unix) {
        expected.push(("/indicators/3/file".to_string(), PathRefusal::OutsideFolder));
    }
    assert_eq!(refused.iter().map(|(p, r, _)| (p.clone(), *r)).collect::<Vec<_>>(), expected, "{problems:?}");
    assert!(problems.iter().all(|p| p.file() == manifest && p.rule() == Rule::DefinitionFile), "{problems:?}");
    // Each at its own line of the manifest, in the order of the entries.
    assert!(refused.windows(2).all(|w| w[0].2 < w[1].2), "{refused:?}");

    let manifest_text = std::fs::read_to_string(&manifest).unwrap();
    let line_of = |needle: &str| manifest_text.lines().position(|l| l.contains(needle)).expect("in the manifest") + 1;
    let parent_at = format!("{}:{}:", manifest.display(), line_of("../outside.json"));
    for (lang, words) in [
        ("en", "the path \"../outside.json\" is not followed: it holds \"..\""),
        ("fr", "le chemin «\u{a0}../outside.json\u{a0}» n'est pas suivi\u{a0}: il contient «\u{a0}..\u{a0}»"),
    ] {
        let out = validate(&["--set", s(&manifest)], lang);
        assert!(!out.status.success());
        let stderr = text(&out.stderr);
        assert!(stderr.contains(&parent_at), "{lang}: {stderr}");
        assert!(stderr.contains(words), "{lang}: {stderr}");
        assert!(stderr.contains("/indicators/2/file"), "{lang}: {stderr}");
        assert_no_serde_words(&stderr);
    }
}

#[test]
fn broken_definition_files_are_reported_in_the_checkers_words_all_at_once() {
    let dir = Scratch::new();
    let mut manifest = split_c1(&dir, "definitions", |id| json!({"file": format!("definitions/{id}.json")}));
    // A syntax error on line 3 of its file.
    dir.write("definitions/broken.json", "{\n  \"id\": \"t.broken\",\n  \"version\" \"1.0.0\"\n}\n");
    // A definition whose dimension is not one of the list.
    let mut wrong: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path("definitions/t.rights.coverage.json")).expect("definition"),
    )
    .expect("JSON");
    wrong["dimension"] = json!("happiness");
    write_json(&dir, "definitions/t.rights.coverage.json", &wrong);
    // A set manifest where a definition is expected.
    write_json(&dir, "definitions/other-set.json", &c1_manifest());
    let entries = manifest["indicators"].as_array_mut().expect("indicators");
    entries[2] = json!({"file": "definitions/missing.json"});
    entries[3] = json!({"file": "definitions/broken.json"});
    entries[4] = json!({"file": "definitions/other-set.json"});
    entries.push(json!(42));
    let set = write_json(&dir, "set.json", &manifest);

    let problems = problems_of(&set);
    let found: Vec<(String, String, Rule)> = problems
        .iter()
        .map(|p| (p.file().file_name().unwrap().to_string_lossy().into_owned(), p.pointer().to_string(), p.rule()))
        .collect();
    for expected in [
        ("set.json", "/indicators/2/file", Rule::DefinitionFile),
        ("set.json", "/indicators/4/file", Rule::DefinitionFile),
        ("set.json", "/indicators/7", Rule::IndicatorEntry),
        ("broken.json", "", Rule::Syntax),
        ("t.rights.coverage.json", "/dimension", Rule::UnknownDimension),
    ] {
        let expected = (expected.0.to_string(), expected.1.to_string(), expected.2);
        assert!(found.contains(&expected), "{expected:?} not in {found:?}");
    }
    let broken = problems.iter().find(|p| p.rule() == Rule::Syntax).expect("the syntax error");
    assert_eq!(broken.line(), Some(3), "{broken:?}");
    assert!(problems.iter().all(|p| p.line().is_some()), "every problem is located: {problems:?}");

    let set_text = std::fs::read_to_string(&set).unwrap();
    let line_of = |needle: &str| set_text.lines().position(|l| l.contains(needle)).expect("in the manifest") + 1;
    let missing_at = format!("{}:{}:", set.display(), line_of("definitions/missing.json"));
    let broken_at = format!("{}:3:", dir.path("definitions/broken.json").display());
    let wrong_at = format!("{}:{}:", dir.path("definitions/t.rights.coverage.json").display(), {
        let t = std::fs::read_to_string(dir.path("definitions/t.rights.coverage.json")).unwrap();
        t.lines().position(|l| l.contains("happiness")).unwrap() + 1
    });
    for (lang, count, words) in [
        (
            "en",
            format!("{} problems stop the definitions from loading:", problems.len()),
            [
                "no file",
                "check the path, relative to the manifest's folder",
                "holds no indicator definition",
                "the entry 42 is neither an indicator id",
                "happiness",
            ],
        ),
        (
            "fr",
            format!("{}\u{a0}problèmes empêchent de charger les définitions\u{a0}:", problems.len()),
            [
                "aucun fichier",
                "vérifiez le chemin, relatif au dossier du référentiel",
                "ne contient pas de définition d'indicateur",
                "l'entrée 42 n'est ni un identifiant d'indicateur",
                "happiness",
            ],
        ),
    ] {
        let out = validate(&["--set", s(&set)], lang);
        assert!(!out.status.success());
        let stderr = text(&out.stderr);
        assert!(stderr.contains(&count), "{lang}: {stderr}");
        for at in [&missing_at, &broken_at, &wrong_at] {
            assert!(stderr.contains(at.as_str()), "{lang}: {at} not in {stderr}");
        }
        for w in words {
            assert!(stderr.contains(w), "{lang}: {w:?} not in {stderr}");
        }
        assert_no_serde_words(&stderr);
        // The library says the same in the same language.
        let message = CatalogueError::Problems { problems: problems.clone() }.render(lang.parse().unwrap());
        assert!(stderr.contains(&message), "{lang}: {message}\nnot in\n{stderr}");
    }
}

#[test]
fn a_definition_file_entry_with_other_fields_or_no_text_is_refused_at_its_place() {
    let dir = Scratch::new();
    let mut manifest = split_c1(&dir, "definitions", |id| json!({"file": format!("definitions/{id}.json")}));
    let entries = manifest["indicators"].as_array_mut().expect("indicators");
    entries[0]["label"] = json!("a label");
    entries[1] = json!({"file": 3});
    let set = write_json(&dir, "set.json", &manifest);
    let problems = problems_of(&set);
    let pointers: Vec<&str> = problems.iter().map(|p| p.pointer()).collect();
    assert!(pointers.contains(&"/indicators/0/label"), "{problems:?}");
    assert!(pointers.contains(&"/indicators/1/file"), "{problems:?}");
    for lang in [Lang::Fr, Lang::En] {
        let message = CatalogueError::Problems { problems: problems.clone() }.render(lang);
        assert_no_serde_words(&message);
        assert!(message.contains("set.json:"), "{message}");
    }
}
