//! The words of the board summary (`RenderOptions::summary`): who was
//! served, the key results, how organisations compare and the caveats, in
//! two to four printed pages.
//!
//! Numbers arrive written out (by [`numbers`](super::numbers)) with their
//! value beside them where a plural depends on it.

use super::Lang;

/// The words of the board summary in one language.
pub(crate) trait SummaryWords: Sync {
    /// The kind of document, above the title: "Board summary".
    fn kind(&self) -> &'static str;
    /// Heading: "Who was served".
    fn served_title(&self) -> &'static str;
    /// People, organisations, support episodes and answers, in a sentence.
    fn served(&self, people: (&str, u64), organisations: (&str, u64), episodes: &str, answers: &str) -> String;
    /// The caption of the people-by-organisation table.
    fn served_caption(&self) -> &'static str;
    /// A column: the people who answered at a wave (`at entry`).
    fn answered_at(&self, at_wave: &str) -> String;
    /// A column: the people followed between the waves of change.
    fn followed(&self, from_to: &str) -> String;
    /// When there are too many organisations to list them one by one.
    fn too_many_to_list(&self, organisations: &str) -> String;
    /// That the report holds no breakdown by age band or sex.
    fn no_breakdown(&self) -> &'static str;
    /// Heading: "Key results".
    fn results_title(&self) -> &'static str;
    /// Heading: "How organisations compare".
    fn comparison_title(&self) -> &'static str;
    /// What the comparison table shows, at a wave (`at exit`).
    fn comparison_intro(&self, at_wave: &str) -> String;
    /// Column: the network's figure at a wave.
    fn network_at(&self, at_wave: &str) -> String;
    /// Column: organisations doing better than the network.
    fn better(&self) -> &'static str;
    /// Column: organisations doing worse than the network.
    fn worse(&self) -> &'static str;
    /// `7 organisations`, in place of a long list of names.
    fn organisations(&self, n: &str, count: usize) -> String;
    /// When every organisation compared is within the limits.
    fn all_within(&self) -> &'static str;
    /// When no indicator could be compared.
    fn no_comparison(&self) -> &'static str;
    /// Heading: "Caveats".
    fn caveats_title(&self) -> &'static str;
    /// How many results are hidden for small groups (`fewer` is "fewer
    /// than 11 people").
    fn hidden(&self, count: (&str, usize), fewer: &str) -> String;
    /// Whom change is measured for.
    fn change_caveat(&self, from_to: &str) -> String;
    /// What a gap from the network means.
    fn comparison_caveat(&self, at_wave: &str) -> String;
    /// Records set aside, missing answers, warnings.
    fn quality(&self, rejected: (&str, u64), missing: (&str, u64), warnings: (&str, u64)) -> String;
    /// What the ranges are.
    fn ranges(&self, level: &str) -> String;
    /// Where the rest is.
    fn full_report(&self) -> &'static str;
}

/// The board summary's words in `lang`.
pub(crate) fn summary(lang: Lang) -> &'static dyn SummaryWords {
    match lang {
        Lang::Fr => &super::fr::Fr,
        Lang::En => &super::en::En,
    }
}
