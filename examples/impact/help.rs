//! The command line's own words in the chosen language: `--help` of every
//! command and the messages of a command line clap refuses.
//!
//! clap writes its help and its errors in English. The program instead:
//! - picks the language before parsing (`--lang`, else the environment's
//!   locale, else French) so that `--help` itself can be French;
//! - walks the command tree and puts the locale layer's text on every
//!   command, argument and accepted value (the English text is the doc
//!   comment where the argument is declared, the other languages are in
//!   `locale/`), and its own headings, default-value and accepted-value
//!   marks in place of clap's;
//! - turns a refused command line into a [`ParseFailure`] (what was wrong,
//!   with clap's facts) that the locale layer words.

use crate::locale::{help_words, HelpWords, ParseFailure, ParseFailureKind};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};
use social_impact::Lang;
use std::ffi::OsString;

/// The language of this run: `--lang X` or `--lang=X` on the command line,
/// else English when the environment's locale (`LC_ALL`, `LC_MESSAGES`,
/// `LANG`, first set wins) is English, else French.
pub fn lang_of(args: &[OsString], env: impl Fn(&str) -> Option<String>) -> Lang {
    let mut words = args.iter().map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        let value = match word.strip_prefix("--lang") {
            Some("") => words.next().map(|v| v.into_owned()),
            Some(rest) if rest.starts_with('=') => Some(rest[1..].to_string()),
            _ => continue,
        };
        if let Some(lang) = value.and_then(|v| v.parse::<Lang>().ok()) {
            return lang;
        }
    }
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].iter().find_map(|name| env(name).filter(|v| !v.is_empty()));
    match locale {
        Some(l) if l.to_ascii_lowercase().starts_with("en") => "en".parse().unwrap_or_default(),
        _ => Lang::default(),
    }
}

/// `command` with every text in `lang`: about lines, argument help, accepted
/// values, headings, and the help and version flags.
pub fn localise(command: Command, lang: Lang) -> Command {
    let words = help_words(lang);
    let command = command.disable_help_subcommand(true).disable_version_flag(true).arg(
        Arg::new("version")
            .short('V')
            .long("version")
            .action(ArgAction::Version)
            .help(words.headings().version)
            .help_heading(words.headings().options),
    );
    localise_one(command, "", words)
}

fn localise_one(mut command: Command, path: &str, words: &dyn HelpWords) -> Command {
    let headings = words.headings();
    if let Some(about) = words.about(path) {
        command = command.about(about).long_about(None);
    }
    command = command
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(headings.help)
                .help_heading(headings.options),
        )
        .subcommand_help_heading(headings.commands)
        .subcommand_value_name(headings.command)
        .help_template(format!(
            "{{about-with-newline}}\n{}{} {{usage}}\n\n{{all-args}}{{after-help}}",
            headings.usage,
            words.colon()
        ));
    let ids: Vec<String> = command
        .get_arguments()
        .filter(|a| !matches!(a.get_id().as_str(), "help" | "version"))
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        command = command.mut_arg(&id, |arg| localise_arg(arg, path, words));
    }
    let subcommands: Vec<String> = command.get_subcommands().map(|c| c.get_name().to_string()).collect();
    for name in subcommands {
        let sub_path = if path.is_empty() { name.clone() } else { format!("{path} {name}") };
        command = command.mut_subcommand(&name, |sub| localise_one(sub, &sub_path, words));
    }
    command
}

fn localise_arg(arg: Arg, path: &str, words: &dyn HelpWords) -> Arg {
    let headings = words.headings();
    let id = arg.get_id().to_string();
    let base = words.arg(path, &id).map(str::to_string).or_else(|| arg.get_help().map(|h| h.to_string()));
    let mut marks = Vec::new();
    let takes_values = arg.get_action().takes_values();
    let listed = if takes_values { arg.get_possible_values() } else { Vec::new() };
    let values: Vec<(String, Option<String>)> = listed
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| {
            let name = v.get_name().to_string();
            let help =
                words.value(path, &id, &name).map(str::to_string).or_else(|| v.get_help().map(|h| h.to_string()));
            (name, help)
        })
        .collect();
    if !values.is_empty() {
        let names: Vec<&str> = values.iter().map(|(n, _)| n.as_str()).collect();
        marks.push(words.accepted_values(&names.join(", ")));
    }
    let defaults: Vec<String> = arg.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
    if !defaults.is_empty() && takes_values {
        marks.push(words.default_value(&defaults.join(", ")));
    }
    let short = match (&base, marks.is_empty()) {
        (Some(b), false) => format!("{b} {}", marks.join(" ")),
        (Some(b), true) => b.clone(),
        (None, _) => marks.join(" "),
    };
    let described: Vec<String> =
        values.iter().filter_map(|(n, h)| h.as_ref().map(|h| format!("  - {n}{} {h}", words.colon()))).collect();
    let heading = if arg.is_positional() { headings.arguments } else { headings.options };
    let arg = arg.help(short.clone()).help_heading(heading);
    // clap only allows hiding its marks on arguments that take values.
    let arg = if takes_values { arg.hide_possible_values(true).hide_default_value(true) } else { arg };
    if described.is_empty() {
        arg.long_help(None::<&'static str>)
    } else {
        arg.long_help(format!("{short}\n{}", described.join("\n")))
    }
}

