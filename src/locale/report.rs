//! The words of a report people read: headings, labels, table captions,
//! the plain-words sentences of results, the glossary and the methods.
//!
//! The renderer (`report::render`) decides *which* sentence a result calls
//! for and computes the figures (already written as text by
//! [`numbers`](super::numbers)); the methods here only put them into words,
//! from each language's `report.ftl`.

use super::messages::{fixed_texts, messages, say, Messages};
use super::Lang;
use crate::catalogue::{Dimension, Direction, Measure, Wave};
use crate::data::MissingReason;
use crate::ingest::ProblemCode;
use crate::report::render::{ChangeTest, Verdict};
use crate::report::{ComparisonTest, FunnelFlag};
use std::sync::LazyLock;

/// Declares [`ReportLabels`], one `&'static str` field per word, and
/// reads each field `f` from message `report-label-f`.
macro_rules! report_labels {
    ($($(#[$doc:meta])* $field:ident,)*) => {
        /// The fixed words of a report in one language, one field per word.
        #[derive(Debug)]
        pub(crate) struct ReportLabels {
            $($(#[$doc])* pub(crate) $field: &'static str,)*
        }

        impl ReportLabels {
            /// The names of the fields, for the tests.
            #[cfg(test)]
            const FIELDS: &'static [&'static str] = &[$(stringify!($field)),*];

            fn read(m: &'static Messages) -> ReportLabels {
                ReportLabels { $($field: m.keyed("report-label", stringify!($field)),)* }
            }
        }
    };
}

report_labels! {
    /// Report kind, above the title.
    report_kind,
    /// "Reference set".
    reference_set,
    /// "version".
    version,
    /// Heading of the headline results.
    headlines,
    /// Introduction to the headline results.
    headlines_intro,
    /// When no headline can be given.
    no_headline,
    /// "Contents".
    contents,
    /// "Status at each wave".
    status,
    /// "Distance travelled".
    distance,
    /// "Comparison across organisations".
    comparison,
    /// "Support duration and change".
    duration,
    /// "Time to outcome".
    time_to_event,
    /// "Data quality".
    data_quality,
    /// "Methods and glossary".
    methods,
    /// "Network" (the whole network, group `*`).
    network,
    /// "Organisation".
    organisation,
    /// "Indicator".
    indicator,
    /// "Wave".
    wave,
    /// "People".
    people,
    /// "People followed" (pairs).
    pairs,
    /// "Mean change".
    mean_change,
    /// "CI" (confidence interval) abbreviation.
    ci,
    /// "Improved".
    improved,
    /// "Unchanged".
    unchanged,
    /// "Worsened".
    worsened,
    /// "Result".
    result,
    /// "Position".
    position,
    /// "Lower limit" prefix for funnel tables.
    limits95,
    /// 99.8 % limits heading.
    limits998,
    /// "Median (days)".
    median_days,
    /// "Events".
    events,
    /// "Days since entry".
    days_since_entry,
    /// "Share who have not yet reached the outcome", the Kaplan-Meier y axis.
    not_yet_reached,
    /// "not reached".
    not_reached,
    /// "Number of answers" (funnel x axis).
    answers,
    /// "Network value".
    network_value,
    /// "Higher is better".
    higher_is_better,
    /// "Lower is better".
    lower_is_better,
    /// "Records read".
    records_read,
    /// "Support episodes (enrolments)".
    enrolments,
    /// "Answers (observations)".
    observations,
    /// "People supported".
    beneficiaries,
    /// "Records set aside as invalid".
    rejected,
    /// "Missing answers".
    missing,
    /// When no answer is missing.
    no_missing,
    /// "Total".
    total,
    /// "Warnings".
    warnings,
    /// When there is no warning.
    no_warning,
    /// "Hidden results".
    suppressed,
    /// When nothing is hidden.
    no_suppressed,
    /// "Results hidden".
    hidden,
    /// "Notes from the data checks".
    notes,
    /// "Parameters".
    parameters,
    /// "Confidence level".
    confidence,
    /// "Minimum group size".
    min_cell,
    /// "Data up to".
    as_of,
    /// "latest date in the data".
    as_of_default,
    /// "Glossary".
    glossary,
    /// "Indicators".
    indicators,
    /// "Definition".
    definition,
    /// "Measure".
    measure,
    /// "Direction".
    direction,
    /// "Scale reliability".
    reliability,
    /// "Cronbach's alpha".
    alpha,
    /// "Chart" prefix of text alternatives.
    chart,
    /// Footer line.
    footer,
    /// "Wilcoxon p".
    wilcoxon_p,
    /// "McNemar p".
    mcnemar_p,
    /// "Organisations", on the cover.
    organisations,
    /// "Data up to", on the cover.
    data_up_to,
    /// Caption of the missing-answers table.
    missing_caption,
    /// "time to outcome", what is hidden of a time-to-event group.
    time_to_outcome_hidden,
    /// "Reference set version", a parameter.
    set_version,
    /// "Change measured", a parameter.
    change_measured,
    /// "Organisations compared", a parameter.
    organisations_compared,
    /// What the duration table shows.
    spearman_caption,
    /// "with the confidence interval at", in the status caption.
    with_ci_at,
    /// "and the number of answers", in the status caption.
    and_n_answers,
    /// "result", in the funnel caption.
    result_lower,
    /// The text alternative's pointer to the table after a chart.
    figures_follow,
    /// "points", the unit of a change in percentage points.
    points,
    /// "share of positive answers", what a proportion summarises.
    share_positive,
    /// "mean", what a mean summarises.
    mean,
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

/// How many entries the glossary has (`report-glossary-1-term`...).
const GLOSSARY_ENTRIES: usize = 17;

/// What each language reads once: its fixed words and its glossary.
struct Fixed {
    labels: ReportLabels,
    glossary: Vec<(&'static str, &'static str)>,
}

/// The fixed words and glossary of `lang`, read on first use.
fn fixed(lang: Lang) -> &'static Fixed {
    static ALL: LazyLock<Vec<Fixed>> = LazyLock::new(|| {
        Lang::ALL
            .into_iter()
            .map(|lang| {
                let m = messages(lang);
                let glossary = (1..=GLOSSARY_ENTRIES)
                    .map(|i| {
                        let id = format!("report-glossary-{i}");
                        (m.keyed(&id, "term"), m.keyed(&id, "meaning"))
                    })
                    .collect();
                Fixed { labels: ReportLabels::read(m), glossary }
            })
            .collect()
    });
    &ALL[lang.index()]
}

/// Every phrase of a report in one language, from its `report.ftl`.
#[derive(Clone, Copy)]
pub(crate) struct ReportWords {
    m: &'static Messages,
    fixed: &'static Fixed,
}

/// The report words of `lang`.
pub(crate) fn report(lang: Lang) -> ReportWords {
    ReportWords { m: messages(lang), fixed: fixed(lang) }
}

impl ReportWords {
    fixed_texts! {
        /// What counts as positive when the definition is unknown.
        positive_answer = "report-positive-answer";
        /// When no test of a change can be made.
        too_few_changes = "report-too-few-changes";
        /// The caution beside each funnel plot: organisations serve different
        /// people, so a gap is a question to ask, not a verdict.
        comparison_caution = "report-comparison-caution";
        /// A logo file that is not a PNG or JPEG image.
        logo_not_an_image = "report-logo-not-an-image";
        /// "change", what is hidden of a group's change.
        hidden_change = "report-hidden-change";
    }

    /// The fixed words.
    pub(crate) fn labels(&self) -> &'static ReportLabels {
        &self.fixed.labels
    }

    /// The name of a wave, as a table heading: `Entry`, `Sortie`.
    pub(crate) fn wave_name(&self, wave: Wave) -> &'static str {
        self.m.keyed("report-wave", wave.as_str())
    }

    /// A wave inside a sentence: `at entry`, `à la sortie`.
    pub(crate) fn at_wave(&self, wave: Wave) -> &'static str {
        self.m.keyed("report-at-wave", wave.as_str())
    }

    /// A wave after "from" / "to": `entry`, `l'entrée`.
    pub(crate) fn bare_wave(&self, wave: Wave) -> &'static str {
        self.m.keyed("report-bare-wave", wave.as_str())
    }

    /// `from entry to exit`, `de l'entrée à la sortie`.
    pub(crate) fn span(&self, from: Wave, to: Wave) -> String {
        let from = self.m.keyed("report-from-wave", from.as_str());
        let to = self.m.keyed("report-to-wave", to.as_str());
        say!(self.m, "report-span", from, to)
    }

    /// The name of an outcome area.
    pub(crate) fn dimension_name(&self, dimension: Dimension) -> &'static str {
        self.m.keyed("report-dimension", dimension.as_str())
    }

    /// Why an answer is missing; `None` is "no reason given".
    pub(crate) fn missing_reason(&self, reason: Option<MissingReason>) -> &'static str {
        match reason {
            Some(reason) => self.m.keyed("report-missing-reason", reason.as_str()),
            None => self.m.text("report-no-missing-reason"),
        }
    }

    /// A warning kind in words; `None` for a kind the report does not describe.
    pub(crate) fn warning_kind(&self, kind: ProblemCode) -> Option<&'static str> {
        match kind {
            ProblemCode::DuplicateObservation | ProblemCode::DuplicateEnrolment => {
                Some(self.m.keyed("report-warning", kind.as_str()))
            }
            _ => None,
        }
    }

    /// A funnel-plot flag, as a table cell.
    pub(crate) fn flag_name(&self, flag: FunnelFlag) -> &'static str {
        let key = match flag {
            FunnelFlag::Within => "within",
            FunnelFlag::Above95 => "above95",
            FunnelFlag::Below95 => "below95",
            FunnelFlag::Above998 => "above998",
            FunnelFlag::Below998 => "below998",
        };
        self.m.keyed("report-flag", key)
    }

    /// "higher is better" / "lower is better".
    pub(crate) fn direction(&self, direction: Direction) -> &'static str {
        match direction {
            Direction::HigherIsBetter => self.labels().higher_is_better,
            Direction::LowerIsBetter => self.labels().lower_is_better,
        }
    }

    /// `(95 % CI 56–68 %)` / `(IC à 95 % : 56–68 %)`.
    pub(crate) fn ci_paren(&self, level: &str, range: &str) -> String {
        say!(self.m, "report-ci-paren", level, range)
    }

    /// "fewer than 11 people".
    pub(crate) fn fewer_than(&self, min_cell: u32) -> String {
        say!(self.m, "report-fewer-than", min_cell)
    }

    /// "at least 11 people".
    pub(crate) fn at_least(&self, min_cell: u32) -> String {
        say!(self.m, "report-at-least", min_cell)
    }

    /// `A, B and C`.
    pub(crate) fn join(&self, names: &[&str]) -> String {
        match names {
            [] => String::new(),
            [one] => one.to_string(),
            [init @ .., last] => {
                let (init, last) = (init.join(self.m.text("report-list-separator")), *last);
                say!(self.m, "report-list-end", init, last)
            }
        }
    }

    /// `« text »` / `“text”`.
    fn quoted(&self, text: &str) -> String {
        say!(self.m, "report-quoted", text)
    }

    /// What counts as positive when it is one of a few categories:
    /// `were in “supported” or “tenancy”`; past three, a general phrase.
    pub(crate) fn in_categories(&self, labels: &[&str]) -> String {
        match labels.len() {
            1..=3 => {
                let quoted: Vec<_> = labels.iter().map(|l| self.quoted(l)).collect();
                let categories = quoted.join(self.m.text("report-or-separator"));
                say!(self.m, "report-in-categories", categories)
            }
            _ => self.m.text("report-in-positive-situation").to_string(),
        }
    }

    /// `answered “yes, in work”` or, without a label, `answered yes`.
    pub(crate) fn answered(&self, yes: Option<&str>) -> String {
        match yes {
            Some(label) => {
                let answer = self.quoted(label);
                say!(self.m, "report-answered", answer)
            }
            None => self.m.text("report-answered-yes").to_string(),
        }
    }

    /// ` on a scale from 1 to 10`, with its leading space.
    pub(crate) fn on_scale(&self, min: i64, max: i64) -> String {
        let (min, max) = (min.to_string(), max.to_string());
        say!(self.m, "report-on-scale", min, max)
    }

    /// The headline of a proportion: `62 % of the people supported ...`.
    pub(crate) fn headline_share(&self, facts: &HeadlineFacts<'_>, positive: &str) -> String {
        let HeadlineFacts { later, at_later, n_later, ci, earlier, at_earlier, n_earlier, n, from_to } = *facts;
        say!(
            self.m,
            "report-headline-share",
            later,
            at_later,
            n_later,
            ci,
            earlier,
            at_earlier,
            n_earlier,
            n,
            from_to,
            positive
        )
    }

    /// The headline of a mean, with the mean change and its interval
    /// (` (95 % CI ...)` with its leading space, or empty).
    pub(crate) fn headline_mean(
        &self,
        facts: &HeadlineFacts<'_>,
        scale: &str,
        change: &str,
        change_ci: &str,
    ) -> String {
        let HeadlineFacts { later, at_later, n_later, ci, earlier, at_earlier, n_earlier, n, from_to } = *facts;
        say!(
            self.m,
            "report-headline-mean",
            later,
            at_later,
            n_later,
            ci,
            earlier,
            at_earlier,
            n_earlier,
            n,
            from_to,
            scale,
            change,
            change_ci
        )
    }

    /// A clear change (`better` or worse), with the test that says so.
    pub(crate) fn clear_change(&self, better: bool, test: &str) -> String {
        say!(self.m, "report-clear-change", better, test)
    }

    /// A change that could be chance, with its test.
    pub(crate) fn maybe_chance(&self, test: &str) -> String {
        say!(self.m, "report-maybe-chance", test)
    }

    /// The name of the test of a change, inside a parenthesis.
    pub(crate) fn change_test(&self, test: ChangeTest) -> &'static str {
        let key = match test {
            ChangeTest::McNemar => "mcnemar",
            ChangeTest::Wilcoxon => "wilcoxon",
            ChangeTest::PairedT => "paired_t",
        };
        self.m.keyed("report-change-test", key)
    }

    /// A verdict in a few words, for a tag.
    pub(crate) fn verdict(&self, verdict: Verdict) -> &'static str {
        let key = match verdict {
            Verdict::Better => "better",
            Verdict::Worse => "worse",
            Verdict::Unclear => "unclear",
        };
        self.m.keyed("report-verdict", key)
    }

    /// `Of the 243 people followed from entry to exit, 120 (49 %) moved at
    /// least one step the better way ...`: `counts` holds the count (as a
    /// number and written out) and share of those who improved, stayed the
    /// same and worsened, in that order; `steps` what improving means.
    pub(crate) fn distance(&self, n: &str, from_to: &str, counts: [(u64, &str, &str); 3], steps: Steps) -> String {
        let [(improved_count, improved, improved_share), (same_count, same, same_share), (worse_count, worse, worse_share)] =
            counts;
        let steps = match steps {
            Steps::Scale => "scale",
            Steps::YesNo => "yes_no",
            Steps::Quantity => "quantity",
        };
        say!(
            self.m,
            "report-distance",
            n,
            from_to,
            steps,
            improved,
            improved_share,
            improved_count,
            same,
            same_share,
            same_count,
            worse,
            worse_share,
            worse_count
        )
    }

    /// A mean change on a scale with its unit: `+2.2 points on the scale`;
    /// `size` is its absolute value, for the plural.
    pub(crate) fn scale_change(&self, change: &str, size: f64) -> String {
        say!(self.m, "report-scale-change", change, size)
    }

    /// When a figure was measured and out of how many people:
    /// `at exit, 1,027 people`.
    pub(crate) fn at_wave_of(&self, at_wave: &str, n: &str, count: u64) -> String {
        say!(self.m, "report-at-wave-of", at_wave, n, count)
    }

    /// One organisation outside the funnel limits, and whether that is
    /// better or worse than the network, said plainly.
    pub(crate) fn outside_limits(&self, org: &str, outside: Outside) -> String {
        let Outside { above, strong, lower_is_better } = outside;
        let better = outside.better();
        if strong {
            say!(self.m, "report-outside-limits-strong", org, above, better, lower_is_better)
        } else {
            say!(self.m, "report-outside-limits", org, above, better, lower_is_better)
        }
    }

    /// The `count` organisations inside the limits, already joined.
    pub(crate) fn within_limits(&self, names: &str, count: usize) -> String {
        say!(self.m, "report-within-limits", names, count)
    }

    /// The name of a test across organisations.
    pub(crate) fn comparison_test(&self, test: ComparisonTest) -> &'static str {
        let key = match test {
            ComparisonTest::ChiSquare => "chi_square",
            ComparisonTest::KruskalWallis => "kruskal_wallis",
        };
        self.m.keyed("report-comparison-test", key)
    }

    /// `p = 0.01; Holm-adjusted p = 0.04`.
    pub(crate) fn holm(&self, p: &str, adjusted: &str) -> String {
        say!(self.m, "report-holm", p, adjusted)
    }

    /// Whether organisations differ: alone (`significant`) and once the
    /// number of indicators is allowed for (`holm_significant`).
    pub(crate) fn organisations_differ(&self, significant: bool, holm_significant: bool, detail: &str) -> String {
        match (significant, holm_significant) {
            (true, true) => say!(self.m, "report-organisations-differ", detail),
            (true, false) => say!(self.m, "report-organisations-differ-alone", detail),
            (false, _) => say!(self.m, "report-organisations-same", detail),
        }
    }

    /// When there are not two organisations large enough to compare.
    pub(crate) fn no_comparison(&self, min_cell: u32) -> String {
        say!(self.m, "report-no-comparison", min_cell)
    }

    /// A logo file past its size limit.
    pub(crate) fn logo_too_large(&self, size: u64, limit: u64) -> String {
        let (size, limit) = (size.to_string(), limit.to_string());
        say!(self.m, "report-logo-too-large", size, limit)
    }

    /// The tool version and the reference set behind a report, for its footer.
    pub(crate) fn made_with(&self, tool_version: &str, set: &str, set_version: &str) -> String {
        say!(self.m, "report-made-with", tool_version, set, set_version)
    }

    /// Organisations left out of a comparison; `fewer` is
    /// [`fewer_than`](Self::fewer_than).
    pub(crate) fn not_compared(&self, names: &str, fewer: &str) -> String {
        say!(self.m, "report-not-compared", names, fewer)
    }

    /// When the duration effect cannot be computed.
    pub(crate) fn duration_no_data(&self, n: &str) -> String {
        say!(self.m, "report-duration-no-data", n)
    }

    /// The duration effect: a clear link (`significant`), and whether
    /// longer support goes with more improvement (`more`).
    pub(crate) fn duration_link(&self, significant: bool, more: bool, stats: &str) -> String {
        match (significant, more) {
            (true, true) => say!(self.m, "report-duration-more", stats),
            (true, false) => say!(self.m, "report-duration-less", stats),
            (false, _) => say!(self.m, "report-duration-none", stats),
        }
    }

    /// A hidden time-to-event result.
    pub(crate) fn time_hidden(&self, fewer: &str) -> String {
        say!(self.m, "report-time-hidden", fewer)
    }

    /// The network's median time, or that it is not reached.
    pub(crate) fn time_median(&self, days: Option<&str>) -> String {
        match days {
            Some(days) => say!(self.m, "report-time-median", days),
            None => self.m.text("report-time-median-not-reached").to_string(),
        }
    }

    /// How many reached the outcome and until when the others count.
    pub(crate) fn time_reached(&self, events: &str, n: &str, as_of: Option<&str>) -> String {
        match as_of {
            Some(as_of) => say!(self.m, "report-time-reached-as-of", events, n, as_of),
            None => say!(self.m, "report-time-reached", events, n),
        }
    }

    /// The log-rank test in words.
    pub(crate) fn logrank(&self, significant: bool, detail: &str) -> String {
        if significant {
            say!(self.m, "report-logrank-differ", detail)
        } else {
            say!(self.m, "report-logrank-same", detail)
        }
    }

    /// The median in a chart legend: `median: 120 days`.
    pub(crate) fn legend_median(&self, days: &str) -> String {
        say!(self.m, "report-legend-median", days)
    }

    /// The network median in a chart's text alternative, or that it is not reached.
    pub(crate) fn network_median(&self, days: Option<&str>) -> String {
        match days {
            Some(days) => say!(self.m, "report-network-median", days),
            None => {
                let not_reached = self.labels().not_reached;
                say!(self.m, "report-network-median-not-reached", not_reached)
            }
        }
    }

    /// The kind of a measure: `yes / no`, `4 categories`, `scale from 1 to 10`.
    pub(crate) fn measure_kind(&self, measure: &Measure) -> String {
        let m = self.m;
        match measure {
            Measure::Binary { .. } => m.text("report-measure-binary").to_string(),
            Measure::Categorical { categories } => {
                let count = categories.len();
                say!(m, "report-measure-categorical", count)
            }
            Measure::Ordinal { min, max, .. } => {
                let (min, max) = (min.to_string(), max.to_string());
                say!(m, "report-measure-ordinal", min, max)
            }
            Measure::Count { .. } => m.text("report-measure-count").to_string(),
            Measure::Continuous { unit, .. } => say!(m, "report-measure-continuous", unit),
        }
    }

    /// What is hidden of a group's status, the waves already joined.
    pub(crate) fn hidden_status(&self, waves: &str) -> String {
        say!(self.m, "report-hidden-status", waves)
    }

    /// Why an indicator has no change: the set asks it only at `asked` (the
    /// waves already joined, `at exit`), not at both waves of `from_to`.
    pub(crate) fn change_not_measured(&self, asked: &str, from_to: &str) -> String {
        say!(self.m, "report-change-not-measured", asked, from_to)
    }

    /// Parts of a list joined by semicolons.
    pub(crate) fn semicolons(&self, parts: &[String]) -> String {
        parts.join(self.m.text("report-semicolon"))
    }

    /// `In one sentence: why these results are hidden`.
    pub(crate) fn hidden_results(&self, fewer: &str) -> String {
        say!(self.m, "report-hidden-results", fewer)
    }

    /// `against 13 % at entry (1,870 people)`; `n` is written out, `count`
    /// its number, for the plural.
    pub(crate) fn against(&self, value: &str, at_wave: &str, n: &str, count: u64) -> String {
        say!(self.m, "report-against", value, at_wave, n, count)
    }

    /// The glossary: each statistic in one sentence.
    pub(crate) fn glossary(&self) -> &'static [(&'static str, &'static str)] {
        &self.fixed.glossary
    }

    /// A data-check line for the data-quality section: a file's rows read,
    /// kept and left out.
    pub(crate) fn file_note(&self, name: &str, read: u64, kept: u64, left_out: u64) -> String {
        say!(self.m, "report-file-note", name, read, kept, left_out)
    }

    /// A report made although the files had errors, because the rows left
    /// out stayed within the share accepted for it.
    pub(crate) fn tolerated_note(&self, errors: u64, left_out: u64, rows: u64, share: &str, limit: &str) -> String {
        say!(self.m, "report-tolerated-note", errors, left_out, rows, share, limit)
    }

    /// The methods paragraphs.
    pub(crate) fn methods(&self, level: &str, from_to: &str, comparison_wave: &str, min_cell: u32) -> Vec<String> {
        let m = self.m;
        vec![
            say!(m, "report-methods-1", level),
            say!(m, "report-methods-2", from_to),
            say!(m, "report-methods-3", comparison_wave),
            say!(m, "report-methods-4", min_cell),
            m.text("report-methods-5").to_string(),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_label_and_glossary_entry() {
        for lang in Lang::ALL {
            let m = messages(lang);
            for field in ReportLabels::FIELDS {
                assert!(!m.keyed("report-label", field).starts_with('{'), "{lang}: report-label-{field}");
            }
            for (term, meaning) in report(lang).glossary() {
                assert!(!term.starts_with('{') && !meaning.starts_with('{'), "{lang}: {term}");
            }
            let past = format!("report-glossary-{}-term", GLOSSARY_ENTRIES + 1);
            assert!(m.text(&past).starts_with('{'), "{lang}: more glossary entries than GLOSSARY_ENTRIES");
        }
        assert_eq!(report(Lang::Fr).labels().report_kind, "Rapport de mesure d'impact social");
    }
}
