//! Folding records into the state the analysis needs.
//!
//! Memory grows with the answers held (one per person, indicator and wave
//! answered, 16 bytes each), never with the number of rows nor with the
//! indicators a person was never asked: each observation updates the
//! latest answer of its wave and is then dropped. The only per-row memory kept is the dates of positive answers to
//! the indicators a time-to-event analysis uses.

use super::{BeneficiaryKey, Date, Enrolment, MissingReason, Observation};
use crate::catalogue::{Aggregation, Measure, Wave};
use crate::ids::{IndicatorId, OrganisationCode};
use crate::indicator::{Indicator, Score, ScoreError};
use crate::set::{ReferenceSet, ScaleItem};
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

/// The answer that counts for one indicator at one wave.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScoredAnswer {
    /// When it was collected.
    pub date: Date,
    /// Its score; `None` when the answer is missing.
    pub score: Option<Score>,
    /// Why it is missing, when said.
    pub missing_reason: Option<MissingReason>,
}

/// No score: the answer is missing.
const NO_SCORE: u32 = u32::MAX;

/// Set in [`Slot::key`] when the answers on the latest date disagree.
const CONFLICT: u32 = 1 << 4;

/// One answer held, 16 bytes: its date, its score (an index into the
/// scores seen), the tag the reader gave the row it came from, and a key
/// packing the indicator's position (bits 5 and up), whether answers on
/// its date disagree (bit 4), the missing reason (bits 2-3, 0 for none)
/// and the wave (bits 0-1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Slot {
    date: Date,
    score: u32,
    tag: u32,
    key: u32,
}

fn wave_index(wave: Wave) -> u32 {
    match wave {
        Wave::Entry => 0,
        Wave::FollowUp => 1,
        Wave::Exit => 2,
        Wave::PostExit => 3,
    }
}

/// Reasons coded in their order, `None` first, so that codes compare as
/// the reasons do.
fn reason_code(reason: Option<MissingReason>) -> u32 {
    match reason {
        None => 0,
        Some(MissingReason::Refused) => 1,
        Some(MissingReason::NotApplicable) => 2,
        Some(MissingReason::Unknown) => 3,
    }
}

/// The place of an answer (indicator position, then wave): what a
/// person's answers are sorted by.
fn place_of(k: usize, wave: Wave) -> u32 {
    // Positions are below the set's size, far below 2^27.
    (k as u32) << 2 | wave_index(wave)
}

impl Slot {
    fn place(self) -> u32 {
        (self.key >> 5) << 2 | (self.key & 3)
    }

    fn indicator(self) -> usize {
        (self.key >> 5) as usize
    }

    fn conflicting(self) -> bool {
        self.key & CONFLICT != 0
    }

    fn reason_code(self) -> u32 {
        (self.key >> 2) & 3
    }

    fn reason(self) -> Option<MissingReason> {
        match self.reason_code() {
            1 => Some(MissingReason::Refused),
            2 => Some(MissingReason::NotApplicable),
            3 => Some(MissingReason::Unknown),
            _ => None,
        }
    }

    fn set(&mut self, date: Date, score: u32, reason: u32, tag: u32, conflict: bool) {
        let place = self.key & !(CONFLICT | 0b1100);
        *self = Slot { date, score, tag, key: place | reason << 2 | if conflict { CONFLICT } else { 0 } };
    }
}

/// The scores seen, each kept once: answers hold an index.
#[derive(Debug, Clone, Default)]
struct Scores {
    list: Vec<Score>,
    index: foldhash::HashMap<(u64, u8), u32>,
}

impl Scores {
    fn intern(&mut self, score: Option<Score>) -> u32 {
        let Some(s) = score else { return NO_SCORE };
        let positive = match s.positive {
            None => 0,
            Some(false) => 1,
            Some(true) => 2,
        };
        let next = u32::try_from(self.list.len()).unwrap_or(NO_SCORE - 1).min(NO_SCORE - 1);
        let list = &mut self.list;
        *self.index.entry((s.value.to_bits(), positive)).or_insert_with(|| {
            list.push(s);
            next
        })
    }

