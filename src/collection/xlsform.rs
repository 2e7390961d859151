//! The XLSForm workbook of a form (survey, choices and settings sheets), as
//! KoboToolbox, ODK Central and pyxform read it.
//!
//! Labels, hints and constraint messages are written in both languages as
//! `label::Français (fr)` and `label::English (en)` columns, French being the
//! default language. Every indicator question is optional: when the person
//! does not answer, the interviewer leaves it empty and the missing-reason
//! question that then appears records why (never an invented answer).

use super::form::{
    both, missing_choices, missing_reason_name, Answer, Block, Choice, FormPlan, Question, AGE, BENEFICIARY, DATE,
    FORM_VERSION, IDS_GROUP, INSTRUCTIONS, MISSING_LIST, ORGANISATION, WAVE,
};
use super::CollectionError;
use crate::catalogue::{Applicability, Wave};
use crate::locale::form::{form as words, FormWords};
use crate::set::ReferenceSet;
use crate::text::{Lang, LocalizedText};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

/// One row of the survey sheet.
#[derive(Debug, Default)]
struct Row {
    kind: String,
    name: String,
    label: Option<LocalizedText>,
    hint: Option<LocalizedText>,
    required: bool,
    relevant: String,
    constraint: String,
    constraint_message: Option<LocalizedText>,
    calculation: String,
}

/// The XLSForm workbook (`.xlsx` bytes) of the form for `set` at `wave`.
///
/// The same set and wave give the same bytes: the workbook's dates are
/// fixed.
///
/// # Errors
///
/// [`CollectionError::NoIndicatorAtWave`] when no indicator of the set is
/// asked at `wave`; [`CollectionError::Workbook`] if the workbook cannot be
/// assembled (it holds only text, so this is not expected).
///
/// ```
/// use social_impact::catalogue::{Catalogue, Wave};
/// let set = Catalogue::bundled()?.reference_set("exclusion-2023")?;
/// let bytes = social_impact::collection::xlsform(&set, Wave::Entry)?;
/// assert!(bytes.starts_with(b"PK"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn xlsform(set: &ReferenceSet, wave: Wave) -> Result<Vec<u8>, CollectionError> {
    let plan = FormPlan::new(set, wave)?;
    workbook(&plan).map_err(|e| CollectionError::Workbook(e.to_string()))
}

/// The column of `base` (`label`, `hint`, `constraint_message`) in `lang`.
fn column(base: &str, lang: Lang) -> String {
    format!("{base}::{} ({})", words(lang).language_name(), lang.code())
}

fn workbook(plan: &FormPlan<'_>) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    // A fixed creation date keeps the bytes the same from run to run.
    let created = ExcelDateTime::from_ymd(2000, 1, 1)?;
    book.set_properties(&DocProperties::new().set_creation_datetime(&created));
    let bold = Format::new().set_bold();

    let rows = survey_rows(plan);
    let mut headers: Vec<String> = vec!["type".into(), "name".into()];
    for base in ["label", "hint"] {
        headers.extend(Lang::ALL.iter().map(|l| column(base, *l)));
    }
    headers.extend(["required", "relevant", "constraint"].map(String::from));
    headers.extend(Lang::ALL.iter().map(|l| column("constraint_message", *l)));
    headers.push("calculation".into());
    let survey = book.add_worksheet().set_name("survey")?;
    write_header(survey, &headers, &bold)?;
    for (i, row) in rows.iter().enumerate() {
        let r = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let mut cells: Vec<String> = vec![row.kind.clone(), row.name.clone()];
        for text in [&row.label, &row.hint] {
            cells.extend(Lang::ALL.iter().map(|l| text.as_ref().map_or(String::new(), |t| t.get(*l).to_string())));
        }
        cells.push(if row.required { "yes".into() } else { String::new() });
        cells.push(row.relevant.clone());
        cells.push(row.constraint.clone());
        cells.extend(
            Lang::ALL.iter().map(|l| row.constraint_message.as_ref().map_or(String::new(), |t| t.get(*l).to_string())),
        );
        cells.push(row.calculation.clone());
        write_row(survey, r, &cells)?;
    }

    let choices = book.add_worksheet().set_name("choices")?;
    let mut headers: Vec<String> = vec!["list_name".into(), "name".into()];
    headers.extend(Lang::ALL.iter().map(|l| column("label", *l)));
    write_header(choices, &headers, &bold)?;
    for (i, (list, choice)) in choice_rows(plan).iter().enumerate() {
        let r = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let mut cells = vec![list.clone(), choice.name.clone()];
        cells.extend(Lang::ALL.iter().map(|l| choice.label.get(*l).to_string()));
        write_row(choices, r, &cells)?;
    }

    let settings = book.add_worksheet().set_name("settings")?;
    let default_language = format!("{} ({})", words(Lang::ALL[0]).language_name(), Lang::ALL[0].code());
    let headers = ["form_title", "form_id", "version", "default_language"].map(String::from);
    write_header(settings, &headers, &bold)?;
    write_row(
        settings,
        1,
        &[plan.title(Lang::ALL[0]), plan.form_id(), plan.set.version().to_string(), default_language],
    )?;
    book.save_to_buffer()
}

