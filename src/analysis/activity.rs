//! The activity figures from the organisations' tables: each organisation
//! as folded (and suppressed), the network the sum of the organisations'
//! sizes and, for each count of a small group, of the organisations whose
//! count is shown, so that no hidden count can be recomputed.

use crate::report::{Activity, ActivityGroup, GroupId, Share, WaveResponse};
use crate::tables::{ActivityTable, OrganisationTables, ResponseTable, LOST_AFTER_DAYS};
use std::collections::BTreeMap;

/// The report's activity; `None` when a table lacks its counts.
pub(super) fn activity(tables: &[OrganisationTables], min_cell: u32) -> Option<Activity> {
    let min = u64::from(min_cell);
    let counts: Vec<(&OrganisationTables, &ActivityTable)> =
        tables.iter().map(|t| Some((t, t.activity.as_ref()?))).collect::<Option<_>>()?;
    let mut network = ActivityTable::default();
    let (mut lost, mut lost_of) = (0, 0);
    let mut waves: BTreeMap<usize, (crate::catalogue::Wave, u64, u64, u64)> = BTreeMap::new();
    for (_, a) in &counts {
        network.entries += a.entries;
        network.exits += a.exits;
        network.still_supported += a.still_supported;
        if let Some(n) = a.lost_to_follow_up {
            lost += n;
            lost_of += a.still_supported;
        }
        for r in &a.waves {
            let e = waves
                .entry(super::WAVES.iter().position(|w| *w == r.wave).unwrap_or(usize::MAX))
                .or_insert((r.wave, 0, 0, 0));
            e.1 += r.expected;
            if let Some(n) = r.answered {
                e.2 += n;
                e.3 += r.expected;
            }
        }
    }
    let network_group = ActivityGroup {
        organisation: GroupId::Network,
        entries: network.entries,
        exits: network.exits,
        still_supported: network.still_supported,
        lost_to_follow_up: Share::shown_from(lost, lost_of, min),
        response: waves
            .into_values()
            .map(|(wave, expected, answered, of)| WaveResponse {
                wave,
                expected,
                answered: Share::shown_from(answered, of, min),
            })
            .collect(),
    };
    let mut groups = vec![network_group];
    groups.extend(counts.iter().map(|(t, a)| {
        ActivityGroup {
            organisation: GroupId::Organisation(t.organisation.clone()),
            entries: a.entries,
            exits: a.exits,
            still_supported: a.still_supported,
            lost_to_follow_up: a
                .lost_to_follow_up
                .map_or(crate::report::Suppressible::Suppressed, |n| Share::shown_from(n, a.still_supported, min)),
            response: a.waves.iter().map(|r| response(r, min)).collect(),
        }
    }));
    Some(Activity { lost_after_days: LOST_AFTER_DAYS, groups })
}

fn response(r: &ResponseTable, min: u64) -> WaveResponse {
    WaveResponse {
        wave: r.wave,
        expected: r.expected,
        answered: r.answered.map_or(crate::report::Suppressible::Suppressed, |n| Share::shown_from(n, r.expected, min)),
    }
}
