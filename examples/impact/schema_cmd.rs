//! `impact meta-schema`, `impact report-schema` and `impact schema`: the
//! published JSON Schemas of the formats, and the data-collection schemas
//! and CSV templates of a reference set.

use crate::cli_error::CliError;
use crate::flags::{parse_set, parse_wave};
use crate::locale::words;
use clap::{Args, ValueEnum};
use social_impact::catalogue::Wave;
use social_impact::collection::{self, RecordKind, TemplateStyle};
use social_impact::fsio::OutputPolicy;
use social_impact::set::SetSource;
use social_impact::Lang;
use std::path::PathBuf;

/// Which format's schema `impact meta-schema` prints.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum SchemaKind {
    /// An indicator definition file.
    Indicator,
    /// A reference-set manifest.
    Set,
    /// The report JSON (`impact report --format json`).
    Report,
    /// The validation JSON (`impact validate --format json`, impact-validation/1).
    Validation,
    /// An avoided-cost model (`impact-sroi-model/1`).
    SroiModel,
    /// The SROI result JSON (`impact sroi --format json`).
    Sroi,
}

#[derive(Args)]
pub struct MetaSchemaArgs {
    /// The format whose schema to print.
    #[arg(long, value_enum, default_value_t = SchemaKind::Indicator)]
    kind: SchemaKind,
    /// Write to this file instead of standard output.
    #[arg(long, short = 'o', visible_alias = "out")]
    output: Option<PathBuf>,
    /// Replace the output file if it exists.
    #[arg(long)]
    force: bool,
}

#[derive(Args)]
pub struct ReportSchemaArgs {
    /// Write to this file instead of standard output.
    #[arg(long, short = 'o', visible_alias = "out")]
    output: Option<PathBuf>,
    /// Replace the output file if it exists.
    #[arg(long)]
    force: bool,
}

/// What `impact schema` writes.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum CollectionFormat {
    /// A JSON Schema (2020-12) that one record must satisfy.
    JsonSchema,
    /// The header line of a CSV file to fill in.
    CsvTemplate,
}

/// The kind of record, as named on the command line.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum RecordArg {
    /// One support episode (enrolments file).
    Enrolment,
    /// One answer, long form (observations file).
    Observation,
    /// One person at one wave, one column per indicator.
    Wide,
}

#[derive(Args)]
pub struct SchemaArgs {
    /// The reference set: a bundled id (exclusion-2023, child-protection-2024) or a manifest path.
    #[arg(long, value_parser = parse_set)]
    set: SetSource,
    #[command(flatten)]
    definitions: crate::flags::DefinitionsArg,
    /// The kind of record.
    #[arg(long, value_enum)]
    record: RecordArg,
    /// Only this wave (entry, follow_up, exit, post_exit).
    #[arg(long, value_parser = parse_wave)]
    wave: Option<Wave>,
    /// What to write (json-schema by default; csv-template with --excel-fr).
    #[arg(long, value_enum)]
    format: Option<CollectionFormat>,
    /// A CSV template French Excel opens as columns: `;` between columns, a UTF-8 BOM, CRLF and French column names (which the readers map back).
    #[arg(long)]
    excel_fr: bool,
    /// Write to this file instead of standard output.
    #[arg(long, short = 'o', visible_alias = "out")]
    output: Option<PathBuf>,
    /// Replace the output file if it exists.
    #[arg(long)]
    force: bool,
}

pub fn meta_schema(args: MetaSchemaArgs, lang: Lang) -> Result<(), CliError> {
    let schema = match args.kind {
        SchemaKind::Indicator => social_impact::catalogue::definition_schema(),
        SchemaKind::Set => social_impact::catalogue::manifest_schema(),
        SchemaKind::Report => social_impact::report::json_schema(),
        SchemaKind::Validation => social_impact::ingest::validation_schema(),
        SchemaKind::SroiModel => social_impact::costs::model_schema(),
        SchemaKind::Sroi => social_impact::costs::result_schema(),
    };
    write_json(&schema, args.output, &crate::output::policy(args.force, []), lang)
}

pub fn report_schema(args: ReportSchemaArgs, lang: Lang) -> Result<(), CliError> {
    write_json(&social_impact::report::json_schema(), args.output, &crate::output::policy(args.force, []), lang)
}

pub fn schema(args: SchemaArgs, lang: Lang) -> Result<(), CliError> {
    let set = args.definitions.open(&args.set)?;
    let wave = args.wave;
    let kind = match args.record {
        RecordArg::Enrolment => RecordKind::Enrolment,
        RecordArg::Observation => RecordKind::Observation,
        RecordArg::Wide => RecordKind::Wide,
    };
    let set_file = crate::output::set_file(&args.set);
    let policy = crate::output::policy(args.force, set_file.as_deref());
    let format = match (args.format, args.excel_fr) {
        (Some(CollectionFormat::JsonSchema), true) => return Err(CliError::new(words(lang).excel_fr_is_csv())),
        (None, true) => CollectionFormat::CsvTemplate,
        (format, false) => format.unwrap_or(CollectionFormat::JsonSchema),
        (Some(CollectionFormat::CsvTemplate), true) => CollectionFormat::CsvTemplate,
    };
    match format {
        CollectionFormat::JsonSchema => {
            write_json(&collection::record_schema(&set, kind, wave)?, args.output, &policy, lang)
        }
        CollectionFormat::CsvTemplate => {
            let style = if args.excel_fr { TemplateStyle::excel_fr() } else { TemplateStyle::default() };
            write_text(collection::csv_template_styled(&set, kind, wave, &style)?, args.output, &policy, lang)
        }
    }
}

fn write_json(
    value: &serde_json::Value,
    output: Option<PathBuf>,
    policy: &OutputPolicy,
    lang: Lang,
) -> Result<(), CliError> {
    let mut text = serde_json::to_string_pretty(value)?;
    text.push('\n');
    write_text(text, output, policy, lang)
}

/// Prints, or writes the file whole (never half-written, never over an
/// input, replacing an existing file only with --force).
fn write_text(text: String, output: Option<PathBuf>, policy: &OutputPolicy, lang: Lang) -> Result<(), CliError> {
    match output {
        Some(path) => crate::output::write(&path, text.as_bytes(), policy, lang),
        None => {
            print!("{text}");
            Ok(())
        }
    }
}
