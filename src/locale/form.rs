//! The words of the collection tools: the XLSForm questions written around
//! the indicators (identification, missing reasons, constraint messages),
//! the printable questionnaire, the list of forms, and the messages about
//! exports read back.

use super::Lang;
use crate::catalogue::{Respondent, Wave};
use crate::data::MissingReason;

/// The words of the collection tools in one language.
// Some phrases are only written into XLSForm workbooks (the `xlsx` feature).
#[cfg_attr(not(feature = "xlsx"), allow(dead_code))]
pub(crate) trait FormWords: Sync {
    /// The language's own name, as XLSForm column suffixes carry it
    /// (`Français` in `label::Français (fr)`).
    fn language_name(&self) -> &'static str;
    /// The title of a form: the set's title and the wave.
    fn form_title(&self, set_title: &str, wave: Wave) -> String;
    /// The wave as it reads inside a sentence.
    fn wave_name(&self, wave: Wave) -> &'static str;
    /// The heading of the identification questions.
    fn ids_group(&self) -> &'static str;
    /// The note opening the form, for the interviewer.
    fn instructions(&self) -> &'static str;
    /// The organisation question.
    fn organisation_label(&self) -> &'static str;
    /// The hint under the organisation question.
    fn organisation_hint(&self) -> &'static str;
    /// Why an organisation code is refused.
    fn organisation_constraint(&self) -> &'static str;
    /// The beneficiary question.
    fn beneficiary_label(&self) -> &'static str;
    /// The hint under the beneficiary question.
    fn beneficiary_hint(&self) -> &'static str;
    /// The interview-date question.
    fn date_label(&self) -> &'static str;
    /// Why an interview date is refused.
    fn date_constraint(&self) -> &'static str;
    /// The age question (asked only to show the questions for that age).
    fn age_label(&self) -> &'static str;
    /// The hint under the age question.
    fn age_hint(&self) -> &'static str;
    /// Why an age is refused.
    fn age_constraint(&self, max: u32) -> String;
    /// Yes, as an answer.
    fn yes(&self) -> &'static str;
    /// No, as an answer.
    fn no(&self) -> &'static str;
    /// Who answers a question, as a hint for the interviewer.
    fn respondent_hint(&self, respondent: Respondent) -> &'static str;
    /// Who a question is for, by age (`min`/`max` in years).
    fn ages_hint(&self, min: Option<u32>, max: Option<u32>) -> String;
    /// What a whole number between `min` and `max` must be (constraint
    /// message); `max` absent means no upper bound.
    fn whole_number_range(&self, min: i64, max: Option<i64>) -> String;
    /// What a quantity must be (constraint message and hint).
    fn quantity_range(&self, unit: &str, min: Option<f64>, max: Option<f64>) -> String;
    /// One labelled point of a scale, in a hint (`1 = Not at all`).
    fn scale_point(&self, point: &str, label: &str) -> String;
    /// What separates the labelled points in a hint.
    fn scale_point_separator(&self) -> &'static str;
    /// The missing-reason question after an indicator's question.
    fn missing_label(&self, indicator_label: &str) -> String;
    /// The hint under the missing-reason question.
    fn missing_hint(&self) -> &'static str;
    /// A missing reason, as a choice.
    fn missing_reason(&self, reason: MissingReason) -> &'static str;
    /// The hint of a composite scale's group: its items are asked one by one.
    fn scale_hint(&self, items: usize) -> String;

    /// The printable questionnaire's kind line.
    fn paper_kind(&self) -> &'static str;
    /// The facts under the title: the wave, the set version, the form id.
    fn paper_wave(&self) -> &'static str;
    /// The version fact.
    fn paper_version(&self) -> &'static str;
    /// The form-id fact.
    fn paper_form_id(&self) -> &'static str;
    /// The heading of the interviewer's instructions.
    fn paper_instructions_title(&self) -> &'static str;
    /// The interviewer's instructions, one paragraph each.
    fn paper_instructions(&self) -> &'static [&'static str];
    /// Above the answer boxes of a single choice.
    fn paper_tick_one(&self) -> &'static str;
    /// Above the box of a number to write.
    fn paper_write_number(&self) -> &'static str;
    /// Before the missing-reason boxes.
    fn paper_no_answer(&self) -> &'static str;
    /// The footer of each page.
    fn paper_footer(&self, form_id: &str) -> String;

    /// The heading of `impact form --list`.
    fn list_title(&self, set_id: &str, version: &str) -> String;
    /// The column headings of `impact form --list`.
    fn list_columns(&self) -> [&'static str; 4];

    /// An export from a form that lacks some questions of the wave: it is
    /// read all the same; `form_version` is what the export says (empty
    /// when it does not say).
    fn export_lacks(&self, wave: Wave, form_version: &str, set_version: &str, missing: &[String]) -> String;
    /// What to do about it.
    fn export_lacks_advice(&self) -> &'static str;
}

/// The collection tools' words in `lang`.
pub(crate) fn form(lang: Lang) -> &'static dyn FormWords {
    match lang {
        Lang::Fr => &super::fr::Fr,
        Lang::En => &super::en::En,
    }
}
