//! The words of the network commands: refusals and the labels of other
//! members in a report written for one member.

use super::Lang;

/// The words of the network commands in one language.
pub(crate) trait NetworkWords: Sync {
    /// An aggregate file was refused; nothing was written.
    fn refused(&self, file: &str, why: &str) -> String;
    /// The data have errors: no aggregate was written.
    fn data_errors(&self) -> String;
    /// No aggregate file was found where one was named.
    fn no_aggregate(&self, place: &str) -> String;
    /// `--for` names an organisation that is in no aggregate.
    fn not_a_member(&self, organisation: &str) -> String;
    /// The anonymous label of the `i`-th other member (from 1).
    fn member_label(&self, i: usize) -> String;
    /// Methods: what the network `*` counts (BRIEF section 6).
    fn network_counts(&self, min_cell: u32) -> String;
    /// Methods: the network's duration effect merged from aggregates.
    fn fisher_z(&self) -> String;
    /// A funnel table that lists only the organisations outside the limits
    /// (`listed` of `total`, already written as numbers).
    fn flagged_only(&self, listed: &str, total: &str) -> String;
}

pub(crate) fn network(lang: Lang) -> &'static dyn NetworkWords {
    match lang {
        Lang::Fr => &super::fr::Fr,
        Lang::En => &super::en::En,
    }
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
}
