//! `impact form`: the collection tools of a reference set, one form per
//! wave: an XLSForm workbook for KoboToolbox and ODK, or a printable A4
//! questionnaire; `--list` shows the forms a set yields.

use crate::cli_error::CliError;
use crate::flags::{parse_set, parse_wave};
use clap::{Args, ValueEnum};
use social_impact::catalogue::Wave;
use social_impact::collection;
use social_impact::set::SetSource;
use social_impact::Lang;
use std::path::PathBuf;

/// What `impact form` writes.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum FormFormat {
    /// An XLSForm workbook (.xlsx) for KoboToolbox, ODK Central and Enketo.
    Xlsform,
    /// A printable questionnaire (self-contained HTML page set, A4).
    Html,
}

#[derive(Args)]
pub struct FormArgs {
    /// The reference set: a bundled id (exclusion-2023, child-protection-2024) or a manifest path.
    #[arg(long, value_parser = parse_set)]
    set: SetSource,
    #[command(flatten)]
    definitions: crate::flags::DefinitionsArg,
    /// The wave of the form (entry, follow_up, exit, post_exit).
    #[arg(long, required_unless_present = "list", value_parser = parse_wave)]
    wave: Option<Wave>,
    /// What to write.
    #[arg(long, value_enum, default_value_t = FormFormat::Xlsform)]
    format: FormFormat,
    /// The file to write (required for a form).
    #[arg(long, short = 'o', visible_alias = "out", required_unless_present = "list")]
    output: Option<PathBuf>,
    /// Replace the output file if it exists.
    #[arg(long)]
    force: bool,
    /// Show the forms the set yields instead of writing one.
    #[arg(long, conflicts_with_all = ["wave", "output"])]
    list: bool,
    /// Language of the printable questionnaire and of the list (the XLSForm
    /// has both): the global `--lang`, filled in by `main`.
    #[arg(skip)]
    pub lang: Lang,
}

pub fn form(args: FormArgs) -> Result<(), CliError> {
    let set = args.definitions.open(&args.set)?;
    if args.list {
        print!("{}", collection::forms_table(&set, args.lang));
        return Ok(());
    }
    // clap requires both unless --list.
    let (Some(wave), Some(output)) = (args.wave, &args.output) else {
        return Err(CliError::new("--wave, --output"));
    };
    let set_file = crate::output::set_file(&args.set);
    let policy = crate::output::policy(args.force, set_file.as_deref());
    let bytes = match args.format {
        FormFormat::Xlsform => collection::xlsform(&set, wave)?,
        FormFormat::Html => collection::questionnaire(&set, wave, args.lang)?.into_bytes(),
    };
    crate::output::write(output, &bytes, &policy, args.lang)
}
