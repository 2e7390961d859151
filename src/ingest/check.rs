//! The checks of one record on its own: every field read, every problem
//! said. Checks that need other records (enrolment present, dates within
//! support, duplicates, age) are in `load`.
//!
//! These are the checks that must agree with the published record JSON
//! Schemas: each runs on a single [`RawRecord`].

use super::columns::Field;
use super::dates::{self, parse_date};
use super::problem::{Problem, ProblemKind};
use super::record::RawRecord;
use crate::catalogue::{Measure, Wave};
use crate::data::{BeneficiaryKey, Date, Enrolment, MissingReason, Observation, Pseudonymiser, Sex};
use crate::ids::OrganisationCode;
use crate::indicator::value::parse_integer;
use crate::indicator::{Indicator, ScoreError};
use crate::set::ReferenceSet;
use crate::text::closest;
use std::sync::OnceLock;

/// Oldest age accepted at entry.
const MAX_AGE: i64 = 120;

/// A person as the data name them: organisation and pseudonym.
pub type PersonKey = (OrganisationCode, BeneficiaryKey);

/// The outcome of checking one record.
#[derive(Debug, Clone)]
pub(crate) struct Checked<T> {
    /// The record, when it has no error.
    pub record: Option<T>,
    /// The person, when organisation and beneficiary could be read (even if
    /// other fields are wrong), so that later checks can refer to them.
    pub person: Option<PersonKey>,
    /// Errors and warnings.
    pub problems: Vec<Problem>,
}

struct Ctx<'a> {
    rec: &'a RawRecord,
    problems: Vec<Problem>,
}

impl<'a> Ctx<'a> {
    fn problem(&self, kind: ProblemKind, field: Field, fr: impl Into<String>, en: impl Into<String>) -> Problem {
        let p = Problem::error(kind, &self.rec.file, self.rec.location.clone(), fr, en)
            .with_column(self.rec.column(field).to_string());
        if field == Field::Beneficiary {
            p
        } else {
            p.with_value(self.rec.text(field))
        }
    }

    fn push(&mut self, p: Problem) {
        self.problems.push(p);
    }

    /// A required field's trimmed text, or a problem.
    fn required(&mut self, field: Field) -> Option<&'a str> {
        let t = self.rec.text(field).trim();
        if t.is_empty() {
            let mut p =
                self.problem(ProblemKind::MissingValue, field, "valeur obligatoire absente", "required value missing");
            if self.rec.get(field).is_none() {
                p.column = Some(field.as_str().to_string());
            }
            self.push(p);
            None
        } else {
            Some(t)
        }
    }

    fn organisation(&mut self) -> Option<OrganisationCode> {
        let text = self.required(Field::Organisation)?;
        match OrganisationCode::new(text) {
            Ok(code) => Some(code),
            Err(_) => {
                let p = self
                    .problem(ProblemKind::InvalidValue, Field::Organisation, "code d'organisation invalide", "invalid organisation code")
                    .with_accepted(
                        "1 à 64 lettres, chiffres, « - », « _ » ou « . », commençant par une lettre ou un chiffre (ex. ASSO1)",
                        "1 to 64 letters, digits, '-', '_' or '.', starting with a letter or digit (e.g. ASSO1)",
                    );
                self.push(p);
                None
            }
        }
    }

    fn beneficiary(&mut self, ids: &Pseudonymiser) -> Option<BeneficiaryKey> {
        self.required(Field::Beneficiary).map(|raw| ids.pseudonymise(raw))
    }

    fn date(&mut self, field: Field, required: bool) -> Option<Date> {
        let text = if required {
            self.required(field)?
        } else {
            let t = self.rec.text(field).trim();
            if t.is_empty() {
                return None;
            }
            t
        };
        match parse_date(text) {
            Ok(d) => Some(d),
            Err(why) => {
                let acc = dates::accepted();
                let p = self.problem(ProblemKind::MalformedDate, field, why.fr, why.en).with_accepted(acc.fr, acc.en);
                self.push(p);
                None
            }
        }
    }
}

