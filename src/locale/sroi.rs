//! The words of avoided-cost models and their results: model problems,
//! headings, the ratio in plain words, chart labels, the method. Each
//! language's words are in its `sroi.ftl`.
//!
//! Numbers arrive already written in the language (see
//! `report::render::i18n`), so these phrases only place them; the numbers
//! of a model file are written here as the file holds them
//! ([`numbers::plain`](super::numbers::plain)).

use super::messages::{fixed_texts, messages, say, Messages};
use super::numbers::plain;
use super::Lang;
use crate::costs::{Count, Field, ProblemKind, QuantityError, QuantityProblem};

/// How many paragraphs the method has (`sroi-method-1`...).
const METHOD_PARAGRAPHS: usize = 4;

/// The SROI words of one language: one sentence or label per method.
#[derive(Clone, Copy)]
pub(crate) struct SroiWords {
    lang: Lang,
    m: &'static Messages,
}

/// The SROI words of `lang`.
pub(crate) fn sroi(lang: Lang) -> SroiWords {
    SroiWords { lang, m: messages(lang) }
}

impl SroiWords {
    fixed_texts! {
        /// Above the title: the kind of document.
        kind = "sroi-kind";
        /// Key facts' labels: the ratio at central values.
        fact_central = "sroi-fact-central";
        /// Label of the chance of a ratio at or below 1.
        fact_below = "sroi-fact-below";
        /// The heading of the section in the outcome report.
        report_section = "sroi-report-section";
        /// The banner of an illustrative model.
        illustrative_banner = "sroi-illustrative-banner";
        /// Heading: the result.
        result = "sroi-result";
        /// Heading: distribution of the simulated ratio.
        distribution = "sroi-distribution";
        /// Heading: sensitivity.
        sensitivity = "sroi-sensitivity";
        /// How to read the tornado chart.
        tornado_reading = "sroi-tornado-reading";
        /// Heading: assumptions.
        assumptions = "sroi-assumptions";
        /// Heading: outcomes valued.
        outcomes = "sroi-outcomes";
        /// Heading: method.
        method = "sroi-method";
        /// The footer.
        footer = "sroi-footer";
        /// Column heading: the input.
        col_input = "sroi-col-input";
        /// Low.
        col_low = "sroi-col-low";
        /// Central.
        col_central = "sroi-col-central";
        /// High.
        col_high = "sroi-col-high";
        /// Ratio at low.
        col_low_ratio = "sroi-col-low-ratio";
        /// Ratio at high.
        col_high_ratio = "sroi-col-high-ratio";
        /// Break-even value.
        col_break_even = "sroi-col-break-even";
        /// None in range.
        none_in_range = "sroi-none-in-range";
        /// Source.
        col_source = "sroi-col-source";
        /// Value.
        col_value = "sroi-col-value";
        /// People.
        col_quantity = "sroi-col-quantity";
        /// Present value.
        col_present_value = "sroi-col-present-value";
        /// Percentile names.
        col_statistic = "sroi-col-statistic";
        /// Lower end of the interval.
        interval_low = "sroi-interval-low";
        /// Median.
        median = "sroi-median";
        /// Upper end of the interval.
        interval_high = "sroi-interval-high";
        /// Chance above 1.
        above_one = "sroi-above-one";
        /// A certain value (no range).
        certain = "sroi-certain";
        /// An illustrative source.
        illustrative_source = "sroi-illustrative-source";
        /// Caption of the distribution table.
        caption_distribution = "sroi-caption-distribution";
        /// Caption of the sensitivity table.
        caption_sensitivity = "sroi-caption-sensitivity";
        /// Caption of the assumptions table.
        caption_assumptions = "sroi-caption-assumptions";
        /// Caption of the outcomes table.
        caption_outcomes = "sroi-caption-outcomes";
        /// Title of the distribution chart.
        chart_distribution = "sroi-chart-distribution";
        /// Tornado title.
        chart_tornado = "sroi-chart-tornado";
        /// Axis: the ratio.
        axis_ratio = "sroi-axis-ratio";
        /// Legend: the break-even ratio of 1.
        legend_one = "sroi-legend-one";
        /// Name of the investment input.
        investment = "sroi-investment";
        /// The discount rate.
        discount_rate = "sroi-discount-rate";
    }