    fn get(&self, index: u32) -> Option<Score> {
        self.list.get(index as usize).copied()
    }
}

/// The latest answer at each wave answered, for one person and one
/// indicator: a view into the answers a [`Dataset`] holds (a wave nobody
/// answered takes no memory).
#[derive(Debug, Clone, Copy)]
pub struct WaveAnswers<'a> {
    /// This indicator's answers, in wave order.
    slots: &'a [Slot],
    scores: &'a Scores,
}

impl WaveAnswers<'_> {
    /// The answer that counts at `wave`.
    pub fn get(&self, wave: Wave) -> Option<ScoredAnswer> {
        let w = wave_index(wave);
        self.slots.iter().find(|s| s.key & 3 == w).map(|s| ScoredAnswer {
            date: s.date,
            score: self.scores.get(s.score),
            missing_reason: s.reason(),
        })
    }

    /// The score that counts at `wave`, when the answer is not missing.
    pub fn score(&self, wave: Wave) -> Option<Score> {
        self.get(wave).and_then(|a| a.score)
    }

    /// Whether no wave was answered.
    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }
}

/// The answers among `slots` (one person's, sorted by place) to the
/// indicator at position `k`.
fn wave_answers<'a>(slots: &'a [Slot], scores: &'a Scores, k: usize) -> WaveAnswers<'a> {
    let from = slots.partition_point(|s| s.indicator() < k);
    let to = from + slots[from..].partition_point(|s| s.indicator() == k);
    WaveAnswers { slots: &slots[from..to], scores }
}

/// What offering an answer to a wave did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Offered {
    /// The first answer at this wave.
    First,
    /// Another answer was held on another date; the latest by date counts.
    Duplicate,
    /// Another answer was held on the same date (the one tagged `first`
    /// was the first on that date); `conflict` when they say different
    /// things, which makes the answer missing, whatever the order of the
    /// rows (BRIEF section 5).
    SameDate {
        /// The tag of the first answer given on that date.
        first: u32,
        /// Whether the answers on that date disagree.
        conflict: bool,
    },
}

/// Keeps the answer if it is more recent than the one held in `slot`. On
/// the same date, an answer that says the same thing (score and
/// positivity; a missing answer is an answer of its own) changes nothing,
/// and one that says something else makes the answer missing until a
/// later one comes: the result never depends on which record came first.
fn offer(slot: &mut Slot, scores: &Scores, date: Date, score: u32, reason: u32, tag: u32) -> Offered {
    if date > slot.date {
        slot.set(date, score, reason, tag, false);
        return Offered::Duplicate;
    }
    if date < slot.date {
        return Offered::Duplicate;
    }
    let first = slot.tag;
    if slot.conflicting() {
        return Offered::SameDate { first, conflict: true };
    }
    if scores.get(slot.score) == scores.get(score) {
        // The same answer: keep the smaller reason, so that order does not matter.
        if slot.score == NO_SCORE && reason < slot.reason_code() {
            slot.set(date, slot.score, reason, first, false);
        }
        return Offered::SameDate { first, conflict: false };
    }
    slot.set(date, NO_SCORE, 0, first, true);
    Offered::SameDate { first, conflict: true }
}

/// What folding one observation did, for the reader: the warning, and the
/// tag of the first row folded on the same date, when there was one.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Folded {
    /// What the fold noticed.
    pub warning: Option<FoldWarning>,
    /// The tag of the first answer held on this answer's date.
    pub same_date_as: Option<u32>,
}

