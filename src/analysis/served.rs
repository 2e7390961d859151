//! Who was served: each organisation's breakdowns as its tables show them,
//! and the network's, merged from the shown cells (see `tables::served`).

use crate::report::{GroupId, Served, ServedGroup};
use crate::set::ReferenceSet;
use crate::tables::OrganisationTables;

/// The `served` section; `None` when an organisation's tables do not carry
/// breakdowns (an older aggregate) or when no one has an enrolment.
pub(super) fn served(set: &ReferenceSet, tables: &[OrganisationTables], min_cell: u64) -> Option<Served> {
    let all: Vec<_> = tables.iter().map(|t| t.served.as_ref()).collect::<Option<_>>()?;
    let mut network = crate::tables::merge_served(&all);
    if network.n == 0 {
        return None;
    }
    crate::tables::suppress_served(&mut network, min_cell);
    crate::tables::mark_hidden_served(&mut network, &all);
    let mut groups: Vec<ServedGroup> = tables
        .iter()
        .zip(all)
        .map(|(t, b)| ServedGroup {
            organisation: GroupId::Organisation(t.organisation.clone()),
            breakdowns: b.clone(),
        })
        .collect();
    groups.push(ServedGroup { organisation: GroupId::Network, breakdowns: network });
    Some(Served { age_bands: set.age_bands().bounds().to_vec(), groups })
}
