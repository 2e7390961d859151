//! Helpers shared by the integration tests: fixtures and the `impact` example binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

/// A path under `tests/fixtures/`.
pub fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(rel)
}

/// The `impact` example binary, built from the sources under test.
///
/// `cargo test --test lib` does not build examples, and a binary left by an
/// earlier build would test old code: so the first call builds it (a no-op
/// for cargo when it is fresh), in the tests' own profile and target folder.
pub fn impact_bin() -> PathBuf {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        // target/<profile>/deps/lib-<hash> → target/<profile>/examples/impact
        let exe = std::env::current_exe().expect("the test binary knows its path");
        let profile_dir = exe.parent().and_then(Path::parent).expect("test binaries live in target/<profile>/deps");
        let mut build = Command::new(env!("CARGO"));
        build.args(["build", "--quiet", "--example", "impact"]).current_dir(env!("CARGO_MANIFEST_DIR"));
        if profile_dir.file_name().is_some_and(|n| n == "release") {
            build.arg("--release");
        }
        let status = build.status().expect("cargo runs");
        assert!(status.success(), "could not build the impact example");
        profile_dir.join("examples").join(format!("impact{}", std::env::consts::EXE_SUFFIX))
    })
    .clone()
}

/// Runs `impact` with `args`, from the crate's root folder, with no locale
/// in the environment (so the language is `--lang` or French, whatever the
/// machine running the tests speaks).
pub fn run_impact(args: &[&str]) -> Output {
    run_impact_with_env(args, &[])
}

/// Runs `impact report --set SET --enrolments E --observations O` and then
/// `extra`.
pub fn run_report(set: &str, enrolments: &std::path::Path, observations: &std::path::Path, extra: &[&str]) -> Output {
    let (e, o) = (enrolments.to_string_lossy(), observations.to_string_lossy());
    let mut args = vec!["report", "--set", set, "--enrolments", &e, "--observations", &o];
    args.extend_from_slice(extra);
    run_impact(&args)
}

/// Runs `impact` with `args` and the locale variables `env` (all others of
/// `LC_ALL`, `LC_MESSAGES` and `LANG` removed).
pub fn run_impact_with_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(impact_bin());
    command.args(args).current_dir(env!("CARGO_MANIFEST_DIR"));
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        command.env_remove(name);
    }
    command.envs(env.iter().copied()).output().unwrap_or_else(|e| panic!("cannot run impact: {e}"))
}