/// Something the fold noticed that does not stop the analysis.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum FoldWarning {
    /// Several observations of one indicator for one person at a wave where
    /// only one is expected; the latest by date counts.
    DuplicateObservation {
        /// The indicator.
        indicator: IndicatorId,
        /// The wave.
        wave: Wave,
    },
    /// Several observations of one indicator for one person share the latest
    /// date of a wave and say different things: the answer is missing.
    ConflictingDuplicates {
        /// The indicator.
        indicator: IndicatorId,
        /// The wave.
        wave: Wave,
    },
    /// Two enrolments for one person in one organisation; the later record counts.
    DuplicateEnrolment {
        /// The organisation.
        organisation: OrganisationCode,
    },
}

#[derive(Debug, Clone)]
struct Person {
    organisation: OrganisationCode,
    /// Observations folded for this person.
    observations: u64,
    enrolment: Option<Enrolment>,
    /// The answers held, sorted by place (indicator, then wave).
    answers: Vec<Slot>,
}

/// Builds a [`Dataset`] one record at a time.
///
/// ```
/// use social_impact::catalogue::{Catalogue, Wave};
/// use social_impact::data::{DatasetBuilder, Enrolment, Observation, Pseudonymiser};
/// use social_impact::{IndicatorId, OrganisationCode};
/// use jiff::civil::date;
///
/// let set = Catalogue::bundled()?.reference_set("exclusion-2023")?;
/// let ids = Pseudonymiser::ephemeral();
/// let org = OrganisationCode::new("ASSO1")?;
/// let mut builder = DatasetBuilder::new(&set);
/// builder.add_enrolment(Enrolment {
///     organisation: org.clone(),
///     beneficiary: ids.pseudonymise("P-001"),
///     entry_date: date(2024, 1, 15),
///     exit_date: Some(date(2024, 9, 30)),
///     age_at_entry: Some(34),
///     sex: None,
///     service: None,
/// });
/// builder.add_observation(Observation {
///     organisation: org,
///     beneficiary: ids.pseudonymise("P-001"),
///     indicator: IndicatorId::new("excl.housing.situation")?,
///     wave: Wave::Entry,
///     date: date(2024, 1, 15),
///     value: "street".into(),
///     missing_reason: None,
/// })?;
/// let data = builder.build();
/// assert_eq!(data.beneficiary_count(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug)]
pub struct DatasetBuilder {
    indicators: Vec<Arc<dyn Indicator>>,
    position: foldhash::HashMap<IndicatorId, usize>,
    timed: Vec<bool>,
    /// Composite scales: their position and resolved items.
    scales: Vec<(usize, Vec<ScaleItem>)>,
    people: Vec<Person>,
    scores: Scores,
    index: foldhash::HashMap<(OrganisationCode, BeneficiaryKey), usize>,
    /// The person of the last record, found again without a look-up while
    /// their rows follow one another.
    last: Option<(BeneficiaryKey, usize)>,
    positive_dates: HashMap<(usize, usize), Vec<Date>>,
    max_date: Option<Date>,
    observations: u64,
    warnings: Vec<FoldWarning>,
    /// The person each warning is about (same order as `warnings`).
    warning_people: Vec<usize>,
}

impl DatasetBuilder {
    /// A builder for data scored by `set`'s indicators.
    pub fn new(set: &ReferenceSet) -> DatasetBuilder {
        let indicators: Vec<Arc<dyn Indicator>> = set.registry().iter().cloned().collect();
        let position = indicators.iter().enumerate().map(|(i, ind)| (ind.id().clone(), i)).collect();
        let timed = indicators.iter().map(|ind| set.time_to_event().iter().any(|t| &t.indicator == ind.id())).collect();
        let scales = indicators
            .iter()
            .enumerate()
            .filter(|(_, ind)| ind.definition().composite.is_some())
            .map(|(k, _)| (k, set.scale_items(k)))
            .collect();
        DatasetBuilder {
            indicators,
            position,
            timed,
            scales,
            people: Vec::new(),
            scores: Scores::default(),
            index: foldhash::HashMap::default(),
            last: None,
            positive_dates: HashMap::new(),
            max_date: None,
            observations: 0,
            warnings: Vec::new(),
            warning_people: Vec::new(),
        }
    }

