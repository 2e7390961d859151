//! Data-collection schemas: what a valid record looks like for a reference
//! set, as JSON Schema 2020-12 documents and CSV templates.
//!
//! Three kinds of record ([`RecordKind`], BRIEF section 5): enrolments (one
//! support episode), observations in long form (one answer) and wide rows
//! (one person at one wave, one column per indicator). The observation and
//! wide schemas know each indicator: the values it accepts, in their text
//! form from a spreadsheet (`"oui"`, `"7,0"`) as well as their JSON form
//! (`true`, `7`), and the waves where it is asked.
//!
//! Survey tools and data platforms can validate records with any JSON
//! Schema 2020-12 validator before the data ever reach the crate. The
//! crate's own readers accept everything these schemas accept.
//!
//! Field staff collect on a phone or on paper: [`xlsform`] writes the
//! XLSForm of one wave (KoboToolbox, ODK Collect, Enketo), [`questionnaire`]
//! the printable A4 questionnaire, and [`forms`] lists the forms a set
//! yields. Their exports are read back by [`crate::ingest`] as wide-form
//! observations.

mod form;
mod questionnaire;
mod records;
mod values;
#[cfg(feature = "xlsx")]
mod xlsform;

pub use form::{
    export_columns, form_id, missing_reason_name, AGE, BENEFICIARY, DATE, FORM_HELPERS, FORM_VERSION, IDS_GROUP,
    INSTRUCTIONS, MISSING_SUFFIX, ORGANISATION, WAVE,
};
pub use questionnaire::questionnaire;
#[cfg(feature = "xlsx")]
pub use xlsform::xlsform;

use crate::catalogue::Wave;
use crate::set::ReferenceSet;
use crate::text::{Lang, LocalizedText};

/// The kinds of record a set collects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RecordKind {
    /// One support episode: `organisation, beneficiary, entry_date,
    /// exit_date, age_at_entry, sex, service`.
    Enrolment,
    /// One answer, long form: `organisation, beneficiary, indicator, wave,
    /// date, value`, and optionally `missing_reason`.
    Observation,
    /// One person at one wave: `organisation, beneficiary, wave, date`, then
    /// one column per indicator.
    Wide,
}

impl RecordKind {
    /// Every kind.
    pub const ALL: [RecordKind; 3] = [RecordKind::Enrolment, RecordKind::Observation, RecordKind::Wide];

    /// The kind's name: `enrolment`, `observation` or `wide`.
    pub fn as_str(self) -> &'static str {
        match self {
            RecordKind::Enrolment => "enrolment",
            RecordKind::Observation => "observation",
            RecordKind::Wide => "wide",
        }
    }
}

display_as!(as_str: RecordKind);

/// Why a collection schema could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CollectionError {
    /// The wave asked for is not a wave of any indicator of the set.
    #[error("no indicator of reference set {set:?} is collected at wave {wave}: the set's waves are {available}")]
    NoIndicatorAtWave {
        /// The set's id.
        set: String,
        /// The wave asked for.
        wave: Wave,
        /// The waves the set's indicators are asked at, comma separated.
        available: String,
    },
    /// The XLSForm workbook could not be assembled.
    #[error("the XLSForm workbook could not be written: {0}")]
    Workbook(String),
}

/// One form a set yields: one per wave at which some indicator is asked.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct FormSummary {
    /// The wave.
    pub wave: Wave,
    /// The form's `form_id` (set id, wave, set version).
    pub form_id: String,
    /// The form's version: the set's.
    pub version: String,
    /// Indicator questions asked (scale items counted one by one).
    pub questions: usize,
    /// The form's title.
    pub title: LocalizedText,
}

