## Avoided-cost models and their results (`impact sroi`): model problems,
## headings, the ratio in plain words, chart labels, the method. Numbers
## arrive written (`report::render::i18n`); those of a model file ($value,
## $low...) are written as in the file. QUOTED($x) is $x between straight
## double quotes, its quotes, backslashes and control characters escaped.

## What is wrong in a model, and what would be accepted.

# The file is not shaped like a model ($message: the reading error).
sroi-problem-structure = not a valid SROI model: {$message}
# An unknown format ($given: the format written in the file).
sroi-problem-format = format {QUOTED($given)}: expected "impact-sroi-model/1"
# A number that is not finite.
sroi-problem-not-finite = not a finite number: expected a plain number
# A fraction outside [0, 1] ($value).
sroi-problem-fraction-outside = {$value} is not a fraction: expected a number from 0 to 1 (0.25 for 25 %)
# A range out of order ($low, $central, $high).
sroi-problem-range-order = low {$low}, central {$central}, high {$high} are not in order: expected low ≤ central ≤ high
# A negative number ($value).
sroi-problem-negative = {$value} is negative: expected 0 or more
# An investment of 0 or less ($value).
sroi-problem-investment-not-positive = investment {$value}: expected an amount above 0
# A discount rate outside [0, 1] ($value).
sroi-problem-discount-rate = discount rate {$value}: expected a fraction from 0 to 1 (0.025 for 2.5 % a year)
# A currency that is not an ISO 4217 code ($given).
sroi-problem-currency = currency {QUOTED($given)}: expected a three-letter ISO 4217 code in capitals, e.g. EUR
# A duration under a year ($given: the number of years).
sroi-problem-duration = duration of {$given} years: expected at least 1 year
# An unknown indicator ($indicator), with a close name ($suggestion).
sroi-problem-unknown-indicator-suggestion = indicator {QUOTED($indicator)} is not in the set: did you mean {QUOTED($suggestion)}?
# An unknown indicator ($indicator), with no close name.
sroi-problem-unknown-indicator = indicator {QUOTED($indicator)} is not in the set: expected one of the set's indicators
# An indicator summarised as a mean ($indicator).
sroi-problem-no-positive-definition = indicator {QUOTED($indicator)} has no positive definition (it is summarised as a mean): expected a binary or categorical indicator
# `positive_at` without a wave.
sroi-problem-missing-wave = `positive_at` needs a `wave`: expected entry, follow_up, exit or post_exit
# A wave where it is not used.
sroi-problem-unexpected-wave = `wave` is only for `positive_at`: `gained` and `net_gained` use the set's change waves
# An outcome id used twice ($id).
sroi-problem-duplicate-outcome = outcome id {QUOTED($id)} is used twice: each outcome needs its own id
# A malformed outcome id ($id).
sroi-problem-invalid-outcome-id = outcome id {QUOTED($id)}: expected lowercase letters, digits and `_`, e.g. shelter_nights
# A model without an outcome.
sroi-problem-no-outcome = no outcome: expected at least one
# A missing text ($language: the language's name, `sroi-language-…`).
sroi-problem-missing-text = the {$language} text is missing or blank
# A figure without a source in a model that is not illustrative.
sroi-problem-unsourced-figure = this figure has no source, but `illustrative` is false: give a source or set `illustrative` to true
# The model and the report are for different sets ($model, $report).
sroi-problem-set-mismatch = the model is for set {QUOTED($model)} but the report is for {QUOTED($report)}

## The name of a language, by code, in a sentence.

sroi-language-fr = French
sroi-language-en = English

## Why a quantity cannot be read from the report: $outcome (the outcome's
## id), $group (`sroi-quantity-network` or `sroi-quantity-organisation`).

