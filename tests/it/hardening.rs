//! Issue 11, privacy and files written: `pseudonymise` never writes a raw
//! id and refuses when unsure; no output replaces an input, the key, a
//! device, a FIFO or a symbolic link; existing files need --force; no
//! temporary file is left behind. Each test here failed on the main branch
//! before the fix.

use crate::it::hardening_support::{s, text, Scratch};
use crate::it::support::run_impact;
use std::path::Path;

const HEADER: &str = "organisation,beneficiary,entry_date,exit_date,age_at_entry,sex,service\n";

fn pseudonymise(dir: &Scratch, input: &Path, output: &Path) -> std::process::Output {
    let key = dir.key();
    run_impact(&["pseudonymise", "--lang", "en", "--key", s(&key), s(input), s(output)])
}

/// Runs pseudonymise on `content` and asserts it refused, named every
/// candidate, and wrote nothing.
fn refuses(name: &str, content: &str, candidates: &[&str], raw: &[&str]) {
    let dir = Scratch::new();
    let input = dir.path(name);
    std::fs::write(&input, content).unwrap();
    let output = dir.path(&format!("out-{name}"));
    let run = pseudonymise(&dir, &input, &output);
    let err = text(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{name}: {err}");
    assert!(!output.exists(), "{name}: something was written");
    assert!(dir.temporaries().is_empty(), "{name}: {:?}", dir.names());
    for c in candidates {
        assert!(err.contains(&format!("\"{c}\"")), "{name}: candidate {c} not named: {err}");
    }
    for r in raw {
        assert!(!err.contains(r), "{name}: raw id {r} printed: {err}");
    }
}

#[test]
fn hardening_pseudonymise_refuses_two_id_columns() {
    refuses(
        "two.csv",
        "organisation,beneficiary,personne,entry_date\nASSO-A,B-7001,Dupont Marie,2024-01-10\n",
        &["beneficiary", "personne"],
        &["B-7001", "Dupont"],
    );
    refuses(
        "two-ids.csv",
        "organisation,beneficiary,beneficiary_id,entry_date\nASSO-A,B-7001,ID-991,2024-01-10\n",
        &["beneficiary", "beneficiary_id"],
        &["B-7001", "ID-991"],
    );
}

#[test]
fn hardening_pseudonymise_refuses_unrecognised_or_changing_json_keys() {
    refuses(
        "unknown.jsonl",
        "{\"organisation\":\"ASSO-A\",\"numero_beneficiaire\":\"B-7001\",\"entry_date\":\"2024-01-10\"}\n",
        &["numero_beneficiaire"],
        &["B-7001"],
    );
    refuses(
        "changing.jsonl",
        "{\"organisation\":\"ASSO-A\",\"beneficiary\":\"B-7001\"}\n{\"organisation\":\"ASSO-A\",\"benef\":\"B-7002\"}\n",
        &["benef"],
        &["B-7001", "B-7002"],
    );
    refuses(
        "array.json",
        "[{\"organisation\":\"ASSO-A\",\"id\":\"B-7001\",\"entry_date\":\"2024-01-10\"}]\n",
        &["id"],
        &["B-7001"],
    );
}

#[test]
fn hardening_pseudonymise_refuses_nested_values() {
    for (name, content) in [
        (
            "nested.jsonl",
            "{\"organisation\":\"ASSO-A\",\"beneficiary\":\"B-7001\",\"famille\":{\"beneficiary\":\"B-7002\"}}\n",
        ),
        ("list.jsonl", "{\"organisation\":\"ASSO-A\",\"beneficiary\":\"B-7001\",\"freres\":[\"B-7003\"]}\n"),
        ("nested.json", "[{\"organisation\":\"ASSO-A\",\"beneficiary\":\"B-7001\",\"x\":{\"id\":\"B-7002\"}}]"),
    ] {
        refuses(name, content, &[], &["B-7001", "B-7002", "B-7003"]);
    }
}

#[test]
fn hardening_pseudonymise_hashes_every_recognised_id_on_every_record() {
    let dir = Scratch::new();
    let input = dir.path("mixed.jsonl");
    std::fs::write(
        &input,
        "{\"organisation\":\"ASSO-A\",\"beneficiary\":\"B-7001\"}\n{\"organisation\":\"ASSO-A\",\"personne\":\"B-7002\"}\n{\"organisation\":\"ASSO-A\",\"bénéficiaire\":7003}\n",
    )
    .unwrap();
    let output = dir.path("out.jsonl");
    let run = pseudonymise(&dir, &input, &output);
    assert!(run.status.success(), "{}", text(&run.stderr));
    let written = std::fs::read_to_string(&output).unwrap();
    for raw in ["B-7001", "B-7002", "7003"] {
        assert!(!written.contains(raw), "{raw} left in:\n{written}");
    }
    assert_eq!(written.lines().count(), 3);
}

#[test]
fn hardening_pseudonymise_neutralises_formula_cells_and_says_so() {
    let dir = Scratch::new();
    let input = dir.path("formulas.csv");
    std::fs::write(
        &input,
        format!("{HEADER}ASSO-A,B-7001,2024-01-10,,=HYPERLINK(\"http://evil\"),F,+cmd|' /C calc'!A0\nASSO-A,B-7002,2024-01-10,,@SUM(A1),F,-3\n"),
    )
    .unwrap();
    let output = dir.path("out.csv");
    let run = pseudonymise(&dir, &input, &output);
    assert!(run.status.success(), "{}", text(&run.stderr));
    let written = std::fs::read_to_string(&output).unwrap();
    assert!(written.contains("'=HYPERLINK"), "{written}");
    assert!(written.contains("'+cmd"), "{written}");
    assert!(written.contains("'@SUM"), "{written}");
    assert!(written.contains(",-3"), "a plain number was changed: {written}");
    assert!(text(&run.stderr).contains("OWASP"), "{}", text(&run.stderr));
}

fn report_args<'a>(enrolments: &'a str, observations: &'a str, out: &'a str) -> Vec<&'a str> {
    vec![
        "report",
        "--set",
        "exclusion-2023",
        "--enrolments",
        enrolments,
        "--observations",
        observations,
        "--lang",
        "en",
        "--out",
        out,
    ]
}