/// The forms `set` yields, in wave order.
///
/// ```
/// use social_impact::catalogue::{Catalogue, Wave};
/// let set = Catalogue::bundled()?.reference_set("exclusion-2023")?;
/// let forms = social_impact::collection::forms(&set);
/// assert_eq!(forms.iter().map(|f| f.wave).collect::<Vec<_>>(), Wave::ALL);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn forms(set: &ReferenceSet) -> Vec<FormSummary> {
    Wave::ALL
        .iter()
        .filter_map(|w| form::FormPlan::new(set, *w).ok())
        .map(|plan| FormSummary {
            wave: plan.wave,
            form_id: plan.form_id(),
            version: set.version().to_string(),
            questions: plan.questions().count(),
            title: LocalizedText::new(plan.title(Lang::ALL[0]), plan.title(Lang::ALL[1])),
        })
        .collect()
}

/// The forms of `set` as a table for a terminal, in `lang`: a title line,
/// then one line per wave (wave, form id, questions, title), columns
/// separated by two spaces at least.
pub fn forms_table(set: &ReferenceSet, lang: Lang) -> String {
    let w = crate::locale::form::form(lang);
    let mut lines: Vec<[String; 4]> = vec![w.list_columns().map(String::from)];
    for f in forms(set) {
        lines.push([f.wave.as_str().to_string(), f.form_id, f.questions.to_string(), f.title.get(lang).to_string()]);
    }
    let widths: Vec<usize> = (0..4).map(|c| lines.iter().map(|l| l[c].chars().count()).max().unwrap_or(0)).collect();
    let mut out = format!("{}\n", w.list_title(set.id().as_str(), set.version().as_ref()));
    for line in &lines {
        let padded: Vec<String> =
            line.iter().zip(&widths).map(|(text, width)| format!("{text:<width$}", width = *width)).collect();
        out.push_str(padded.join("  ").trim_end());
        out.push('\n');
    }
    out
}

/// The JSON Schema (2020-12) one record of `kind` must satisfy for `set`,
/// restricted to one wave when `wave` is given (ignored for enrolments,
/// which have no wave).
///
/// Fails only when no indicator of the set is asked at `wave`.
///
/// ```
/// use social_impact::catalogue::Catalogue;
/// use social_impact::collection::{record_schema, RecordKind};
/// use serde_json::json;
///
/// let set = Catalogue::bundled()?.reference_set("exclusion-2023")?;
/// let schema = record_schema(&set, RecordKind::Observation, None)?;
/// assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
///
/// let validator = jsonschema::validator_for(&schema)?;
/// let record = json!({
///     "organisation": "ORGA", "beneficiary": "B001", "indicator": "excl.housing.situation",
///     "wave": "entry", "date": "03/01/2024", "value": "street"
/// });
/// assert!(validator.is_valid(&record));
/// let unknown_code = json!({
///     "organisation": "ORGA", "beneficiary": "B001", "indicator": "excl.housing.situation",
///     "wave": "entry", "date": "2024-01-03", "value": "castle"
/// });
/// assert!(!validator.is_valid(&unknown_code));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn record_schema(
    set: &ReferenceSet,
    kind: RecordKind,
    wave: Option<Wave>,
) -> Result<serde_json::Value, CollectionError> {
    match kind {
        RecordKind::Enrolment => Ok(records::enrolment(set)),
        RecordKind::Observation => records::observation(set, wave),
        RecordKind::Wide => records::wide(set, wave),
    }
}

/// How a CSV template is written: delimiter, byte-order mark, line end and
/// the language of the column names. [`TemplateStyle::default`] is the
/// canonical form (`,`, no BOM, `\n`, the canonical names);
/// [`TemplateStyle::excel_fr`] is what French Excel opens as columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct TemplateStyle {
    /// The delimiter: `,`, `;` or tab.
    pub delimiter: u8,
    /// Whether the file starts with a UTF-8 byte-order mark (Excel then
    /// reads the accents right).
    pub bom: bool,
    /// Whether lines end with CRLF (as Excel writes them) instead of LF.
    pub crlf: bool,
    /// The column names: `None` for the canonical names (`entry_date`), a
    /// language for the names its staff use (in French, `Date d'entrée`);
    /// the readers map both back. Indicator ids stay as they are.
    pub headers: Option<Lang>,
}

