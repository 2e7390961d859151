//! The words of avoided-cost models and their results: model problems,
//! headings, the ratio in plain words, chart labels, the method.
//!
//! Numbers arrive already written in the language (see
//! `report::render::i18n`), so these phrases only place them.

use super::Lang;
use crate::costs::{ProblemKind, QuantityError};

/// One SROI sentence or label per method.
pub(crate) trait SroiWords: Sync {
    /// What is wrong in a model, and what would be accepted.
    fn problem(&self, kind: &ProblemKind) -> String;
    /// Why a quantity cannot be read from the report.
    fn quantity_problem(&self, e: &QuantityError) -> String;
    /// The last line when a model or a report is refused.
    fn refused(&self, problems: usize) -> String;
    /// A file that cannot be read.
    fn cannot_read(&self, file: &str, error: &str) -> String;
    /// A file that cannot be written.
    fn cannot_write(&self, file: &str, error: &str) -> String;
    /// A file that is not a report.
    fn not_a_report(&self, file: &str, error: &str) -> String;
    /// `--draws 0`.
    fn no_draws(&self) -> String;
    /// A confidence level outside (0, 1).
    fn bad_confidence(&self, c: f64) -> String;

    /// Above the title: the kind of document.
    fn kind(&self) -> &'static str;
    /// The subtitle: model, version, set, group.
    fn subtitle(&self, model: &str, version: &str, set: &str, group: &str) -> String;
    /// The group read: the network, or one organisation.
    fn group(&self, organisation: Option<&str>) -> String;
    /// Key facts' labels: central ratio, interval, chance of returning less.
    fn fact_central(&self) -> &'static str;
    /// Label of the interval fact.
    fn fact_interval(&self, level: &str) -> String;
    /// Label of the chance of a ratio at or below 1.
    fn fact_below(&self) -> &'static str;
    /// The heading of the section in the outcome report.
    fn report_section(&self) -> &'static str;
    /// The section's first line in the outcome report: which model was
    /// read on which group (`subtitle`).
    fn report_section_intro(&self, title: &str, subtitle: &str) -> String;
    /// The banner of an illustrative model.
    fn illustrative_banner(&self) -> &'static str;
    /// The ratio with its interval in words.
    #[allow(clippy::too_many_arguments)]
    fn summary(&self, low: &str, high: &str, level: &str, central: &str, below: &str, unit: (&str, &str)) -> String;
    /// The money unit in a sentence, singular and plural: `euro`, `euros`;
    /// the code for other currencies.
    fn unit(&self, currency: &str) -> (String, String);
    /// Whether an amount of `x` units takes the plural (French: from 2;
    /// English: anything but 1).
    fn plural(&self, x: f64) -> bool;
    /// Present values at central values, in a sentence.
    fn present_values(&self, pv: &str, investment: &str, npv: &str) -> String;

    /// Heading: the result.
    fn result(&self) -> &'static str;
    /// Heading: distribution of the simulated ratio.
    fn distribution(&self) -> &'static str;
    /// How to read the distribution chart.
    fn distribution_reading(&self, draws: &str, seed: &str) -> String;
    /// Heading: sensitivity.
    fn sensitivity(&self) -> &'static str;
    /// How to read the tornado chart.
    fn tornado_reading(&self) -> &'static str;
    /// Heading: assumptions.
    fn assumptions(&self) -> &'static str;
    /// Heading: outcomes valued.
    fn outcomes(&self) -> &'static str;
    /// Heading: method.
    fn method(&self) -> &'static str;
    /// The method, paragraph by paragraph.
    fn method_text(&self) -> Vec<&'static str>;
    /// The footer.
    fn footer(&self) -> &'static str;

    /// Column headings.
    fn col_input(&self) -> &'static str;
    /// Low.
    fn col_low(&self) -> &'static str;
    /// Central.
    fn col_central(&self) -> &'static str;
    /// High.
    fn col_high(&self) -> &'static str;
    /// Ratio at low.
    fn col_low_ratio(&self) -> &'static str;
    /// Ratio at high.
    fn col_high_ratio(&self) -> &'static str;
    /// Break-even value.
    fn col_break_even(&self) -> &'static str;
    /// None in range.
    fn none_in_range(&self) -> &'static str;
    /// Source.
    fn col_source(&self) -> &'static str;
    /// Value.
    fn col_value(&self) -> &'static str;
    /// People.
    fn col_quantity(&self) -> &'static str;
    /// Present value.
    fn col_present_value(&self) -> &'static str;
    /// How the quantity is read.
    fn quantity_from(&self, indicator: &str, count: crate::costs::Count, wave: Option<&str>) -> String;
    /// Percentile names.
    fn col_statistic(&self) -> &'static str;
    /// Lower end of the interval.
    fn interval_low(&self) -> &'static str;
    /// Median.
    fn median(&self) -> &'static str;
    /// Upper end of the interval.
    fn interval_high(&self) -> &'static str;
    /// Chance above 1.
    fn above_one(&self) -> &'static str;
    /// A certain value (no range).
    fn certain(&self) -> &'static str;
    /// An illustrative source.
    fn illustrative_source(&self) -> &'static str;
    /// Table captions.
    fn caption_distribution(&self) -> &'static str;
    /// Caption of the sensitivity table.
    fn caption_sensitivity(&self) -> &'static str;
    /// Caption of the assumptions table.
    fn caption_assumptions(&self) -> &'static str;
    /// Caption of the outcomes table.
    fn caption_outcomes(&self) -> &'static str;
    /// Chart titles.
    fn chart_distribution(&self) -> &'static str;
    /// Tornado title.
    fn chart_tornado(&self) -> &'static str;
    /// Axis: the ratio.
    fn axis_ratio(&self) -> &'static str;
    /// Legend: the interval.
    fn legend_interval(&self, level: &str) -> String;
    /// Legend: the break-even ratio of 1.
    fn legend_one(&self) -> &'static str;

    /// Names of inputs.
    fn investment(&self) -> &'static str;
    /// The discount rate.
    fn discount_rate(&self) -> &'static str;
    /// A field of an outcome, e.g. `proxy` → "value per person and year".
    fn field(&self, field: crate::costs::Field) -> &'static str;
    /// Duration.
    fn duration(&self, years: u32) -> String;
}

/// The SROI words of `lang`.
pub(crate) fn sroi(lang: Lang) -> &'static dyn SroiWords {
    match lang {
        Lang::Fr => &super::fr::Fr,
        Lang::En => &super::en::En,
    }
}
