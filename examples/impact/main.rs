//! `impact`: the command-line face of the social-impact crate.
//!
//! Run `cargo run --release --example impact -- --help`.

mod aggregate_cmd;
mod catalogue_cmd;
#[cfg(feature = "check")]
mod check_cmd;
mod cli_error;
mod data_cmd;
mod demo_cmd;
mod flags;
mod form_cmd;
mod help;
mod locale;
mod network_cmd;
mod output;
mod progress;
mod report_cmd;
mod sample_cmd;
mod schema_cmd;
mod sroi_cmd;

use clap::parser::ValueSource;
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use cli_error::CliError;
use social_impact::Lang;
use std::ffi::OsString;
use std::process::ExitCode;

/// Measure the social impact of associations: browse the shared indicators,
/// produce collection schemas, validate and analyse collected data.
#[derive(Parser)]
#[command(name = "impact", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Language of what is printed and written (fr, en); without it, the
    /// environment's locale (LC_ALL, LC_MESSAGES, LANG) when English, else French.
    #[arg(long, global = true, default_value = "fr")]
    lang: Lang,
}

#[derive(Subcommand)]
enum Command {
    /// The main job on embedded sample data: reports for both bundled sets in impact-demo/.
    Demo(demo_cmd::DemoArgs),
    /// List the bundled reference sets.
    Sets(catalogue_cmd::SetsArgs),
    /// List or show indicators.
    Indicators(catalogue_cmd::IndicatorsArgs),
    /// Write synthetic sample data (fictional organisations and people) for a set.
    GenerateSample(sample_cmd::GenerateSampleArgs),
    /// Check indicator definition files and set manifests; every problem at once.
    #[cfg(feature = "check")]
    CheckDefinitions(check_cmd::CheckArgs),
    /// Print the JSON Schema of a format (indicator definition, set manifest, report).
    MetaSchema(schema_cmd::MetaSchemaArgs),
    /// Print the JSON Schema of the report format.
    ReportSchema(schema_cmd::ReportSchemaArgs),
    /// Print a data-collection schema or CSV template for a reference set.
    Schema(schema_cmd::SchemaArgs),
    /// Write a collection form of a set for one wave: XLSForm (KoboToolbox, ODK) or printable questionnaire.
    Form(form_cmd::FormArgs),
    /// Check enrolment and observation files against a reference set.
    Validate(data_cmd::ValidateArgs),
    /// Rewrite a data file with beneficiary ids replaced by pseudonyms.
    Pseudonymise(data_cmd::PseudonymiseArgs),
    /// Analyse collected data and write the report (JSON contract impact-report/1).
    Report(report_cmd::ReportArgs),
    /// Avoided costs and social return on investment, with their uncertainty (impact-sroi/1).
    Sroi(sroi_cmd::SroiArgs),
    /// Write the shareable aggregate of collected data (impact-aggregate/1): no id, no row, hidden groups only sized.
    Aggregate(aggregate_cmd::AggregateArgs),
    /// Merge aggregates into a network report (impact-report/1).
    Network(network_cmd::NetworkArgs),
}

fn main() -> ExitCode {
    quiet_on_closed_stdout();
    output::clean_up_on_signal();
    let args: Vec<OsString> = std::env::args_os().collect();
    let chosen = help::lang_of(&args, |name| std::env::var(name).ok());
    let (cli, lang) = match parse(args, chosen) {
        Ok(parsed) => parsed,
        Err(code) => return code,
    };
    cli_error::set_lang(lang);
    // Commands that speak read the global `--lang` from their arguments.
    let result: Result<(), CliError> = match cli.command {
        Command::Demo(args) => demo_cmd::demo(args, lang),
        Command::Sets(mut args) => {
            args.lang = lang;
            catalogue_cmd::sets(args)
        }
        Command::Indicators(mut args) => {
            args.lang = lang;
            catalogue_cmd::indicators(args)
        }
        Command::GenerateSample(args) => sample_cmd::generate_sample(args, lang),
        #[cfg(feature = "check")]
        Command::CheckDefinitions(args) => check_cmd::check_definitions(args, lang),
        Command::MetaSchema(args) => schema_cmd::meta_schema(args, lang),
        Command::ReportSchema(args) => schema_cmd::report_schema(args, lang),
        Command::Schema(args) => schema_cmd::schema(args, lang),
        Command::Form(mut args) => {
            args.lang = lang;
            form_cmd::form(args)
        }
        Command::Validate(mut args) => {
            args.lang = lang;
            data_cmd::validate(args)
        }
        Command::Pseudonymise(mut args) => {
            args.lang = lang;
            data_cmd::pseudonymise(args)
        }
        Command::Report(args) => report_cmd::report(args, lang),
        Command::Sroi(mut args) => {
            args.lang = lang;
            sroi_cmd::sroi(args)
        }
        Command::Aggregate(mut args) => {
            args.lang = lang;
            aggregate_cmd::aggregate(args)
        }
        Command::Network(mut args) => {
            args.lang = lang;
            network_cmd::network(args)
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("impact: {e}");
            ExitCode::from(e.code)
        }
    }
}

/// The command line read with help and errors in `chosen`, and the
/// language of the run: `--lang` when given, else `chosen`.
fn parse(args: Vec<OsString>, chosen: Lang) -> Result<(Cli, Lang), ExitCode> {
    let refused = |error: clap::Error| match help::failure(&error) {
        None => {
            let _ = error.print();
            ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2))
        }
        Some(failure) => {
            eprintln!("impact: {}", locale::help_words(chosen).parse_failure(&failure));
            ExitCode::from(2)
        }
    };
    let matches = help::localise(Cli::command(), chosen).try_get_matches_from(args).map_err(refused)?;
    let cli = Cli::from_arg_matches(&matches).map_err(refused)?;
    let lang = if matches.value_source("lang") == Some(ValueSource::CommandLine) { cli.lang } else { chosen };
    Ok((cli, lang))
}

/// `impact indicators | head` closes standard output early; `println!` then
/// panics with "Broken pipe". Like other Unix tools, stop quietly instead of
/// printing a panic at the person. Any other panic keeps the default report.
fn quiet_on_closed_stdout() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let message = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| info.payload().downcast_ref::<&str>().copied())
            .unwrap_or_default();
        if message.contains("Broken pipe") {
            std::process::exit(0);
        }
        default(info);
    }));
}