impl Default for TemplateStyle {
    fn default() -> Self {
        TemplateStyle { delimiter: b',', bom: false, crlf: false, headers: None }
    }
}

impl TemplateStyle {
    /// `;` between columns, a UTF-8 byte-order mark, CRLF line ends and
    /// French column names: a file French Excel opens as columns, with its
    /// accents, and that the readers read back.
    pub fn excel_fr() -> TemplateStyle {
        TemplateStyle { delimiter: b';', bom: true, crlf: true, headers: Some(crate::locale::EXCEL_FR_HEADERS) }
    }
}

/// The header line of a CSV file of `kind` for `set` (comma separated, with
/// a final newline): for wide rows, one column per indicator asked at
/// `wave` (every indicator of the set without a wave), in the set's order.
///
/// ```
/// use social_impact::catalogue::Catalogue;
/// use social_impact::collection::{csv_template, RecordKind};
///
/// let set = Catalogue::bundled()?.reference_set("exclusion-2023")?;
/// let header = csv_template(&set, RecordKind::Observation, None)?;
/// assert_eq!(header, "organisation,beneficiary,indicator,wave,date,value,missing_reason\n");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// [`CollectionError::NoIndicatorAtWave`] for wide rows of a wave no
/// indicator of the set is asked at.
pub fn csv_template(set: &ReferenceSet, kind: RecordKind, wave: Option<Wave>) -> Result<String, CollectionError> {
    csv_template_styled(set, kind, wave, &TemplateStyle::default())
}

/// [`csv_template`] written in `style`: for French Excel,
/// [`TemplateStyle::excel_fr`].
///
/// ```
/// use social_impact::catalogue::Catalogue;
/// use social_impact::collection::{csv_template_styled, RecordKind, TemplateStyle};
///
/// let set = Catalogue::bundled()?.reference_set("exclusion-2023")?;
/// let header = csv_template_styled(&set, RecordKind::Enrolment, None, &TemplateStyle::excel_fr())?;
/// assert_eq!(
///     header,
///     "\u{feff}Organisme;Bénéficiaire;Date d'entrée;Date de sortie;Âge à l'entrée;Sexe;Dispositif\r\n"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// As [`csv_template`].
pub fn csv_template_styled(
    set: &ReferenceSet,
    kind: RecordKind,
    wave: Option<Wave>,
    style: &TemplateStyle,
) -> Result<String, CollectionError> {
    let words = style.headers.map(crate::locale::ingest::ingest);
    let named = |names: &[&str]| -> Vec<String> {
        names
            .iter()
            .map(|n| match (crate::ingest::Field::from_header(n), words) {
                (Some(f), Some(w)) => w.column_name(f).to_string(),
                _ => n.to_string(),
            })
            .collect()
    };
    let columns: Vec<String> = match kind {
        RecordKind::Enrolment => named(&records::ENROLMENT_FIELDS),
        RecordKind::Observation => named(&records::OBSERVATION_FIELDS),
        RecordKind::Wide => {
            let ids = records::indicators_at(set, wave)?;
            named(&records::WIDE_FIELDS).into_iter().chain(ids.into_iter().map(|d| d.id.to_string())).collect()
        }
    };
    let terminator = if style.crlf { csv::Terminator::CRLF } else { csv::Terminator::Any(b'\n') };
    let mut writer =
        csv::WriterBuilder::new().delimiter(style.delimiter).terminator(terminator).from_writer(Vec::new());
    let end = if style.crlf { "\r\n" } else { "\n" };
    // Writing to memory cannot fail, and ids and field names need no
    // quoting; the fallback keeps that assumption from ever panicking.
    let line = match writer.write_record(&columns).ok().and_then(|_| writer.into_inner().ok()) {
        Some(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        None => format!("{}{end}", columns.join(&char::from(style.delimiter).to_string())),
    };
    Ok(if style.bom { format!("\u{feff}{line}") } else { line })
}
