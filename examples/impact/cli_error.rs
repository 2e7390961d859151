//! The one error type of the command line: a message for people and an exit code.

use std::fmt;

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

impl<E: std::error::Error> From<E> for CliError {
    fn from(e: E) -> CliError {
        CliError::new(e.to_string())
    }
}
