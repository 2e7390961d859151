//! The people, their support episodes and their trajectories.

use super::output::{CsvOut, Day, EnrolmentRow};
use super::plan::{Kind, Plans};
use super::{organisation_code, OrganisationSummary, SampleSpec, SampleSummary};
use crate::catalogue::{Domain, Wave};
use crate::data::MissingReason;
use crate::set::ReferenceSet;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rand_distr::StandardNormal;
use std::io::{self, Write};

/// Days over which support reaches about two thirds of its full effect.
const TAU_DAYS: f64 = 300.0;
/// The latent gain of full support, for an average person, organisation and indicator.
const MAX_GAIN: f64 = 1.6;
/// Weight of a person's general situation in every indicator.
const GENERAL: f64 = 0.55;
/// Spread of a person's own offset per indicator.
const PERSONAL_SD: f64 = 0.7;
/// Spread of the noise of one collection.
const OCCASION_SD: f64 = 0.4;
/// Spread of an item's own noise around its scale's level.
const ITEM_SD: f64 = 0.75;
/// Share of the gain still there after exit.
const RETENTION: f64 = 0.85;

/// A service or scheme, with how long its support tends to last.
struct Service {
    code: &'static str,
    /// Median duration in days.
    median_days: f64,
    /// Ages at entry, inclusive.
    ages: (u32, u32),
}

const EXCLUSION_SERVICES: &[Service] = &[
    Service { code: "CHRS", median_days: 300.0, ages: (18, 75) },
    Service { code: "HU", median_days: 120.0, ages: (18, 80) },
    Service { code: "LA", median_days: 480.0, ages: (18, 80) },
    Service { code: "IML", median_days: 420.0, ages: (18, 70) },
    Service { code: "maraude", median_days: 200.0, ages: (18, 75) },
];

const CHILD_SERVICES: &[Service] = &[
    Service { code: "residential_care", median_days: 540.0, ages: (6, 17) },
    Service { code: "foster_care", median_days: 720.0, ages: (0, 17) },
    Service { code: "home_support", median_days: 330.0, ages: (0, 17) },
    Service { code: "care_leavers", median_days: 365.0, ages: (17, 20) },
];

/// An organisation of the sample.
struct Organisation {
    code: String,
    size: usize,
    effect: f64,
    shift: f64,
    /// Cumulative weights of the services it runs.
    services: Vec<f64>,
}

fn normal(rng: &mut StdRng) -> f64 {
    rng.sample(StandardNormal)
}

/// A well-mixed seed for person `index` from the sample's seed (SplitMix64).
fn mix(seed: u64, index: u64) -> u64 {
    let mut z = seed ^ index.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

fn organisations(spec: &SampleSpec, services: usize) -> Vec<Organisation> {
    let mut rng = StdRng::seed_from_u64(mix(spec.seed, 0));
    let n = spec.organisations;
    let weights: Vec<f64> = (0..n).map(|_| (0.5 * normal(&mut rng)).exp()).collect();
    // Sizes: one each, the rest shared by weight, remainders to the largest fractions.
    let spare = spec.beneficiaries - n;
    let total: f64 = weights.iter().sum();
    let exact: Vec<f64> = weights.iter().map(|w| spare as f64 * w / total).collect();
    let mut sizes: Vec<usize> = exact.iter().map(|x| 1 + x.floor() as usize).collect();
    let mut left = spec.beneficiaries.saturating_sub(sizes.iter().sum());
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| (exact[b] - exact[b].floor()).total_cmp(&(exact[a] - exact[a].floor())).then(a.cmp(&b)));
    for &k in order.iter().cycle().take(n * 2) {
        if left == 0 {
            break;
        }
        sizes[k] += 1;
        left -= 1;
    }
    // Effects evenly spread from weak to strong, in an order unrelated to size.
    let mut effects: Vec<f64> =
        (0..n).map(|k| if n == 1 { 1.0 } else { 0.35 + 1.1 * k as f64 / (n - 1) as f64 }).collect();
    for i in (1..n).rev() {
        effects.swap(i, rng.gen_range(0..=i));
    }
    (0..n)
        .map(|k| {
            let mut acc = 0.0;
            let services = (0..services)
                .map(|_| {
                    acc += rng.gen::<f64>().powi(2) + 0.05;
                    acc
                })
                .collect();
            Organisation {
                code: organisation_code(k),
                size: sizes[k],
                effect: effects[k],
                shift: 0.15 * normal(&mut rng),
                services,
            }
        })
        .collect()
}

/// One collection occasion of a person.
#[derive(Debug, Clone, Copy)]
struct Occasion {
    day: Day,
    wave: Wave,
    /// For an interim follow-up: the only indicator collected.
    only: Option<usize>,
}

/// What is known of a person while generating their rows.
struct Person {
    id: String,
    entry: Day,
    exit: Option<Day>,
    lost: bool,
    age: u32,
    general: f64,
    responsiveness: f64,
    /// A personal offset per indicator (for composite scales: per scale).
    personal: Vec<f64>,
}