fn sample(dir: &Scratch) -> (String, String) {
    let data = dir.path("data");
    let run = run_impact(&["generate-sample", "--set", "exclusion-2023", "--beneficiaries", "60", "--out", s(&data)]);
    assert!(run.status.success(), "{}", text(&run.stderr));
    (s(&data.join("enrolments.csv")).to_string(), s(&data.join("observations.csv")).to_string())
}

#[test]
fn hardening_outputs_never_replace_an_input_or_the_key() {
    let dir = Scratch::new();
    let (enrolments, observations) = sample(&dir);
    let before = std::fs::read(&enrolments).unwrap();
    // The same file under another name, even with --force.
    let other_name = enrolments.replace("/data/", "/data/./");
    for out in [enrolments.as_str(), other_name.as_str(), observations.as_str()] {
        let mut args = report_args(&enrolments, &observations, out);
        args.push("--force");
        let run = run_impact(&args);
        assert_eq!(run.status.code(), Some(1), "{out}: {}", text(&run.stderr));
        assert!(text(&run.stderr).contains("same file"), "{}", text(&run.stderr));
    }
    assert_eq!(std::fs::read(&enrolments).unwrap(), before);
    let key = dir.key();
    let mut args = report_args(&enrolments, &observations, s(&key));
    args.extend(["--pseudonymise-key", s(&key), "--force"]);
    let run = run_impact(&args);
    assert_eq!(run.status.code(), Some(1));
    assert!(std::fs::read_to_string(&key).unwrap().starts_with("hardening-test-key"));
    // pseudonymise IN IN.
    let run = pseudonymise(&dir, Path::new(&enrolments), Path::new(&enrolments));
    assert_eq!(run.status.code(), Some(1));
    assert_eq!(std::fs::read(&enrolments).unwrap(), before);
}

#[test]
fn hardening_existing_files_need_force() {
    let dir = Scratch::new();
    let mine = dir.path("notes.json");
    std::fs::write(&mine, "my own notes").unwrap();
    for args in [
        vec!["schema", "--set", "exclusion-2023", "--record", "enrolment", "-o", s(&mine)],
        vec!["meta-schema", "-o", s(&mine)],
        vec!["report-schema", "-o", s(&mine)],
    ] {
        let run = run_impact(&args);
        assert_eq!(run.status.code(), Some(1), "{args:?}");
        assert!(text(&run.stderr).contains("--force"), "{}", text(&run.stderr));
        assert_eq!(std::fs::read_to_string(&mine).unwrap(), "my own notes");
    }
    let run = run_impact(&["meta-schema", "-o", s(&mine), "--force"]);
    assert!(run.status.success());
    assert!(std::fs::read_to_string(&mine).unwrap().contains("$schema"));
    // generate-sample over existing data.
    let data = dir.path("data");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(data.join("enrolments.csv"), "real data").unwrap();
    let run = run_impact(&["generate-sample", "--set", "exclusion-2023", "--out", s(&data)]);
    assert_eq!(run.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(data.join("enrolments.csv")).unwrap(), "real data");
    assert!(!data.join("observations.csv").exists(), "half a sample was written");
}

