## An outcome report as people read it: headings, labels, captions, the
## plain-words sentences of results, the glossary and the methods. The
## renderer picks the sentence and computes the figures, which arrive
## written ($n, $value...), with their value beside them where a plural
## depends on it ($count...).

## The fixed words, one per field of `ReportLabels`.

report-label-report_kind = Social impact measurement report
report-label-reference_set = Reference set
report-label-version = version
report-label-headlines = Results at a glance
report-label-headlines_intro = The clearest changes across the network, picked automatically among all indicators.
report-label-no_headline = No indicator has enough people followed from start to end to give a result.
report-label-contents = Contents
report-label-status = Status at each wave
report-label-distance = Distance travelled
report-label-comparison = Comparison across organisations
report-label-duration = Length of support and change
report-label-time_to_event = Time to outcome
report-label-data_quality = Data quality
report-label-methods = Methods and glossary
report-label-network = Network
report-label-organisation = Organisation
report-label-indicator = Indicator
report-label-wave = Wave
report-label-people = People
report-label-pairs = People followed
report-label-mean_change = Mean change
report-label-ci = CI
report-label-improved = Improved
report-label-unchanged = Unchanged
report-label-worsened = Worsened
report-label-result = Result
report-label-position = Position
report-label-limits95 = 95% limits
report-label-limits998 = 99.8% limits
report-label-median_days = Median (days)
report-label-events = Outcomes reached
report-label-days_since_entry = Days since entry
report-label-not_yet_reached = Share who have not yet reached the outcome
report-label-not_reached = not reached
report-label-answers = Number of answers
report-label-network_value = Network value
report-label-higher_is_better = higher is better
report-label-lower_is_better = lower is better
report-label-records_read = Data read
report-label-enrolments = Support episodes (enrolments)
report-label-observations = Answers (observations)
report-label-beneficiaries = People supported
report-label-rejected = Records set aside as invalid
report-label-missing = Missing answers
report-label-no_missing = No answer is missing.
report-label-total = Total
report-label-warnings = Warnings
report-label-no_warning = No warning.
report-label-suppressed = Hidden results
report-label-no_suppressed = No result is hidden.
report-label-hidden = Hidden
report-label-notes = Data checks
report-label-parameters = Parameters
report-label-confidence = Confidence level
report-label-min_cell = Smallest group shown
report-label-as_of = Ongoing support counted up to
report-label-as_of_default = latest date in the data
report-label-glossary = Glossary
report-label-indicators = Indicators
report-label-definition = Definition
report-label-measure = Measure
report-label-direction = Direction
report-label-reliability = Scale reliability
report-label-alpha = Cronbach's alpha
report-label-chart = Chart
report-label-footer = Produced by social-impact. No person's identifier ever appears in this report.
report-label-wilcoxon_p = p (Wilcoxon)
report-label-mcnemar_p = p (McNemar)
report-label-organisations = Organisations
report-label-data_up_to = Data up to
report-label-missing_caption = Missing answers by indicator, wave and reason
report-label-time_to_outcome_hidden = time to outcome
report-label-set_version = Reference set version
report-label-change_measured = Change measured
report-label-organisations_compared = Organisations compared
report-label-spearman_caption = Spearman correlation between the length of support and the change
report-label-with_ci_at = with the confidence interval at
report-label-and_n_answers = and the number of answers
report-label-result_lower = result
report-label-figures_follow = The figures are in the table that follows.
report-label-points = points
report-label-share_positive = share of positive answers
report-label-mean = mean

## The waves, by code: as a column heading, inside a sentence ("at
## entry"), after "from" and "to".

report-wave-entry = Entry
report-wave-follow_up = Follow-up
report-wave-exit = Exit
report-wave-post_exit = After exit
report-at-wave-entry = at entry
report-at-wave-follow_up = at the latest follow-up
report-at-wave-exit = at exit
report-at-wave-post_exit = after exit
report-bare-wave-entry = entry
report-bare-wave-follow_up = follow-up
report-bare-wave-exit = exit
report-bare-wave-post_exit = after exit
report-from-wave-entry = from entry
report-from-wave-follow_up = from follow-up
report-from-wave-exit = from exit
report-from-wave-post_exit = from after exit
report-to-wave-entry = to entry
report-to-wave-follow_up = to follow-up
report-to-wave-exit = to exit
report-to-wave-post_exit = to after exit
# "from entry to exit": $from (`report-from-wave-…`), $to (`report-to-wave-…`).
report-span = {$from} {$to}

