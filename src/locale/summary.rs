//! The words of the board summary (`RenderOptions::summary`): who was
//! served, the key results, how organisations compare and the caveats, in
//! two to four printed pages. Each language's words are in its
//! `summary.ftl`.
//!
//! Numbers arrive written out (by [`numbers`](super::numbers)) with their
//! value beside them where a plural depends on it.

use super::messages::{fixed_texts, messages, say, Messages};
use super::Lang;

/// The words of the board summary in one language.
#[derive(Clone, Copy)]
pub(crate) struct SummaryWords {
    m: &'static Messages,
}

/// The board summary's words in `lang`.
pub(crate) fn summary(lang: Lang) -> SummaryWords {
    SummaryWords { m: messages(lang) }
}

impl SummaryWords {
    fixed_texts! {
        /// The kind of document, above the title: "Board summary".
        kind = "summary-kind";
        /// Heading: "Who was served".
        served_title = "summary-served-title";
        /// The caption of the people-by-organisation table.
        served_caption = "summary-served-caption";
        /// Heading: "Key results".
        results_title = "summary-results-title";
        /// Heading: "How organisations compare".
        comparison_title = "summary-comparison-title";
        /// Column: organisations doing better than the network.
        better = "summary-better";
        /// Column: organisations doing worse than the network.
        worse = "summary-worse";
        /// When every organisation compared is within the limits.
        all_within = "summary-all-within";
        /// When no indicator could be compared.
        no_comparison = "summary-no-comparison";
        /// Heading: "Caveats".
        caveats_title = "summary-caveats-title";
        /// Where the rest is.
        full_report = "summary-full-report";
    }

    /// People, organisations, support episodes and answers, in a sentence.
    pub(crate) fn served(
        &self,
        (people, people_count): (&str, u64),
        (organisations, organisations_count): (&str, u64),
        episodes: &str,
        answers: &str,
    ) -> String {
        say!(self.m, "summary-served", people, people_count, organisations, organisations_count, episodes, answers)
    }

    /// A column: the people who answered at a wave (`at entry`).
    pub(crate) fn answered_at(&self, at_wave: &str) -> String {
        say!(self.m, "summary-answered-at", at_wave)
    }

    /// A column: the people followed between the waves of change.
    pub(crate) fn followed(&self, from_to: &str) -> String {
        say!(self.m, "summary-followed", from_to)
    }

    /// When there are too many organisations to list them one by one.
    pub(crate) fn too_many_to_list(&self, organisations: &str) -> String {
        say!(self.m, "summary-too-many-to-list", organisations)
    }

    /// What the comparison table shows, at a wave (`at exit`).
    pub(crate) fn comparison_intro(&self, at_wave: &str) -> String {
        say!(self.m, "summary-comparison-intro", at_wave)
    }

    /// Column: the network's figure at a wave.
    pub(crate) fn network_at(&self, at_wave: &str) -> String {
        say!(self.m, "summary-network-at", at_wave)
    }

    /// `7 organisations`, in place of a long list of names.
    pub(crate) fn organisations(&self, n: &str, count: usize) -> String {
        say!(self.m, "summary-organisations", n, count)
    }

    /// How many results are hidden for small groups (`fewer` is "fewer
    /// than 11 people").
    pub(crate) fn hidden(&self, (n, count): (&str, usize), fewer: &str) -> String {
        say!(self.m, "summary-hidden", n, count, fewer)
    }

    /// Whom change is measured for.
    pub(crate) fn change_caveat(&self, from_to: &str) -> String {
        say!(self.m, "summary-change-caveat", from_to)
    }

    /// What a gap from the network means.
    pub(crate) fn comparison_caveat(&self, at_wave: &str) -> String {
        say!(self.m, "summary-comparison-caveat", at_wave)
    }

    /// Records set aside, missing answers, warnings.
    pub(crate) fn quality(
        &self,
        (rejected, rejected_count): (&str, u64),
        (missing, missing_count): (&str, u64),
        (warnings, warnings_count): (&str, u64),
    ) -> String {
        say!(self.m, "summary-quality", rejected, rejected_count, missing, missing_count, warnings, warnings_count)
    }

    /// What the ranges are.
    pub(crate) fn ranges(&self, level: &str) -> String {
        say!(self.m, "summary-ranges", level)
    }
}