#[cfg(unix)]
#[test]
fn hardening_outputs_never_replace_a_symlink_a_fifo_or_a_device() {
    let dir = Scratch::new();
    let victim = dir.path("victim.txt");
    std::fs::write(&victim, "keep").unwrap();
    let link = dir.path("schema.json");
    std::os::unix::fs::symlink(&victim, &link).unwrap();
    let fifo = dir.path("fifo");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    for target in [s(&link), s(&fifo), "/dev/null"] {
        let run = run_impact(&["meta-schema", "-o", target, "--force"]);
        assert_eq!(run.status.code(), Some(1), "{target}");
    }
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "keep");
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
}

#[test]
fn hardening_stale_temporaries_are_cleaned_on_the_next_run() {
    let dir = Scratch::new();
    // Left by a run killed with -9 (no process has this pid).
    let stale = dir.path(".schema.json.impact-tmp.999999999.Ab3dE5gH7j");
    std::fs::write(&stale, "half").unwrap();
    let run = run_impact(&["meta-schema", "-o", s(&dir.path("schema.json"))]);
    assert!(run.status.success());
    if Path::new("/proc/self").exists() {
        assert!(!stale.exists());
    }
    assert_eq!(dir.names(), vec!["schema.json".to_string()]);
}

#[cfg(unix)]
#[test]
fn hardening_sigterm_leaves_no_temporary() {
    let dir = Scratch::new();
    let data = dir.path("data");
    let child = std::process::Command::new(crate::it::support::impact_bin())
        .args(["generate-sample", "--set", "exclusion-2023", "--beneficiaries", "3000000", "--out", s(&data)])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Wait until the temporaries exist, then interrupt.
    let started = std::time::Instant::now();
    while started.elapsed() < std::time::Duration::from_secs(20) {
        let n = std::fs::read_dir(&data).map(|d| d.count()).unwrap_or(0);
        if n >= 2 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let pid = child.id().to_string();
    assert!(std::process::Command::new("kill").args(["-TERM", &pid]).status().unwrap().success());
    let out = child.wait_with_output().unwrap();
    assert!(!out.status.success());
    let left: Vec<_> = std::fs::read_dir(&data).unwrap().filter_map(|e| e.ok()).map(|e| e.file_name()).collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}

#[test]
fn hardening_generate_sample_is_bounded_and_leaves_nothing() {
    let dir = Scratch::new();
    let data = dir.path("data");
    let run = run_impact(&[
        "generate-sample",
        "--set",
        "exclusion-2023",
        "--beneficiaries",
        "18446744073709551615",
        "--out",
        s(&data),
    ]);
    assert_eq!(run.status.code(), Some(1));
    assert!(text(&run.stderr).contains("limit"), "{}", text(&run.stderr));
    let left = std::fs::read_dir(&data).map(|d| d.count()).unwrap_or(0);
    assert_eq!(left, 0);
}

#[cfg(unix)]
#[test]
fn hardening_key_from_dev_zero_and_fifo_inputs_are_refused_at_once() {
    let dir = Scratch::new();
    let input = dir.path("e.csv");
    std::fs::write(&input, format!("{HEADER}ASSO-A,B-1,2024-01-10,,30,F,CHRS\n")).unwrap();
    let run = run_impact(&["pseudonymise", "--key", "/dev/zero", s(&input), s(&dir.path("o.csv")), "--lang", "en"]);
    assert_eq!(run.status.code(), Some(1));
    assert!(text(&run.stderr).contains("key"), "{}", text(&run.stderr));
    let fifo = dir.path("in.csv");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let key = dir.key();
    // Nobody writes into the FIFO: opening it would block for ever.
    let run = run_impact(&["pseudonymise", "--key", s(&key), s(&fifo), s(&dir.path("o.csv"))]);
    assert_eq!(run.status.code(), Some(1), "{}", text(&run.stderr));
    assert!(!dir.path("o.csv").exists());
}