/// What clap refused, as facts the locale layer words; `None` for help
/// and version requests, which are not failures.
pub fn failure(error: &clap::Error) -> Option<ParseFailure> {
    let text = |kind: ContextKind| match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => v.first().cloned(),
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        _ => None,
    };
    let list = |kind: ContextKind| match error.get(kind) {
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    };
    let argument = text(ContextKind::InvalidArg).unwrap_or_default();
    let value = text(ContextKind::InvalidValue).unwrap_or_default();
    let kind = match error.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            return None
        }
        ErrorKind::UnknownArgument => ParseFailureKind::UnknownArgument {
            argument,
            suggestion: text(ContextKind::SuggestedArg).or_else(|| text(ContextKind::SuggestedSubcommand)),
        },
        ErrorKind::InvalidSubcommand => ParseFailureKind::UnknownCommand {
            command: text(ContextKind::InvalidSubcommand).unwrap_or_default(),
            suggestion: Some(list(ContextKind::SuggestedSubcommand).join(", ")).filter(|s| !s.is_empty()),
        },
        ErrorKind::InvalidValue => {
            ParseFailureKind::NotAccepted { argument, value, accepted: list(ContextKind::ValidValue) }
        }
        ErrorKind::ValueValidation => {
            let reason = std::error::Error::source(error).map(crate::flags::reason_of);
            ParseFailureKind::Invalid { argument, value, reason }
        }
        ErrorKind::MissingRequiredArgument => ParseFailureKind::Missing { arguments: list(ContextKind::InvalidArg) },
        ErrorKind::MissingSubcommand => ParseFailureKind::MissingCommand,
        ErrorKind::ArgumentConflict => {
            ParseFailureKind::Conflict { argument, other: text(ContextKind::PriorArg).unwrap_or_default() }
        }
        ErrorKind::TooManyValues | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues | ErrorKind::NoEquals => {
            ParseFailureKind::ValueCount { argument }
        }
        _ => ParseFailureKind::Other,
    };
    let usage = text(ContextKind::Usage).map(|u| usage_line(&u));
    Some(ParseFailure { kind, usage })
}