/// Counters for the summary.
#[derive(Default)]
struct Counts {
    in_support: u64,
    lost: u64,
    duplicates: u64,
    missing: u64,
}

pub(super) fn run<E: Write, O: Write>(
    plans: &Plans,
    set: &ReferenceSet,
    spec: &SampleSpec,
    out: &mut CsvOut<E, O>,
) -> io::Result<SampleSummary> {
    let children = set.domain() == Domain::ChildProtection;
    let services = if children { CHILD_SERVICES } else { EXCLUSION_SERVICES };
    let orgs = organisations(spec, services.len());
    let history = i32::try_from(spec.history_days).unwrap_or(i32::MAX);
    let mut counts = Counts::default();
    let mut index: u64 = 0;
    let mut value = String::new();
    let mut occasions = Vec::new();
    let mut levels: Vec<Option<f64>> = vec![None; plans.plans.len()];
    for org in &orgs {
        for _ in 0..org.size {
            index += 1;
            let mut rng = StdRng::seed_from_u64(mix(spec.seed, index));
            let u: f64 = rng.gen::<f64>() * org.services.last().copied().unwrap_or(1.0);
            let s = org.services.iter().position(|c| u < *c).unwrap_or(0);
            let service = &services[s.min(services.len() - 1)];
            let person = new_person(&mut rng, index, service, plans, history, children);
            if person.exit.is_none() {
                counts.in_support += 1;
            }
            if person.lost {
                counts.lost += 1;
            }
            let sex = match rng.gen::<f64>() {
                x if x < if children { 0.54 } else { 0.62 } => "M",
                x if x < 0.985 => "F",
                _ => "X",
            };
            out.enrolment(&EnrolmentRow {
                organisation: &org.code,
                beneficiary: &person.id,
                entry: person.entry,
                exit: person.exit,
                age: person.age,
                sex,
                service: service.code,
            })?;
            schedule(&mut rng, &person, plans, &mut occasions);
            for occasion in &occasions {
                levels.iter_mut().for_each(|l| *l = None);
                for (k, plan) in plans.plans.iter().enumerate() {
                    if occasion.only.is_some_and(|only| only != k) {
                        continue;
                    }
                    if matches!(plan.kind, Kind::Composite) || !plan.waves[super::plan::wave_index(occasion.wave)] {
                        continue;
                    }
                    let age = person.age + u32::try_from((occasion.day - person.entry) / 365).unwrap_or(0);
                    if plan.applies.as_ref().is_some_and(|a| !a.contains(age)) {
                        continue;
                    }
                    let (absent, missing) = match occasion.wave {
                        Wave::Entry => (0.02, 0.04),
                        Wave::FollowUp if occasion.only.is_some() => (0.0, 0.0),
                        Wave::FollowUp => (0.08, 0.03),
                        Wave::Exit => (0.03, 0.03),
                        Wave::PostExit => (0.10, 0.05),
                    };
                    let r: f64 = rng.gen();
                    if r < absent {
                        continue;
                    }
                    if r < absent + missing {
                        let reason = match rng.gen::<f64>() {
                            x if x < 0.45 => MissingReason::Refused,
                            x if x < 0.85 => MissingReason::Unknown,
                            _ => MissingReason::NotApplicable,
                        };
                        counts.missing += 1;
                        out.observation(
                            &org.code,
                            &person.id,
                            &plan.id,
                            occasion.wave,
                            occasion.day,
                            "",
                            Some(reason),
                        )?;
                        continue;
                    }
                    let mut same_day_copy = false;
                    if occasion.wave != Wave::FollowUp && rng.gen::<f64>() < 0.015 {
                        // An earlier copy: same wave, an older answer (the latest by date
                        // counts). Where no earlier day is possible (at entry), an identical
                        // copy on the same day: never a same-day conflict, which would make
                        // the answer missing (BRIEF section 5).
                        let back = if occasion.wave == Wave::Entry { 0 } else { rng.gen_range(1..=20) };
                        let floor = match occasion.wave {
                            Wave::PostExit => person.exit.map_or(person.entry, |e| e + 1),
                            _ => person.entry,
                        };
                        let day = (occasion.day - back).max(floor);
                        counts.duplicates += 1;
                        if day < occasion.day {
                            let level = latent(&mut rng, plans, k, &person, org, day, occasion.wave, &mut levels, true);
                            plan.kind.answer(level, &mut || rng.gen(), &mut value);
                            out.observation(&org.code, &person.id, &plan.id, occasion.wave, day, &value, None)?;
                        } else {
                            same_day_copy = true;
                        }
                    }
                    let level =
                        latent(&mut rng, plans, k, &person, org, occasion.day, occasion.wave, &mut levels, false);
                    plan.kind.answer(level, &mut || rng.gen(), &mut value);
                    out.observation(&org.code, &person.id, &plan.id, occasion.wave, occasion.day, &value, None)?;
                    if same_day_copy {
                        out.observation(&org.code, &person.id, &plan.id, occasion.wave, occasion.day, &value, None)?;
                    }
                }
            }
        }
    }
    Ok(SampleSummary {
        organisations: orgs
            .iter()
            .map(|o| OrganisationSummary { code: o.code.clone(), beneficiaries: o.size, effect: o.effect })
            .collect(),
        enrolments: out.enrolment_rows,
        observations: out.observation_rows,
        in_support: counts.in_support,
        lost: counts.lost,
        duplicates: counts.duplicates,
        missing: counts.missing,
        files: Vec::new(),
    })
}