    /// Gives back the room kept for more people: the loader calls it once
    /// every enrolment is read, before the observations (people come with
    /// their enrolment).
    pub(crate) fn shrink_to_fit(&mut self) {
        self.people.shrink_to_fit();
    }

    /// The number of the person, when seen (people are numbered in the
    /// order first seen).
    pub(crate) fn find(&self, organisation: &OrganisationCode, key: BeneficiaryKey) -> Option<usize> {
        self.index.get(&(organisation.clone(), key)).copied()
    }

    /// The enrolment of the person numbered `i`, when one was given.
    pub(crate) fn enrolment_of(&self, i: usize) -> Option<&Enrolment> {
        self.people.get(i).and_then(|p| p.enrolment.as_ref())
    }

    fn person(&mut self, organisation: &OrganisationCode, key: BeneficiaryKey) -> usize {
        if let Some((k, i)) = self.last {
            if k == key && self.people[i].organisation == *organisation {
                return i;
            }
        }
        // The last person's answers are complete unless their rows come
        // back later: no room is kept for more.
        if let Some((_, i)) = self.last {
            self.people[i].answers.shrink_to_fit();
        }
        if let Some(&i) = self.index.get(&(organisation.clone(), key)) {
            self.last = Some((key, i));
            return i;
        }
        let i = self.people.len();
        self.people.push(Person {
            organisation: organisation.clone(),
            observations: 0,
            enrolment: None,
            answers: Vec::new(),
        });
        self.index.insert((organisation.clone(), key), i);
        self.last = Some((key, i));
        i
    }

    fn see_date(&mut self, date: Date) {
        self.max_date = Some(self.max_date.map_or(date, |m| m.max(date)));
    }

    /// Adds an enrolment. A second one for the same person in the same
    /// organisation replaces the first, with a warning.
    pub fn add_enrolment(&mut self, enrolment: Enrolment) -> Option<FoldWarning> {
        self.see_date(enrolment.entry_date);
        if let Some(exit) = enrolment.exit_date {
            self.see_date(exit);
        }
        let i = self.person(&enrolment.organisation, enrolment.beneficiary);
        let warning = self.people[i]
            .enrolment
            .is_some()
            .then(|| FoldWarning::DuplicateEnrolment { organisation: enrolment.organisation.clone() });
        self.people[i].enrolment = Some(enrolment);
        if let Some(w) = &warning {
            self.warnings.push(w.clone());
            self.warning_people.push(i);
        }
        warning
    }

    /// Scores and adds an observation. An indicator not in the set, or an
    /// answer the indicator does not accept, is an error and changes nothing.
    /// Returns a warning when it duplicates an answer at entry, exit or
    /// post-exit (the latest by date counts).
    pub fn add_observation(&mut self, obs: Observation) -> Result<Option<FoldWarning>, ScoreError> {
        let Some(&k) = self.position.get(&obs.indicator) else {
            return Err(ScoreError {
                indicator: obs.indicator.clone(),
                value: obs.value.clone(),
                expected: crate::indicator::Expected::IndicatorOfTheSet,
            });
        };
        let score = self.indicators[k].score(&obs.value)?;
        Ok(self.fold_scored(obs, k, score, 0).warning)
    }

    /// [`DatasetBuilder::add_observation`] for an observation already scored
    /// by its indicator (the reader scores each answer once, in its check),
    /// tagged with `tag` (the reader's name for its row): says which tag
    /// the first answer on the same date had, if any.
    pub(crate) fn add_scored_observation(
        &mut self,
        obs: Observation,
        score: Option<Score>,
        tag: u32,
    ) -> Result<Folded, ScoreError> {
        let Some(&k) = self.position.get(&obs.indicator) else {
            return Err(ScoreError {
                indicator: obs.indicator.clone(),
                value: obs.value.clone(),
                expected: crate::indicator::Expected::IndicatorOfTheSet,
            });
        };
        Ok(self.fold_scored(obs, k, score, tag))
    }