fn write_header(sheet: &mut Worksheet, headers: &[String], bold: &Format) -> Result<(), XlsxError> {
    for (c, h) in headers.iter().enumerate() {
        sheet.write_string_with_format(0, col(c), h, bold)?;
    }
    Ok(())
}

fn write_row(sheet: &mut Worksheet, r: u32, cells: &[String]) -> Result<(), XlsxError> {
    for (c, text) in cells.iter().enumerate() {
        if !text.is_empty() {
            sheet.write_string(r, col(c), text)?;
        }
    }
    Ok(())
}

/// A column index as the writer takes it; sheets here have a dozen columns.
fn col(c: usize) -> u16 {
    u16::try_from(c).unwrap_or(u16::MAX)
}

/// The XPath condition that shows a question to the ages it is for.
fn age_condition(ages: &Applicability) -> String {
    let mut parts = Vec::new();
    if let Some(lo) = ages.min_age {
        parts.push(format!("${{{AGE}}} >= {lo}"));
    }
    if let Some(hi) = ages.max_age {
        parts.push(format!("${{{AGE}}} <= {hi}"));
    }
    parts.join(" and ")
}

/// An XPath number literal (`0`, `1.5`).
fn number(x: f64) -> String {
    x.to_string()
}

/// A text row from the collection tools' words.
fn words_text(f: impl Fn(FormWords) -> &'static str) -> Option<LocalizedText> {
    Some(both(|w| f(w).to_string()))
}

fn survey_rows(plan: &FormPlan<'_>) -> Vec<Row> {
    let calc = |name: &str, value: String| Row {
        kind: "calculate".into(),
        name: name.into(),
        calculation: format!("'{value}'"),
        ..Row::default()
    };
    let mut rows = vec![
        Row { kind: "start".into(), name: "start".into(), ..Row::default() },
        Row { kind: "end".into(), name: "end".into(), ..Row::default() },
        calc(WAVE, plan.wave.as_str().to_string()),
        calc(FORM_VERSION, plan.set.version().to_string()),
        Row {
            kind: "note".into(),
            name: INSTRUCTIONS.into(),
            label: words_text(|w| w.instructions()),
            ..Row::default()
        },
        Row {
            kind: "begin_group".into(),
            name: IDS_GROUP.into(),
            label: words_text(|w| w.ids_group()),
            ..Row::default()
        },
        Row {
            kind: "text".into(),
            name: ORGANISATION.into(),
            label: words_text(|w| w.organisation_label()),
            hint: words_text(|w| w.organisation_hint()),
            required: true,
            constraint: "regex(., '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$')".into(),
            constraint_message: words_text(|w| w.organisation_constraint()),
            ..Row::default()
        },
        Row {
            kind: "text".into(),
            name: BENEFICIARY.into(),
            label: words_text(|w| w.beneficiary_label()),
            hint: words_text(|w| w.beneficiary_hint()),
            required: true,
            ..Row::default()
        },
        Row {
            kind: "date".into(),
            name: DATE.into(),
            label: words_text(|w| w.date_label()),
            required: true,
            constraint: ". <= today()".into(),
            constraint_message: words_text(|w| w.date_constraint()),
            ..Row::default()
        },
    ];
    if plan.asks_age() {
        rows.push(Row {
            kind: "integer".into(),
            name: AGE.into(),
            label: words_text(|w| w.age_label()),
            hint: words_text(|w| w.age_hint()),
            required: true,
            constraint: format!(". >= 0 and . <= {}", crate::data::MAX_AGE_AT_ENTRY),
            constraint_message: Some(both(|w| w.age_constraint(crate::data::MAX_AGE_AT_ENTRY))),
            ..Row::default()
        });
    }
    rows.push(Row { kind: "end_group".into(), ..Row::default() });
    for block in &plan.blocks {
        match block {
            Block::Single(q) => question_rows(q, &mut rows),
            Block::Scale { definition, items } => {
                rows.push(Row {
                    kind: "begin_group".into(),
                    name: definition.id.to_string(),
                    label: Some(definition.question.clone()),
                    hint: Some(both(|w| w.scale_hint(items.len()))),
                    ..Row::default()
                });
                for q in items {
                    question_rows(q, &mut rows);
                }
                rows.push(Row { kind: "end_group".into(), ..Row::default() });
            }
        }
    }
    rows
}

