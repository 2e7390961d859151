//! Helpers shared by the integration tests: fixtures and the `impact` example binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A path under `tests/fixtures/`.
pub fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(rel)
}

/// The `impact` example binary that `cargo test` builds beside the tests.
pub fn impact_bin() -> PathBuf {
    // target/<profile>/deps/lib-<hash> → target/<profile>/examples/impact
    let exe = std::env::current_exe().unwrap_or_default();
    let profile_dir = exe.parent().and_then(Path::parent).map(Path::to_path_buf).unwrap_or_default();
    let bin = profile_dir.join("examples").join(format!("impact{}", std::env::consts::EXE_SUFFIX));
    if !bin.exists() {
        // `cargo test --test lib` alone does not build examples: build it.
        let status = Command::new(env!("CARGO"))
            .args(["build", "--example", "impact"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .status();
        assert!(status.is_ok_and(|s| s.success()), "could not build the impact example");
    }
    bin
}

/// Runs `impact` with `args`, from the crate's root folder.
pub fn run_impact(args: &[&str]) -> Output {
    Command::new(impact_bin())
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap_or_else(|e| panic!("cannot run impact: {e}"))
}