## The outcome areas, by code.

report-dimension-housing = Housing
report-dimension-rights = Access to rights
report-dimension-health = Health
report-dimension-employment_income = Employment and income
report-dimension-social_ties = Social ties
report-dimension-autonomy = Autonomy
report-dimension-wellbeing = Well-being
report-dimension-safety_stability = Safety and stability
report-dimension-education = Education and training
report-dimension-family = Family
report-dimension-participation = Participation
report-dimension-support = Support

## Why an answer is missing, by code; no reason given.

report-missing-reason-refused = Refused
report-missing-reason-not_applicable = Not applicable
report-missing-reason-unknown = Unknown
report-no-missing-reason = No reason given

## The warnings the report describes, by code.

report-warning-duplicate_observation = Duplicate answers (same person, indicator and wave): the latest one counts
report-warning-duplicate_enrolment = Duplicate support episodes: the latest one counts

## A funnel-plot position, as a table cell.

report-flag-within = Within limits
report-flag-above95 = Above (95%)
report-flag-below95 = Below (95%)
report-flag-above998 = Above (99.8%)
report-flag-below998 = Below (99.8%)

## Parts of sentences.

# "(95% CI 56–68%)": $level, $range.
report-ci-paren = ({$level} CI {$range})
# "fewer than 11 people" ($min_cell).
report-fewer-than = fewer than {$min_cell} people
# "at least 11 people" ($min_cell).
report-at-least = at least {$min_cell} people
# What separates the names of a list, but the last two.
report-list-separator = {", "}
# The last two items of a list: $init (the first ones, separated), $last.
report-list-end = {$init} and {$last}
# A quoted label ($text).
report-quoted = “{$text}”
# What separates quoted categories.
report-or-separator = {" or "}
# What counts as positive, one to three categories ($categories: quoted, separated).
report-in-categories = were in {$categories}
# What counts as positive, more than three categories.
report-in-positive-situation = were in a situation counted as positive
# What counts as positive, a yes answer ($answer: its label, quoted).
report-answered = answered {$answer}
# What counts as positive, a yes answer without a label.
report-answered-yes = answered yes
# What counts as positive when the definition is unknown.
report-positive-answer = had a positive answer
# " on a scale from 1 to 10", with its leading space ($min, $max).
report-on-scale = {" "}on a scale from {$min} to {$max}
# What separates the parts of a list joined by semicolons.
report-semicolon = {"; "}

## The sentences of results. The figures of a headline: $later (the
## network's status at the later wave), $at_later ("at exit"), $n_later (the
## people who answered then), $ci (its interval, with its leading space, or
## empty), $earlier, $at_earlier, $n_earlier (the same at the earlier wave),
## $n (the people followed), $from_to ("from entry to exit").

# The headline of a proportion ($positive: what counts as positive).
report-headline-share = {$later} of the {$n_later} people who answered {$at_later} {$positive}{$ci}, against {$earlier} of the {$n_earlier} people who answered {$at_earlier} ({$n} people answered at both and are followed {$from_to}).
# The headline of a mean ($scale: `report-on-scale` or empty, $change,
# $change_ci: the change's interval, with its leading space, or empty).
report-headline-mean = On average {$later}{$scale} for the {$n_later} people who answered {$at_later}{$ci}, against {$earlier} for the {$n_earlier} people who answered {$at_earlier}. For the {$n} people followed {$from_to}, the mean change is {$change} per person{$change_ci}.
# When no test of a change can be made.
report-too-few-changes = Too few changes to tell whether they are more than chance.
# A clear change, better ($better is true) or worse, with its test ($test).
report-clear-change = A clear { $better ->
        [true] improvement
       *[false] deterioration
    }: a change this large is unlikely to be due to chance ({$test}).
