//! The words of a report in English.

use super::En;
use crate::catalogue::{Dimension, Direction, Measure, Wave};
use crate::data::MissingReason;
use crate::ingest::ProblemCode;
use crate::locale::report::{HeadlineFacts, Outside, ReportLabels, ReportWords, Steps};
use crate::report::render::{ChangeTest, Verdict};
use crate::report::{ComparisonTest, FunnelFlag};

fn quote(s: &str) -> String {
    format!("“{s}”")
}

pub(super) const LABELS: ReportLabels = ReportLabels {
    report_kind: "Social impact measurement report",
    reference_set: "Reference set",
    version: "version",
    headlines: "Results at a glance",
    headlines_intro: "The clearest changes across the network, picked automatically among all indicators.",
    no_headline: "No indicator has enough people followed from start to end to give a result.",
    contents: "Contents",
    status: "Status at each wave",
    distance: "Distance travelled",
    comparison: "Comparison across organisations",
    duration: "Length of support and change",
    time_to_event: "Time to outcome",
    data_quality: "Data quality",
    methods: "Methods and glossary",
    network: "Network",
    organisation: "Organisation",
    indicator: "Indicator",
    wave: "Wave",
    people: "People",
    pairs: "People followed",
    mean_change: "Mean change",
    ci: "CI",
    improved: "Improved",
    unchanged: "Unchanged",
    worsened: "Worsened",
    result: "Result",
    position: "Position",
    limits95: "95% limits",
    limits998: "99.8% limits",
    median_days: "Median (days)",
    events: "Outcomes reached",
    days_since_entry: "Days since entry",
    not_yet_reached: "Share who have not yet reached the outcome",
    not_reached: "not reached",
    answers: "Number of answers",
    network_value: "Network value",
    higher_is_better: "higher is better",
    lower_is_better: "lower is better",
    records_read: "Data read",
    enrolments: "Support episodes (enrolments)",
    observations: "Answers (observations)",
    beneficiaries: "People supported",
    rejected: "Records set aside as invalid",
    missing: "Missing answers",
    no_missing: "No answer is missing.",
    total: "Total",
    warnings: "Warnings",
    no_warning: "No warning.",
    suppressed: "Hidden results",
    no_suppressed: "No result is hidden.",
    hidden: "Hidden",
    notes: "Data checks",
    parameters: "Parameters",
    confidence: "Confidence level",
    min_cell: "Smallest group shown",
    as_of: "Ongoing support counted up to",
    as_of_default: "latest date in the data",
    glossary: "Glossary",
    indicators: "Indicators",
    definition: "Definition",
    measure: "Measure",
    direction: "Direction",
    reliability: "Scale reliability",
    alpha: "Cronbach's alpha",
    chart: "Chart",
    footer: "Produced by social-impact. No person's identifier ever appears in this report.",
    wilcoxon_p: "p (Wilcoxon)",
    mcnemar_p: "p (McNemar)",
    organisations: "Organisations",
    data_up_to: "Data up to",
    missing_caption: "Missing answers by indicator, wave and reason",
    time_to_outcome_hidden: "time to outcome",
    set_version: "Reference set version",
    change_measured: "Change measured",
    organisations_compared: "Organisations compared",
    spearman_caption: "Spearman correlation between the length of support and the change",
    with_ci_at: "with the confidence interval at",
    and_n_answers: "and the number of answers",
    result_lower: "result",
    figures_follow: "The figures are in the table that follows.",
    points: "points",
    share_positive: "share of positive answers",
    mean: "mean",
};

