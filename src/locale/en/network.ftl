## The network commands (`impact aggregate`, `impact network`): refusals,
## the labels of other members, and what a member's report says of it
## against the network. Numbers arrive written ($total...), with their
## value beside them where a plural depends on it ($count...).

# An aggregate file was refused; nothing was written ($file, $why).
network-refused = {$file} refused: {$why}. Nothing was written.
# The data have errors: no aggregate was written.
network-data-errors = the data have errors: no aggregate was written (see `impact validate`)
# No aggregate file where one was named ($place).
network-no-aggregate = no aggregate file (.json) in {$place}
# `--for` names an organisation that is in no aggregate ($organisation).
network-not-a-member = organisation {$organisation} is in no aggregate
# The anonymous label of another member ($number: its rank, in four digits).
network-member-label = Member {$number}
# Methods: what the network (*) counts ($min_cell: the minimum cell size).
network-counts = The whole network (*) counts, for each figure, only the people of the organisations whose own group is shown for that same figure (at least {$min_cell} { $min_cell ->
        [one] person
       *[other] people
    }): status at each wave, change, time to outcome and scale reliability each have their own network. What is hidden is counted nowhere, so it cannot be recovered by subtracting the organisations shown from the network.
# Methods: the network's link between duration and change, merged from aggregates.
network-fisher-z = Network merged from aggregates: the network's link between support duration and change combines the organisations' Spearman coefficients on Fisher's z scale (weights n-3); pooling durations across organisations would mix organisation effects with duration effects.
# A funnel table that lists only the organisations outside the limits ($listed of $total).
network-flagged-only = (organisations outside the 95% limits only: {$listed} of {$total})
# Under a table that leaves out $not_listed (value $count) of $total
# organisations, above $threshold: it names only the network, the flagged
# organisations and $member (when $has_member is true).
network-not-listed = {$not_listed} of the {$total} organisations { $count ->
        [one] is
       *[other] are
    } not listed here: above {$threshold} organisations, tables name only the network, the organisations outside the funnel's 95% limits{ $has_member ->
        [true] {" "}and {$member}
       *[false] {""}
    }, and charts other than the funnel plots draw only the network{ $has_member ->
        [true] {" "}and {$member}
       *[false] {""}
    }. Every organisation is a point on the funnel plots and is in the JSON report.
# "312 organisations": $n (written), $count (its value).
network-organisations = {$n} { $count ->
        [one] organisation
       *[other] organisations
    }
# A funnel plot of $total organisations, $outside (value $count) of them
# outside the 95% limits ($above above, $below below).
network-funnel-counts = Of {$total} organisations, {$outside} { $count ->
        [one] is
       *[other] are
    } outside the 95% limits ({$above} above, {$below} below; the table lists them); the others are within the limits: their gaps from the network may be chance.
# $earlier aggregates censored before the report's as_of ($latest), the
# earliest at $earliest (when $dated is true; else without a date).
network-censoring-dates-differ = {$earlier} { $earlier ->
        [one] aggregate was
       *[other] aggregates were
    } censored before {$latest}{ $dated ->
        [true] , the earliest at {$earliest}
       *[false] {" "}(without a date)
    }. The report's as_of is {$latest}; the time to outcome of their organisations stops at their own date.
# A gap of $signed percentage points, $whole its size rounded.
network-points = {$signed} { $whole ->
        [one] point
       *[other] points
    }
# Heading of the opening "you against the network".
network-you-title = You against the network
# The introduction of the opening, naming the member ($member).
network-you-intro = Where {$member} stands on each indicator against the whole network, at the wave organisations are compared, with the funnel plot's reading: a gap inside the 95% limits may be chance. The key results come first; the other members are named by anonymous labels.
# People: $n (written), $count (its value).
network-people = {$n} { $count ->
        [one] person
       *[other] people
    }
# One indicator: $label, the figure of member $member ($value, $at_wave,
# $people: `network-people`), the network's when $compared is true
# ($network, $network_people), the gap when $has_gap is true ($gap), and
# the funnel's reading ($reading: `network-reading-…`).
network-member-line = {$label}: {$member} {$value} {$at_wave} ({$people}){ $compared ->
        [true] , against {$network} for the network ({$network_people})
       *[false] {""}
    }{ $has_gap ->
        [true] , a gap of {$gap}
       *[false] {""}
    }; {$reading}.
# The reading: inside the limits.
network-reading-within = inside the 95% limits: the gap may be chance
# The reading: no comparison.
network-reading-not-compared = no comparison across organisations on this indicator
# The reading: outside the 95% limits; $above (above or below), $better
# (on the better side), $lower_is_better (an indicator where lower is
# better) are true or false.
network-reading-outside = { $above ->
        [true] above
       *[false] below
    } the 95% limit: { $above ->
        [true] higher
       *[false] lower
    } than the network beyond what chance would explain, which is { $better ->
        [true] better
       *[false] worse
    }{ $lower_is_better ->
        [true] {" "}(lower is better for this indicator)
       *[false] {""}
    }
# The reading: outside even the 99.8% limits; the same variables.
network-reading-strong = { $above ->
        [true] above
       *[false] below
    } even the 99.8% limit: clearly { $above ->
        [true] higher
       *[false] lower
    } than the network, which is { $better ->
        [true] better
       *[false] worse
    }{ $lower_is_better ->
        [true] {" "}(lower is better for this indicator)
       *[false] {""}
    }
# One indicator where the member's figure is hidden ($label, $member,
# $at_wave, $fewer: "fewer than 11 people").
network-member-hidden = {$label}: hidden for {$member} {$at_wave} ({$fewer}), so no figure is given.
# One indicator the member has no answer for at the compared wave ($label, $member, $at_wave).
network-member-no-answer = {$label}: no answer from {$member} {$at_wave}.
