//! Activity counts of one organisation: entries, exits, people still
//! supported, people lost to follow-up, and who answered at each wave.
//! Counts of people, which merge by addition.
//!
//! The definitions, at the report's `as_of` date (a person is one
//! enrolment of one organisation):
//! - an *entry* is a person whose support began on or before `as_of`;
//! - an *exit*, one of them whose exit date is on or before `as_of`;
//! - *still supported*, one of them with no exit date on or before `as_of`;
//! - *lost to follow-up*, one still supported who entered more than
//!   [`LOST_AFTER_DAYS`] days before `as_of` and has no answer (a score to
//!   any indicator, at any wave) dated within the [`LOST_AFTER_DAYS`] days
//!   up to `as_of`;
//! - *expected at a wave*: at entry, every entry; at follow-up, every entry
//!   supported for more than [`LOST_AFTER_DAYS`] days (up to their exit, or
//!   to `as_of`); at exit, every exit; after exit, every exit more than
//!   [`LOST_AFTER_DAYS`] days before `as_of`. *Answered* is one of them with
//!   a score to at least one indicator at that wave.

use crate::catalogue::Wave;
use crate::data::{Date, PersonView};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Days without an answer after which a person still supported counts as
/// lost to follow-up (six months), and the support or time since exit
/// after which a follow-up or after-exit answer is expected.
pub const LOST_AFTER_DAYS: i64 = 183;

/// The waves in report order.
const WAVES: [Wave; 4] = [Wave::Entry, Wave::FollowUp, Wave::Exit, Wave::PostExit];

/// Who was expected at one wave and who answered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ResponseTable {
    /// The wave.
    pub wave: Wave,
    /// People expected at the wave.
    pub expected: u64,
    /// Those of them who answered at least one indicator of the wave;
    /// absent when `expected` is below the minimum cell size.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answered: Option<u64>,
}

/// The activity counts of one organisation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ActivityTable {
    /// People whose support began on or before `as_of`.
    pub entries: u64,
    /// Those of them who left on or before `as_of`.
    pub exits: u64,
    /// Those of them still supported at `as_of`.
    pub still_supported: u64,
    /// Those still supported and lost to follow-up; absent when
    /// `still_supported` is below the minimum cell size.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lost_to_follow_up: Option<u64>,
    /// Each wave at which someone was expected, in wave order.
    pub waves: Vec<ResponseTable>,
}

/// The activity counts being folded, one person at a time.
#[derive(Debug, Default)]
pub(super) struct ActivityAcc {
    entries: u64,
    exits: u64,
    still: u64,
    lost: u64,
    expected: [u64; 4],
    answered: [u64; 4],
}

/// Days from `a` to `b`.
fn days(a: Date, b: Date) -> i64 {
    i64::from((b - a).get_days())
}

impl ActivityAcc {
    /// Adds one person; `indicators` is the number of indicators of the set.
    pub(super) fn add(&mut self, p: &PersonView<'_>, indicators: usize, as_of: Option<Date>) {
        let Some(e) = p.enrolment() else { return };
        if as_of.is_some_and(|d| e.entry_date > d) {
            return;
        }
        self.entries += 1;
        let exit = e.exit_date.filter(|x| as_of.is_none_or(|d| *x <= d));
        let mut latest: Option<Date> = None;
        let mut answered = [false; 4];
        for k in 0..indicators {
            let Some(answers) = p.answers(k) else { continue };
            for (w, wave) in WAVES.iter().enumerate() {
                if let Some(a) = answers.get(*wave).filter(|a| a.score.is_some()) {
                    answered[w] = true;
                    latest = latest.max(Some(a.date));
                }
            }
        }
        match exit {
            Some(_) => self.exits += 1,
            None => {
                self.still += 1;
                let lost = as_of.is_some_and(|d| {
                    days(e.entry_date, d) > LOST_AFTER_DAYS && latest.is_none_or(|l| days(l, d) > LOST_AFTER_DAYS)
                });
                self.lost += u64::from(lost);
            }
        }
        let supported_long = exit.or(as_of).is_some_and(|end| days(e.entry_date, end) > LOST_AFTER_DAYS);
        let long_after_exit = exit.zip(as_of).is_some_and(|(x, d)| days(x, d) > LOST_AFTER_DAYS);
        let expected = [true, supported_long, exit.is_some(), long_after_exit];
        for w in 0..4 {
            if expected[w] {
                self.expected[w] += 1;
                self.answered[w] += u64::from(answered[w]);
            }
        }
    }

