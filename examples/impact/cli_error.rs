//! The one error type of the command line: a message for people and an exit code.
//!
//! Library errors arrive through `?`; [`CliError::from`] words the ones the
//! library can word (`message(lang)` or `render(lang)`) in the language of
//! the run, set once by [`set_lang`], so no command can forget to.

use social_impact::catalogue::CatalogueError;
use social_impact::data::KeyError;
use social_impact::fsio::WriteError;
use social_impact::ingest::IngestError;
use social_impact::pipeline::PipelineError;
use social_impact::sample::SampleError;
use social_impact::{analysis::AnalysisError, Lang};
use std::error::Error;
use std::fmt;
use std::sync::OnceLock;

static LANG: OnceLock<Lang> = OnceLock::new();

/// Sets the language errors are worded in (the first call wins).
pub fn set_lang(lang: Lang) {
    let _ = LANG.set(lang);
}

/// An error the command line reports and exits with.
#[derive(Debug)]
pub struct CliError {
    /// What went wrong, already written for the person at the terminal.
    pub message: String,
    /// The process exit code (1: the input was wrong or a step failed).
    pub code: u8,
}

impl CliError {
    /// A failure with exit code 1.
    pub fn new(message: impl Into<String>) -> CliError {
        CliError { message: message.into(), code: 1 }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl<E: Error + 'static> From<E> for CliError {
    fn from(e: E) -> CliError {
        CliError::new(worded(&e, LANG.get().copied().unwrap_or_default()))
    }
}

/// `e` in `lang` when the library can word it, else its own text.
fn worded(e: &(dyn Error + 'static), lang: Lang) -> String {
    if let Some(e) = e.downcast_ref::<PipelineError>() {
        e.message(lang)
    } else if let Some(e) = e.downcast_ref::<IngestError>() {
        e.message(lang)
    } else if let Some(e) = e.downcast_ref::<KeyError>() {
        e.message(lang)
    } else if let Some(e) = e.downcast_ref::<AnalysisError>() {
        e.message(lang)
    } else if let Some(e) = e.downcast_ref::<SampleError>() {
        e.message(lang)
    } else if let Some(e) = e.downcast_ref::<CatalogueError>() {
        e.render(lang)
    } else if let Some(e) = e.downcast_ref::<WriteError>() {
        e.message(lang)
    } else {
        e.to_string()
    }
}
