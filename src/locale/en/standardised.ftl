## The comparison standardised on age band and sex (comparison.standardised),
## beside the raw funnel, when the set declares `standardise`.

standardised-heading-age-band = Standardised on age band
standardised-heading-sex = Standardised on sex
standardised-heading-age-band-sex = Standardised on age band and sex
standardised-explain = Direct standardisation gives each organisation the figure it would have if it served the network's mix of people: the figure of each of its strata (age band and sex at entry) weighted by that stratum's share of the network. It corrects the comparison for differences in who is served on these factors only. It does not correct for anything else (needs on arrival, length and kind of support, how and when answers were collected), nor for chance in small strata; people whose age or sex is unknown are left out of it.
# In the methods, once. $min_cell: the minimum cell size as written.
standardised-rule = Standardised comparison: so that every organisation is standardised on the same strata, and so compared with one standard, the strata are collapsed once for the whole network, along a chain fixed in advance: first sex is dropped (people of sex "other or not disclosed" then count in their age band), then adjacent age bands are merged two by two, from the youngest, down to two age groups. An organisation's strata are shown at the finest step where each of them, and its group of unknown age or sex, counts at least { $min_cell } people, all of them or none (so that none can be found by subtraction from its result). The network uses the finest step at which at least four organisations in five can be standardised (when none reaches it, the finest of those that standardise the most); the strata used are stated with each comparison. An organisation shown only at a coarser step, or with nobody in a stratum of the network's mix, has no standardised figure (it is left out, not merged into a neighbouring stratum), and the network's mix counts only the organisations whose strata are shown at the step used or a finer one. The standardisation is direct rather than indirect (observed over expected): an indirect figure needs each organisation's people by stratum, which an organisation's aggregate does not send when a stratum is small, and it would publish a weighted sum of them from which, with few strata, a small stratum's size can be found again.
standardised-none = No organisation has a standardised figure here: in each, a stratum is too small to be shown, or one of the network's strata is empty (see the methods).
# $indicator: the indicator's label; $at_wave: "at exit"; $network: "62%".
standardised-caption = Standardised comparison – { $indicator }: raw and standardised result { $at_wave }, network { $network }
standardised-raw = Raw result
standardised-standardised = Standardised result
standardised-interval = Confidence interval
standardised-small-stratum = Hidden (a stratum too small at these strata)
# Under the table. $strata: the strata used, from the messages below.
standardised-used = Strata used here: { $strata }.
# $count: the set's age bands merged into each group (1: none merged), $bands: it written.
standardised-used-age = { $count ->
    [1] the set's age bands
   *[other] age groups of { $bands } of the set's adjacent bands
}
standardised-used-age-sex = { $count ->
    [1] the set's age bands, by sex
   *[other] age groups of { $bands } of the set's adjacent bands, by sex
}
standardised-used-sex = sex
standardised-missing-stratum = Not computed (an empty stratum)