fn new_person(rng: &mut StdRng, index: u64, service: &Service, plans: &Plans, history: i32, children: bool) -> Person {
    let (young, old) = service.ages;
    // Adults: more young people than old; children: even over the range.
    let skew = if children { 1.0 } else { 1.6 };
    let age = young + ((old - young + 1) as f64 * rng.gen::<f64>().powf(skew)).floor() as u32;
    let age = age.min(old);
    let entry = -rng.gen_range(0..=history);
    let mut duration = (service.median_days.ln() + 0.7 * normal(rng)).exp().clamp(14.0, 1400.0) as i32;
    if children {
        // Support ends by the 22nd birthday at the latest.
        let limit = (22 - age.min(21)) as i32 * 365 - 1;
        duration = duration.min(limit.max(14));
    }
    let exit = (entry + duration <= 0).then_some(entry + duration);
    let lost = exit.is_some() && rng.gen::<f64>() < 0.12;
    Person {
        id: format!("B{index:06}"),
        entry,
        exit,
        lost,
        age,
        general: normal(rng),
        responsiveness: (1.0 + 0.4 * normal(rng)).max(-0.2),
        personal: (0..plans.plans.len()).map(|_| PERSONAL_SD * normal(rng)).collect(),
    }
}

/// The person's collection occasions, in date order.
fn schedule(rng: &mut StdRng, person: &Person, plans: &Plans, occasions: &mut Vec<Occasion>) {
    occasions.clear();
    occasions.push(Occasion { day: person.entry, wave: Wave::Entry, only: None });
    // Follow-ups stop two weeks before exit, at the day the person was lost, or at as_of.
    let end = match person.exit {
        Some(exit) if person.lost => person.entry + ((exit - person.entry) as f64 * rng.gen_range(0.2..0.9)) as i32,
        Some(exit) => exit - 14,
        None => 0,
    };
    for k in 1.. {
        let day = person.entry + 182 * k + rng.gen_range(-20..=20);
        if day > end {
            break;
        }
        occasions.push(Occasion { day, wave: Wave::FollowUp, only: None });
    }
    // Timed indicators are also recorded when the situation changes, on any date.
    for (k, plan) in plans.plans.iter().enumerate() {
        if plan.timed && plan.waves[1] && end > person.entry + 7 {
            for _ in 0..2 {
                if rng.gen::<f64>() < 0.5 {
                    let day = rng.gen_range(person.entry + 7..=end);
                    occasions.push(Occasion { day, wave: Wave::FollowUp, only: Some(k) });
                }
            }
        }
    }
    if let (Some(exit), false) = (person.exit, person.lost) {
        occasions.push(Occasion { day: exit, wave: Wave::Exit, only: None });
        if rng.gen::<f64>() < 0.3 {
            let day = exit + rng.gen_range(60..=365);
            if day <= 0 {
                occasions.push(Occasion { day, wave: Wave::PostExit, only: None });
            }
        }
    }
    occasions.sort_by_key(|o| o.day);
}

/// The latent level (higher is better) of indicator `k` for `person` on `day`.
///
/// Items of a composite scale share their scale's level at an occasion
/// (cached in `levels`), plus their own noise. `fresh` draws a new level
/// without touching the cache (for duplicates).
#[allow(clippy::too_many_arguments)]
fn latent(
    rng: &mut StdRng,
    plans: &Plans,
    k: usize,
    person: &Person,
    org: &Organisation,
    day: Day,
    wave: Wave,
    levels: &mut [Option<f64>],
    fresh: bool,
) -> f64 {
    let base_of = |rng: &mut StdRng, g: usize| {
        let plan = &plans.plans[g];
        let (days, retention) = match (wave, person.exit) {
            (Wave::PostExit, Some(exit)) => (exit - person.entry, RETENTION),
            _ => (day - person.entry, 1.0),
        };
        let progress = 1.0 - (-f64::from(days.max(0)) / TAU_DAYS).exp();
        plan.base
            + org.shift
            + GENERAL * person.general
            + person.personal[g]
            + person.responsiveness * org.effect * plan.gain * MAX_GAIN * progress * retention
            + OCCASION_SD * normal(rng)
    };
    match plans.plans[k].kind {
        Kind::Item { group, .. } => {
            let scale = match levels[group] {
                Some(level) if !fresh => level,
                _ => {
                    let level = base_of(rng, group);
                    if !fresh {
                        levels[group] = Some(level);
                    }
                    level
                }
            };
            scale + ITEM_SD * normal(rng)
        }
        _ => base_of(rng, k),
    }
}
