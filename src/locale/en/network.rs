use super::En;
use crate::locale::network::NetworkWords;

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
}
