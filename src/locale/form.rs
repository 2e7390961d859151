//! The words of the collection tools: the XLSForm questions written around
//! the indicators (identification, missing reasons, constraint messages),
//! the printable questionnaire, the list of forms, and the messages about
//! exports read back. The words are in `<lang>/form.ftl`.

use super::messages::{messages, say, Messages};
use super::numbers::plain;
use super::Lang;
use crate::catalogue::{Respondent, Wave};
use crate::data::MissingReason;
use std::sync::LazyLock;

/// The words of the collection tools in one language.
#[derive(Clone, Copy)]
pub(crate) struct FormWords {
    m: &'static Messages,
    lang: Lang,
}

/// The collection tools' words in `lang`.
pub(crate) fn form(lang: Lang) -> FormWords {
    FormWords { m: messages(lang), lang }
}

// Some phrases are only written into XLSForm workbooks (the `xlsx` feature).
#[cfg_attr(not(feature = "xlsx"), allow(dead_code))]
impl FormWords {
    /// The language's own name, as XLSForm column suffixes carry it
    /// (`Français` in `label::Français (fr)`).
    pub(crate) fn language_name(&self) -> &'static str {
        self.m.text("form-language-name")
    }

    /// The title of a form: the set's title and the wave.
    pub(crate) fn form_title(&self, set_title: &str, wave: Wave) -> String {
        let wave = self.wave_name(wave);
        say!(self.m, "form-title", set_title, wave)
    }

    /// The wave as it reads inside a sentence.
    pub(crate) fn wave_name(&self, wave: Wave) -> &'static str {
        self.m.keyed("form-wave", wave.as_str())
    }

    /// The heading of the identification questions.
    pub(crate) fn ids_group(&self) -> &'static str {
        self.m.text("form-ids-group")
    }

    /// The note opening the form, for the interviewer.
    pub(crate) fn instructions(&self) -> &'static str {
        self.m.text("form-instructions")
    }

    /// The organisation question.
    pub(crate) fn organisation_label(&self) -> &'static str {
        self.m.text("form-organisation-label")
    }

    /// The hint under the organisation question.
    pub(crate) fn organisation_hint(&self) -> &'static str {
        self.m.text("form-organisation-hint")
    }

    /// Why an organisation code is refused.
    pub(crate) fn organisation_constraint(&self) -> &'static str {
        self.m.text("form-organisation-constraint")
    }

    /// The beneficiary question.
    pub(crate) fn beneficiary_label(&self) -> &'static str {
        self.m.text("form-beneficiary-label")
    }

    /// The hint under the beneficiary question.
    pub(crate) fn beneficiary_hint(&self) -> &'static str {
        self.m.text("form-beneficiary-hint")
    }

    /// The interview-date question.
    pub(crate) fn date_label(&self) -> &'static str {
        self.m.text("form-date-label")
    }

    /// Why an interview date is refused.
    pub(crate) fn date_constraint(&self) -> &'static str {
        self.m.text("form-date-constraint")
    }

    /// The age question (asked only to show the questions for that age).
    pub(crate) fn age_label(&self) -> &'static str {
        self.m.text("form-age-label")
    }

    /// The hint under the age question.
    pub(crate) fn age_hint(&self) -> &'static str {
        self.m.text("form-age-hint")
    }

    /// Why an age is refused.
    pub(crate) fn age_constraint(&self, max: u32) -> String {
        let max = max.to_string();
        say!(self.m, "form-age-constraint", max)
    }

    /// Yes, as an answer.
    pub(crate) fn yes(&self) -> &'static str {
        self.m.text("form-yes")
    }

    /// No, as an answer.
    pub(crate) fn no(&self) -> &'static str {
        self.m.text("form-no")
    }

    /// Who answers a question, as a hint for the interviewer.
    pub(crate) fn respondent_hint(&self, respondent: Respondent) -> &'static str {
        let key = match respondent {
            Respondent::Beneficiary => "beneficiary",
            Respondent::Professional => "professional",
            Respondent::Administrative => "administrative",
        };
        self.m.keyed("form-respondent", key)
    }

    /// Who a question is for, by age (`min`/`max` in years).
    pub(crate) fn ages_hint(&self, min: Option<u32>, max: Option<u32>) -> String {
        let (min, max) = (min.map(|n| n.to_string()), max.map(|n| n.to_string()));
        match (min, max) {
            (Some(min), Some(max)) => say!(self.m, "form-ages-between", min, max),
            (Some(min), None) => say!(self.m, "form-ages-from", min),
            (None, Some(max)) => say!(self.m, "form-ages-up-to", max),
            (None, None) => String::new(),
        }
    }

    /// What a whole number between `min` and `max` must be (constraint
    /// message); `max` absent means no upper bound.
    pub(crate) fn whole_number_range(&self, min: i64, max: Option<i64>) -> String {
        let min = min.to_string();
        match max.map(|n| n.to_string()) {
            Some(max) => say!(self.m, "form-whole-number-between", min, max),
            None => say!(self.m, "form-whole-number-from", min),
        }
    }

    /// What a quantity must be (constraint message and hint).
    pub(crate) fn quantity_range(&self, unit: &str, min: Option<f64>, max: Option<f64>) -> String {
        let (min, max) = (min.map(|x| plain(x, self.lang)), max.map(|x| plain(x, self.lang)));
        match (min, max) {
            (Some(min), Some(max)) => say!(self.m, "form-quantity-between", unit, min, max),
            (Some(min), None) => say!(self.m, "form-quantity-from", unit, min),
            (None, Some(max)) => say!(self.m, "form-quantity-up-to", unit, max),
            (None, None) => say!(self.m, "form-quantity-any", unit),
        }
    }

    /// One labelled point of a scale, in a hint (`1 = Not at all`).
    pub(crate) fn scale_point(&self, point: &str, label: &str) -> String {
        say!(self.m, "form-scale-point", point, label)
    }

    /// What separates the labelled points in a hint.
    pub(crate) fn scale_point_separator(&self) -> &'static str {
        self.m.text("form-scale-point-separator")
    }

    /// The missing-reason question after an indicator's question.
    pub(crate) fn missing_label(&self, indicator_label: &str) -> String {
        let label = indicator_label;
        say!(self.m, "form-missing-label", label)
    }

    /// The hint under the missing-reason question.
    pub(crate) fn missing_hint(&self) -> &'static str {
        self.m.text("form-missing-hint")
    }

    /// A missing reason, as a choice.
    pub(crate) fn missing_reason(&self, reason: MissingReason) -> &'static str {
        self.m.keyed("form-missing-reason", reason.as_str())
    }

    /// The hint of a composite scale's group: its items are asked one by one.
    pub(crate) fn scale_hint(&self, items: usize) -> String {
        let items = items.to_string();
        say!(self.m, "form-scale-hint", items)
    }

    /// The printable questionnaire's kind line.
    pub(crate) fn paper_kind(&self) -> &'static str {
        self.m.text("form-paper-kind")
    }

    /// The facts under the title: the wave, the set version, the form id.
    pub(crate) fn paper_wave(&self) -> &'static str {
        self.m.text("form-paper-wave")
    }

    /// The version fact.
    pub(crate) fn paper_version(&self) -> &'static str {
        self.m.text("form-paper-version")
    }

    /// The form-id fact.
    pub(crate) fn paper_form_id(&self) -> &'static str {
        self.m.text("form-paper-form-id")
    }

    /// The heading of the interviewer's instructions.
    pub(crate) fn paper_instructions_title(&self) -> &'static str {
        self.m.text("form-paper-instructions-title")
    }

    /// The interviewer's instructions, one paragraph each
    /// (`form-paper-instruction-1` to `-4`).
    pub(crate) fn paper_instructions(&self) -> &'static [&'static str] {
        static ALL: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| {
            let paragraphs = |m: &'static Messages| (1..=4).map(|n| m.keyed("form-paper-instruction", &n.to_string()));
            Lang::ALL.into_iter().map(|lang| paragraphs(messages(lang)).collect()).collect()
        });
        &ALL[self.lang.index()]
    }

    /// Above the answer boxes of a single choice.
    pub(crate) fn paper_tick_one(&self) -> &'static str {
        self.m.text("form-paper-tick-one")
    }

    /// Above the box of a number to write.
    pub(crate) fn paper_write_number(&self) -> &'static str {
        self.m.text("form-paper-write-number")
    }

    /// Before the missing-reason boxes.
    pub(crate) fn paper_no_answer(&self) -> &'static str {
        self.m.text("form-paper-no-answer")
    }

    /// The footer of each page.
    pub(crate) fn paper_footer(&self, form_id: &str) -> String {
        say!(self.m, "form-paper-footer", form_id)
    }

    /// The heading of `impact form --list`.
    pub(crate) fn list_title(&self, set_id: &str, version: &str) -> String {
        say!(self.m, "form-list-title", set_id, version)
    }

    /// The column headings of `impact form --list`.
    pub(crate) fn list_columns(&self) -> [&'static str; 4] {
        ["wave", "form-id", "questions", "title"].map(|column| self.m.keyed("form-list-column", column))
    }

    /// An export from a form that lacks some questions of the wave: it is
    /// read all the same; `form_version` is what the export says (empty
    /// when it does not say).
    pub(crate) fn export_lacks(&self, wave: Wave, form_version: &str, set_version: &str, missing: &[String]) -> String {
        let version = if form_version.is_empty() {
            String::new()
        } else {
            say!(self.m, "form-export-version", form_version, set_version)
        };
        let (wave, count, missing) = (self.wave_name(wave), missing.len(), missing.join(", "));
        say!(self.m, "form-export-lacks", wave, version, missing, count)
    }

    /// What to do about it.
    pub(crate) fn export_lacks_advice(&self) -> &'static str {
        self.m.text("form-export-lacks-advice")
    }
}
