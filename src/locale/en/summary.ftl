## The board summary (`RenderOptions::summary`): who was served, the key
## results, how organisations compare and the caveats. Numbers arrive
## written out ($people, $organisations...), with their value beside them
## where a plural depends on it ($people_count...).

# The kind of document, above the title.
summary-kind = Board summary
# Heading: who was served.
summary-served-title = Who was served
# People, organisations, support episodes and answers, in a sentence:
# $people and $organisations (written) with $people_count and
# $organisations_count (their values), $episodes and $answers (written).
summary-served = {$people} { $people_count ->
        [one] person
       *[other] people
    } supported by {$organisations} { $organisations_count ->
        [one] organisation
       *[other] organisations
    }: {$episodes} support episodes and {$answers} answers recorded.
# The caption of the people-by-organisation table.
summary-served-caption = People by organisation: at each wave, the most people who answered any one indicator
# A column: the people who answered at a wave ($at_wave: "at entry").
summary-answered-at = People who answered {$at_wave}
# A column: the people followed between the waves of change ($from_to).
summary-followed = People followed {$from_to}
# When there are too many organisations to list them ($organisations: how many, written).
summary-too-many-to-list = The {$organisations} organisations are not listed one by one here: the full report has each one's figures.
# Heading: the key results.
summary-results-title = Key results
# Heading: how organisations compare.
summary-comparison-title = How organisations compare
# What the comparison table shows, at a wave ($at_wave: "at exit").
summary-comparison-intro = One line per indicator: the organisations whose result {$at_wave} is better or worse than the network's beyond what chance would explain (outside the 95% funnel limits). The others are within the limits.
# Column: the network's figure at a wave ($at_wave).
summary-network-at = Network {$at_wave}
# Column: organisations doing better than the network.
summary-better = Better than the network
# Column: organisations doing worse than the network.
summary-worse = Worse than the network
# "7 organisations", in place of a long list of names: $n (written), $count (its value).
summary-organisations = {$n} { $count ->
        [one] organisation
       *[other] organisations
    }
# When every organisation compared is within the limits.
summary-all-within = all within the limits
# When no indicator could be compared.
summary-no-comparison = No indicator could be compared: it needs at least two organisations large enough.
# Heading: the caveats.
summary-caveats-title = Caveats
# How many results are hidden for small groups: $n (written), $count (its
# value), $fewer ("fewer than 11 people").
summary-hidden = { $count ->
        [0] No result is hidden for small groups.
        [1] 1 result is hidden because it concerns {$fewer}: too few to protect anonymity and give a reliable figure.
       *[other] {$n} results are hidden because they concern {$fewer}: too few to protect anonymity and give a reliable figure.
    }
# Whom change is measured for ($from_to: "between entry and exit").
summary-change-caveat = Change is measured {$from_to} only for the people who answered at both waves; people who left early or did not answer are not in it.
# What a gap from the network means ($at_wave).
summary-comparison-caveat = Organisations are compared {$at_wave}. They do not support the same people, so a gap from the network is a question to ask, not a ranking.
# Records set aside, missing answers, warnings: $rejected, $missing,
# $warnings (written) and their values $rejected_count, $missing_count,
# $warnings_count.
summary-quality = Data quality: {$rejected} { $rejected_count ->
        [one] record
       *[other] records
    } set aside as invalid, {$missing} missing { $missing_count ->
        [one] answer
       *[other] answers
    } and {$warnings} { $warnings_count ->
        [one] warning
       *[other] warnings
    } while reading.
# What the ranges are ($level: "95%").
summary-ranges = Ranges are {$level} confidence intervals: the true figure is very likely within them.
# Where the rest is.
summary-full-report = The full report has every indicator with its charts, the data quality and the methods.