/// Checks an enrolment record and builds the enrolment, the beneficiary id
/// pseudonymised with `ids`.
pub(crate) fn check_enrolment(rec: &RawRecord, ids: &Pseudonymiser) -> Checked<Enrolment> {
    let mut c = Ctx { rec, problems: Vec::new() };
    let organisation = c.organisation();
    let beneficiary = c.beneficiary(ids);
    let entry = c.date(Field::EntryDate, true);
    let exit = c.date(Field::ExitDate, false);
    let exit_text_given = !rec.text(Field::ExitDate).trim().is_empty();
    if let (Some(entry), Some(exit)) = (entry, exit) {
        if exit < entry {
            let p = c
                .problem(
                    ProblemKind::ExitBeforeEntry,
                    Field::ExitDate,
                    format!("date de sortie antérieure à la date d'entrée ({entry})"),
                    format!("exit date before the entry date ({entry})"),
                )
                .with_accepted(
                    "une date de sortie égale ou postérieure à l'entrée, ou vide si l'accompagnement continue",
                    "an exit date on or after entry, or empty while support goes on",
                );
            c.push(p);
        }
    }
    let age_text = rec.text(Field::AgeAtEntry).trim();
    let age = if age_text.is_empty() {
        None
    } else {
        match parse_integer(age_text).filter(|a| (0..=MAX_AGE).contains(a)) {
            Some(a) => u32::try_from(a).ok(),
            None => {
                let p = c
                    .problem(ProblemKind::InvalidValue, Field::AgeAtEntry, "âge invalide", "invalid age")
                    .with_accepted(
                        format!("un nombre entier d'années de 0 à {MAX_AGE}, ou vide"),
                        format!("a whole number of years from 0 to {MAX_AGE}, or empty"),
                    );
                c.push(p);
                None
            }
        }
    };
    let sex_text = rec.text(Field::Sex).trim();
    let sex = if sex_text.is_empty() {
        None
    } else {
        match Sex::parse(sex_text) {
            Some(s) => Some(s),
            None => {
                let p = c
                    .problem(ProblemKind::InvalidValue, Field::Sex, "sexe non reconnu", "sex not recognised")
                    .with_accepted(
                        "F, M ou X (aussi femme/homme/autre, female/male/other), ou vide",
                        "F, M or X (also female/male/other, femme/homme/autre), or empty",
                    );
                c.push(p);
                None
            }
        }
    };
    let service = Some(rec.text(Field::Service).trim()).filter(|s| !s.is_empty()).map(str::to_string);
    let person = organisation.clone().zip(beneficiary);
    let ok = !c.problems.iter().any(Problem::is_error) && (exit.is_some() || !exit_text_given);
    let record = match (ok, organisation, beneficiary, entry) {
        (true, Some(organisation), Some(beneficiary), Some(entry_date)) => {
            Some(Enrolment { organisation, beneficiary, entry_date, exit_date: exit, age_at_entry: age, sex, service })
        }
        _ => None,
    };
    Checked { record, person, problems: c.problems }
}

/// Checks an observation record against `set` and builds the observation.
pub(crate) fn check_observation(set: &ReferenceSet, rec: &RawRecord, ids: &Pseudonymiser) -> Checked<Observation> {
    let mut c = Ctx { rec, problems: Vec::new() };
    let organisation = c.organisation();
    let beneficiary = c.beneficiary(ids);
    let indicator = c.required(Field::Indicator).and_then(|text| {
        let found = set.registry().get(text).or_else(|| set.registry().get(&text.to_lowercase())).cloned();
        if found.is_none() {
            let mut p = c.problem(
                ProblemKind::UnknownIndicator,
                Field::Indicator,
                format!("indicateur absent du référentiel « {} »", set.id()),
                format!("indicator not in the reference set \"{}\"", set.id()),
            );
            let ids: Vec<&str> = set.registry().ids().map(|i| i.as_str()).collect();
            p = match closest(text, ids.iter().copied()) {
                Some(s) => p.with_accepted(format!("peut-être « {s} » ?"), format!("did you mean \"{s}\"?")),
                None => p.with_accepted(format!("un de : {}", ids.join(", ")), format!("one of: {}", ids.join(", "))),
            };
            c.push(p);
        }
        found
    });
    let wave = c.required(Field::Wave).and_then(|text| {
        let w = Wave::parse(text);
        if w.is_none() {
            let p = c
                .problem(ProblemKind::UnknownWave, Field::Wave, "vague inconnue", "unknown wave")
                .with_accepted(Wave::accepted(), Wave::accepted());
            c.push(p);
        }
        w
    });
    if let (Some(ind), Some(w)) = (&indicator, wave) {
        let allowed = &ind.definition().waves;
        if !allowed.contains(&w) {
            let list = allowed.iter().map(|w| w.as_str()).collect::<Vec<_>>().join(", ");
            let p = c
                .problem(
                    ProblemKind::WaveNotAllowed,
                    Field::Wave,
                    format!("{} n'est pas recueilli à cette vague", ind.id()),
                    format!("{} is not collected at this wave", ind.id()),
                )
                .with_accepted(list.clone(), list);
            c.push(p);
        }
    }
    let date = c.date(Field::Date, true);
    if rec.get(Field::Value).is_none() {
        c.required(Field::Value);
    }
    let value = rec.text(Field::Value);
    if let Some(ind) = &indicator {
        if let Err(e) = ind.score(value) {
            let accepted = accepted_answers(ind.as_ref(), &e);
            let p = c
                .problem(
                    ProblemKind::ValueNotAccepted,
                    Field::Value,
                    format!("réponse non acceptée pour {}", ind.id()),
                    format!("answer not accepted for {}", ind.id()),
                )
                .with_accepted(accepted.0, accepted.1);
            c.push(p);
        }
    }
    let reason_text = rec.text(Field::MissingReason).trim();
    let missing_reason = if reason_text.is_empty() {
        None
    } else {
        match MissingReason::parse(reason_text) {
            Some(r) if !value.trim().is_empty() => {
                let mut p = c.problem(
                    ProblemKind::MissingReasonIgnored,
                    Field::MissingReason,
                    "motif d'absence donné alors qu'une réponse est présente : la réponse est gardée",
                    "missing reason given beside an answer: the answer is kept",
                );
                p.severity = super::Severity::Warning;
                c.push(p);
                Some(r)
            }
            Some(r) => Some(r),
            None => {
                let list = MissingReason::ALL.iter().map(|r| r.as_str()).collect::<Vec<_>>().join(", ");
                let p = c
                    .problem(
                        ProblemKind::InvalidValue,
                        Field::MissingReason,
                        "motif d'absence inconnu",
                        "unknown missing reason",
                    )
                    .with_accepted(
                        format!("{list} (aussi refus, non_applicable, inconnu), ou vide"),
                        format!("{list} (also refus, non_applicable, inconnu), or empty"),
                    );
                c.push(p);
                None
            }
        }
    };
    let person = organisation.clone().zip(beneficiary);
    let ok = !c.problems.iter().any(Problem::is_error);
    let record = match (ok, organisation, beneficiary, indicator, wave, date) {
        (true, Some(organisation), Some(beneficiary), Some(ind), Some(wave), Some(date)) => Some(Observation {
            organisation,
            beneficiary,
            indicator: ind.id().clone(),
            wave,
            date,
            value: value.to_string(),
            missing_reason,
        }),
        _ => None,
    };
    Checked { record, person, problems: c.problems }
}

