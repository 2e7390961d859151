//! The words of the network commands: refusals and the labels of other
//! members in a report written for one member. Each language's words are
//! in its `network.ftl`.

use super::messages::{fixed_texts, messages, say, Messages};
use super::report::Outside;
use super::Lang;

/// Where the member stands on one indicator's funnel plot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MemberReading {
    /// Inside the 95 % limits.
    Within,
    /// Outside the limits; `better` says whether that side is the better one.
    Outside {
        /// Which limit, which side.
        outside: Outside,
        /// Whether that side is the better one for the indicator.
        better: bool,
        /// The indicator is one where lower is better.
        lower_is_better: bool,
    },
    /// The indicator has no comparison across organisations.
    NotCompared,
}

/// The figures of one "you against the network" headline, already written.
#[derive(Debug, Clone, Copy)]
pub(crate) struct MemberFacts<'a> {
    /// The indicator's label.
    pub(crate) label: &'a str,
    /// The member's code.
    pub(crate) member: &'a str,
    /// The member's figure (`62 %`, `6.2/10`).
    pub(crate) value: &'a str,
    /// People behind the member's figure, as a number and as text.
    pub(crate) n: (u64, &'a str),
    /// `at exit`.
    pub(crate) at_wave: &'a str,
    /// The network's figure and its people, when shown.
    pub(crate) network: Option<(&'a str, u64, &'a str)>,
    /// The gap, member minus network (`+7 pts`), when both are shown.
    pub(crate) gap: Option<&'a str>,
    /// The funnel's reading.
    pub(crate) reading: MemberReading,
}

/// The words of the network commands in one language, from its
/// `network.ftl`.
#[derive(Clone, Copy)]
pub(crate) struct NetworkWords {
    m: &'static Messages,
}

impl NetworkWords {
    fixed_texts! {
        /// Heading of the opening "you against the network".
        you_title = "network-you-title";
    }

    /// An aggregate file was refused; nothing was written.
    pub(crate) fn refused(&self, file: &str, why: &str) -> String {
        say!(self.m, "network-refused", file, why)
    }

    /// The data have errors: no aggregate was written.
    pub(crate) fn data_errors(&self) -> String {
        self.m.text("network-data-errors").to_string()
    }

    /// No aggregate file was found where one was named.
    pub(crate) fn no_aggregate(&self, place: &str) -> String {
        say!(self.m, "network-no-aggregate", place)
    }

    /// `--for` names an organisation that is in no aggregate.
    pub(crate) fn not_a_member(&self, organisation: &str) -> String {
        say!(self.m, "network-not-a-member", organisation)
    }

    /// The anonymous label of the `i`-th other member (from 1).
    pub(crate) fn member_label(&self, i: usize) -> String {
        let number = format!("{i:04}");
        say!(self.m, "network-member-label", number)
    }

    /// Methods: what the network `*` counts (BRIEF section 6).
    pub(crate) fn network_counts(&self, min_cell: u32) -> String {
        say!(self.m, "network-counts", min_cell)
    }

    /// Methods: the network's duration effect merged from aggregates.
    pub(crate) fn fisher_z(&self) -> String {
        self.m.text("network-fisher-z").to_string()
    }

    /// A funnel table that lists only the organisations outside the limits
    /// (`listed` of `total`, already written as numbers).
    pub(crate) fn flagged_only(&self, listed: &str, total: &str) -> String {
        say!(self.m, "network-flagged-only", listed, total)
    }

    /// Under a table that leaves out `not_listed` of `total` organisations
    /// (more than `threshold`), listing only the network, the flagged
    /// organisations and `member`.
    pub(crate) fn not_listed(
        &self,
        (count, not_listed): (u64, &str),
        total: &str,
        threshold: usize,
        member: Option<&str>,
    ) -> String {
        let has_member = member.is_some();
        let member = member.unwrap_or("");
        say!(self.m, "network-not-listed", not_listed, count, total, threshold, has_member, member)
    }

    /// `312 organisations` (`n` written as `text`).
    pub(crate) fn organisations(&self, count: u64, n: &str) -> String {
        say!(self.m, "network-organisations", n, count)
    }

    /// A funnel plot of `total` organisations, `outside` of them outside
    /// the 95 % limits (`above` and `below`), the others inside.
    pub(crate) fn funnel_counts(&self, (count, outside): (u64, &str), above: &str, below: &str, total: &str) -> String {
        say!(self.m, "network-funnel-counts", total, outside, count, above, below)
    }

    /// `earlier` aggregates were censored before the report's `as_of`
    /// (`latest`), the earliest at `earliest` (none: without a date).
    pub(crate) fn censoring_dates_differ(&self, earlier: usize, earliest: Option<&str>, latest: &str) -> String {
        let dated = earliest.is_some();
        let earliest = earliest.unwrap_or("");
        say!(self.m, "network-censoring-dates-differ", earlier, latest, dated, earliest)
    }

    /// A gap of `signed` percentage points, `whole` its size rounded.
    pub(crate) fn points(&self, signed: &str, whole: u64) -> String {
        say!(self.m, "network-points", signed, whole)
    }

    /// Introduction of the opening, naming the member.
    pub(crate) fn you_intro(&self, member: &str) -> String {
        say!(self.m, "network-you-intro", member)
    }

    /// `12 people`, `n` written as `text`.
    fn people(&self, count: u64, n: &str) -> String {
        say!(self.m, "network-people", n, count)
    }

