use super::En;
use crate::catalogue::{Respondent, Wave};
use crate::data::MissingReason;
use crate::locale::form::FormWords;

impl FormWords for En {
    fn language_name(&self) -> &'static str {
        "English"
    }
    fn form_title(&self, set_title: &str, wave: Wave) -> String {
        format!("{set_title} — {}", self.wave_name(wave))
    }
    fn wave_name(&self, wave: Wave) -> &'static str {
        match wave {
            Wave::Entry => "entry",
            Wave::FollowUp => "follow-up",
            Wave::Exit => "exit",
            Wave::PostExit => "after exit",
        }
    }
    fn ids_group(&self) -> &'static str {
        "Identification"
    }
    fn instructions(&self) -> &'static str {
        "Ask each question as it is written. If the person does not answer, leave the answer empty and choose \
         the reason just below: never guess an answer."
    }
    fn organisation_label(&self) -> &'static str {
        "Organisation code"
    }
    fn organisation_hint(&self) -> &'static str {
        "Your organisation's code in the network, for example ASSO-A."
    }
    fn organisation_constraint(&self) -> &'static str {
        "Unaccented letters, digits, \"-\", \"_\" or \".\", at most 64 characters, starting with a letter or a digit."
    }
    fn beneficiary_label(&self) -> &'static str {
        "Id of the person supported"
    }
    fn beneficiary_hint(&self) -> &'static str {
        "The id your organisation uses (never the name). It is pseudonymised on import."
    }
    fn date_label(&self) -> &'static str {
        "Date of the interview"
    }
    fn date_constraint(&self) -> &'static str {
        "The interview date cannot be in the future."
    }
    fn age_label(&self) -> &'static str {
        "Age of the person (in completed years)"
    }
    fn age_hint(&self) -> &'static str {
        "Only used to show the questions for that age."
    }
    fn age_constraint(&self, max: u32) -> String {
        format!("A whole number from 0 to {max}.")
    }
    fn yes(&self) -> &'static str {
        "Yes"
    }
    fn no(&self) -> &'static str {
        "No"
    }
    fn respondent_hint(&self, respondent: Respondent) -> &'static str {
        match respondent {
            Respondent::Beneficiary => "Ask the person.",
            Respondent::Professional => "Assessment by the professional who supports the person.",
            Respondent::Administrative => "From the person's file.",
        }
    }
    fn ages_hint(&self, min: Option<u32>, max: Option<u32>) -> String {
        match (min, max) {
            (Some(lo), Some(hi)) => format!("For people aged {lo} to {hi}."),
            (Some(lo), None) => format!("For people aged {lo} and over."),
            (None, Some(hi)) => format!("For people aged {hi} or under."),
            (None, None) => String::new(),
        }
    }
    fn whole_number_range(&self, min: i64, max: Option<i64>) -> String {
        match max {
            Some(hi) => format!("A whole number from {min} to {hi}."),
            None => format!("A whole number, {min} or more."),
        }
    }
    fn quantity_range(&self, unit: &str, min: Option<f64>, max: Option<f64>) -> String {
        match (min, max) {
            (Some(lo), Some(hi)) => format!("A number from {lo} to {hi} (in {unit})."),
            (Some(lo), None) => format!("A number, {lo} or more (in {unit})."),
            (None, Some(hi)) => format!("A number, {hi} at most (in {unit})."),
            (None, None) => format!("A number (in {unit})."),
        }
    }
    fn scale_point(&self, point: &str, label: &str) -> String {
        format!("{point} = {label}")
    }
    fn scale_point_separator(&self) -> &'static str {
        "; "
    }
    fn missing_label(&self, indicator_label: &str) -> String {
        format!("No answer to \"{indicator_label}\": why?")
    }
    fn missing_hint(&self) -> &'static str {
        "Only when the question was left unanswered."
    }
    fn missing_reason(&self, reason: MissingReason) -> &'static str {
        match reason {
            MissingReason::Refused => "The person did not want to answer",
            MissingReason::NotApplicable => "The question does not apply to their situation",
            MissingReason::Unknown => "Answer unknown (does not know, information missing)",
        }
    }
    fn scale_hint(&self, items: usize) -> String {
        format!("A scale of {items} questions, asked one by one. The score is computed on import.")
    }

    fn paper_kind(&self) -> &'static str {
        "Interview questionnaire"
    }
    fn paper_wave(&self) -> &'static str {
        "Collection wave"
    }
    fn paper_version(&self) -> &'static str {
        "Reference set version"
    }
    fn paper_form_id(&self) -> &'static str {
        "Form"
    }
    fn paper_instructions_title(&self) -> &'static str {
        "Instructions for the interviewer"
    }
    fn paper_instructions(&self) -> &'static [&'static str] {
        &[
            "Fill in the identification before the interview. Never write the person's name: only the id your \
             organisation uses.",
            "Read each question as it is written. Tick one box only, or write a number in the frame.",
            "If the person does not answer, do not guess: leave the answer empty and tick the reason (refused, \
             does not apply, unknown).",
            "A question for certain ages is not asked outside those ages: tick \"does not apply\".",
        ]
    }
    fn paper_tick_one(&self) -> &'static str {
        "Tick one box"
    }
    fn paper_write_number(&self) -> &'static str {
        "Write the number"
    }
    fn paper_no_answer(&self) -> &'static str {
        "No answer:"
    }
    fn paper_footer(&self, form_id: &str) -> String {
        format!("Form {form_id}. Answers are entered in the online form with the same id.")
    }

    fn list_title(&self, set_id: &str, version: &str) -> String {
        format!("Forms of reference set {set_id} (version {version})")
    }
    fn list_columns(&self) -> [&'static str; 4] {
        ["wave", "form id", "questions", "title"]
    }

    fn export_lacks(&self, wave: Wave, form_version: &str, set_version: &str, missing: &[String]) -> String {
        let version = if form_version.is_empty() {
            String::new()
        } else {
            format!(" (form version {form_version}, reference set {set_version})")
        };
        let questions = if missing.len() == 1 { "question" } else { "questions" };
        format!(
            "export of a form ({}){version} read all the same, but it does not ask the {questions} {}: \
             those answers are not collected",
            self.wave_name(wave),
            missing.join(", ")
        )
    }
    fn export_lacks_advice(&self) -> &'static str {
        "publish the current version of the form (impact form) for the next interviews"
    }
}
