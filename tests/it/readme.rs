//! The README is the crate's front page: its screenshot shows in rustdoc,
//! and its embedding example is a whole program (`.ci/run` also builds it
//! as a project of its own).

use base64::Engine as _;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// rustdoc cannot reach `docs/report-first-page.png`, so `src/lib.rs`
/// inlines it from `docs/report-first-page.png.b64`; the two must agree.
/// `UPDATE_README_IMAGE=1 cargo test --test lib readme` refreshes the copy.
#[test]
fn readme_image_inlined_for_rustdoc_is_the_screenshot() {
    let png = std::fs::read(root().join("docs/report-first-page.png")).expect("the screenshot");
    let encoded = base64::engine::general_purpose::STANDARD.encode(&png);
    let copy = root().join("docs/report-first-page.png.b64");
    if std::env::var_os("UPDATE_README_IMAGE").is_some() {
        std::fs::write(&copy, &encoded).expect("copy written");
    }
    let inlined = std::fs::read_to_string(&copy).expect("the inlined copy");
    assert!(
        inlined == encoded,
        "docs/report-first-page.png.b64 is stale: UPDATE_README_IMAGE=1 cargo test --test lib readme"
    );
    let readme = std::fs::read_to_string(root().join("README.md")).expect("README");
    assert!(readme.contains("][report-first-page]"), "the README shows the screenshot as a reference-style image");
    assert!(readme.contains("\n[report-first-page]: docs/report-first-page.png\n"), "GitHub's definition of the image");
}

/// The embedding example is a program one can paste into `src/main.rs`:
/// it has its `main`, and needs no crate but this one.
#[test]
fn readme_embedding_example_is_a_whole_program() {
    let readme = std::fs::read_to_string(root().join("README.md")).expect("README");
    let start = readme.find("```rust\n").expect("a Rust block") + "```rust\n".len();
    let block = &readme[start..start + readme[start..].find("```").expect("the block ends")];
    assert!(block.contains("fn main() -> Result<(), Box<dyn std::error::Error>>"), "{block}");
    for line in block.lines().filter(|l| l.starts_with("use ")) {
        assert!(line.starts_with("use social_impact::") || line.starts_with("use std::"), "another crate: {line}");
    }
    assert!(!block.lines().any(|l| l.trim_start().starts_with('#')), "no hidden line: what is shown is what builds");
    assert!(readme.contains("Rust 1.85"), "the README states the minimum Rust version");
    let manifest = std::fs::read_to_string(root().join("Cargo.toml")).expect("Cargo.toml");
    assert!(manifest.contains("rust-version = \"1.85\""), "README and Cargo.toml agree on the minimum Rust version");
}