# A change that could be chance ($test).
report-maybe-chance = This change could be due to chance ({$test}).

## The tests of a change, inside a parenthesis.

report-change-test-mcnemar = McNemar test
report-change-test-wilcoxon = Wilcoxon signed-rank test
report-change-test-paired_t = paired t-test

## A verdict in a few words, for a tag.

report-verdict-better = Clear improvement
report-verdict-worse = Clear deterioration
report-verdict-unclear = Could be chance

## Distance travelled.

# $n people followed $from_to: those who improved ($improved, written,
# $improved_share, their share, $improved_count, their number, which English
# does not need), stayed the same ($same...) and worsened ($worse...). What
# improving means ($steps): `scale`, moving at least one step up a scale or
# ordered categories; `yes_no`, moving to the better answer of a yes / no
# question; `quantity`, a better value.
report-distance = Of the {$n} people followed {$from_to}, { $steps ->
        [scale] {$improved} ({$improved_share}) moved at least one step the better way on the scale (a better answer, not necessarily the outcome itself), {$same} ({$same_share}) stayed on the same step and {$worse} ({$worse_share}) moved at least one step the worse way
        [yes_no] {$improved} ({$improved_share}) moved to the better answer, {$same} ({$same_share}) gave the same answer and {$worse} ({$worse_share}) moved to the worse answer
       *[quantity] {$improved} ({$improved_share}) had a better value, {$same} ({$same_share}) the same value and {$worse} ({$worse_share}) a worse one
    }.
# A mean change on a scale: $change (written, signed), $size (its absolute value).
report-scale-change = {$change} { $size ->
        [one] point
       *[other] points
    } on the scale
# When a figure was measured and out of how many people: $at_wave, $n (written), $count.
report-at-wave-of = {$at_wave}, {$n} { $count ->
        [one] person
       *[other] people
    }

## Comparison across organisations. One organisation ($org) outside the
## limits: $above (above or below), $better (better than the network),
## $lower_is_better (lower is better for this indicator) are true or false.

# Outside the 95% limits.
report-outside-limits = {$org} is { $above ->
        [true] above
       *[false] below
    } the 95% limit: its result is { $above ->
        [true] higher
       *[false] lower
    } than the network's beyond what chance would explain. { $lower_is_better ->
        [true] For this indicator lower is better, so {$org}
       *[false] {$org}
    } does { $better ->
        [true] better
       *[false] worse
    } than the network.
# Outside even the 99.8% limits.
report-outside-limits-strong = {$org} is { $above ->
        [true] above
       *[false] below
    } the 99.8% limit: its result is clearly { $above ->
        [true] higher
       *[false] lower
    } than the network's, far beyond what chance would explain. { $lower_is_better ->
        [true] For this indicator lower is better, so {$org}
       *[false] {$org}
    } does { $better ->
        [true] better
       *[false] worse
    } than the network.
# The organisations inside the limits: $names (already joined), $count (how many).
report-within-limits = { $count ->
        [1] {$names} is within the limits: its difference from the network can be explained by chance.
       *[other] {$names} are within the limits: their differences from the network can be explained by chance.
    }
# The tests across organisations.
report-comparison-test-chi_square = chi-square test
report-comparison-test-kruskal_wallis = Kruskal-Wallis test
# "p = 0.01; Holm-adjusted p = 0.04": $p, $adjusted.
report-holm = {$p}; Holm-adjusted {$adjusted}
# The organisations differ, even after Holm's correction ($detail: the tests).
report-organisations-differ = The organisations differ more than chance would explain, even allowing for the number of indicators compared ({$detail}).
# The organisations seem to differ, but no longer after Holm's correction ($detail).
report-organisations-differ-alone = Taken alone the organisations seem to differ, but no longer once the number of indicators compared is allowed for ({$detail}).
# No clear difference ($detail).
report-organisations-same = No clear difference between organisations beyond chance ({$detail}).
# The tool version and the reference set of a report, for its footer ($tool_version, $set, $set_version).
report-made-with = social-impact {$tool_version}, reference set {$set} version {$set_version}.
# A logo that is not a PNG or JPEG image.
report-logo-not-an-image = the logo is not a PNG or JPEG image (SVG images are not taken: they can hold scripts)
# A logo past its size limit ($size, $limit: in bytes).
report-logo-too-large = the logo holds {$size} bytes, more than the {$limit} a report's first page takes
# The caution beside each funnel plot.
report-comparison-caution = Caution: organisations do not support the same people (age, situation at entry, kind of service). A gap from the network is a question to look into together, not a ranking nor a verdict on the quality of the work.
# Not two organisations large enough to compare ($min_cell).
report-no-comparison = No comparison: it needs at least two organisations with at least {$min_cell} people each.
# Organisations left out of the comparison ($names, $fewer: `report-fewer-than`).
report-not-compared = Not compared: {$names} ({$fewer}).