    /// The table, before suppression.
    pub(super) fn finish(self) -> ActivityTable {
        let waves = WAVES
            .iter()
            .enumerate()
            .filter(|(w, _)| self.expected[*w] > 0)
            .map(|(w, wave)| ResponseTable {
                wave: *wave,
                expected: self.expected[w],
                answered: Some(self.answered[w]),
            })
            .collect();
        ActivityTable {
            entries: self.entries,
            exits: self.exits,
            still_supported: self.still,
            lost_to_follow_up: Some(self.lost),
            waves,
        }
    }
}

impl ActivityTable {
    /// Whether the counts hang together and a small group carries no
    /// count (as [`suppress`](Self::suppress) leaves them): what is wrong,
    /// for an aggregate read from a file.
    pub(super) fn check(&self, min_cell: u64) -> Result<(), String> {
        if self.exits + self.still_supported != self.entries {
            return Err(format!(
                "{} exits and {} still supported are not the {} entries",
                self.exits, self.still_supported, self.entries
            ));
        }
        let mut counts = vec![("lost to follow-up", self.still_supported, self.lost_to_follow_up)];
        counts.extend(self.waves.iter().map(|w| ("answered", w.expected, w.answered)));
        for (what, of, count) in counts {
            match count {
                Some(_) if of < min_cell => return Err(format!("{what}: a hidden group (n = {of}) carries a count")),
                None if of >= min_cell => return Err(format!("{what}: a shown group (n = {of}) has no count")),
                Some(n) if n > of => return Err(format!("{what}: {n} out of {of}")),
                _ => {}
            }
        }
        Ok(())
    }

    /// Drops the counts of groups below `min_cell`, keeping their sizes.
    pub(super) fn suppress(&mut self, min_cell: u64) {
        if self.still_supported < min_cell {
            self.lost_to_follow_up = None;
        }
        for w in &mut self.waves {
            if w.expected < min_cell {
                w.answered = None;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> ActivityTable {
        ActivityTable {
            entries: 20,
            exits: 8,
            still_supported: 12,
            lost_to_follow_up: Some(3),
            waves: vec![
                ResponseTable { wave: Wave::Entry, expected: 20, answered: Some(18) },
                ResponseTable { wave: Wave::Exit, expected: 8, answered: Some(8) },
            ],
        }
    }

    #[test]
    fn suppression_leaves_sizes_and_drops_small_counts() {
        let mut t = table();
        t.suppress(11);
        assert_eq!(t.lost_to_follow_up, Some(3));
        assert_eq!(t.waves[0].answered, Some(18));
        assert_eq!(t.waves[1].answered, None, "8 people expected at exit");
        assert_eq!(t.check(11), Ok(()));
        t.suppress(13);
        assert_eq!(t.lost_to_follow_up, None);
        assert_eq!((t.entries, t.exits, t.still_supported), (20, 8, 12));
    }

    #[test]
    fn an_aggregate_that_leaks_or_does_not_add_up_is_refused() {
        let leaking = table();
        assert!(leaking.check(11).expect_err("8 expected at exit, a count given").contains("hidden group (n = 8)"));
        let mut short = table();
        short.exits = 7;
        assert!(short.check(1).is_err());
        let mut missing = table();
        missing.lost_to_follow_up = None;
        assert!(missing.check(1).expect_err("shown without a count").contains("lost to follow-up"));
        let mut more = table();
        more.waves[0].answered = Some(21);
        assert!(more.check(1).expect_err("more answers than people").contains("21 out of 20"));
    }
}