# The group: the network.
sroi-quantity-network = the network
# The group: one organisation ($organisation).
sroi-quantity-organisation = organisation {$organisation}
sroi-quantity-no-indicator = outcome {$outcome}: the report has no such indicator
sroi-quantity-no-group = outcome {$outcome}: the report has no group for {$group}
sroi-quantity-suppressed = outcome {$outcome}: the figures of {$group} are hidden (fewer people than the minimum cell size)
sroi-quantity-no-counts = outcome {$outcome}: the report gives no `gained`/`lost` counts for it (rerun `impact report` with this version)
sroi-quantity-no-wave = outcome {$outcome}: the report has no status of {$group} at that wave

## Refusals and files.

# The last line when a model or a report is refused ($problems: how many problems).
sroi-refused = {$problems} { $problems ->
        [one] problem
       *[other] problems
    }: nothing was written
# A file that cannot be read ($file, $error).
sroi-cannot-read = cannot read {$file}: {$error}
# A file that cannot be written ($file, $error).
sroi-cannot-write = cannot write {$file}: {$error}
# A file that is not a report ($file, $error).
sroi-not-a-report = {$file} is not an impact-report/1 JSON report ({$error}): write one with `impact report --format json`
# `--draws 0`.
sroi-no-draws = --draws 0: expected at least 1 draw (10,000 by default)
# A confidence level outside (0, 1) ($level, written as in a file).
sroi-bad-confidence = confidence level {$level}: expected a number strictly between 0 and 1, e.g. 0.95

## The document.

# Above the title: the kind of document.
sroi-kind = Avoided costs · social return on investment
# The subtitle: $model, $version, $set (the reference set), $group (`sroi-group-…`).
sroi-subtitle = Model {$model} version {$version} · reference set {$set} · {$group}
# The group read: the whole network.
sroi-group-network = whole network
# The group read: one organisation ($organisation).
sroi-group-organisation = organisation {$organisation}
# The heading of the section in the outcome report.
sroi-report-section = Avoided costs and social return on investment
# The section's first line in the outcome report: $title (the model), $subtitle.
sroi-report-section-intro = The quantities of this report valued by the model “{$title}” ({$subtitle}).
# Key facts: the ratio at central values.
sroi-fact-central = Ratio at central values
# Key facts: the interval ($level: "95%").
sroi-fact-interval = {$level} interval
# Key facts: the chance of a ratio at or below 1.
sroi-fact-below = Chance of returning less than it costs
# The banner of an illustrative model.
sroi-illustrative-banner = Illustrative model: some figures are assumptions without a source. The result shows the method; it is not a measured return and must not be quoted as one.
# The ratio with its interval in words: $low, $high, $level, $central,
# $below (written), $one (the unit in the singular, `sroi-unit-one`), $many
# (the unit after $high, singular or plural).
sroi-summary = Each {$one} invested returns between {$low} and {$high} {$many} of avoided public spending ({$level} interval), {$central} at central values; the chance that it returns less than it costs: {$below}.
# The money unit in a sentence, singular: "euro"; the code for other
# currencies ($currency).
sroi-unit-one = { $currency ->
        [EUR] euro
       *[other] {$currency}
    }
# The money unit in the plural.
sroi-unit-many = { $currency ->
        [EUR] euros
       *[other] {$currency}
    }
# Whether an amount of $x units takes the plural: `plural` or `singular`
# (a keyword, never shown; anything but 1 is plural).
sroi-amount-number = { $x ->
        [one] singular
       *[other] plural
    }