    /// A number of the model file, as the file holds it.
    fn n(&self, x: f64) -> String {
        plain(x, self.lang)
    }

    /// What is wrong in a model, and what would be accepted.
    pub(crate) fn problem(&self, kind: &ProblemKind) -> String {
        let m = self.m;
        match kind {
            ProblemKind::Structure { message } => say!(m, "sroi-problem-structure", message),
            ProblemKind::Format { given } => say!(m, "sroi-problem-format", given),
            ProblemKind::NotFinite => m.text("sroi-problem-not-finite").to_string(),
            ProblemKind::FractionOutside { value } => {
                let value = self.n(*value);
                say!(m, "sroi-problem-fraction-outside", value)
            }
            ProblemKind::RangeOrder { low, central, high } => {
                let (low, central, high) = (self.n(*low), self.n(*central), self.n(*high));
                say!(m, "sroi-problem-range-order", low, central, high)
            }
            ProblemKind::Negative { value } => {
                let value = self.n(*value);
                say!(m, "sroi-problem-negative", value)
            }
            ProblemKind::InvestmentNotPositive { value } => {
                let value = self.n(*value);
                say!(m, "sroi-problem-investment-not-positive", value)
            }
            ProblemKind::DiscountRate { value } => {
                let value = self.n(*value);
                say!(m, "sroi-problem-discount-rate", value)
            }
            ProblemKind::Currency { given } => say!(m, "sroi-problem-currency", given),
            ProblemKind::Duration { given } => {
                let given = *given;
                say!(m, "sroi-problem-duration", given)
            }
            ProblemKind::UnknownIndicator { indicator, suggestion: Some(suggestion) } => {
                say!(m, "sroi-problem-unknown-indicator-suggestion", indicator, suggestion)
            }
            ProblemKind::UnknownIndicator { indicator, suggestion: None } => {
                say!(m, "sroi-problem-unknown-indicator", indicator)
            }
            ProblemKind::NoPositiveDefinition { indicator } => {
                say!(m, "sroi-problem-no-positive-definition", indicator)
            }
            ProblemKind::MissingWave => m.text("sroi-problem-missing-wave").to_string(),
            ProblemKind::UnexpectedWave => m.text("sroi-problem-unexpected-wave").to_string(),
            ProblemKind::DuplicateOutcome { id } => say!(m, "sroi-problem-duplicate-outcome", id),
            ProblemKind::InvalidOutcomeId { id } => say!(m, "sroi-problem-invalid-outcome-id", id),
            ProblemKind::NoOutcome => m.text("sroi-problem-no-outcome").to_string(),
            ProblemKind::MissingText { lang } => {
                let language = m.keyed("sroi-language", lang.code());
                say!(m, "sroi-problem-missing-text", language)
            }
            ProblemKind::UnsourcedFigure => m.text("sroi-problem-unsourced-figure").to_string(),
            ProblemKind::SetMismatch { model, report } => say!(m, "sroi-problem-set-mismatch", model, report),
        }
    }

    /// Why a quantity cannot be read from the report.
    pub(crate) fn quantity_problem(&self, e: &QuantityError) -> String {
        let m = self.m;
        let outcome = &e.outcome;
        let group = match e.organisation.as_str() {
            "*" => m.text("sroi-quantity-network").to_string(),
            organisation => say!(m, "sroi-quantity-organisation", organisation),
        };
        match e.problem {
            QuantityProblem::NoIndicator => say!(m, "sroi-quantity-no-indicator", outcome),
            QuantityProblem::NoGroup => say!(m, "sroi-quantity-no-group", outcome, group),
            QuantityProblem::Suppressed => say!(m, "sroi-quantity-suppressed", outcome, group),
            QuantityProblem::NoCounts => say!(m, "sroi-quantity-no-counts", outcome),
            QuantityProblem::NoWave => say!(m, "sroi-quantity-no-wave", outcome, group),
        }
    }

    /// The last line when a model or a report is refused.
    pub(crate) fn refused(&self, problems: usize) -> String {
        say!(self.m, "sroi-refused", problems)
    }

