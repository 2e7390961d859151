use super::En;
use crate::costs::{Count, Field, ProblemKind, QuantityError, QuantityProblem};
use crate::locale::sroi::SroiWords;

/// A number as written in a file, English style.
fn n(x: f64) -> String {
    format!("{x}")
}

impl SroiWords for En {
    fn problem(&self, kind: &ProblemKind) -> String {
        match kind {
            ProblemKind::Structure { message } => format!("not a valid SROI model: {message}"),
            ProblemKind::Format { given } => {
                format!("format {given:?}: expected \"impact-sroi-model/1\"")
            }
            ProblemKind::NotFinite => "not a finite number: expected a plain number".to_string(),
            ProblemKind::FractionOutside { value } => {
                format!("{} is not a fraction: expected a number from 0 to 1 (0.25 for 25 %)", n(*value))
            }
            ProblemKind::RangeOrder { low, central, high } => format!(
                "low {}, central {}, high {} are not in order: expected low ≤ central ≤ high",
                n(*low),
                n(*central),
                n(*high)
            ),
            ProblemKind::Negative { value } => format!("{} is negative: expected 0 or more", n(*value)),
            ProblemKind::InvestmentNotPositive { value } => {
                format!("investment {}: expected an amount above 0", n(*value))
            }
            ProblemKind::DiscountRate { value } => {
                format!("discount rate {}: expected a fraction from 0 to 1 (0.025 for 2.5 % a year)", n(*value))
            }
            ProblemKind::Currency { given } => {
                format!("currency {given:?}: expected a three-letter ISO 4217 code in capitals, e.g. EUR")
            }
            ProblemKind::Duration { given } => {
                format!("duration of {given} years: expected at least 1 year")
            }
            ProblemKind::UnknownIndicator { indicator, suggestion } => match suggestion {
                Some(s) => format!("indicator {indicator:?} is not in the set: did you mean {s:?}?"),
                None => format!("indicator {indicator:?} is not in the set: expected one of the set's indicators"),
            },
            ProblemKind::NoPositiveDefinition { indicator } => format!(
                "indicator {indicator:?} has no positive definition (it is summarised as a mean): expected a binary or categorical indicator"
            ),
            ProblemKind::MissingWave => {
                "`positive_at` needs a `wave`: expected entry, follow_up, exit or post_exit".to_string()
            }
            ProblemKind::UnexpectedWave => {
                "`wave` is only for `positive_at`: `gained` and `net_gained` use the set's change waves".to_string()
            }
            ProblemKind::DuplicateOutcome { id } => format!("outcome id {id:?} is used twice: each outcome needs its own id"),
            ProblemKind::InvalidOutcomeId { id } => {
                format!("outcome id {id:?}: expected lowercase letters, digits and `_`, e.g. shelter_nights")
            }
            ProblemKind::NoOutcome => "no outcome: expected at least one".to_string(),
            ProblemKind::MissingText { lang } => format!("the {} text is missing or blank", lang_name(*lang)),
            ProblemKind::UnsourcedFigure => {
                "this figure has no source, but `illustrative` is false: give a source or set `illustrative` to true"
                    .to_string()
            }
            ProblemKind::SetMismatch { model, report } => {
                format!("the model is for set {model:?} but the report is for {report:?}")
            }
        }
    }

    fn quantity_problem(&self, e: &QuantityError) -> String {
        let (o, g) = (&e.outcome, &e.organisation);
        let group = if g == "*" { "the network".to_string() } else { format!("organisation {g}") };
        match e.problem {
            QuantityProblem::NoIndicator => format!("outcome {o}: the report has no such indicator"),
            QuantityProblem::NoGroup => format!("outcome {o}: the report has no group for {group}"),
            QuantityProblem::Suppressed => {
                format!("outcome {o}: the figures of {group} are hidden (fewer people than the minimum cell size)")
            }
            QuantityProblem::NoCounts => format!(
                "outcome {o}: the report gives no `gained`/`lost` counts for it (rerun `impact report` with this version)"
            ),
            QuantityProblem::NoWave => format!("outcome {o}: the report has no status of {group} at that wave"),
        }
    }

