//! The activity figures of a report: entries, exits, people still
//! supported, people lost to follow-up and the response rate at each wave,
//! for the network and each organisation (definitions in
//! [`tables::LOST_AFTER_DAYS`](crate::tables::LOST_AFTER_DAYS)'s module).

use super::{GroupId, Suppressible};
use crate::catalogue::Wave;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Activity, for the network (`*`, first) and each organisation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Activity {
    /// Days without an answer after which a person still supported counts
    /// as lost to follow-up; also the support (or time since exit) after
    /// which a follow-up (or after-exit) answer is expected.
    pub lost_after_days: i64,
    /// The network first, then each organisation by code.
    pub groups: Vec<ActivityGroup>,
}

/// The activity of one group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ActivityGroup {
    /// `*` for the network, else the organisation code.
    pub organisation: GroupId,
    /// People whose support began on or before `as_of`.
    pub entries: u64,
    /// Those of them who left on or before `as_of`.
    pub exits: u64,
    /// Those of them still supported at `as_of` (no exit date by then).
    pub still_supported: u64,
    /// People still supported and lost to follow-up; suppressed when the
    /// people it is counted among are fewer than the minimum cell size.
    pub lost_to_follow_up: Suppressible<Share>,
    /// Who answered at each wave where someone was expected, in wave order.
    pub response: Vec<WaveResponse>,
}

/// A count out of a base, and their ratio.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Share {
    /// The base: for an organisation, its people still supported (or
    /// expected at the wave); for the network, those of the organisations
    /// whose figure is shown.
    pub of: u64,
    /// The count.
    pub count: u64,
    /// `count / of`.
    pub share: f64,
}

/// The response at one wave.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct WaveResponse {
    /// The wave.
    pub wave: Wave,
    /// People expected at the wave.
    pub expected: u64,
    /// Those who answered at least one indicator of the wave, out of those
    /// expected (`share` is the response rate); suppressed when fewer than
    /// the minimum cell size were expected.
    pub answered: Suppressible<Share>,
}

impl Share {
    /// `count` out of `of`, shown when `of` reaches `min_cell`.
    pub(crate) fn shown_from(count: u64, of: u64, min_cell: u64) -> Suppressible<Share> {
        if of < min_cell || of == 0 {
            return Suppressible::Suppressed;
        }
        Suppressible::Shown(Share { of, count, share: count as f64 / of as f64 })
    }
}
