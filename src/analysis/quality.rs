//! What was read and what was missing, for the data-quality section: the
//! sum of every organisation's counts.

use crate::ingest::ProblemCode;
use crate::report::{DataQuality, MissingCount, WarningCount};
use crate::set::ReferenceSet;
use crate::tables::OrganisationTables;
use std::collections::BTreeMap;

pub(super) fn data_quality(tables: &[OrganisationTables], set: &ReferenceSet, rejected: u64) -> DataQuality {
    let position: BTreeMap<&str, usize> = set.registry().ids().enumerate().map(|(k, id)| (id.as_str(), k)).collect();
    let mut missing: BTreeMap<_, u64> = BTreeMap::new();
    let mut warnings: BTreeMap<&str, u64> = BTreeMap::new();
    let mut quality = DataQuality { rejected, ..DataQuality::default() };
    for t in tables {
        let q = &t.data_quality;
        quality.enrolments += q.enrolments;
        quality.observations += q.observations;
        quality.beneficiaries += q.beneficiaries;
        for m in &q.missing {
            let k = position.get(m.indicator.as_str()).copied().unwrap_or(usize::MAX);
            *missing.entry((k, m.indicator.as_str(), m.wave, m.reason)).or_default() += m.count;
        }
        for (kind, count) in &q.warnings {
            *warnings.entry(kind.as_str()).or_default() += count;
        }
    }
    quality.missing = missing
        .into_iter()
        .map(|((_, indicator, wave, reason), count)| MissingCount {
            indicator: indicator.to_string(),
            wave,
            reason,
            count,
        })
        .collect();
    // Kinds a table does not name by a known code are left out (aggregates
    // are checked for them before they are merged).
    quality.warnings = warnings
        .into_iter()
        .filter_map(|(kind, count)| Some(WarningCount::new(ProblemCode::from_code(kind)?, count)))
        .collect();
    quality
}