    fn fold_scored(&mut self, obs: Observation, k: usize, score: Option<Score>, tag: u32) -> Folded {
        self.observations += 1;
        self.see_date(obs.date);
        let i = self.person(&obs.organisation, obs.beneficiary);
        self.people[i].observations += 1;
        if self.timed[k] && score.is_some_and(|s| s.positive == Some(true)) {
            self.positive_dates.entry((i, k)).or_default().push(obs.date);
        }
        let reason = if score.is_none() { obs.missing_reason } else { None };
        let offered = self.offer(i, k, obs.wave, obs.date, score, reason, tag);
        let (warning, same_date_as) = match offered {
            Offered::First => (None, None),
            Offered::SameDate { first, conflict: true } => (
                Some(FoldWarning::ConflictingDuplicates { indicator: obs.indicator.clone(), wave: obs.wave }),
                Some(first),
            ),
            Offered::SameDate { first, conflict: false } => (self.duplicate(&obs), Some(first)),
            Offered::Duplicate => (self.duplicate(&obs), None),
        };
        if let Some(w) = &warning {
            self.warnings.push(w.clone());
            self.warning_people.push(i);
        }
        Folded { warning, same_date_as }
    }

    /// The warning of a second answer that does not conflict: only where
    /// one answer is expected (not at follow-up).
    fn duplicate(&self, obs: &Observation) -> Option<FoldWarning> {
        (obs.wave != Wave::FollowUp)
            .then(|| FoldWarning::DuplicateObservation { indicator: obs.indicator.clone(), wave: obs.wave })
    }

    /// Offers an answer to the person numbered `i`: to the answer held at
    /// its place, or as a new one.
    #[allow(clippy::too_many_arguments)]
    fn offer(
        &mut self,
        i: usize,
        k: usize,
        wave: Wave,
        date: Date,
        score: Option<Score>,
        reason: Option<MissingReason>,
        tag: u32,
    ) -> Offered {
        let score = self.scores.intern(score);
        let reason = reason_code(reason);
        let place = place_of(k, wave);
        let answers = &mut self.people[i].answers;
        // Rows usually come in the set's order: look at the end first.
        let at = match answers.last() {
            Some(last) if last.place() < place => answers.len(),
            _ => answers.partition_point(|s| s.place() < place),
        };
        if let Some(slot) = answers.get_mut(at).filter(|s| s.place() == place) {
            return offer(slot, &self.scores, date, score, reason, tag);
        }
        answers.insert(at, Slot { date, score, tag, key: (k as u32) << 5 | reason << 2 | wave_index(wave) });
        Offered::First
    }

    /// Finishes: computes composite scale scores from their items where no
    /// direct answer was given.
    pub fn build(mut self) -> Dataset {
        let scales = std::mem::take(&mut self.scales);
        for (k, items) in &scales {
            let ind = Arc::clone(&self.indicators[*k]);
            let Some(composite) = &ind.definition().composite else { continue };
            let k = *k;
            for i in 0..self.people.len() {
                let mut computed = Vec::new();
                let answers = &self.people[i].answers;
                for wave in Wave::ALL {
                    if wave_answers(answers, &self.scores, k).get(*wave).is_some() {
                        continue;
                    }
                    let mut values = Vec::new();
                    let mut latest: Option<Date> = None;
                    for item in items {
                        if let Some(a) = wave_answers(answers, &self.scores, item.position).get(*wave) {
                            latest = Some(latest.map_or(a.date, |d| d.max(a.date)));
                            if let Some(s) = a.score {
                                values.push(item.aligned(s.value));
                            }
                        }
                    }
                    let Some(date) = latest else { continue };
                    let score = if values.len() >= composite.min_answered && !values.is_empty() {
                        let mean = values.iter().sum::<f64>() / values.len() as f64;
                        let value = match composite.aggregation {
                            Aggregation::Mean => mean,
                            Aggregation::Sum => mean * composite.items.len() as f64,
                        };
                        Some(Score { value, positive: composite_positive(ind.as_ref(), value) })
                    } else {
                        None
                    };
                    computed.push((*wave, date, score));
                }
                // Room for exactly these: every person gets them at once.
                self.people[i].answers.reserve_exact(computed.len());
                for (wave, date, score) in computed {
                    self.offer(i, k, wave, date, score, None, 0);
                }
            }
        }
        for person in &mut self.people {
            person.answers.shrink_to_fit();
        }
        for dates in self.positive_dates.values_mut() {
            dates.sort_unstable();
        }
        Dataset {
            indicators: self.indicators.iter().map(|i| i.id().clone()).collect(),
            people: self.people,
            scores: self.scores,
            positive_dates: self.positive_dates,
            max_date: self.max_date,
            observations: self.observations,
            warnings: self.warnings,
            warning_people: self.warning_people,
        }
    }
}