/// What an indicator accepts, in French and English. For the declarative
/// measures the French is written here; a custom indicator's own English
/// explanation is used in both languages.
fn accepted_answers(ind: &dyn Indicator, e: &ScoreError) -> (String, String) {
    let fr = match &ind.definition().measure {
        Measure::Binary { .. } => "1/0, oui/non, yes/no, true/false ou vrai/faux".to_string(),
        Measure::Ordinal { min, max, .. } => format!("un nombre entier de {min} à {max}"),
        Measure::Categorical { categories } => {
            format!("un des codes {}", categories.iter().map(|c| c.code.as_str()).collect::<Vec<_>>().join(", "))
        }
        Measure::Count { max: Some(m) } => format!("un nombre entier de 0 à {m}"),
        Measure::Count { max: None } => "un nombre entier, 0 ou plus".to_string(),
        Measure::Continuous { unit, min, max } => {
            let range = match (min, max) {
                (Some(a), Some(b)) => format!(" de {a} à {b}"),
                (Some(a), None) => format!(" d'au moins {a}"),
                (None, Some(b)) => format!(" d'au plus {b}"),
                (None, None) => String::new(),
            };
            format!("un nombre{range} (en {unit}) ; la virgule décimale convient")
        }
    };
    // A custom indicator may accept other things than its measure suggests:
    // the French above is used only when the declarative scoring of the same
    // definition explains the refusal in the same words.
    let same = crate::indicator::DeclarativeIndicator::new(ind.definition().clone())
        .score(&e.value)
        .err()
        .is_some_and(|d| d.expected == e.expected);
    if same {
        (fr + " ; vide si la réponse manque", e.expected.clone() + "; empty when the answer is missing")
    } else {
        (e.expected.clone(), e.expected.clone())
    }
}

/// A pseudonymiser for checks that only look at problems.
fn throwaway() -> &'static Pseudonymiser {
    static IDS: OnceLock<Pseudonymiser> = OnceLock::new();
    IDS.get_or_init(Pseudonymiser::ephemeral)
}

/// Checks one enrolment record on its own and returns every problem (an
/// empty list when it would be accepted). Checks needing other records
/// (duplicates) are not made here.
///
/// ```
/// use social_impact::ingest::{validate_enrolment_record, Field, Location, RawRecord};
/// let mut r = RawRecord::new("enrolments.csv", Location::Line(2));
/// r.set(Field::Organisation, "ASSO1").set(Field::Beneficiary, "P-001").set(Field::EntryDate, "15/01/2024");
/// assert!(validate_enrolment_record(&r).is_empty());
/// r.set(Field::ExitDate, "2023-12-31");
/// assert_eq!(validate_enrolment_record(&r)[0].kind.as_str(), "exit_before_entry");
/// ```
pub fn validate_enrolment_record(record: &RawRecord) -> Vec<Problem> {
    check_enrolment(record, throwaway()).problems
}

/// Checks one observation record against `set` on its own and returns every
/// problem. Checks needing the enrolments (person enrolled, date within
/// support, age) and the other observations (duplicates) are not made here.
///
/// ```
/// use social_impact::catalogue::Catalogue;
/// use social_impact::ingest::{validate_observation_record, RawRecord};
/// let set = Catalogue::bundled()?.reference_set("exclusion-2023")?;
/// let record = RawRecord::from_json(&serde_json::json!({
///     "organisation": "ASSO1", "beneficiary": "P-001", "indicator": "excl.housing.situation",
///     "wave": "entry", "date": "2024-01-15", "value": "castle"
/// }))?;
/// let problems = validate_observation_record(&set, &record);
/// assert_eq!(problems[0].kind.as_str(), "value_not_accepted");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn validate_observation_record(set: &ReferenceSet, record: &RawRecord) -> Vec<Problem> {
    check_observation(set, record, throwaway()).problems
}
