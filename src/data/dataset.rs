//! Folding records into the state the analysis needs.
//!
//! Memory grows with beneficiaries × indicators, never with the number of
//! rows: each observation updates the latest answer of its wave and is then
//! dropped. The only per-row memory kept is the dates of positive answers to
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

/// The latest answer at each wave, for one person and one indicator.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct WaveAnswers {
    answers: [Option<ScoredAnswer>; 4],
    /// Whether the answers sharing the latest date at each wave disagree.
    conflicting: [bool; 4],
}

/// What offering an answer to a wave did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Offered {
    /// The first answer at this wave.
    First,
    /// Another answer was held; the latest by date counts.
    Duplicate,
    /// Another answer on the same latest date says something else: the
    /// answer is missing, whatever the order of the rows (BRIEF section 5).
    Conflict,
}

fn wave_index(wave: Wave) -> usize {
    match wave {
        Wave::Entry => 0,
        Wave::FollowUp => 1,
        Wave::Exit => 2,
        Wave::PostExit => 3,
    }
}

impl WaveAnswers {
    /// The answer that counts at `wave`.
    pub fn get(&self, wave: Wave) -> Option<&ScoredAnswer> {
        self.answers[wave_index(wave)].as_ref()
    }

    /// The score that counts at `wave`, when the answer is not missing.
    pub fn score(&self, wave: Wave) -> Option<Score> {
        self.get(wave).and_then(|a| a.score)
    }

    /// Keeps `answer` if it is more recent than the one held. On the same
    /// date, an answer that says the same thing (score and positivity; a
    /// missing answer is an answer of its own) changes nothing, and one that
    /// says something else makes the answer missing until a later one comes:
    /// the result never depends on which record came first.
    fn offer(&mut self, wave: Wave, answer: ScoredAnswer) -> Offered {
        let w = wave_index(wave);
        let slot = &mut self.answers[w];
        let Some(held) = *slot else {
            *slot = Some(answer);
            return Offered::First;
        };
        if answer.date > held.date {
            *slot = Some(answer);
            self.conflicting[w] = false;
            return Offered::Duplicate;
        }
        if answer.date < held.date {
            return Offered::Duplicate;
        }
        if self.conflicting[w] {
            return Offered::Conflict;
        }
        if held.score == answer.score {
            // The same answer: keep the smaller reason, so that order does not matter.
            if held.score.is_none() && answer.missing_reason < held.missing_reason {
                *slot = Some(answer);
            }
            return Offered::Duplicate;
        }
        self.conflicting[w] = true;
        *slot = Some(ScoredAnswer { date: answer.date, score: None, missing_reason: None });
        Offered::Conflict
    }
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
    answers: Vec<WaveAnswers>,
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
            index: foldhash::HashMap::default(),
            last: None,
            positive_dates: HashMap::new(),
            max_date: None,
            observations: 0,
            warnings: Vec::new(),
            warning_people: Vec::new(),
        }
    }

    fn person(&mut self, organisation: &OrganisationCode, key: BeneficiaryKey) -> usize {
        if let Some((k, i)) = self.last {
            if k == key && self.people[i].organisation == *organisation {
                return i;
            }
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
            answers: vec![WaveAnswers::default(); self.indicators.len()],
        });
        self.index.insert((organisation.clone(), key), i);
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
        Ok(self.fold_scored(obs, k, score))
    }

    /// [`DatasetBuilder::add_observation`] for an observation already scored
    /// by its indicator (the reader scores each answer once, in its check).
    pub(crate) fn add_scored_observation(
        &mut self,
        obs: Observation,
        score: Option<Score>,
    ) -> Result<Option<FoldWarning>, ScoreError> {
        let Some(&k) = self.position.get(&obs.indicator) else {
            return Err(ScoreError {
                indicator: obs.indicator.clone(),
                value: obs.value.clone(),
                expected: crate::indicator::Expected::IndicatorOfTheSet,
            });
        };
        Ok(self.fold_scored(obs, k, score))
    }

    fn fold_scored(&mut self, obs: Observation, k: usize, score: Option<Score>) -> Option<FoldWarning> {
        self.observations += 1;
        self.see_date(obs.date);
        let i = self.person(&obs.organisation, obs.beneficiary);
        self.people[i].observations += 1;
        if self.timed[k] && score.is_some_and(|s| s.positive == Some(true)) {
            self.positive_dates.entry((i, k)).or_default().push(obs.date);
        }
        let answer = ScoredAnswer {
            date: obs.date,
            score,
            missing_reason: if score.is_none() { obs.missing_reason } else { None },
        };
        let offered = self.people[i].answers[k].offer(obs.wave, answer);
        let warning = match offered {
            Offered::First => None,
            Offered::Conflict => {
                Some(FoldWarning::ConflictingDuplicates { indicator: obs.indicator.clone(), wave: obs.wave })
            }
            Offered::Duplicate => (obs.wave != Wave::FollowUp)
                .then(|| FoldWarning::DuplicateObservation { indicator: obs.indicator.clone(), wave: obs.wave }),
        };
        if let Some(w) = &warning {
            self.warnings.push(w.clone());
            self.warning_people.push(i);
        }
        warning
    }

    /// Finishes: computes composite scale scores from their items where no
    /// direct answer was given.
    pub fn build(mut self) -> Dataset {
        for (k, items) in &self.scales {
            let Some(composite) = &self.indicators[*k].definition().composite else { continue };
            let ind = &self.indicators[*k];
            let k = *k;
            for person in &mut self.people {
                for wave in Wave::ALL {
                    if person.answers[k].get(*wave).is_some() {
                        continue;
                    }
                    let mut values = Vec::new();
                    let mut latest: Option<Date> = None;
                    for item in items {
                        if let Some(a) = person.answers[item.position].get(*wave) {
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
                    person.answers[k].offer(*wave, ScoredAnswer { date, score, missing_reason: None });
                }
            }
        }
        for dates in self.positive_dates.values_mut() {
            dates.sort_unstable();
        }
        Dataset {
            indicators: self.indicators.iter().map(|i| i.id().clone()).collect(),
            people: self.people,
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

    /// The answers to the indicator at position `k` of the set.
    pub fn answers(&self, k: usize) -> Option<&'a WaveAnswers> {
        self.dataset.people[self.index].answers.get(k)
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