const GLOSSARY: [(&str, &str); 17] = [
    ("Confidence interval (CI)", "The range in which the true value very probably lies (95 times out of 100 at the 95% level); the more people, the narrower it is."),
    ("Wilson interval", "The range of a proportion, reliable even for small groups or proportions close to 0 or 100%."),
    ("t interval (Student)", "The range of a mean, which allows for the number of people and how spread out their answers are."),
    ("Paired t-test", "Checks whether the mean change of the same people between two waves is larger than chance would produce."),
    ("Wilcoxon signed-rank test", "The same question as the paired t-test, but based on the ranking of the changes, so extreme values weigh less."),
    ("McNemar test", "For a yes/no question asked twice of the same people: compares those who move from no to yes with those who move from yes to no."),
    ("Cohen's d_z", "The size of a change relative to its spread: about 0.2 is a small change, 0.5 medium, 0.8 large."),
    ("p-value", "The probability of seeing a difference at least this large if in fact nothing had changed; below 0.05, the difference is called clear."),
    ("Chi-square test", "Checks whether the share of positive answers differs between organisations more than chance would explain."),
    ("Kruskal-Wallis test", "Checks whether scores differ between organisations, by comparing their rankings."),
    ("Holm correction", "When many tests are run some look clear by chance alone; Holm's correction raises the bar to allow for it."),
    ("Funnel plot", "Places each organisation by its number of answers: limits widen for small organisations, whose results vary more by chance; a point outside the limits deserves a closer look."),
    ("Spearman correlation (rho)", "Measures, from −1 to +1, whether two quantities rise or fall together, here the length of support and the change."),
    ("Kaplan-Meier curve", "The share of people who have not yet reached the outcome, day by day since entry, counting properly those still supported or who left before."),
    ("Log-rank test", "Checks whether the Kaplan-Meier curves of several organisations differ more than chance would explain."),
    ("Cronbach's alpha", "Measures whether the questions of one scale point the same way; above 0.7 the scale is considered consistent."),
    ("Hidden result", "Groups that are too small are not shown, so that nobody can be recognised and because their figures would be too uncertain."),
];

