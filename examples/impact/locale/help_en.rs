//! `--help` and refused command lines in English. The help of each command
//! and argument is the doc comment where it is declared.

use super::{FlagReason, HelpHeadings, HelpWords, ParseFailure, ParseFailureKind};

/// English.
pub struct En;

fn reason(reason: &FlagReason) -> String {
    match reason {
        FlagReason::Set { known } => format!("not a bundled set ({known}) nor a manifest file"),
        FlagReason::Wave { accepted } => format!("expected one of {accepted}"),
        FlagReason::Dimension { accepted } => format!("expected one of {accepted}"),
        FlagReason::Date => "expected a date YYYY-MM-DD, e.g. 2025-12-31".into(),
        FlagReason::Share { max_percent } => {
            format!("expected a share above 0 and at most {max_percent}%, e.g. 2% or 0.02")
        }
        FlagReason::Lang { accepted } => format!("expected one of {accepted}"),
        FlagReason::WholeNumber => "expected a whole number".into(),
        FlagReason::Number => "expected a number, e.g. 0.95".into(),
        FlagReason::Other(text) => text.clone(),
    }
}

impl HelpWords for En {
    fn headings(&self) -> HelpHeadings {
        HelpHeadings {
            usage: "Usage",
            commands: "Commands",
            command: "COMMAND",
            options: "Options",
            arguments: "Arguments",
            help: "Print help",
            version: "Print version",
        }
    }
    fn colon(&self) -> &'static str {
        ":"
    }
    fn about(&self, _path: &str) -> Option<&'static str> {
        None
    }
    fn arg(&self, _path: &str, _id: &str) -> Option<&'static str> {
        None
    }
    fn value(&self, _path: &str, _id: &str, _value: &str) -> Option<&'static str> {
        None
    }
    fn accepted_values(&self, values: &str) -> String {
        format!("[possible values: {values}]")
    }
    fn default_value(&self, value: &str) -> String {
        format!("[default: {value}]")
    }
    fn parse_failure(&self, failure: &ParseFailure) -> String {
        let what = match &failure.kind {
            ParseFailureKind::UnknownArgument { argument, suggestion } => match suggestion {
                Some(s) => format!("unknown option: {argument} (did you mean {s}?)"),
                None => format!("unknown option: {argument}"),
            },
            ParseFailureKind::UnknownCommand { command, suggestion } => match suggestion {
                Some(s) => format!("unknown command: {command} (did you mean {s}?)"),
                None => format!("unknown command: {command}"),
            },
            ParseFailureKind::NotAccepted { argument, value, accepted } => {
                format!("{argument}: \"{value}\" is not accepted; accepted: {}", accepted.join(", "))
            }
            ParseFailureKind::Invalid { argument, value, reason: why } => match why {
                Some(why) => format!("{argument}: \"{value}\" is refused: {}", reason(why)),
                None => format!("{argument}: \"{value}\" is refused"),
            },
            ParseFailureKind::Missing { arguments } => format!("missing: {}", arguments.join(", ")),
            ParseFailureKind::MissingCommand => "no command given".into(),
            ParseFailureKind::Conflict { argument, other } => format!("{argument} cannot be used with {other}"),
            ParseFailureKind::ValueCount { argument } => format!("{argument}: wrong number of values"),
            ParseFailureKind::Other => "the command line is not understood".into(),
        };
        match &failure.usage {
            Some(usage) => format!("{what}\n\nUsage: {usage}\nMore: add --help"),
            None => format!("{what}\nMore: add --help"),
        }
    }
}
