//! The words of the board summary in English.

use super::En;
use crate::locale::summary::SummaryWords;

fn people(count: u64) -> &'static str {
    if count == 1 {
        "person"
    } else {
        "people"
    }
}

impl SummaryWords for En {
    fn kind(&self) -> &'static str {
        "Board summary"
    }

    fn served_title(&self) -> &'static str {
        "Who was served"
    }

    fn served(
        &self,
        (people_n, people_k): (&str, u64),
        (orgs, orgs_k): (&str, u64),
        episodes: &str,
        answers: &str,
    ) -> String {
        let organisations = if orgs_k == 1 { "organisation" } else { "organisations" };
        format!(
            "{people_n} {} supported by {orgs} {organisations}: {episodes} support episodes and {answers} answers \
             recorded.",
            people(people_k)
        )
    }

    fn served_caption(&self) -> &'static str {
        "People by organisation: at each wave, the most people who answered any one indicator"
    }

    fn answered_at(&self, at_wave: &str) -> String {
        format!("People who answered {at_wave}")
    }

    fn followed(&self, from_to: &str) -> String {
        format!("People followed {from_to}")
    }

    fn too_many_to_list(&self, organisations: &str) -> String {
        format!(
            "The {organisations} organisations are not listed one by one here: the full report has each one's figures."
        )
    }

    fn no_breakdown(&self) -> &'static str {
        "The report holds no age band or sex: who was served is given in totals. A breakdown by age and sex is left \
         for a later version."
    }

    fn results_title(&self) -> &'static str {
        "Key results"
    }

    fn comparison_title(&self) -> &'static str {
        "How organisations compare"
    }

    fn comparison_intro(&self, at_wave: &str) -> String {
        format!(
            "One line per indicator: the organisations whose result {at_wave} is better or worse than the network's \
             beyond what chance would explain (outside the 95% funnel limits). The others are within the limits."
        )
    }

    fn network_at(&self, at_wave: &str) -> String {
        format!("Network {at_wave}")
    }

    fn better(&self) -> &'static str {
        "Better than the network"
    }

    fn worse(&self) -> &'static str {
        "Worse than the network"
    }

    fn organisations(&self, n: &str, count: usize) -> String {
        format!("{n} {}", if count == 1 { "organisation" } else { "organisations" })
    }

    fn all_within(&self) -> &'static str {
        "all within the limits"
    }

    fn no_comparison(&self) -> &'static str {
        "No indicator could be compared: it needs at least two organisations large enough."
    }

    fn caveats_title(&self) -> &'static str {
        "Caveats"
    }

    fn hidden(&self, (n, count): (&str, usize), fewer: &str) -> String {
        match count {
            0 => "No result is hidden for small groups.".to_string(),
            1 => format!("1 result is hidden because it concerns {fewer}: too few to protect anonymity and give a reliable figure."),
            _ => format!("{n} results are hidden because they concern {fewer}: too few to protect anonymity and give a reliable figure."),
        }
    }

    fn change_caveat(&self, from_to: &str) -> String {
        format!(
            "Change is measured {from_to} only for the people who answered at both waves; people who left early or \
             did not answer are not in it."
        )
    }

    fn comparison_caveat(&self, at_wave: &str) -> String {
        format!(
            "Organisations are compared {at_wave}. They do not support the same people, so a gap from the network is \
             a question to ask, not a ranking."
        )
    }

    fn quality(&self, (r, rk): (&str, u64), (m, mk): (&str, u64), (w, wk): (&str, u64)) -> String {
        let s = |k: u64| if k == 1 { "" } else { "s" };
        format!(
            "Data quality: {r} record{} set aside as invalid, {m} missing answer{} and {w} warning{} while reading.",
            s(rk),
            s(mk),
            s(wk)
        )
    }

    fn ranges(&self, level: &str) -> String {
        format!("Ranges are {level} confidence intervals: the true figure is very likely within them.")
    }

    fn full_report(&self) -> &'static str {
        "The full report has every indicator with its charts, the data quality and the methods."
    }
}