    fn refused(&self, problems: usize) -> String {
        if problems == 1 {
            "1 problem: nothing was written".to_string()
        } else {
            format!("{problems} problems: nothing was written")
        }
    }

    fn cannot_read(&self, file: &str, error: &str) -> String {
        format!("cannot read {file}: {error}")
    }

    fn cannot_write(&self, file: &str, error: &str) -> String {
        format!("cannot write {file}: {error}")
    }

    fn not_a_report(&self, file: &str, error: &str) -> String {
        format!("{file} is not an impact-report/1 JSON report ({error}): write one with `impact report --format json`")
    }

    fn no_draws(&self) -> String {
        "--draws 0: expected at least 1 draw (10,000 by default)".to_string()
    }

    fn bad_confidence(&self, c: f64) -> String {
        format!("confidence level {}: expected a number strictly between 0 and 1, e.g. 0.95", n(c))
    }

    fn kind(&self) -> &'static str {
        "Avoided costs · social return on investment"
    }
    fn subtitle(&self, model: &str, version: &str, set: &str, group: &str) -> String {
        format!("Model {model} version {version} · reference set {set} · {group}")
    }
    fn group(&self, organisation: Option<&str>) -> String {
        match organisation {
            None => "whole network".to_string(),
            Some(o) => format!("organisation {o}"),
        }
    }
    fn report_section(&self) -> &'static str {
        "Avoided costs and social return on investment"
    }
    fn report_section_intro(&self, title: &str, subtitle: &str) -> String {
        format!("The quantities of this report valued by the model \u{201c}{title}\u{201d} ({subtitle}).")
    }
    fn fact_central(&self) -> &'static str {
        "Ratio at central values"
    }
    fn fact_interval(&self, level: &str) -> String {
        format!("{level} interval")
    }
    fn fact_below(&self) -> &'static str {
        "Chance of returning less than it costs"
    }
    fn illustrative_banner(&self) -> &'static str {
        "Illustrative model: some figures are assumptions without a source. The result shows the method; it is not a measured return and must not be quoted as one."
    }
    fn summary(&self, low: &str, high: &str, level: &str, central: &str, below: &str, unit: (&str, &str)) -> String {
        let (one, many) = unit;
        format!(
            "Each {one} invested returns between {low} and {high} {many} of avoided public spending ({level} interval), {central} at central values; the chance that it returns less than it costs: {below}."
        )
    }
    fn unit(&self, currency: &str) -> (String, String) {
        match currency {
            "EUR" => ("euro".to_string(), "euros".to_string()),
            other => (other.to_string(), other.to_string()),
        }
    }
    fn plural(&self, x: f64) -> bool {
        x != 1.0
    }
    fn present_values(&self, pv: &str, investment: &str, npv: &str) -> String {
        format!("At central values, the outcomes are worth {pv} in present value for an investment of {investment}: a net present value of {npv}.")
    }
    fn result(&self) -> &'static str {
        "Result"
    }
    fn distribution(&self) -> &'static str {
        "Distribution of the simulated ratio"
    }
    fn distribution_reading(&self, draws: &str, seed: &str) -> String {
        format!("Each bar counts the draws whose ratio falls in its band ({draws} draws, seed {seed}). The shaded band is the interval; the line marks a ratio of 1, below which the support costs more than it saves.")
    }
    fn sensitivity(&self) -> &'static str {
        "Sensitivity, one input at a time"
    }
    fn tornado_reading(&self) -> &'static str {
        "Each bar runs from the ratio with that input at its low value to the ratio at its high value, the others at central values; the longest bars are the assumptions the result depends on most. The break-even value is where the ratio is exactly 1."
    }
    fn assumptions(&self) -> &'static str {
        "Assumptions and their sources"
    }
    fn outcomes(&self) -> &'static str {
        "Outcomes valued"
    }
    fn method(&self) -> &'static str {
        "Method"
    }
    fn method_text(&self) -> Vec<&'static str> {
        vec![
            "Value in year t (from 1): quantity × value per person and year × (1 − deadweight) × (1 − attribution) × (1 − displacement) × (1 − drop-off)^(t−1). Present value: the sum over the outcome's duration of the value in year t divided by (1 + discount rate)^t. Ratio: total present value divided by the investment.",
            "Quantities come from the outcome report: people who became positive between the set's two waves (gained), the same minus those who stopped being positive (net gained), or people positive at one wave. Groups too small to be shown are never used.",
            "Uncertainty: each input given as a range is drawn from the triangular distribution on (low, central, high), with the ChaCha20 generator and the seed shown, so the same seed gives the same draws on every computer. The interval is the percentile interval of the simulated ratios.",
            "Sensitivity: each input set to its low and then its high value, the others central. The break-even value is the value of that input at which the ratio is exactly 1, when one lies in its range.",
        ]
    }
    fn footer(&self) -> &'static str {
        "Produced by social-impact. Avoided costs rest on assumptions written down above; no person's identifier appears in this document."
    }
    fn col_input(&self) -> &'static str {
        "Input"
    }
    fn col_low(&self) -> &'static str {
        "Low"
    }
    fn col_central(&self) -> &'static str {
        "Central"
    }
    fn col_high(&self) -> &'static str {
        "High"
    }
    fn col_low_ratio(&self) -> &'static str {
        "Ratio at low"
    }
    fn col_high_ratio(&self) -> &'static str {
        "Ratio at high"
    }
    fn col_break_even(&self) -> &'static str {
        "Break-even value"
    }
    fn none_in_range(&self) -> &'static str {
        "none in range"
    }
    fn col_source(&self) -> &'static str {
        "Source"
    }
    fn col_value(&self) -> &'static str {
        "Value"
    }
    fn col_quantity(&self) -> &'static str {
        "People"
    }
    fn col_present_value(&self) -> &'static str {
        "Present value"
    }
    fn quantity_from(&self, indicator: &str, count: Count, wave: Option<&str>) -> String {
        match count {
            Count::Gained => format!("{indicator}: people who became positive"),
            Count::NetGained => format!("{indicator}: people who became positive, minus those who stopped being"),
            Count::PositiveAt => format!("{indicator}: people positive {}", wave.unwrap_or("")),
        }
    }
    fn col_statistic(&self) -> &'static str {
        "Statistic"
    }
    fn interval_low(&self) -> &'static str {
        "Lower end of the interval"
    }
    fn median(&self) -> &'static str {
        "Median"
    }
    fn interval_high(&self) -> &'static str {
        "Upper end of the interval"
    }
    fn above_one(&self) -> &'static str {
        "Chance that the ratio exceeds 1"
    }
    fn certain(&self) -> &'static str {
        "taken as certain"
    }
    fn illustrative_source(&self) -> &'static str {
        "Illustrative assumption"
    }
    fn caption_distribution(&self) -> &'static str {
        "Simulated ratio: interval and median."
    }
    fn caption_sensitivity(&self) -> &'static str {
        "Ratio with each input at its low and high value, the others central."
    }
    fn caption_assumptions(&self) -> &'static str {
        "Every figure of the model, with its range and source."
    }
    fn caption_outcomes(&self) -> &'static str {
        "Quantity and present value of each outcome at central values."
    }
    fn chart_distribution(&self) -> &'static str {
        "Distribution of the simulated social return ratio"
    }
    fn chart_tornado(&self) -> &'static str {
        "Tornado chart: ratio with each input at its low and high value"
    }
    fn axis_ratio(&self) -> &'static str {
        "Ratio (avoided spending per unit invested)"
    }
    fn legend_interval(&self, level: &str) -> String {
        format!("{level} interval")
    }
    fn legend_one(&self) -> &'static str {
        "ratio of 1"
    }
    fn investment(&self) -> &'static str {
        "Investment"
    }
    fn discount_rate(&self) -> &'static str {
        "Discount rate"
    }
    fn field(&self, field: Field) -> &'static str {
        match field {
            Field::Proxy => "value per person and year",
            Field::Deadweight => "deadweight",
            Field::Attribution => "attribution",
            Field::Displacement => "displacement",
            Field::DropOff => "drop-off",
        }
    }
    fn duration(&self, years: u32) -> String {
        if years == 1 {
            "1 year".to_string()
        } else {
            format!("{years} years")
        }
    }
}

fn lang_name(lang: crate::locale::Lang) -> &'static str {
    match lang {
        crate::locale::Lang::Fr => "French",
        crate::locale::Lang::En => "English",
    }
}
