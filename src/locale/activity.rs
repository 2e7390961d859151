//! The words of the activity figures: entries, exits, people still
//! supported or lost to follow-up, the response rate at each wave, and
//! what each means. Each language's words are in its `activity.ftl`.

use super::messages::{messages, say, Messages};
use super::Lang;

/// The words of the activity figures, in one language.
#[derive(Clone, Copy)]
pub(crate) struct ActivityWords {
    m: &'static Messages,
}

/// The words of the activity figures in `lang`.
pub(crate) fn activity(lang: Lang) -> ActivityWords {
    ActivityWords { m: messages(lang) }
}

impl ActivityWords {
    /// The section's title.
    pub(crate) fn title(&self) -> &'static str {
        self.m.text("activity-title")
    }

    /// The table's caption.
    pub(crate) fn caption(&self) -> &'static str {
        self.m.text("activity-caption")
    }

    /// A column heading: `entries`, `exits`, `still`, `lost`.
    pub(crate) fn column(&self, key: &str) -> &'static str {
        self.m.keyed("activity-column", key)
    }

    /// The heading of a wave's response-rate column; `at_wave` is `at entry`.
    pub(crate) fn response_at(&self, at_wave: &str) -> String {
        say!(self.m, "activity-response-at", at_wave)
    }

    /// A count and its share, both written: `4 (10 %)`.
    pub(crate) fn count_share(&self, count: &str, share: &str) -> String {
        say!(self.m, "activity-count-share", count, share)
    }

    /// What each figure means: `as_of` written, `days` the delay, `min_cell`
    /// the minimum cell size (written, and its number `count`).
    pub(crate) fn definitions(&self, as_of: &str, days: &str, min_cell: &str, count: u64) -> String {
        say!(self.m, "activity-definitions", as_of, days, min_cell, count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_the_words_of_activity() {
        for lang in Lang::ALL {
            let w = activity(lang);
            let all =
                [w.title(), w.caption(), w.column("entries"), w.column("exits"), w.column("still"), w.column("lost")];
            for text in all {
                assert!(!text.starts_with('{'), "{lang}: {text}");
            }
            let definitions = w.definitions("31/12", "183", "11", 11);
            assert!(!definitions.contains('{') && definitions.contains("183"), "{lang}: {definitions}");
        }
        assert_eq!(activity(Lang::Fr).count_share("4", "10\u{202f}%"), "4 (10\u{202f}%)");
        assert_eq!(activity(Lang::En).response_at("at exit"), "Response at exit");
    }
}
