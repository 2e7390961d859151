//! The words of a report people read: headings, labels, table captions,
//! the plain-words sentences of results, the glossary and the methods.
//!
//! The renderer (`report::render`) decides *which* sentence a result calls
//! for and computes the figures (already written as text by
//! [`numbers`](super::numbers)); the methods here only put them into words.

use super::Lang;
use crate::catalogue::{Dimension, Direction, Measure, Wave};
use crate::data::MissingReason;
use crate::ingest::ProblemCode;
use crate::report::render::{ChangeTest, Verdict};
use crate::report::{ComparisonTest, FunnelFlag};

/// The fixed words of a report in one language, one field per word.
#[derive(Debug)]
pub(crate) struct ReportLabels {
    /// Report kind, above the title.
    pub(crate) report_kind: &'static str,
    /// "Reference set".
    pub(crate) reference_set: &'static str,
    /// "version".
    pub(crate) version: &'static str,
    /// Heading of the headline results.
    pub(crate) headlines: &'static str,
    /// Introduction to the headline results.
    pub(crate) headlines_intro: &'static str,
    /// When no headline can be given.
    pub(crate) no_headline: &'static str,
    /// "Contents".
    pub(crate) contents: &'static str,
    /// "Status at each wave".
    pub(crate) status: &'static str,
    /// "Distance travelled".
    pub(crate) distance: &'static str,
    /// "Comparison across organisations".
    pub(crate) comparison: &'static str,
    /// "Support duration and change".
    pub(crate) duration: &'static str,
    /// "Time to outcome".
    pub(crate) time_to_event: &'static str,
    /// "Data quality".
    pub(crate) data_quality: &'static str,
    /// "Methods and glossary".
    pub(crate) methods: &'static str,
    /// "Network" (the whole network, group `*`).
    pub(crate) network: &'static str,
    /// "Organisation".
    pub(crate) organisation: &'static str,
    /// "Indicator".
    pub(crate) indicator: &'static str,
    /// "Wave".
    pub(crate) wave: &'static str,
    /// "People".
    pub(crate) people: &'static str,
    /// "People followed" (pairs).
    pub(crate) pairs: &'static str,
    /// "Mean change".
    pub(crate) mean_change: &'static str,
    /// "CI" (confidence interval) abbreviation.
    pub(crate) ci: &'static str,
    /// "Improved".
    pub(crate) improved: &'static str,
    /// "Unchanged".
    pub(crate) unchanged: &'static str,
    /// "Worsened".
    pub(crate) worsened: &'static str,
    /// "Result".
    pub(crate) result: &'static str,
    /// "Position".
    pub(crate) position: &'static str,
    /// "Lower limit" prefix for funnel tables.
    pub(crate) limits95: &'static str,
    /// 99.8 % limits heading.
    pub(crate) limits998: &'static str,
    /// "Median (days)".
    pub(crate) median_days: &'static str,
    /// "Events".
    pub(crate) events: &'static str,
    /// "Days since entry".
    pub(crate) days_since_entry: &'static str,
    /// "Share who have not yet reached the outcome", the Kaplan-Meier y axis.
    pub(crate) not_yet_reached: &'static str,
    /// "not reached".
    pub(crate) not_reached: &'static str,
    /// "Number of answers" (funnel x axis).
    pub(crate) answers: &'static str,
    /// "Network value".
    pub(crate) network_value: &'static str,
    /// "Higher is better".
    pub(crate) higher_is_better: &'static str,
    /// "Lower is better".
    pub(crate) lower_is_better: &'static str,
    /// "Records read".
    pub(crate) records_read: &'static str,
    /// "Support episodes (enrolments)".
    pub(crate) enrolments: &'static str,
    /// "Answers (observations)".
    pub(crate) observations: &'static str,
    /// "People supported".
    pub(crate) beneficiaries: &'static str,
    /// "Records set aside as invalid".
    pub(crate) rejected: &'static str,
    /// "Missing answers".
    pub(crate) missing: &'static str,
    /// When no answer is missing.
    pub(crate) no_missing: &'static str,
    /// "Total".
    pub(crate) total: &'static str,
    /// "Warnings".
    pub(crate) warnings: &'static str,
    /// When there is no warning.
    pub(crate) no_warning: &'static str,
    /// "Hidden results".
    pub(crate) suppressed: &'static str,
    /// When nothing is hidden.
    pub(crate) no_suppressed: &'static str,
    /// "Results hidden".
    pub(crate) hidden: &'static str,
    /// "Notes from the data checks".
    pub(crate) notes: &'static str,
    /// "Parameters".
    pub(crate) parameters: &'static str,
    /// "Confidence level".
    pub(crate) confidence: &'static str,
    /// "Minimum group size".
    pub(crate) min_cell: &'static str,
    /// "Data up to".
    pub(crate) as_of: &'static str,
    /// "latest date in the data".
    pub(crate) as_of_default: &'static str,
    /// "Glossary".
    pub(crate) glossary: &'static str,
    /// "Indicators".
    pub(crate) indicators: &'static str,
    /// "Definition".
    pub(crate) definition: &'static str,
    /// "Measure".
    pub(crate) measure: &'static str,
    /// "Direction".
    pub(crate) direction: &'static str,
    /// "Scale reliability".
    pub(crate) reliability: &'static str,
    /// "Cronbach's alpha".
    pub(crate) alpha: &'static str,
    /// "Chart" prefix of text alternatives.
    pub(crate) chart: &'static str,
    /// Footer line.
    pub(crate) footer: &'static str,
    /// "Wilcoxon p".
    pub(crate) wilcoxon_p: &'static str,
    /// "McNemar p".
    pub(crate) mcnemar_p: &'static str,
    /// "Organisations", on the cover.
    pub(crate) organisations: &'static str,
    /// "Data up to", on the cover.
    pub(crate) data_up_to: &'static str,
    /// Caption of the missing-answers table.
    pub(crate) missing_caption: &'static str,
    /// "time to outcome", what is hidden of a time-to-event group.
    pub(crate) time_to_outcome_hidden: &'static str,
    /// "Reference set version", a parameter.
    pub(crate) set_version: &'static str,
    /// "Change measured", a parameter.
    pub(crate) change_measured: &'static str,
    /// "Organisations compared", a parameter.
    pub(crate) organisations_compared: &'static str,
    /// What the duration table shows.
    pub(crate) spearman_caption: &'static str,
    /// "with the confidence interval at", in the status caption.
    pub(crate) with_ci_at: &'static str,
    /// "and the number of answers", in the status caption.
    pub(crate) and_n_answers: &'static str,
    /// "result", in the funnel caption.
    pub(crate) result_lower: &'static str,
    /// The text alternative's pointer to the table after a chart.
    pub(crate) figures_follow: &'static str,
    /// "points", the unit of a change in percentage points.
    pub(crate) points: &'static str,
    /// "share of positive answers", what a proportion summarises.
    pub(crate) share_positive: &'static str,
    /// "mean", what a mean summarises.
    pub(crate) mean: &'static str,
}

