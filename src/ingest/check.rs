//! The checks of one record on its own: every field read, every problem
//! said. Checks that need other records (enrolment present, dates within
//! support, duplicates, age) are in `load`.
//!
//! These are the checks that must agree with the published record JSON
//! Schemas: each runs on a single [`RawRecord`].

use super::columns::Field;
use super::dates::parse_date;
use super::problem::{Problem, ProblemKind};
use super::record::RawRecord;
use crate::catalogue::Wave;
use crate::data::{BeneficiaryKey, Date, Enrolment, MissingReason, Observation, Pseudonymiser, Sex};
use crate::ids::{IndicatorId, OrganisationCode};
use crate::indicator::value::parse_integer;
use crate::indicator::Score;
use crate::set::ReferenceSet;
use crate::text::closest;
use std::sync::OnceLock;

/// Oldest age accepted at entry.
const MAX_AGE: u32 = crate::data::MAX_AGE_AT_ENTRY;

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

/// The pseudonyms of one reader, and its last organisation. Rows of one
/// person usually come together, so the last raw id and its pseudonym are
/// kept: a repeated id costs a comparison instead of an HMAC. Only that one
/// raw id is held, and only until the next different one replaces it.
#[derive(Clone)]
pub(crate) struct Pseudonyms {
    ids: Pseudonymiser,
    last: Option<(String, BeneficiaryKey)>,
    organisation: Option<OrganisationCode>,
}

impl Pseudonyms {
    pub(crate) fn new(ids: Pseudonymiser) -> Pseudonyms {
        Pseudonyms { ids, last: None, organisation: None }
    }

    /// The organisation code written `text`, checked once while it repeats.
    fn organisation(&mut self, text: &str) -> Option<OrganisationCode> {
        if let Some(code) = self.organisation.as_ref().filter(|c| c.as_str() == text) {
            return Some(code.clone());
        }
        let code = OrganisationCode::new(text).ok()?;
        self.organisation = Some(code.clone());
        Some(code)
    }

    /// The pseudonym of `raw` (trimmed by the caller or not: the
    /// pseudonymiser trims), the same as [`Pseudonymiser::pseudonymise`].
    pub(crate) fn key(&mut self, raw: &str) -> BeneficiaryKey {
        if let Some((held, key)) = &self.last {
            if held == raw {
                return *key;
            }
        }
        let key = self.ids.pseudonymise(raw);
        match &mut self.last {
            Some((held, k)) => {
                held.clear();
                held.push_str(raw);
                *k = key;
            }
            None => self.last = Some((raw.to_string(), key)),
        }
        key
    }
}

impl std::fmt::Debug for Pseudonyms {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the raw id held.
        f.write_str("Pseudonyms(<secret key>)")
    }
}

struct Ctx<'a> {
    rec: &'a RawRecord,
    problems: Vec<Problem>,
}

impl<'a> Ctx<'a> {
    /// A problem in `field`'s cell: its column, and its value unless the
    /// field is the beneficiary's.
    fn problem(&self, kind: ProblemKind, field: Field) -> Problem {
        Problem::new(kind, &self.rec.file, self.rec.location.clone()).with_cell(
            field,
            self.rec.column(field),
            self.rec.text(field),
        )
    }

    fn push(&mut self, p: Problem) {
        self.problems.push(p);
    }

    /// An optional field that cannot be read: a warning, the field read
    /// as missing.
    fn ignored(&mut self, why: ProblemKind, field: Field) {
        let p = self.problem(ProblemKind::OptionalValueIgnored { field, why: Box::new(why) }, field);
        self.push(p);
    }

    /// A required field's trimmed text, or a problem.
    fn required(&mut self, field: Field) -> Option<&'a str> {
        let t = self.rec.text(field).trim();
        if t.is_empty() {
            let p = self.problem(ProblemKind::MissingValue, field);
            self.push(p);
            None
        } else {
            Some(t)
        }
    }

    fn organisation(&mut self, ids: &mut Pseudonyms) -> Option<OrganisationCode> {
        let text = self.required(Field::Organisation)?;
        match ids.organisation(text) {
            Some(code) => Some(code),
            None => {
                let p = self.problem(ProblemKind::InvalidOrganisation, Field::Organisation);
                self.push(p);
                None
            }
        }
    }

    fn beneficiary(&mut self, ids: &mut Pseudonyms) -> Option<BeneficiaryKey> {
        self.required(Field::Beneficiary).map(|raw| ids.key(raw))
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
            Err(why) if required => {
                let p = self.problem(ProblemKind::MalformedDate(why), field);
                self.push(p);
                None
            }
            Err(why) => {
                self.ignored(ProblemKind::MalformedDate(why), field);
                None
            }
        }
    }
}

