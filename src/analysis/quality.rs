//! What was read and what was missing, for the data-quality section.

use super::WAVES;
use crate::data::{Dataset, FoldWarning, MissingReason};
use crate::report::{DataQuality, MissingCount, WarningCount};
use crate::set::ReferenceSet;
use std::collections::BTreeMap;

pub(super) fn data_quality(data: &Dataset, set: &ReferenceSet) -> DataQuality {
    let mut missing = Vec::new();
    for (k, id) in set.registry().ids().enumerate() {
        for wave in WAVES {
            let mut counts: BTreeMap<Option<MissingReason>, u64> = BTreeMap::new();
            for p in data.people() {
                if let Some(a) = p.answers(k).and_then(|a| a.get(wave)) {
                    if a.score.is_none() {
                        *counts.entry(a.missing_reason).or_default() += 1;
                    }
                }
            }
            missing.extend(counts.into_iter().map(|(reason, count)| MissingCount {
                indicator: id.to_string(),
                wave,
                reason,
                count,
            }));
        }
    }
    let mut warnings: BTreeMap<&str, u64> = BTreeMap::new();
    for w in data.warnings() {
        let kind = match w {
            FoldWarning::DuplicateObservation { .. } => "duplicate_observation",
            FoldWarning::DuplicateEnrolment { .. } => "duplicate_enrolment",
        };
        *warnings.entry(kind).or_default() += 1;
    }
    DataQuality {
        enrolments: data.people().filter(|p| p.enrolment().is_some()).count() as u64,
        observations: data.observation_count(),
        beneficiaries: data.beneficiary_count() as u64,
        rejected: 0,
        missing,
        warnings: warnings.into_iter().map(|(kind, count)| WarningCount { kind: kind.to_string(), count }).collect(),
    }
}