# Present values at central values, in a sentence ($pv, $investment, $npv).
sroi-present-values = At central values, the outcomes are worth {$pv} in present value for an investment of {$investment}: a net present value of {$npv}.
# Heading: the result.
sroi-result = Result
# Heading: the distribution of the simulated ratio.
sroi-distribution = Distribution of the simulated ratio
# How to read the distribution chart ($draws, $seed).
sroi-distribution-reading = Each bar counts the draws whose ratio falls in its band ({$draws} draws, seed {$seed}). The shaded band is the interval; the line marks a ratio of 1, below which the support costs more than it saves.
# Heading: sensitivity.
sroi-sensitivity = Sensitivity, one input at a time
# How to read the tornado chart.
sroi-tornado-reading = Each bar runs from the ratio with that input at its low value to the ratio at its high value, the others at central values; the longest bars are the assumptions the result depends on most. The break-even value is where the ratio is exactly 1.
# Heading: assumptions.
sroi-assumptions = Assumptions and their sources
# Heading: outcomes valued.
sroi-outcomes = Outcomes valued
# Heading: method.
sroi-method = Method
# The method, paragraph by paragraph (four).
sroi-method-1 = Value in year t (from 1): quantity × value per person and year × (1 − deadweight) × (1 − attribution) × (1 − displacement) × (1 − drop-off)^(t−1). Present value: the sum over the outcome's duration of the value in year t divided by (1 + discount rate)^t. Ratio: total present value divided by the investment.
sroi-method-2 = Quantities come from the outcome report: people who became positive between the set's two waves (gained), the same minus those who stopped being positive (net gained), or people positive at one wave. Groups too small to be shown are never used.
sroi-method-3 = Uncertainty: each input given as a range is drawn from the triangular distribution on (low, central, high), with the ChaCha20 generator and the seed shown, so the same seed gives the same draws on every computer. The interval is the percentile interval of the simulated ratios.
sroi-method-4 = Sensitivity: each input set to its low and then its high value, the others central. The break-even value is the value of that input at which the ratio is exactly 1, when one lies in its range.
# The footer.
sroi-footer = Produced by social-impact. Avoided costs rest on assumptions written down above; no person's identifier appears in this document.

## Table columns.

sroi-col-input = Input
sroi-col-low = Low
sroi-col-central = Central
sroi-col-high = High
sroi-col-low-ratio = Ratio at low
sroi-col-high-ratio = Ratio at high
sroi-col-break-even = Break-even value
# No break-even value in the range.
sroi-none-in-range = none in range
sroi-col-source = Source
sroi-col-value = Value
# An outcome's quantity.
sroi-col-quantity = People
sroi-col-present-value = Present value
# How the quantity is read: $indicator (its label), $count (gained,
# net_gained or positive_at), $wave ("at exit", blank but for positive_at).
sroi-quantity-from = { $count ->
        [gained] {$indicator}: people who became positive
        [net_gained] {$indicator}: people who became positive, minus those who stopped being
       *[positive_at] {$indicator}: people positive {$wave}
    }
# The column of percentile names.
sroi-col-statistic = Statistic
sroi-interval-low = Lower end of the interval
sroi-median = Median
sroi-interval-high = Upper end of the interval
sroi-above-one = Chance that the ratio exceeds 1
# A value with no range.
sroi-certain = taken as certain
# An illustrative source.
sroi-illustrative-source = Illustrative assumption

## Table captions and charts.

sroi-caption-distribution = Simulated ratio: interval and median.
sroi-caption-sensitivity = Ratio with each input at its low and high value, the others central.
sroi-caption-assumptions = Every figure of the model, with its range and source.
sroi-caption-outcomes = Quantity and present value of each outcome at central values.
sroi-chart-distribution = Distribution of the simulated social return ratio
sroi-chart-tornado = Tornado chart: ratio with each input at its low and high value
# Axis: the ratio.
sroi-axis-ratio = Ratio (avoided spending per unit invested)
# Legend: the interval ($level).
sroi-legend-interval = {$level} interval
# Legend: the break-even ratio of 1.
sroi-legend-one = ratio of 1

## The names of inputs.

sroi-investment = Investment
sroi-discount-rate = Discount rate
# The fields of an outcome, by their name in the model file.
sroi-field-proxy = value per person and year
sroi-field-deadweight = deadweight
sroi-field-attribution = attribution
sroi-field-displacement = displacement
sroi-field-drop_off = drop-off
# A duration ($years: the number of years).
sroi-duration = {$years} { $years ->
        [one] year
       *[other] years
    }