/// Checks an enrolment record and builds the enrolment, the beneficiary id
/// pseudonymised with `ids`.
pub(crate) fn check_enrolment(rec: &RawRecord, ids: &mut Pseudonyms) -> Checked<Enrolment> {
    let mut c = Ctx { rec, problems: Vec::new() };
    let organisation = c.organisation(ids);
    let beneficiary = c.beneficiary(ids);
    let entry = c.date(Field::EntryDate, true);
    // Age, sex and exit date are optional: one that cannot be read is
    // missing, with a warning, and the person is kept.
    let exit = c.date(Field::ExitDate, false);
    if let (Some(entry), Some(exit)) = (entry, exit) {
        if exit < entry {
            let p = c.problem(ProblemKind::ExitBeforeEntry { entry }, Field::ExitDate);
            c.push(p);
        }
    }
    let age_text = rec.text(Field::AgeAtEntry).trim();
    let age = if age_text.is_empty() {
        None
    } else {
        match parse_integer(age_text).and_then(|a| u32::try_from(a).ok()).filter(|a| *a <= MAX_AGE) {
            Some(a) => Some(a),
            None => {
                c.ignored(ProblemKind::InvalidAge { max: MAX_AGE }, Field::AgeAtEntry);
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
                c.ignored(ProblemKind::InvalidSex, Field::Sex);
                None
            }
        }
    };
    let service = crate::data::service_text(rec.text(Field::Service));
    let person = organisation.clone().zip(beneficiary);
    let ok = !c.problems.iter().any(Problem::is_error);
    let record = match (ok, organisation, beneficiary, entry) {
        (true, Some(organisation), Some(beneficiary), Some(entry_date)) => {
            Some(Enrolment { organisation, beneficiary, entry_date, exit_date: exit, age_at_entry: age, sex, service })
        }
        _ => None,
    };
    Checked { record, person, problems: c.problems }
}

/// Checks an observation record against `set` and builds the observation,
/// with its score (`None` for a missing answer) so that it is scored once.
pub(crate) fn check_observation(
    set: &ReferenceSet,
    rec: &RawRecord,
    ids: &mut Pseudonyms,
) -> (Checked<Observation>, Option<Score>) {
    let mut c = Ctx { rec, problems: Vec::new() };
    let organisation = c.organisation(ids);
    let beneficiary = c.beneficiary(ids);
    let indicator = c.required(Field::Indicator).and_then(|text| {
        let found = set.registry().get(text).or_else(|| set.registry().get(&text.to_lowercase())).cloned();
        if found.is_none() {
            let ids: Vec<&IndicatorId> = set.registry().ids().collect();
            let suggestion = closest(text, ids.iter().map(|i| i.as_str())).and_then(|s| IndicatorId::new(s).ok());
            let known = if suggestion.is_none() { ids.into_iter().cloned().collect() } else { Vec::new() };
            let kind = ProblemKind::UnknownIndicator { set: set.id().to_string(), suggestion, known };
            let p = c.problem(kind, Field::Indicator);
            c.push(p);
        }
        found
    });
    let wave = c.required(Field::Wave).and_then(|text| {
        let w = Wave::from_data(text);
        if w.is_none() {
            let p = c.problem(ProblemKind::UnknownWave, Field::Wave);
            c.push(p);
        }
        w
    });
    if let (Some(ind), Some(w)) = (&indicator, wave) {
        let allowed = &ind.definition().waves;
        if !allowed.contains(&w) {
            let kind = ProblemKind::WaveNotAllowed { indicator: ind.id().clone(), allowed: allowed.clone() };
            let p = c.problem(kind, Field::Wave);
            c.push(p);
        }
    }
    let date = c.date(Field::Date, true);
    if rec.get(Field::Value).is_none() {
        c.required(Field::Value);
    }
    let value = rec.text(Field::Value);
    let mut score = None;
    if let Some(ind) = &indicator {
        match ind.score(value) {
            Ok(s) => score = s,
            Err(e) => {
                let kind = ProblemKind::ValueNotAccepted { indicator: e.indicator, expected: e.expected };
                let p = c.problem(kind, Field::Value);
                c.push(p);
            }
        }
    }
    let reason_text = rec.text(Field::MissingReason).trim();
    let missing_reason = if reason_text.is_empty() {
        None
    } else {
        match MissingReason::parse(reason_text) {
            Some(r) if !value.trim().is_empty() => {
                let p = c.problem(ProblemKind::MissingReasonIgnored, Field::MissingReason);
                c.push(p);
                Some(r)
            }
            Some(r) => Some(r),
            None => {
                let p = c.problem(ProblemKind::UnknownMissingReason, Field::MissingReason);
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
    (Checked { record, person, problems: c.problems }, score)
}

/// A pseudonymiser for checks that only look at problems.
fn throwaway() -> Pseudonyms {
    static IDS: OnceLock<Pseudonymiser> = OnceLock::new();
    Pseudonyms::new(IDS.get_or_init(Pseudonymiser::ephemeral).clone())
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
/// assert_eq!(validate_enrolment_record(&r)[0].code().as_str(), "exit_before_entry");
/// ```
pub fn validate_enrolment_record(record: &RawRecord) -> Vec<Problem> {
    check_enrolment(record, &mut throwaway()).problems
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
/// assert_eq!(problems[0].code().as_str(), "value_not_accepted");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn validate_observation_record(set: &ReferenceSet, record: &RawRecord) -> Vec<Problem> {
    check_observation(set, record, &mut throwaway()).0.problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_repeated_id_keeps_its_pseudonym_and_a_new_one_gets_its_own() {
        let ids = Pseudonymiser::ephemeral();
        let mut repeats = Pseudonyms::new(ids.clone());
        for raw in ["P-001", "P-001", "P-002", "P-001", "Zoe\u{301}", "Zo\u{e9}", "P-002"] {
            assert_eq!(repeats.key(raw), ids.pseudonymise(raw), "{raw}");
        }
        assert_ne!(repeats.key("P-001"), repeats.key("P-002"));
        // The raw id held is never shown.
        assert!(!format!("{repeats:?}").contains("P-002"));
    }

    #[test]
    fn a_repeated_organisation_is_checked_like_a_new_one() {
        let mut repeats = Pseudonyms::new(Pseudonymiser::ephemeral());
        for text in ["ASSO-A", "ASSO-A", "ASSO-B", "*", "ASSO-B"] {
            assert_eq!(repeats.organisation(text), OrganisationCode::new(text).ok(), "{text}");
        }
    }
}