    /// A file that cannot be read.
    pub(crate) fn cannot_read(&self, file: &str, error: &str) -> String {
        say!(self.m, "sroi-cannot-read", file, error)
    }

    /// A file that cannot be written.
    pub(crate) fn cannot_write(&self, file: &str, error: &str) -> String {
        say!(self.m, "sroi-cannot-write", file, error)
    }

    /// A file that is not a report.
    pub(crate) fn not_a_report(&self, file: &str, error: &str) -> String {
        say!(self.m, "sroi-not-a-report", file, error)
    }

    /// `--draws 0`.
    pub(crate) fn no_draws(&self) -> String {
        self.m.text("sroi-no-draws").to_string()
    }

    /// A confidence level outside (0, 1).
    pub(crate) fn bad_confidence(&self, c: f64) -> String {
        let level = self.n(c);
        say!(self.m, "sroi-bad-confidence", level)
    }

    /// The subtitle: model, version, set, group.
    pub(crate) fn subtitle(&self, model: &str, version: &str, set: &str, group: &str) -> String {
        say!(self.m, "sroi-subtitle", model, version, set, group)
    }

    /// The group read: the network, or one organisation.
    pub(crate) fn group(&self, organisation: Option<&str>) -> String {
        match organisation {
            None => self.m.text("sroi-group-network").to_string(),
            Some(organisation) => say!(self.m, "sroi-group-organisation", organisation),
        }
    }

    /// Label of the interval fact.
    pub(crate) fn fact_interval(&self, level: &str) -> String {
        say!(self.m, "sroi-fact-interval", level)
    }

    /// The section's first line in the outcome report: which model was
    /// read on which group (`subtitle`).
    pub(crate) fn report_section_intro(&self, title: &str, subtitle: &str) -> String {
        say!(self.m, "sroi-report-section-intro", title, subtitle)
    }

    /// The ratio with its interval in words.
    pub(crate) fn summary(
        &self,
        low: &str,
        high: &str,
        level: &str,
        central: &str,
        below: &str,
        (one, many): (&str, &str),
    ) -> String {
        say!(self.m, "sroi-summary", low, high, level, central, below, one, many)
    }

    /// The money unit in a sentence, singular and plural: `euro`, `euros`;
    /// the code for other currencies.
    pub(crate) fn unit(&self, currency: &str) -> (String, String) {
        (say!(self.m, "sroi-unit-one", currency), say!(self.m, "sroi-unit-many", currency))
    }

    /// Whether an amount of `x` units takes the plural (French: from 2;
    /// English: anything but 1).
    pub(crate) fn plural(&self, x: f64) -> bool {
        say!(self.m, "sroi-amount-number", x) == "plural"
    }

    /// Present values at central values, in a sentence.
    pub(crate) fn present_values(&self, pv: &str, investment: &str, npv: &str) -> String {
        say!(self.m, "sroi-present-values", pv, investment, npv)
    }

    /// How to read the distribution chart.
    pub(crate) fn distribution_reading(&self, draws: &str, seed: &str) -> String {
        say!(self.m, "sroi-distribution-reading", draws, seed)
    }

    /// The method, paragraph by paragraph.
    pub(crate) fn method_text(&self) -> Vec<&'static str> {
        (1..=METHOD_PARAGRAPHS).map(|i| self.m.keyed("sroi-method", &i.to_string())).collect()
    }

    /// How the quantity is read.
    pub(crate) fn quantity_from(&self, indicator: &str, count: Count, wave: Option<&str>) -> String {
        let count = match count {
            Count::Gained => "gained",
            Count::NetGained => "net_gained",
            Count::PositiveAt => "positive_at",
        };
        let wave = wave.unwrap_or("");
        say!(self.m, "sroi-quantity-from", indicator, count, wave)
    }

    /// Legend: the interval.
    pub(crate) fn legend_interval(&self, level: &str) -> String {
        say!(self.m, "sroi-legend-interval", level)
    }

    /// A field of an outcome, e.g. `proxy` → "value per person and year".
    pub(crate) fn field(&self, field: Field) -> &'static str {
        self.m.keyed("sroi-field", field.name())
    }

    /// Duration.
    pub(crate) fn duration(&self, years: u32) -> String {
        say!(self.m, "sroi-duration", years)
    }
}
