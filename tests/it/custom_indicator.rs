//! A user's own Rust indicator, registered next to the bundled ones and
//! scored and analysed through the public API.

use social_impact::analysis::{analyse, AnalysisOptions};
use social_impact::catalogue::{Catalogue, IndicatorDefinition, Wave};
use social_impact::data::{DatasetBuilder, Enrolment, Observation, Pseudonymiser};
use social_impact::indicator::{Expected, Indicator, RegistryError, Score, ScoreError};
use social_impact::{IndicatorId, OrganisationCode};
use std::sync::Arc;

/// Positive when a household's monthly rent burden is under a third of income:
/// the raw answer is "rent/income", e.g. "450/1500".
#[derive(Debug)]
struct RentBurden(IndicatorDefinition);

impl Indicator for RentBurden {
    fn definition(&self) -> &IndicatorDefinition {
        &self.0
    }
    fn score(&self, raw: &str) -> Result<Option<Score>, ScoreError> {
        if raw.trim().is_empty() {
            return Ok(None);
        }
        let reject = || ScoreError {
            indicator: self.0.id.clone(),
            value: raw.into(),
            expected: Expected::described("loyer/revenu", "rent/income"),
        };
        let (rent, income) = raw.trim().split_once('/').ok_or_else(reject)?;
        let rent: f64 = rent.trim().parse().map_err(|_| reject())?;
        let income: f64 = income.trim().parse().map_err(|_| reject())?;
        if income <= 0.0 || rent < 0.0 {
            return Err(reject());
        }
        let share = rent / income;
        Ok(Some(Score { value: share, positive: Some(share < 1.0 / 3.0) }))
    }
}

fn rent_burden() -> RentBurden {
    let text = serde_json::json!({"fr": "Taux d'effort", "en": "Rent burden"});
    RentBurden(
        serde_json::from_value(serde_json::json!({
            "id": "asso.housing.rent_burden", "version": "1.0.0", "status": "draft", "domain": "exclusion",
            "dimension": "housing", "label": text, "definition": text, "question": text,
            "respondent": "professional", "measure": {"type": "continuous", "unit": "ratio", "min": 0},
            "direction": "lower_is_better", "waves": ["entry", "exit"]
        }))
        .unwrap(),
    )
}

#[test]
fn a_rust_indicator_is_registered_scored_and_analysed_beside_bundled_ones() {
    let mut set = Catalogue::bundled().unwrap().reference_set("exclusion-2023").unwrap();
    let bundled_count = set.registry().len();
    set.register(Arc::new(rent_burden())).unwrap();
    assert_eq!(set.registry().len(), bundled_count + 1);
    // Same id twice is refused, not silently replaced.
    assert!(matches!(set.register(Arc::new(rent_burden())), Err(RegistryError::Duplicate(_))));

    let custom = set.registry().get("asso.housing.rent_burden").unwrap();
    assert_eq!(custom.score("450/1500").unwrap().unwrap().positive, Some(true));
    assert!(custom.score("450").is_err());
    let bundled = set.registry().get("excl.housing.situation").unwrap();
    assert_eq!(bundled.score("street").unwrap().unwrap().positive, Some(false));

    let ids = Pseudonymiser::ephemeral();
    let org = OrganisationCode::new("ASSO-T").unwrap();
    let mut data = DatasetBuilder::new(&set);
    for i in 0..12i8 {
        let person = ids.pseudonymise(&format!("T{i}"));
        let (entry, exit) = (jiff::civil::date(2024, 1, 1), jiff::civil::date(2024, 6, 1 + i));
        data.add_enrolment(Enrolment {
            organisation: org.clone(),
            beneficiary: person,
            entry_date: entry,
            exit_date: Some(exit),
            age_at_entry: None,
            sex: None,
            service: None,
        });
        for (wave, day, value) in [(Wave::Entry, entry, "600/900"), (Wave::Exit, exit, "400/1400")] {
            data.add_observation(Observation {
                organisation: org.clone(),
                beneficiary: person,
                indicator: IndicatorId::new("asso.housing.rent_burden").unwrap(),
                wave,
                date: day,
                value: value.into(),
                missing_reason: None,
            })
            .unwrap();
        }
    }
    let report = analyse(&set, &data.build(), &AnalysisOptions::default()).unwrap();
    let custom = report.indicators.iter().find(|i| i.indicator == "asso.housing.rent_burden").unwrap();
    let network = custom.groups.iter().find(|g| g.organisation.is_network()).unwrap();
    let exit = network.status.iter().find(|s| s.wave == Wave::Exit).unwrap();
    assert!((exit.estimates.shown().unwrap().estimate - 400.0 / 1400.0).abs() < 1e-12);
    let change = network.change.estimates.shown().unwrap();
    // Every rent burden went down, which is better for this indicator.
    assert_eq!((change.improved, change.worsened), (12, 0));
}