impl ReportWords for En {
    fn labels(&self) -> &'static ReportLabels {
        &LABELS
    }

    fn wave_name(&self, wave: Wave) -> &'static str {
        match wave {
            Wave::Entry => "Entry",
            Wave::FollowUp => "Follow-up",
            Wave::Exit => "Exit",
            Wave::PostExit => "After exit",
        }
    }

    fn at_wave(&self, wave: Wave) -> &'static str {
        match wave {
            Wave::Entry => "at entry",
            Wave::FollowUp => "at the latest follow-up",
            Wave::Exit => "at exit",
            Wave::PostExit => "after exit",
        }
    }

    fn bare_wave(&self, wave: Wave) -> &'static str {
        match wave {
            Wave::Entry => "entry",
            Wave::FollowUp => "follow-up",
            Wave::Exit => "exit",
            Wave::PostExit => "after exit",
        }
    }

    fn span(&self, from: Wave, to: Wave) -> String {
        format!("from {} to {}", self.bare_wave(from), self.bare_wave(to))
    }

    fn dimension_name(&self, dimension: Dimension) -> &'static str {
        use Dimension::*;
        match dimension {
            Housing => "Housing",
            Rights => "Access to rights",
            Health => "Health",
            EmploymentIncome => "Employment and income",
            SocialTies => "Social ties",
            Autonomy => "Autonomy",
            Wellbeing => "Well-being",
            SafetyStability => "Safety and stability",
            Education => "Education and training",
            Family => "Family",
            Participation => "Participation",
            Support => "Support",
        }
    }

    fn missing_reason(&self, reason: Option<MissingReason>) -> &'static str {
        match reason {
            Some(MissingReason::Refused) => "Refused",
            Some(MissingReason::NotApplicable) => "Not applicable",
            Some(MissingReason::Unknown) => "Unknown",
            None => "No reason given",
        }
    }

    fn warning_kind(&self, kind: ProblemCode) -> Option<&'static str> {
        Some(match kind {
            ProblemCode::DuplicateObservation => {
                "Duplicate answers (same person, indicator and wave): the latest one counts"
            }
            ProblemCode::DuplicateEnrolment => "Duplicate support episodes: the latest one counts",
            _ => return None,
        })
    }

    fn flag_name(&self, flag: FunnelFlag) -> &'static str {
        match flag {
            FunnelFlag::Within => "Within limits",
            FunnelFlag::Above95 => "Above (95%)",
            FunnelFlag::Below95 => "Below (95%)",
            FunnelFlag::Above998 => "Above (99.8%)",
            FunnelFlag::Below998 => "Below (99.8%)",
        }
    }

    fn direction(&self, direction: Direction) -> &'static str {
        match direction {
            Direction::HigherIsBetter => LABELS.higher_is_better,
            Direction::LowerIsBetter => LABELS.lower_is_better,
        }
    }

    fn ci_paren(&self, level: &str, range: &str) -> String {
        format!("({level} CI {range})")
    }

    fn fewer_than(&self, min_cell: u32) -> String {
        format!("fewer than {min_cell} people")
    }

    fn at_least(&self, min_cell: u32) -> String {
        format!("at least {min_cell} people")
    }

    fn join(&self, names: &[&str]) -> String {
        match names {
            [] => String::new(),
            [one] => one.to_string(),
            [init @ .., last] => format!("{} and {last}", init.join(", ")),
        }
    }

    fn in_categories(&self, labels: &[&str]) -> String {
        match labels.len() {
            1..=3 => format!("were in {}", labels.iter().map(|l| quote(l)).collect::<Vec<_>>().join(" or ")),
            _ => "were in a situation counted as positive".to_string(),
        }
    }

    fn answered(&self, yes: Option<&str>) -> String {
        match yes {
            Some(label) => format!("answered {}", quote(label)),
            None => "answered yes".to_string(),
        }
    }

    fn positive_answer(&self) -> &'static str {
        "had a positive answer"
    }

    fn on_scale(&self, min: i64, max: i64) -> String {
        format!(" on a scale from {min} to {max}")
    }

    fn headline_share(&self, f: &HeadlineFacts<'_>, positive: &str) -> String {
        format!(
            "{} of the {} people who answered {} {positive}{}, against {} of the {} people who answered {} \
             ({} people answered at both and are followed {}).",
            f.later, f.n_later, f.at_later, f.ci, f.earlier, f.n_earlier, f.at_earlier, f.n, f.from_to
        )
    }

    fn headline_mean(&self, f: &HeadlineFacts<'_>, scale: &str, change: &str, change_ci: &str) -> String {
        format!(
            "On average {}{scale} for the {} people who answered {}{}, against {} for the {} people who answered \
             {}. For the {} people followed {}, the mean change is {change} per person{change_ci}.",
            f.later, f.n_later, f.at_later, f.ci, f.earlier, f.n_earlier, f.at_earlier, f.n, f.from_to
        )
    }

    fn too_few_changes(&self) -> &'static str {
        "Too few changes to tell whether they are more than chance."
    }

    fn clear_change(&self, better: bool, test: &str) -> String {
        let what = if better { "improvement" } else { "deterioration" };
        format!("A clear {what}: a change this large is unlikely to be due to chance ({test}).")
    }

    fn maybe_chance(&self, test: &str) -> String {
        format!("This change could be due to chance ({test}).")
    }

    fn change_test(&self, test: ChangeTest) -> &'static str {
        match test {
            ChangeTest::McNemar => "McNemar test",
            ChangeTest::Wilcoxon => "Wilcoxon signed-rank test",
            ChangeTest::PairedT => "paired t-test",
        }
    }

    fn verdict(&self, verdict: Verdict) -> &'static str {
        match verdict {
            Verdict::Better => "Clear improvement",
            Verdict::Worse => "Clear deterioration",
            Verdict::Unclear => "Could be chance",
        }
    }

    fn distance(&self, n: &str, from_to: &str, counts: [(u64, &str, &str); 3], steps: Steps) -> String {
        let [(_, a, a_share), (_, b, b_share), (_, c, c_share)] = counts;
        let moves = match steps {
            Steps::Scale => format!(
                "{a} ({a_share}) moved at least one step the better way on the scale (a better answer, not \
                 necessarily the outcome itself), {b} ({b_share}) stayed on the same step and {c} ({c_share}) \
                 moved at least one step the worse way"
            ),
            Steps::YesNo => format!(
                "{a} ({a_share}) moved to the better answer, {b} ({b_share}) gave the same answer and {c} \
                 ({c_share}) moved to the worse answer"
            ),
            Steps::Quantity => format!(
                "{a} ({a_share}) had a better value, {b} ({b_share}) the same value and {c} ({c_share}) a worse one"
            ),
        };
        format!("Of the {n} people followed {from_to}, {moves}.")
    }

    fn scale_change(&self, change: &str, size: f64) -> String {
        let points = if size == 1.0 { "point" } else { "points" };
        format!("{change} {points} on the scale")
    }

    fn at_wave_of(&self, at_wave: &str, n: &str, count: u64) -> String {
        format!("{at_wave}, {n} {}", if count == 1 { "person" } else { "people" })
    }

    fn outside_limits(&self, org: &str, outside: Outside) -> String {
        let side = if outside.above { "above" } else { "below" };
        let higher = if outside.above { "higher" } else { "lower" };
        let how = if outside.better() { "better" } else { "worse" };
        let verdict = if outside.lower_is_better {
            format!("For this indicator lower is better, so {org} does {how} than the network.")
        } else {
            format!("{org} does {how} than the network.")
        };
        if outside.strong {
            format!(
                "{org} is {side} the 99.8% limit: its result is clearly {higher} than the network's, far beyond \
                 what chance would explain. {verdict}"
            )
        } else {
            format!(
                "{org} is {side} the 95% limit: its result is {higher} than the network's beyond what chance \
                 would explain. {verdict}"
            )
        }
    }

    fn within_limits(&self, names: &str, count: usize) -> String {
        if count == 1 {
            format!("{names} is within the limits: its difference from the network can be explained by chance.")
        } else {
            format!("{names} are within the limits: their differences from the network can be explained by chance.")
        }
    }

    fn comparison_test(&self, test: ComparisonTest) -> &'static str {
        match test {
            ComparisonTest::ChiSquare => "chi-square test",
            ComparisonTest::KruskalWallis => "Kruskal-Wallis test",
        }
    }

    fn holm(&self, p: &str, adjusted: &str) -> String {
        format!("{p}; Holm-adjusted {adjusted}")
    }

    fn organisations_differ(&self, significant: bool, holm_significant: bool, detail: &str) -> String {
        match (significant, holm_significant) {
            (true, true) => format!(
                "The organisations differ more than chance would explain, even allowing for the number of \
                 indicators compared ({detail})."
            ),
            (true, false) => format!(
                "Taken alone the organisations seem to differ, but no longer once the number of indicators \
                 compared is allowed for ({detail})."
            ),
            (false, _) => format!("No clear difference between organisations beyond chance ({detail})."),
        }
    }

    fn made_with(&self, tool_version: &str, set: &str, set_version: &str) -> String {
        format!("social-impact {tool_version}, reference set {set} version {set_version}.")
    }

    fn logo_not_an_image(&self) -> &'static str {
        "the logo is not a PNG or JPEG image (SVG images are not taken: they can hold scripts)"
    }

    fn logo_too_large(&self, size: u64, limit: u64) -> String {
        format!("the logo holds {size} bytes, more than the {limit} a report's first page takes")
    }

    fn comparison_caution(&self) -> &'static str {
        "Caution: organisations do not support the same people (age, situation at entry, kind of service). A \
         gap from the network is a question to look into together, not a ranking nor a verdict on the quality \
         of the work."
    }

    fn no_comparison(&self, min_cell: u32) -> String {
        format!("No comparison: it needs at least two organisations with at least {min_cell} people each.")
    }

    fn not_compared(&self, names: &str, fewer: &str) -> String {
        format!("Not compared: {names} ({fewer}).")
    }

    fn duration_no_data(&self, n: &str) -> String {
        format!("Not enough data to relate length of support to change ({n} people who left).")
    }

    fn duration_link(&self, significant: bool, more: bool, stats: &str) -> String {
        match (significant, more) {
            (true, true) => format!(
                "People supported for longer improved more: this link is unlikely to be due to chance (Spearman {stats})."
            ),
            (true, false) => format!(
                "People supported for longer improved less: this link is unlikely to be due to chance (Spearman {stats})."
            ),
            (false, _) => format!("No clear link between the length of support and the change (Spearman {stats})."),
        }
    }

    fn time_hidden(&self, fewer: &str) -> String {
        format!("Result hidden: {fewer}.")
    }

    fn time_median(&self, days: Option<&str>) -> String {
        match days {
            Some(m) => format!("Half of the people reached this outcome within {m} days (median, whole network)."),
            None => "Fewer than half of the people reached this outcome during the period observed: the median is not \
                     reached."
                .to_string(),
        }
    }

    fn time_reached(&self, events: &str, n: &str, as_of: Option<&str>) -> String {
        match as_of {
            Some(d) => {
                format!(
                    "{events} of the {n} people followed reached it; the others count until they left or until {d}."
                )
            }
            None => format!("{events} of the {n} people followed reached it; the others count until they left."),
        }
    }

    fn logrank(&self, significant: bool, detail: &str) -> String {
        if significant {
            format!("Times differ between organisations more than chance would explain ({detail}).")
        } else {
            format!("No clear difference in time between organisations ({detail}).")
        }
    }

    fn legend_median(&self, days: &str) -> String {
        format!("median: {days} days")
    }

    fn network_median(&self, days: Option<&str>) -> String {
        match days {
            Some(m) => format!("network median: {m} days"),
            None => format!("network median: {}", LABELS.not_reached),
        }
    }

    fn measure_kind(&self, measure: &Measure) -> String {
        match measure {
            Measure::Binary { .. } => "yes / no".to_string(),
            Measure::Categorical { categories } => format!("{} categories", categories.len()),
            Measure::Ordinal { min, max, .. } => format!("scale from {min} to {max}"),
            Measure::Count { .. } => "count".to_string(),
            Measure::Continuous { unit, .. } => format!("quantity ({unit})"),
        }
    }

    fn hidden_status(&self, waves: &str) -> String {
        format!("status ({waves})")
    }

    fn hidden_change(&self) -> &'static str {
        "change"
    }

    fn change_not_measured(&self, asked: &str, from_to: &str) -> String {
        format!(
            "This indicator is collected only {asked}: change {from_to} does not apply to it, so there is no \
             distance travelled to show. Nothing is hidden here."
        )
    }

    fn semicolons(&self, parts: &[String]) -> String {
        parts.join("; ")
    }

    fn hidden_results(&self, fewer: &str) -> String {
        format!(
            "These results concern {fewer} and are not shown: too few people to protect their anonymity and to \
             give a reliable figure."
        )
    }

    fn against(&self, value: &str, at_wave: &str, n: &str, count: u64) -> String {
        format!("against {value} {at_wave} ({n} {})", if count == 1 { "person" } else { "people" })
    }

    fn glossary(&self) -> &'static [(&'static str, &'static str)] {
        &GLOSSARY
    }

    fn file_note(&self, name: &str, read: u64, kept: u64, left_out: u64) -> String {
        format!("{name}: {read} rows read, {kept} kept, {left_out} left out.")
    }

    fn tolerated_note(&self, errors: u64, left_out: u64, rows: u64, share: &str, limit: &str) -> String {
        let errors_word = if errors == 1 { "error" } else { "errors" };
        let rows_word = if left_out == 1 { "row" } else { "rows" };
        format!(
            "This report was made although the files have {errors} {errors_word}: {left_out} {rows_word} of {rows} \
             ({share}) were left out, within the {limit} accepted for this report. The figures describe the rows \
             kept only."
        )
    }

    fn methods(&self, level: &str, from_to: &str, comparison_wave: &str, min_cell: u32) -> Vec<String> {
        vec![
            format!(
                "Each indicator is summarised at each wave, for each organisation and for the whole network: share \
                 of positive answers (Wilson interval) or mean (t interval), with a {level} confidence interval. At \
                 follow-up, the latest answer counts."
            ),
            format!(
                "Change is measured {from_to} over the people who answered at both waves (paired t-test, Wilcoxon test, \
                 and McNemar test for yes/no questions)."
            ),
            format!(
                "Organisations are compared at {comparison_wave} (chi-square or Kruskal-Wallis, then Holm's correction \
                 over all indicators) and placed on a funnel plot with 95% and 99.8% limits."
            ),
            format!(
                "Groups of fewer than {min_cell} people are hidden: their figures are neither shown nor used in \
                 comparisons between organisations."
            ),
            "People are known only by a pseudonym: an HMAC-SHA-256 of their id, first put in one Unicode form (NFC) \
             so that an accented id typed on a Mac or on Windows is the same person; the ids themselves are never \
             kept."
                .to_string(),
        ]
    }
}