/// An indicator's question and its missing-reason question.
fn question_rows(q: &Question<'_>, rows: &mut Vec<Row>) {
    let (kind, constraint) = match &q.answer {
        Answer::Choices { list, .. } => (format!("select_one {list}"), String::new()),
        Answer::Integer { min, max, .. } => {
            let upper = max.map(|m| format!(" and . <= {m}")).unwrap_or_default();
            ("integer".to_string(), format!(". >= {min}{upper}"))
        }
        Answer::Decimal { min, max, .. } => {
            let bounds: Vec<String> =
                [min.map(|m| format!(". >= {}", number(m))), max.map(|m| format!(". <= {}", number(m)))]
                    .into_iter()
                    .flatten()
                    .collect();
            ("decimal".to_string(), bounds.join(" and "))
        }
    };
    let age = q.ages().map(age_condition).unwrap_or_default();
    let hint = both_owned(|l| q.hint(l));
    let constraint_message = if constraint.is_empty() {
        None
    } else {
        q.constraint_message(Lang::ALL[0]).map(|_| both_owned(|l| q.constraint_message(l).unwrap_or_default()))
    };
    rows.push(Row {
        kind,
        name: q.name().to_string(),
        label: Some(q.definition.question.clone()),
        hint: Some(hint),
        relevant: age.clone(),
        constraint,
        constraint_message,
        ..Row::default()
    });
    let unanswered = format!("${{{}}} = ''", q.name());
    let relevant = if age.is_empty() { unanswered } else { format!("{age} and {unanswered}") };
    let label = LocalizedText::new(
        words(Lang::ALL[0]).missing_label(q.definition.label.get(Lang::ALL[0])),
        words(Lang::ALL[1]).missing_label(q.definition.label.get(Lang::ALL[1])),
    );
    rows.push(Row {
        kind: format!("select_one {MISSING_LIST}"),
        name: missing_reason_name(q.name()),
        label: Some(label),
        hint: words_text(|w| w.missing_hint()),
        relevant,
        ..Row::default()
    });
}

/// A text in both languages from a function of the language.
fn both_owned(f: impl Fn(Lang) -> String) -> LocalizedText {
    LocalizedText::new(f(Lang::ALL[0]), f(Lang::ALL[1]))
}

/// Every choice list the survey uses, each once, in order of first use.
fn choice_rows(plan: &FormPlan<'_>) -> Vec<(String, Choice)> {
    let mut lists: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for q in plan.questions() {
        if let Answer::Choices { list, choices } = &q.answer {
            if !lists.contains(list) {
                lists.push(list.clone());
                out.extend(choices.iter().map(|c| (list.clone(), c.clone())));
            }
        }
    }
    out.extend(missing_choices().into_iter().map(|c| (MISSING_LIST.to_string(), c)));
    out
}