## Length of support and time to outcome.

# When the link with duration cannot be computed ($n: the people who left).
report-duration-no-data = Not enough data to relate length of support to change ({$n} people who left).
# A clear link: longer, more improvement ($stats).
report-duration-more = People supported for longer improved more: this link is unlikely to be due to chance (Spearman {$stats}).
# A clear link: longer, less improvement ($stats).
report-duration-less = People supported for longer improved less: this link is unlikely to be due to chance (Spearman {$stats}).
# No clear link ($stats).
report-duration-none = No clear link between the length of support and the change (Spearman {$stats}).
# A hidden time to outcome ($fewer).
report-time-hidden = Result hidden: {$fewer}.
# The network's median time ($days).
report-time-median = Half of the people reached this outcome within {$days} days (median, whole network).
# When the median is not reached.
report-time-median-not-reached = Fewer than half of the people reached this outcome during the period observed: the median is not reached.
# How many reached the outcome ($events of $n), the others counting until $as_of.
report-time-reached-as-of = {$events} of the {$n} people followed reached it; the others count until they left or until {$as_of}.
# How many reached the outcome ($events of $n), without a censoring date.
report-time-reached = {$events} of the {$n} people followed reached it; the others count until they left.
# The log-rank test: times clearly differ ($detail).
report-logrank-differ = Times differ between organisations more than chance would explain ({$detail}).
# The log-rank test: no clear difference ($detail).
report-logrank-same = No clear difference in time between organisations ({$detail}).
# The median in a chart legend ($days).
report-legend-median = median: {$days} days
# The network median in a chart's text alternative ($days).
report-network-median = network median: {$days} days
# The network median, not reached ($not_reached: `report-label-not_reached`).
report-network-median-not-reached = network median: {$not_reached}

## The kind of a measure.

report-measure-binary = yes / no
# $count: the number of categories.
report-measure-categorical = {$count} categories
# $min, $max: the ends of the scale.
report-measure-ordinal = scale from {$min} to {$max}
report-measure-count = count
# $unit: the unit.
report-measure-continuous = quantity ({$unit})

## What is hidden, and why.

# A group's status, hidden ($waves: the waves, joined).
report-hidden-status = status ({$waves})
# A group's change, hidden.
report-hidden-change = change
# An indicator with no change: collected only $asked, not at both waves of $from_to.
report-change-not-measured = This indicator is collected only {$asked}: change {$from_to} does not apply to it, so there is no distance travelled to show. Nothing is hidden here.
# Why these results are hidden ($fewer).
report-hidden-results = These results concern {$fewer} and are not shown: too few people to protect their anonymity and to give a reliable figure.
# "against 13% at entry (1,870 people)": $value, $at_wave, $n (written), $count.
report-against = against {$value} {$at_wave} ({$n} { $count ->
        [one] person
       *[other] people
    })

## Data quality.

# A file's rows read, kept and left out ($name, $read, $kept, $left_out).
report-file-note = {$name}: {$read} rows read, {$kept} kept, {$left_out} left out.
# A report made despite errors: $errors errors, $left_out rows left out of
# $rows ($share), within the $limit accepted.
report-tolerated-note = This report was made although the files have {$errors} { $errors ->
        [one] error
       *[other] errors
    }: {$left_out} { $left_out ->
        [one] row
       *[other] rows
    } of {$rows} ({$share}) were left out, within the {$limit} accepted for this report. The figures describe the rows kept only.

