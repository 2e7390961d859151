//! The invariants of ARCHITECTURE.md that a reading of the sources can
//! check: which module may name which, where words live, that the library
//! never prints.

use std::path::{Path, PathBuf};

/// Every `.rs` file below `src/<rel>` (or `src/<rel>` itself).
fn sources(rel: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(rel);
    let mut out = Vec::new();
    let mut stack = vec![root];
    while let Some(p) = stack.pop() {
        if p.is_dir() {
            for entry in std::fs::read_dir(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display())) {
                stack.push(entry.expect("directory entry").path());
            }
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
    out.sort();
    assert!(!out.is_empty(), "no source under src/{rel}");
    out
}

/// The code lines (comments and unit-test modules left out) of `files`
/// that contain one of `needles`, as `file:line: text`. A file's tests are
/// its `#[cfg(test)]` module at the end, by the crate's convention.
fn code_lines_with(files: &[PathBuf], needles: &[&str]) -> Vec<String> {
    let mut hits = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        for (i, line) in text.lines().enumerate() {
            let code = line.trim_start();
            if code.starts_with("#[cfg(test)]") {
                break;
            }
            if code.starts_with("//") {
                continue;
            }
            if needles.iter().any(|n| code.contains(n)) {
                hits.push(format!("{}:{}: {}", file.display(), i + 1, code));
            }
        }
    }
    hits
}

#[test]
fn catalogue_names_neither_indicators_nor_resolved_sets() {
    let hits = code_lines_with(&sources("catalogue"), &["indicator::", "crate::set", "ReferenceSet"]);
    assert!(hits.is_empty(), "catalogue must not depend on indicator or set:\n{}", hits.join("\n"));
}

#[test]
fn indicators_do_not_name_resolved_sets() {
    let hits = code_lines_with(&sources("indicator"), &["crate::set", "ReferenceSet"]);
    assert!(hits.is_empty(), "indicator must not depend on set:\n{}", hits.join("\n"));
}

#[test]
fn the_renderer_computes_no_statistic() {
    // Charts and tables draw the report's own figures (the funnel its
    // limits): nothing in `report::render` calls into `stats`.
    let hits = code_lines_with(&sources("report/render"), &["stats::", "crate::stats"]);
    assert!(hits.is_empty(), "report::render must not compute statistics:\n{}", hits.join("\n"));
}

#[test]
fn languages_are_told_apart_only_in_the_locale_layer() {
    let mut files = Vec::new();
    for rel in
        ["analysis", "catalogue", "collection", "costs", "data", "indicator", "ingest", "report", "sample", "stats"]
    {
        files.extend(sources(rel));
    }
    for rel in ["set.rs", "pipeline.rs", "progress.rs", "fsio.rs", "ids.rs", "lib.rs", "text.rs"] {
        files.extend(sources(rel));
    }
    let hits = code_lines_with(&files, &["Lang::Fr", "Lang::En", "match lang", "lang == Lang"]);
    assert!(hits.is_empty(), "words chosen by language outside src/locale:\n{}", hits.join("\n"));
}

/// Every `.rs` file of the `impact` program (`examples/impact/`) but its
/// locale layer (`examples/impact/locale/`).
fn program_sources_outside_its_locale() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples").join("impact");
    let locale = root.join("locale");
    let mut out = Vec::new();
    let mut stack = vec![root];
    while let Some(p) = stack.pop() {
        if p == locale {
            continue;
        }
        if p.is_dir() {
            for entry in std::fs::read_dir(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display())) {
                stack.push(entry.expect("directory entry").path());
            }
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
    out.sort();
    assert!(out.iter().any(|p| p.ends_with("main.rs")), "the program's sources were not found: {out:?}");
    out
}

#[test]
fn the_program_tells_languages_apart_only_in_its_locale_layer() {
    let files = program_sources_outside_its_locale();
    let hits = code_lines_with(&files, &["Lang::Fr", "Lang::En", "match lang", "match args.lang", "lang == Lang"]);
    assert!(hits.is_empty(), "words chosen by language outside examples/impact/locale:\n{}", hits.join("\n"));
}

#[test]
fn the_library_never_prints() {
    let hits = code_lines_with(&sources(""), &["println!", "eprintln!", "print!(", "eprint!(", "dbg!("]);
    assert!(hits.is_empty(), "the library prints (progress goes through callbacks):\n{}", hits.join("\n"));
}