/// Positive for a composite score: at or beyond the threshold of its ordinal
/// measure, by direction.
fn composite_positive(ind: &dyn Indicator, value: f64) -> Option<bool> {
    let def = ind.definition();
    match &def.measure {
        Measure::Ordinal { positive_threshold: Some(t), .. } => Some(match def.direction {
            crate::catalogue::Direction::HigherIsBetter => value >= *t as f64,
            crate::catalogue::Direction::LowerIsBetter => value <= *t as f64,
        }),
        _ => None,
    }
}

/// The folded data of one analysis: who was supported, and the answer that
/// counts for each indicator at each wave.
#[derive(Debug, Clone)]
pub struct Dataset {
    indicators: Vec<IndicatorId>,
    people: Vec<Person>,
    scores: Scores,
    positive_dates: HashMap<(usize, usize), Vec<Date>>,
    max_date: Option<Date>,
    observations: u64,
    warnings: Vec<FoldWarning>,
    warning_people: Vec<usize>,
}

/// One person's view in a [`Dataset`].
#[derive(Debug, Clone, Copy)]
pub struct PersonView<'a> {
    dataset: &'a Dataset,
    index: usize,
}

impl<'a> PersonView<'a> {
    /// The organisation supporting the person.
    pub fn organisation(&self) -> &'a OrganisationCode {
        &self.dataset.people[self.index].organisation
    }

    /// The enrolment, when one was given.
    pub fn enrolment(&self) -> Option<&'a Enrolment> {
        self.dataset.people[self.index].enrolment.as_ref()
    }

    /// The answers to the indicator at position `k` of the set: `None`
    /// past the set's indicators, empty when the person never answered it.
    pub fn answers(&self, k: usize) -> Option<WaveAnswers<'a>> {
        let d = self.dataset;
        (k < d.indicators.len()).then(|| wave_answers(&d.people[self.index].answers, &d.scores, k))
    }

    /// How many observations of this person were folded.
    pub fn observation_count(&self) -> u64 {
        self.dataset.people[self.index].observations
    }

    /// Dates of every positive answer to the indicator at position `k`
    /// (only kept for indicators that a time-to-event analysis uses), sorted.
    pub fn positive_dates(&self, k: usize) -> &'a [Date] {
        self.dataset.positive_dates.get(&(self.index, k)).map_or(&[], |v| v.as_slice())
    }
}

impl Dataset {
    /// The indicator ids, in the set's order (positions used by [`PersonView::answers`]).
    pub fn indicators(&self) -> &[IndicatorId] {
        &self.indicators
    }

    /// How many people (organisation and beneficiary pairs) appear.
    pub fn beneficiary_count(&self) -> usize {
        self.people.len()
    }

    /// How many observations were folded.
    pub fn observation_count(&self) -> u64 {
        self.observations
    }