/// The figures of a headline sentence, each already written out: the
/// network's status at the later wave (`62 %`, `6.2`), when (`at exit`) and
/// out of how many people who answered then (`n_later`), its interval
/// (` (95 % CI 56–68 %)`, with its leading space, or empty), the status at
/// the earlier wave, when (`at entry`) and out of how many (`n_earlier`),
/// the people followed from one wave to the other and between which waves
/// (`from entry to exit`).
#[rustfmt::skip]
pub(crate) struct HeadlineFacts<'a> {
    pub(crate) later: &'a str, pub(crate) at_later: &'a str, pub(crate) n_later: &'a str, pub(crate) ci: &'a str,
    pub(crate) earlier: &'a str, pub(crate) at_earlier: &'a str, pub(crate) n_earlier: &'a str,
    pub(crate) n: &'a str, pub(crate) from_to: &'a str,
}

/// What "improved" means for an indicator, so that the distance sentence
/// says it: a step on a scale or ladder, a better answer to a yes / no
/// question, a better value of a quantity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Steps {
    /// Ordered answers (a scale, a ladder of categories): improving is
    /// moving at least one step the better way, not reaching the outcome.
    Scale,
    /// A yes / no question: improving is moving to the better answer.
    YesNo,
    /// A count or a quantity: improving is a better value.
    Quantity,
}

/// Where an organisation sits outside the funnel limits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Outside {
    /// Above the limit (else below).
    pub(crate) above: bool,
    /// Beyond the 99.8 % limit (else only the 95 % one).
    pub(crate) strong: bool,
    /// For this indicator, lower is better: above the limit is worse.
    pub(crate) lower_is_better: bool,
}