## The methods, paragraph by paragraph (five): $level ("95%"), $from_to,
## $comparison_wave ("exit"), $min_cell.

report-methods-1 = Each indicator is summarised at each wave, for each organisation and for the whole network: share of positive answers (Wilson interval) or mean (t interval), with a {$level} confidence interval. At follow-up, the latest answer counts.
report-methods-2 = Change is measured {$from_to} over the people who answered at both waves (paired t-test, Wilcoxon test, and McNemar test for yes/no questions).
report-methods-3 = Organisations are compared at {$comparison_wave} (chi-square or Kruskal-Wallis, then Holm's correction over all indicators) and placed on a funnel plot with 95% and 99.8% limits.
report-methods-4 = Groups of fewer than {$min_cell} people are hidden: their figures are neither shown nor used in comparisons between organisations.
report-methods-5 = People are known only by a pseudonym: an HMAC-SHA-256 of their id, first put in one Unicode form (NFC) so that an accented id typed on a Mac or on Windows is the same person; the ids themselves are never kept.

## The glossary: each statistic in one sentence, in order.

report-glossary-1-term = Confidence interval (CI)
report-glossary-1-meaning = The range in which the true value very probably lies (95 times out of 100 at the 95% level); the more people, the narrower it is.
report-glossary-2-term = Wilson interval
report-glossary-2-meaning = The range of a proportion, reliable even for small groups or proportions close to 0 or 100%.
report-glossary-3-term = t interval (Student)
report-glossary-3-meaning = The range of a mean, which allows for the number of people and how spread out their answers are.
report-glossary-4-term = Paired t-test
report-glossary-4-meaning = Checks whether the mean change of the same people between two waves is larger than chance would produce.
report-glossary-5-term = Wilcoxon signed-rank test
report-glossary-5-meaning = The same question as the paired t-test, but based on the ranking of the changes, so extreme values weigh less.
report-glossary-6-term = McNemar test
report-glossary-6-meaning = For a yes/no question asked twice of the same people: compares those who move from no to yes with those who move from yes to no.
report-glossary-7-term = Cohen's d_z
report-glossary-7-meaning = The size of a change relative to its spread: about 0.2 is a small change, 0.5 medium, 0.8 large.
report-glossary-8-term = p-value
report-glossary-8-meaning = The probability of seeing a difference at least this large if in fact nothing had changed; below 0.05, the difference is called clear.
report-glossary-9-term = Chi-square test
report-glossary-9-meaning = Checks whether the share of positive answers differs between organisations more than chance would explain.
report-glossary-10-term = Kruskal-Wallis test
report-glossary-10-meaning = Checks whether scores differ between organisations, by comparing their rankings.
report-glossary-11-term = Holm correction
report-glossary-11-meaning = When many tests are run some look clear by chance alone; Holm's correction raises the bar to allow for it.
report-glossary-12-term = Funnel plot
report-glossary-12-meaning = Places each organisation by its number of answers: limits widen for small organisations, whose results vary more by chance; a point outside the limits deserves a closer look.
report-glossary-13-term = Spearman correlation (rho)
report-glossary-13-meaning = Measures, from −1 to +1, whether two quantities rise or fall together, here the length of support and the change.
report-glossary-14-term = Kaplan-Meier curve
report-glossary-14-meaning = The share of people who have not yet reached the outcome, day by day since entry, counting properly those still supported or who left before.
report-glossary-15-term = Log-rank test
report-glossary-15-meaning = Checks whether the Kaplan-Meier curves of several organisations differ more than chance would explain.
report-glossary-16-term = Cronbach's alpha
report-glossary-16-meaning = Measures whether the questions of one scale point the same way; above 0.7 the scale is considered consistent.
report-glossary-17-term = Hidden result
report-glossary-17-meaning = Groups that are too small are not shown, so that nobody can be recognised and because their figures would be too uncertain.