    /// Every person, in the order first seen.
    pub fn people(&self) -> impl Iterator<Item = PersonView<'_>> {
        (0..self.people.len()).map(move |index| PersonView { dataset: self, index })
    }

    /// The organisations, sorted.
    pub fn organisations(&self) -> Vec<OrganisationCode> {
        let set: BTreeSet<&OrganisationCode> = self.people.iter().map(|p| &p.organisation).collect();
        set.into_iter().cloned().collect()
    }

    /// The latest date seen in enrolments and observations.
    pub fn max_date(&self) -> Option<Date> {
        self.max_date
    }

    /// What the fold noticed.
    pub fn warnings(&self) -> &[FoldWarning] {
        &self.warnings
    }

    /// What the fold noticed, with the organisation of the person each
    /// warning is about.
    pub fn warnings_by_organisation(&self) -> impl Iterator<Item = (&OrganisationCode, &FoldWarning)> {
        self.warning_people.iter().map(|&i| &self.people[i].organisation).zip(&self.warnings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slot(k: usize, wave: Wave) -> Slot {
        Slot { date: Date::constant(2024, 1, 1), score: NO_SCORE, tag: 0, key: (k as u32) << 5 | wave_index(wave) }
    }

    #[test]
    fn an_answer_held_takes_sixteen_bytes() {
        assert_eq!(std::mem::size_of::<Slot>(), 16);
    }

    #[test]
    fn a_slot_keeps_its_place_reason_and_conflict_apart() {
        let mut s = slot(70_000, Wave::PostExit);
        s.set(Date::constant(2024, 2, 1), 3, reason_code(Some(MissingReason::Unknown)), 9, true);
        assert_eq!(
            (s.indicator(), s.place(), s.reason(), s.conflicting(), s.tag),
            (70_000, place_of(70_000, Wave::PostExit), Some(MissingReason::Unknown), true, 9)
        );
        s.set(Date::constant(2024, 2, 1), 3, 0, 9, false);
        assert_eq!((s.reason(), s.conflicting(), s.place()), (None, false, place_of(70_000, Wave::PostExit)));
        for reason in
            [None, Some(MissingReason::Refused), Some(MissingReason::NotApplicable), Some(MissingReason::Unknown)]
        {
            let mut t = slot(1, Wave::Entry);
            t.set(t.date, NO_SCORE, reason_code(reason), 0, false);
            assert_eq!(t.reason(), reason);
        }
    }

    #[test]
    fn offers_on_one_date_tell_the_first_row_and_conflict_whatever_the_order() {
        let mut scores = Scores::default();
        let yes = scores.intern(Some(Score { value: 1.0, positive: Some(true) }));
        let no = scores.intern(Some(Score { value: 0.0, positive: Some(false) }));
        assert_eq!(scores.intern(Some(Score { value: 1.0, positive: Some(true) })), yes, "a score is kept once");
        let day = Date::constant(2024, 6, 28);
        for (a, b) in [(yes, no), (no, yes)] {
            let mut s = slot(2, Wave::Exit);
            s.set(day, a, 0, 7, false);
            assert_eq!(offer(&mut s, &scores, day, a, 0, 8), Offered::SameDate { first: 7, conflict: false });
            assert_eq!(offer(&mut s, &scores, day, b, 0, 9), Offered::SameDate { first: 7, conflict: true });
            assert_eq!((s.score, s.conflicting()), (NO_SCORE, true), "a conflict makes the answer missing");
            assert_eq!(offer(&mut s, &scores, day, a, 0, 10), Offered::SameDate { first: 7, conflict: true });
            assert_eq!(offer(&mut s, &scores, Date::constant(2024, 6, 27), b, 0, 11), Offered::Duplicate);
            assert_eq!(offer(&mut s, &scores, Date::constant(2024, 6, 29), b, 0, 12), Offered::Duplicate);
            assert_eq!((s.score, s.tag, s.conflicting()), (b, 12, false), "a later date settles it");
        }
    }
}
