//! `impact validate` and `impact pseudonymise` on fixture files.

use crate::it::support::{fixture, run_impact};
use std::path::PathBuf;

const KEY: &str = "k3y-that-must-never-be-printed-7f3a9c";

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("si-ingest-cli-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }

    fn key(&self) -> PathBuf {
        let p = self.path("pseudonym.key");
        std::fs::write(&p, format!("{KEY}\n")).unwrap();
        p
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn s(p: &std::path::Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn ingest_cli_validate_clean_data_exits_zero() {
    let c1 = fixture("conformance/c1");
    let out = run_impact(&[
        "validate",
        "--set",
        s(&c1.join("set.json")),
        "--enrolments",
        s(&c1.join("enrolments.csv")),
        "--observations",
        s(&c1.join("observations.csv")),
        "--lang",
        "en",
    ]);
    assert!(out.status.success(), "{}{}", text(&out.stdout), text(&out.stderr));
    assert!(text(&out.stdout).contains("1,974 rows read, 1,974 accepted"), "{}", text(&out.stdout));
}

#[test]
fn ingest_cli_validate_reports_every_problem_and_fails() {
    let dir = Scratch::new("validate");
    let key = dir.key();
    let out = run_impact(&[
        "validate",
        "--set",
        s(&fixture("ingest/set.json")),
        "--enrolments",
        s(&fixture("ingest/bad/enrolments.csv")),
        "--observations",
        s(&fixture("ingest/bad/observations.csv")),
        "--format",
        "json",
        "--pseudonymise-key",
        s(&key),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["errors"], 17);
    assert_eq!(json["problems"].as_array().unwrap().len(), 22);
    assert!(text(&out.stderr).contains("17 erreurs\u{a0}: corrigez les fichiers"), "{}", text(&out.stderr));
    for stream in [text(&out.stdout), text(&out.stderr)] {
        assert!(!stream.contains(KEY) && !stream.contains("SECRET-ID-77") && !stream.contains("E-01"));
    }
    let fr = run_impact(&[
        "validate",
        "--set",
        s(&fixture("ingest/set.json")),
        "--enrolments",
        s(&fixture("ingest/bad/enrolments.csv")),
        "--observations",
        s(&fixture("ingest/bad/observations.csv")),
    ]);
    assert!(
        text(&fr.stdout).contains("ligne 7, colonne «\u{a0}exit_date\u{a0}»\u{a0}: erreur [exit_before_entry]"),
        "{}",
        text(&fr.stdout)
    );
}

#[test]
fn ingest_cli_bad_input_gives_a_message_and_non_zero_exit() {
    for file in ["empty.csv", "header-only.csv", "not-csv.csv", "random.csv", "truncated.xlsx", "missing-columns.csv"] {
        let out = run_impact(&[
            "validate",
            "--set",
            s(&fixture("ingest/set.json")),
            "--enrolments",
            s(&fixture(&format!("ingest/bad/{file}"))),
            "--observations",
            s(&fixture("ingest/json/observations.jsonl")),
            "--lang",
            "en",
        ]);
        assert_eq!(out.status.code(), Some(1), "{file}");
        assert!(text(&out.stdout).contains(file), "{file}: {}", text(&out.stdout));
        assert!(!text(&out.stderr).contains("panicked"), "{file}: {}", text(&out.stderr));
    }
}

#[test]
fn ingest_cli_key_file_must_exist_and_hold_a_secret() {
    let dir = Scratch::new("key");
    let empty = dir.path("empty.key");
    std::fs::write(&empty, "").unwrap();
    for key in [empty, dir.path("missing.key")] {
        let out = run_impact(&[
            "pseudonymise",
            "--key",
            s(&key),
            s(&fixture("ingest/json/observations.jsonl")),
            s(&dir.path("out.jsonl")),
        ]);
        assert_eq!(out.status.code(), Some(1));
        assert!(text(&out.stderr).contains("key"), "{}", text(&out.stderr));
        assert!(!dir.path("out.jsonl").exists());
    }
}

#[test]
fn ingest_cli_pseudonymise_rewrites_files_and_never_leaks() {
    let dir = Scratch::new("pseudo");
    let key = dir.key();
    let cases = [
        ("ingest/excel-fr/observations.csv", "obs.csv"),
        ("ingest/excel-fr/enrolments.csv", "enr.csv"),
        ("ingest/json/observations.jsonl", "obs.jsonl"),
        ("ingest/json/observations.json", "obs.json"),
        ("ingest/workbook/data.xlsx", "wb.csv"),
    ];
    for (input, output) in cases {
        let out = run_impact(&["pseudonymise", "--key", s(&key), s(&fixture(input)), s(&dir.path(output))]);
        assert!(out.status.success(), "{input}: {}", text(&out.stderr));
        for stream in [text(&out.stdout), text(&out.stderr)] {
            assert!(!stream.contains(KEY));
        }
        let written = std::fs::read(dir.path(output)).unwrap();
        let written_text = text(&written);
        assert!(!written_text.contains(KEY), "{output}");
        for raw in ["P-0001", "P-0002", "E-01", "E-02", "W-1", "1003"] {
            assert!(!written_text.contains(raw), "{raw} left in {output}:\n{written_text}");
        }
    }
    // Same delimiter and line ends; the same id gets the same pseudonym in
    // both files, so they still join.
    let obs = text(&std::fs::read(dir.path("obs.csv")).unwrap());
    let enr = text(&std::fs::read(dir.path("enr.csv")).unwrap());
    assert!(obs.starts_with('\u{feff}') && obs.contains(";t.housing.ladder;entry;15/01/2024;street;\r\n"), "{obs}");
    let pseudonym = |t: &str| t.lines().nth(1).unwrap().split(';').nth(1).unwrap().to_string();
    assert_eq!(pseudonym(&obs).len(), 64);
    assert_eq!(pseudonym(&obs), pseudonym(&enr));
    assert!(enr.contains("Hébergement d'urgence"), "cp1252 input is written as UTF-8: {enr}");
    // The pseudonymised files validate as well as the originals.
    let out = run_impact(&[
        "validate",
        "--set",
        s(&fixture("ingest/set.json")),
        "--enrolments",
        s(&dir.path("enr.csv")),
        "--observations",
        s(&dir.path("obs.csv")),
    ]);
    assert!(out.status.success(), "{}", text(&out.stdout));
    // JSON keeps its value types.
    let first: serde_json::Value =
        serde_json::from_str(text(&std::fs::read(dir.path("obs.jsonl")).unwrap()).lines().next().unwrap()).unwrap();
    assert_eq!(first["value"], false);
    // A file with an error is not written at all.
    let out = run_impact(&[
        "pseudonymise",
        "--key",
        s(&key),
        s(&fixture("ingest/bad/observations.csv")),
        s(&dir.path("bad.csv")),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!dir.path("bad.csv").exists());
    let leftovers: Vec<_> = std::fs::read_dir(&dir.0)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".tmp-"))
        .collect();
    assert!(leftovers.is_empty());
}
