## A set's key outcomes (its headline indicators) on the first page, when
## only their status can be shown: a figure at one wave, without a change.

key-results-tag = Key outcome
# $at_wave: "at entry".
key-results-no-figure = no figure { $at_wave }
# $value: "41%"; $n: the number as written, $count: the same number;
# $positive: "were in “stable housing”"; $ci: " (95% CI ...)" with its
# leading space, or nothing.
key-results-share = { $value } of the { $n } { $count ->
        [one] person
       *[other] people
    } asked { $at_wave } { $positive }{ $ci }.
# $scale: " on a scale from 1 to 10" with its leading space, or nothing.
key-results-mean = On average { $value }{ $scale } for the { $n } { $count ->
        [one] person
       *[other] people
    } asked { $at_wave }{ $ci }.
# The introduction of the first page's results when the set names its key outcomes.
key-results-intro = First the key outcomes the reference set names, whatever their change; then the network's clearest changes, chosen automatically among the other indicators.
