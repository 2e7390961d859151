use super::En;
use crate::locale::network::{MemberFacts, MemberReading, NetworkWords};

fn people(n: u64, text: &str) -> String {
    if n == 1 {
        format!("{text} person")
    } else {
        format!("{text} people")
    }
}

impl NetworkWords for En {
    fn refused(&self, file: &str, why: &str) -> String {
        format!("{file} refused: {why}. Nothing was written.")
    }
    fn data_errors(&self) -> String {
        "the data have errors: no aggregate was written (see `impact validate`)".to_string()
    }
    fn no_aggregate(&self, place: &str) -> String {
        format!("no aggregate file (.json) in {place}")
    }
    fn not_a_member(&self, organisation: &str) -> String {
        format!("organisation {organisation} is in no aggregate")
    }
    fn member_label(&self, i: usize) -> String {
        format!("Member {i:04}")
    }
    fn network_counts(&self, min_cell: u32) -> String {
        let people = if min_cell == 1 { "person" } else { "people" };
        format!(
            "The whole network (*) counts, for each figure, only the people of the organisations whose own group \
             is shown for that same figure (at least {min_cell} {people}): status at each wave, change, time to \
             outcome and scale reliability each have their own network. What is hidden is counted nowhere, so it \
             cannot be recovered by subtracting the organisations shown from the network."
        )
    }
    fn fisher_z(&self) -> String {
        "Network merged from aggregates: the network's link between support duration and change combines the \
         organisations' Spearman coefficients on Fisher's z scale (weights n-3); pooling durations across \
         organisations would mix organisation effects with duration effects."
            .to_string()
    }
    fn flagged_only(&self, listed: &str, total: &str) -> String {
        format!("(organisations outside the 95% limits only: {listed} of {total})")
    }
    fn not_listed(&self, not_listed: (u64, &str), total: &str, threshold: usize, member: Option<&str>) -> String {
        let member = member.map(|m| format!(" and {m}")).unwrap_or_default();
        let (n, count) = not_listed;
        let are = if n == 1 { "is" } else { "are" };
        format!(
            "{count} of the {total} organisations {are} not listed here: above {threshold} organisations, \
             tables name only the network, the organisations outside the funnel's 95% limits{member}, and \
             charts other than the funnel plots draw only the network{member}. Every organisation is a point on \
             the funnel plots and is in the JSON report."
        )
    }
    fn organisations(&self, n: u64, text: &str) -> String {
        if n == 1 {
            format!("{text} organisation")
        } else {
            format!("{text} organisations")
        }
    }
    fn funnel_counts(&self, outside: (u64, &str), above: &str, below: &str, total: &str) -> String {
        let (n, text) = outside;
        let verb = if n == 1 { "is" } else { "are" };
        format!(
            "Of {total} organisations, {text} {verb} outside the 95% limits ({above} above, {below} below; the table \
             lists them); the others are within the limits: their gaps from the network may be chance."
        )
    }
    fn censoring_dates_differ(&self, earlier: usize, earliest: Option<&str>, latest: &str) -> String {
        let (what, were) = if earlier == 1 { ("aggregate", "was") } else { ("aggregates", "were") };
        let first = earliest.map_or(" (without a date)".to_string(), |d| format!(", the earliest at {d}"));
        format!(
            "{earlier} {what} {were} censored before {latest}{first}. The report's as_of is {latest}; the time to \
             outcome of their organisations stops at their own date."
        )
    }
    fn points(&self, signed: &str, whole: u64) -> String {
        if whole == 1 {
            format!("{signed}\u{a0}point")
        } else {
            format!("{signed}\u{a0}points")
        }
    }
    fn you_title(&self) -> &'static str {
        "You against the network"
    }
    fn you_intro(&self, member: &str) -> String {
        format!(
            "Where {member} stands on each indicator against the whole network, at the wave organisations are \
             compared, with the funnel plot's reading: a gap inside the 95% limits may be chance. The key results \
             come first; the other members are named by anonymous labels."
        )
    }
    fn member_line(&self, f: &MemberFacts<'_>) -> String {
        let MemberFacts { label, member, value, n, at_wave, network, gap, reading } = *f;
        let mut out = format!("{label}: {member} {value} {at_wave} ({})", people(n.0, n.1));
        if let Some((v, k, text)) = network {
            out.push_str(&format!(", against {v} for the network ({})", people(k, text)));
        }
        if let Some(gap) = gap {
            out.push_str(&format!(", a gap of {gap}"));
        }
        let reading = match reading {
            MemberReading::Within => "inside the 95% limits: the gap may be chance".to_string(),
            MemberReading::NotCompared => "no comparison across organisations on this indicator".to_string(),
            MemberReading::Outside { outside, better, lower_is_better } => {
                let side = if outside.above { "above" } else { "below" };
                let way = if outside.above { "higher" } else { "lower" };
                let which = if better { "better" } else { "worse" };
                let note = if lower_is_better { " (lower is better for this indicator)" } else { "" };
                if outside.strong {
                    format!("{side} even the 99.8% limit: clearly {way} than the network, which is {which}{note}")
                } else {
                    format!(
                        "{side} the 95% limit: {way} than the network beyond what chance would explain, which is \
                         {which}{note}"
                    )
                }
            }
        };
        format!("{out}; {reading}.")
    }
    fn member_hidden(&self, label: &str, member: &str, at_wave: &str, fewer: &str) -> String {
        format!("{label}: hidden for {member} {at_wave} ({fewer}), so no figure is given.")
    }
    fn member_no_answer(&self, label: &str, member: &str, at_wave: &str) -> String {
        format!("{label}: no answer from {member} {at_wave}.")
    }
}
