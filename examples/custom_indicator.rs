//! A Rust-defined indicator registered and scored beside the bundled ones.
//!
//! An association wants to follow "nights slept outside in the last month",
//! with its own rule for what counts as positive (none at all). No JSON
//! definition can carry that rule, so it implements `Indicator` in Rust.
//!
//! Run: `cargo run --example custom_indicator`

use social_impact::analysis::{analyse, AnalysisOptions};
use social_impact::catalogue::{Catalogue, IndicatorDefinition, Wave};
use social_impact::data::{DatasetBuilder, Enrolment, Observation, Pseudonymiser};
use social_impact::indicator::{Expected, Indicator, Score, ScoreError};
use social_impact::{IndicatorId, OrganisationCode};
use std::sync::Arc;

/// Nights slept outside in the last month; positive when there were none.
#[derive(Debug)]
struct NightsOutside {
    definition: IndicatorDefinition,
}

impl NightsOutside {
    fn new() -> Result<Self, serde_json::Error> {
        // The definition still describes the indicator for reports and
        // schemas; only the scoring rule is Rust.
        let definition = serde_json::from_value(serde_json::json!({
            "id": "asso.housing.nights_outside",
            "version": "0.1.0",
            "status": "draft",
            "domain": "exclusion",
            "dimension": "housing",
            "label": { "fr": "Nuits dehors", "en": "Nights outside" },
            "definition": {
                "fr": "Nombre de nuits passées dehors au cours du dernier mois.",
                "en": "Number of nights spent outside in the last month."
            },
            "question": {
                "fr": "Combien de nuits avez-vous passées dehors le mois dernier ?",
                "en": "How many nights did you spend outside last month?"
            },
            "respondent": "beneficiary",
            "measure": { "type": "count", "max": 31 },
            "direction": "lower_is_better",
            "waves": ["entry", "follow_up", "exit"]
        }))?;
        Ok(NightsOutside { definition })
    }
}

impl Indicator for NightsOutside {
    fn definition(&self) -> &IndicatorDefinition {
        &self.definition
    }

    fn score(&self, raw: &str) -> Result<Option<Score>, ScoreError> {
        let raw_trimmed = raw.trim();
        if raw_trimmed.is_empty() {
            return Ok(None);
        }
        // Field workers sometimes write "none" or "aucune" rather than 0.
        let nights = match raw_trimmed.to_lowercase().as_str() {
            "none" | "aucune" => 0,
            other => other.parse::<u32>().ok().filter(|n| *n <= 31).ok_or_else(|| ScoreError {
                indicator: self.definition.id.clone(),
                value: raw.to_string(),
                expected: Expected::described(
                    "un nombre de nuits de 0 à 31, ou none/aucune",
                    "a number of nights from 0 to 31, or none/aucune",
                ),
            })?,
        };
        Ok(Some(Score { value: f64::from(nights), positive: Some(nights == 0) }))
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut set = Catalogue::bundled()?.reference_set("exclusion-2023")?;
    set.register(Arc::new(NightsOutside::new()?))?;

    let custom = set.registry().get("asso.housing.nights_outside").ok_or("custom indicator not registered")?;
    println!("'aucune' scores as {:?}", custom.score("aucune")?);
    println!("'40' is refused: {}", custom.score("40").err().map(|e| e.to_string()).unwrap_or_default());

    let ids = Pseudonymiser::ephemeral();
    let org = OrganisationCode::new("ASSO-X")?;
    let mut data = DatasetBuilder::new(&set);
    for i in 0..15i8 {
        let person = ids.pseudonymise(&format!("X-{i}"));
        let (entry, exit) = (jiff::civil::date(2024, 2, 1), jiff::civil::date(2024, 9, 1 + i));
        data.add_enrolment(Enrolment {
            organisation: org.clone(),
            beneficiary: person,
            entry_date: entry,
            exit_date: Some(exit),
            age_at_entry: Some(35),
            sex: None,
            service: None,
        });
        for (indicator, wave, day, value) in [
            ("asso.housing.nights_outside", Wave::Entry, entry, format!("{}", 10 + i)),
            ("asso.housing.nights_outside", Wave::Exit, exit, if i % 4 == 0 { "3".into() } else { "aucune".into() }),
            ("excl.housing.situation", Wave::Entry, entry, "street".to_string()),
            ("excl.housing.situation", Wave::Exit, exit, "supported".to_string()),
        ] {
            data.add_observation(Observation {
                organisation: org.clone(),
                beneficiary: person,
                indicator: IndicatorId::new(indicator)?,
                wave,
                date: day,
                value,
                missing_reason: None,
            })?;
        }
    }
    let report = analyse(&set, &data.build(), &AnalysisOptions::default())?;
    for ind in &report.indicators {
        let network = ind.groups.last().ok_or("no network group")?;
        if let Some(change) = network.change.estimates.shown() {
            println!(
                "{}: mean change {:+.2} over {} people ({} improved)",
                ind.indicator, change.mean_change, network.change.n_pairs, change.improved
            );
        }
    }
    Ok(())
}
