//! Where `impact` writes: every file goes through the crate's one writer
//! (`social_impact::fsio`), which never replaces an input, the key, or
//! anything but a regular file, and replaces an existing file only with
//! `--force`. On Ctrl-C or SIGTERM the temporary files being written are
//! removed before the program ends.

use crate::cli_error::CliError;
use social_impact::fsio::{self, OutputPolicy};
use social_impact::set::SetSource;
use social_impact::Lang;
use std::path::{Path, PathBuf};

/// The policy of a command: the files it reads are protected, and
/// existing files are replaced only with `--force`.
pub fn policy<'a>(force: bool, inputs: impl IntoIterator<Item = &'a Path>) -> OutputPolicy {
    inputs.into_iter().fold(OutputPolicy::new().overwrite(force), |p, input| p.protect(input))
}

/// The manifest file a `--set` argument names, if it names one (not an id).
pub fn set_file(set: &SetSource) -> Option<PathBuf> {
    match set {
        SetSource::Path(path) => Some(path.clone()),
        SetSource::Id(_) => None,
    }
}

/// The policy of a command that reads `inputs` (and the manifest `set`
/// names, if any), with its `output` checked against it at once: a wrong
/// `--output` is refused before anything is read.
pub fn checked<'a>(
    force: bool,
    set: Option<&SetSource>,
    inputs: impl IntoIterator<Item = &'a Path>,
    output: Option<&Path>,
    lang: Lang,
) -> Result<OutputPolicy, CliError> {
    let policy = policy(force, inputs);
    let policy = match set.and_then(set_file) {
        Some(manifest) => policy.protect(&manifest),
        None => policy,
    };
    if let Some(path) = output {
        policy.check(path).map_err(|e| refused(&e, lang))?;
    }
    Ok(policy)
}

/// Writes `text` to `path` whole, or says why not in `lang`.
pub fn write(path: &Path, text: &[u8], policy: &OutputPolicy, lang: Lang) -> Result<(), CliError> {
    fsio::write_atomic_with(path, text, policy).map_err(|e| refused(&e, lang))
}

/// A refused or failed write, in `lang`; an existing file says how to
/// allow replacing it (the library's words name no flag).
pub fn refused(e: &fsio::WriteError, lang: Lang) -> CliError {
    let message = e.message(lang);
    match e {
        fsio::WriteError::Exists { .. } => CliError::new(crate::locale::words(lang).exists_use_force(&message)),
        _ => CliError::new(message),
    }
}

/// Removes the temporaries being written when the program is interrupted
/// (Ctrl-C, SIGTERM), then ends it with the usual code (130).
pub fn clean_up_on_signal() {
    // Without a handler (another one already set) interruption still leaves
    // targets untouched; the next run cleans the leftovers.
    let _ = ctrlc::set_handler(|| {
        fsio::remove_temporaries();
        std::process::exit(130);
    });
}