/// clap's usage text without its English "Usage:" title.
fn usage_line(usage: &str) -> String {
    let line = usage.trim();
    line.split_once(':').map(|(_, rest)| rest.trim().to_string()).unwrap_or_else(|| line.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    fn os(args: &[&str]) -> Vec<OsString> {
        args.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_language_is_the_flag_then_the_environment_then_french() {
        let none = |_: &str| None;
        let english = |name: &str| (name == "LANG").then(|| "en_GB.UTF-8".to_string());
        assert_eq!(lang_of(&os(&["impact", "report", "--lang", "en"]), none), Lang::En);
        assert_eq!(lang_of(&os(&["impact", "--lang=en", "sets"]), none), Lang::En);
        assert_eq!(lang_of(&os(&["impact", "sets"]), english), Lang::En);
        assert_eq!(lang_of(&os(&["impact", "--lang", "fr", "sets"]), english), Lang::Fr);
        assert_eq!(lang_of(&os(&["impact", "sets"]), none), Lang::Fr);
        assert_eq!(lang_of(&os(&["impact", "--lang", "xx"]), none), Lang::Fr);
    }

    /// Every command, argument and described value has its words in every
    /// language but English (whose words are the doc comments), so no
    /// English line is left in a French `--help`.
    #[test]
    fn every_command_and_argument_has_french_words() {
        fn walk(command: &Command, path: &str, words: &dyn HelpWords, missing: &mut Vec<String>) {
            if words.about(path).is_none() {
                missing.push(format!("about {path:?}"));
            }
            for arg in command.get_arguments() {
                let id = arg.get_id().as_str();
                if matches!(id, "help" | "version") || arg.is_hide_set() {
                    continue;
                }
                if words.arg(path, id).is_none() {
                    missing.push(format!("arg {path:?} {id:?}"));
                }
                for value in arg.get_possible_values() {
                    if value.get_help().is_some() && words.value(path, id, value.get_name()).is_none() {
                        missing.push(format!("value {path:?} {id:?} {:?}", value.get_name()));
                    }
                }
            }
            for sub in command.get_subcommands() {
                let sub_path =
                    if path.is_empty() { sub.get_name().to_string() } else { format!("{path} {}", sub.get_name()) };
                walk(sub, &sub_path, words, missing);
            }
        }
        let mut missing = Vec::new();
        walk(&crate::Cli::command(), "", help_words(Lang::Fr), &mut missing);
        assert!(missing.is_empty(), "French words missing for:\n{}", missing.join("\n"));
    }

    fn render(lang: Lang, args: &[&str]) -> String {
        let command = localise(crate::Cli::command(), lang);
        match command.try_get_matches_from(os(args)) {
            Ok(_) => panic!("{args:?} should show help"),
            Err(e) => e.render().to_string(),
        }
    }

    #[test]
    fn french_help_has_no_english_heading() {
        for args in
            [&["impact", "--help"][..], &["impact", "report", "--help"], &["impact", "indicators", "show", "-h"]]
        {
            let help = render(Lang::Fr, args);
            for english in ["Usage:", "Options:", "Commands:", "Print help", "[default:", "possible values"] {
                assert!(!help.contains(english), "{english:?} in French help of {args:?}:\n{help}");
            }
            assert!(help.contains("Utilisation\u{a0}:"), "{help}");
        }
        let report = render(Lang::Fr, &["impact", "report", "--help"]);
        assert!(report.contains("[par défaut\u{a0}: json]"), "{report}");
        assert!(report.contains("Analyser les données collectées"), "{report}");
    }

    #[test]
    fn english_help_reads_as_before() {
        let help = render(Lang::En, &["impact", "report", "--help"]);
        assert!(help.contains("Usage: impact report"), "{help}");
        assert!(help.contains("[default: json]"), "{help}");
        assert!(help.contains("Analyse collected data"), "{help}");
    }

    fn refusal(lang: Lang, args: &[&str]) -> String {
        let command = localise(crate::Cli::command(), lang);
        let error = command.try_get_matches_from(os(args)).expect_err("refused");
        let failure = failure(&error).expect("a failure, not help");
        help_words(lang).parse_failure(&failure)
    }

    #[test]
    fn refused_command_lines_are_worded_in_french() {
        let unknown = refusal(Lang::Fr, &["impact", "report", "--formt", "html"]);
        assert!(unknown.contains("option inconnue\u{a0}: --formt"), "{unknown}");
        assert!(unknown.contains("--format"), "{unknown}");
        let value = refusal(Lang::Fr, &["impact", "sets", "--format", "pdf"]);
        assert!(value.contains("«\u{a0}pdf\u{a0}»") && value.contains("text, json"), "{value}");
        let missing = refusal(Lang::Fr, &["impact", "report", "--set", "exclusion-2023"]);
        assert!(missing.starts_with("il manque"), "{missing}");
        assert!(missing.contains("--enrolments"), "{missing}");
        let date = refusal(Lang::Fr, &["impact", "aggregate", "--set", "exclusion-2023", "--as-of", "31/12/2025"]);
        assert!(date.contains("date AAAA-MM-JJ"), "{date}");
        let command = refusal(Lang::Fr, &["impact", "reprot"]);
        assert!(command.contains("commande inconnue") && command.contains("report"), "{command}");
        for text in [unknown, value, missing, date, command] {
            assert!(!text.contains("error:") && !text.contains("Usage:"), "{text}");
        }
    }

    #[test]
    fn refused_command_lines_are_worded_in_english() {
        let unknown = refusal(Lang::En, &["impact", "report", "--formt", "html"]);
        assert!(unknown.contains("unknown option: --formt"), "{unknown}");
        let number = refusal(Lang::En, &["impact", "report", "--min-cell", "eleven"]);
        assert!(number.contains("a whole number"), "{number}");
    }
}