    /// One indicator: the member's figure, the network's, the funnel's reading.
    pub(crate) fn member_line(&self, facts: &MemberFacts<'_>) -> String {
        let MemberFacts { label, member, value, n, at_wave, network, gap, reading } = *facts;
        let m = self.m;
        let people = self.people(n.0, n.1);
        let compared = network.is_some();
        let (network, network_people) =
            network.map_or((String::new(), String::new()), |(v, k, text)| (v.to_string(), self.people(k, text)));
        let has_gap = gap.is_some();
        let gap = gap.unwrap_or("");
        let reading = match reading {
            MemberReading::Within => m.text("network-reading-within").to_string(),
            MemberReading::NotCompared => m.text("network-reading-not-compared").to_string(),
            MemberReading::Outside { outside, better, lower_is_better } => {
                let above = outside.above;
                if outside.strong {
                    say!(m, "network-reading-strong", above, better, lower_is_better)
                } else {
                    say!(m, "network-reading-outside", above, better, lower_is_better)
                }
            }
        };
        say!(
            m,
            "network-member-line",
            label,
            member,
            value,
            at_wave,
            people,
            compared,
            network,
            network_people,
            has_gap,
            gap,
            reading
        )
    }

    /// One indicator where the member's figure is hidden (`fewer`: fewer
    /// than `min_cell` people).
    pub(crate) fn member_hidden(&self, label: &str, member: &str, at_wave: &str, fewer: &str) -> String {
        say!(self.m, "network-member-hidden", label, member, at_wave, fewer)
    }

    /// One indicator the member has no answer for at the compared wave.
    pub(crate) fn member_no_answer(&self, label: &str, member: &str, at_wave: &str) -> String {
        say!(self.m, "network-member-no-answer", label, member, at_wave)
    }
}

/// The words of the network in `lang`.
pub(crate) fn network(lang: Lang) -> NetworkWords {
    NetworkWords { m: messages(lang) }
}

/// "File refused: why; nothing was written", in `lang`.
pub fn refused(lang: Lang, file: &str, why: &str) -> String {
    network(lang).refused(file, why)
}

/// "The data have errors: no aggregate was written", in `lang`.
pub fn data_errors(lang: Lang) -> String {
    network(lang).data_errors()
}

/// "No aggregate file in `place`", in `lang`.
pub fn no_aggregate(lang: Lang, place: &str) -> String {
    network(lang).no_aggregate(place)
}

/// "`organisation` is in no aggregate", in `lang`.
pub fn not_a_member(lang: Lang, organisation: &str) -> String {
    network(lang).not_a_member(organisation)
}

/// The anonymous label of the `i`-th other member (from 1), in `lang`.
pub fn member_label(lang: Lang, i: usize) -> String {
    network(lang).member_label(i)
}

/// "(outside the 95 % limits only: `listed` of `total` organisations)", in `lang`.
pub(crate) fn flagged_only(lang: Lang, listed: &str, total: &str) -> String {
    network(lang).flagged_only(listed, total)
}

/// "1,988 of the 2,000 organisations are not listed here: ...", in `lang`.
pub(crate) fn not_listed(
    lang: Lang,
    not_listed: (u64, &str),
    total: &str,
    threshold: usize,
    member: Option<&str>,
) -> String {
    network(lang).not_listed(not_listed, total, threshold, member)
}

/// "3 aggregates were censored before 2025-12-31 ...", in `lang`: what
/// `impact network` tells, on standard error and in the report's data
/// quality, when the aggregates' `as_of` differ.
pub fn censoring_dates_differ(lang: Lang, earlier: usize, earliest: Option<&str>, latest: &str) -> String {
    network(lang).censoring_dates_differ(earlier, earliest, latest)
}

/// The words of the network in `lang`, for the renderer.
pub(crate) fn words(lang: Lang) -> NetworkWords {
    network(lang)
}

/// The methods paragraphs of the network: what `*` counts, and how its
/// duration effect was merged when it comes from aggregates.
pub(crate) fn methods(lang: Lang, min_cell: u32, from_aggregates: bool) -> Vec<String> {
    let w = network(lang);
    let mut out = vec![w.network_counts(min_cell)];
    if from_aggregates {
        out.push(w.fisher_z());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_sets_a_no_break_space_before_the_colon() {
        assert_eq!(refused(Lang::Fr, "a.json", "x"), "a.json refusé\u{a0}: x. Rien n'a été écrit.");
        assert_eq!(refused(Lang::En, "a.json", "x"), "a.json refused: x. Nothing was written.");
        assert_eq!(member_label(Lang::Fr, 7), "Membre 0007");
        assert_eq!(member_label(Lang::En, 7), "Member 0007");
    }

    #[test]
    fn what_a_table_leaves_out_agrees_in_number() {
        let en = not_listed(Lang::En, (1, "1"), "41", 40, Some("ASSO-A"));
        assert!(en.starts_with("1 of the 41 organisations is not listed here: above 40 organisations"), "{en}");
        assert!(en.contains("95% limits and ASSO-A, and charts"), "{en}");
        let en = not_listed(Lang::En, (2, "2"), "42", 40, None);
        assert!(en.starts_with("2 of the 42 organisations are not listed"), "{en}");
        let fr = not_listed(Lang::Fr, (1, "1"), "41", 40, None);
        assert!(fr.starts_with("1 des 41\u{a0}structures n'est pas listée ici\u{a0}:"), "{fr}");
        let fr = not_listed(Lang::Fr, (2, "2"), "42", 40, None);
        assert!(fr.starts_with("2 des 42\u{a0}structures ne sont pas listées ici"), "{fr}");
        assert_eq!(network(Lang::En).points("+1", 1), "+1\u{a0}point");
        assert_eq!(network(Lang::Fr).points("−2", 2), "−2\u{a0}points");
    }
}