impl Outside {
    /// Whether the organisation does better than the network.
    pub(crate) fn better(self) -> bool {
        self.above != self.lower_is_better
    }
}

/// Every phrase of a report, in one language.
pub(crate) trait ReportWords: Sync {
    /// The fixed words.
    fn labels(&self) -> &'static ReportLabels;
    /// The name of a wave, as a table heading: `Entry`, `Sortie`.
    fn wave_name(&self, wave: Wave) -> &'static str;
    /// A wave inside a sentence: `at entry`, `à la sortie`.
    fn at_wave(&self, wave: Wave) -> &'static str;
    /// A wave after "from" / "to": `entry`, `l'entrée`.
    fn bare_wave(&self, wave: Wave) -> &'static str;
    /// `from entry to exit`, `de l'entrée à la sortie`.
    fn span(&self, from: Wave, to: Wave) -> String;
    /// The name of an outcome area.
    fn dimension_name(&self, dimension: Dimension) -> &'static str;
    /// Why an answer is missing; `None` is "no reason given".
    fn missing_reason(&self, reason: Option<MissingReason>) -> &'static str;
    /// A warning kind in words; `None` for a kind this language has no words for.
    fn warning_kind(&self, kind: ProblemCode) -> Option<&'static str>;
    /// A funnel-plot flag, as a table cell.
    fn flag_name(&self, flag: FunnelFlag) -> &'static str;
    /// "higher is better" / "lower is better".
    fn direction(&self, direction: Direction) -> &'static str;
    /// `(95 % CI 56–68 %)` / `(IC à 95 % : 56–68 %)`.
    fn ci_paren(&self, level: &str, range: &str) -> String;
    /// "fewer than 11 people".
    fn fewer_than(&self, min_cell: u32) -> String;
    /// "at least 11 people".
    fn at_least(&self, min_cell: u32) -> String;
    /// `A, B and C`.
    fn join(&self, names: &[&str]) -> String;
    /// What counts as positive when it is one of a few categories:
    /// `were in “supported” or “tenancy”`; past three, a general phrase.
    fn in_categories(&self, labels: &[&str]) -> String;
    /// `answered “yes, in work”` or, without a label, `answered yes`.
    fn answered(&self, yes: Option<&str>) -> String;
    /// What counts as positive when the definition is unknown.
    fn positive_answer(&self) -> &'static str;
    /// ` on a scale from 1 to 10`, with its leading space.
    fn on_scale(&self, min: i64, max: i64) -> String;
    /// The headline of a proportion: `62 % of the people supported ...`.
    fn headline_share(&self, facts: &HeadlineFacts<'_>, positive: &str) -> String;
    /// The headline of a mean, with the mean change and its interval
    /// (` (95 % CI ...)` with its leading space, or empty).
    fn headline_mean(&self, facts: &HeadlineFacts<'_>, scale: &str, change: &str, change_ci: &str) -> String;
    /// When no test of a change can be made.
    fn too_few_changes(&self) -> &'static str;
    /// A clear change (`better` or worse), with the test that says so.
    fn clear_change(&self, better: bool, test: &str) -> String;
    /// A change that could be chance, with its test.
    fn maybe_chance(&self, test: &str) -> String;
    /// The name of the test of a change, inside a parenthesis.
    fn change_test(&self, test: ChangeTest) -> &'static str;
    /// A verdict in a few words, for a tag.
    fn verdict(&self, verdict: Verdict) -> &'static str;
    /// `Of the 243 people followed from entry to exit, 120 (49 %) moved at
    /// least one step the better way ...`: `counts` holds the count (as a
    /// number and written out) and share of those who improved, stayed the
    /// same and worsened, in that order; `steps` what improving means.
    fn distance(&self, n: &str, from_to: &str, counts: [(u64, &str, &str); 3], steps: Steps) -> String;
    /// A mean change on a scale with its unit: `+2.2 points on the scale`;
    /// `size` is its absolute value, for the plural.
    fn scale_change(&self, change: &str, size: f64) -> String;
    /// When a figure was measured and out of how many people:
    /// `at exit, 1,027 people`.
    fn at_wave_of(&self, at_wave: &str, n: &str, count: u64) -> String;
    /// One organisation outside the funnel limits, and whether that is
    /// better or worse than the network, said plainly.
    fn outside_limits(&self, org: &str, outside: Outside) -> String;
    /// The `count` organisations inside the limits, already joined.
    fn within_limits(&self, names: &str, count: usize) -> String;
    /// The name of a test across organisations.
    fn comparison_test(&self, test: ComparisonTest) -> &'static str;
    /// `p = 0.01; Holm-adjusted p = 0.04`.
    fn holm(&self, p: &str, adjusted: &str) -> String;
    /// Whether organisations differ: alone (`significant`) and once the
    /// number of indicators is allowed for (`holm_significant`).
    fn organisations_differ(&self, significant: bool, holm_significant: bool, detail: &str) -> String;
    /// When there are not two organisations large enough to compare.
    fn no_comparison(&self, min_cell: u32) -> String;
    /// The caution beside each funnel plot: organisations serve different
    /// people, so a gap is a question to ask, not a verdict.
    fn comparison_caution(&self) -> &'static str;
    /// A logo file that is not a PNG or JPEG image.
    fn logo_not_an_image(&self) -> &'static str;
    /// A logo file past its size limit.
    fn logo_too_large(&self, size: u64, limit: u64) -> String;
    /// The tool version and the reference set behind a report, for its footer.
    fn made_with(&self, tool_version: &str, set: &str, set_version: &str) -> String;
    /// Organisations left out of a comparison; `fewer` is
    /// [`fewer_than`](Self::fewer_than).
    fn not_compared(&self, names: &str, fewer: &str) -> String;
    /// When the duration effect cannot be computed.
    fn duration_no_data(&self, n: &str) -> String;
    /// The duration effect: a clear link (`significant`), and whether
    /// longer support goes with more improvement (`more`).
    fn duration_link(&self, significant: bool, more: bool, stats: &str) -> String;
    /// A hidden time-to-event result.
    fn time_hidden(&self, fewer: &str) -> String;
    /// The network's median time, or that it is not reached.
    fn time_median(&self, days: Option<&str>) -> String;
    /// How many reached the outcome and until when the others count.
    fn time_reached(&self, events: &str, n: &str, as_of: Option<&str>) -> String;
    /// The log-rank test in words.
    fn logrank(&self, significant: bool, detail: &str) -> String;
    /// The median in a chart legend: `median: 120 days`.
    fn legend_median(&self, days: &str) -> String;
    /// The network median in a chart's text alternative, or that it is not reached.
    fn network_median(&self, days: Option<&str>) -> String;
    /// The kind of a measure: `yes / no`, `4 categories`, `scale from 1 to 10`.
    fn measure_kind(&self, measure: &Measure) -> String;
    /// What is hidden of a group's status, the waves already joined.
    fn hidden_status(&self, waves: &str) -> String;
    /// "change", what is hidden of a group's change.
    fn hidden_change(&self) -> &'static str;
    /// Why an indicator has no change: the set asks it only at `asked` (the
    /// waves already joined, `at exit`), not at both waves of `from_to`.
    fn change_not_measured(&self, asked: &str, from_to: &str) -> String;
    /// Parts of a list joined by semicolons.
    fn semicolons(&self, parts: &[String]) -> String;
    /// `In one sentence: why these results are hidden`.
    fn hidden_results(&self, fewer: &str) -> String;
    /// `against 13 % at entry (1,870 people)`; `n` is written out, `count`
    /// its number, for the plural.
    fn against(&self, value: &str, at_wave: &str, n: &str, count: u64) -> String;
    /// The glossary: each statistic in one sentence.
    fn glossary(&self) -> &'static [(&'static str, &'static str)];
    /// A data-check line for the data-quality section: a file's rows read,
    /// kept and left out.
    fn file_note(&self, name: &str, read: u64, kept: u64, left_out: u64) -> String;
    /// A report made although the files had errors, because the rows left
    /// out stayed within the share accepted for it.
    fn tolerated_note(&self, errors: u64, left_out: u64, rows: u64, share: &str, limit: &str) -> String;
    /// The methods paragraphs.
    fn methods(&self, level: &str, from_to: &str, comparison_wave: &str, min_cell: u32) -> Vec<String>;
}

/// The report words of `lang`.
pub(crate) fn report(lang: Lang) -> &'static dyn ReportWords {
    match lang {
        Lang::Fr => &super::fr::Fr,
        Lang::En => &super::en::En,
    }
}
