## The comparison standardised on age band and sex (comparison.standardised),
## beside the raw funnel, when the set declares `standardise`.

standardised-heading-age-band = Standardised on age band
standardised-heading-sex = Standardised on sex
standardised-heading-age-band-sex = Standardised on age band and sex
standardised-explain = Direct standardisation gives each organisation the figure it would have if it served the network's mix of people: the figure of each of its strata (age band and sex at entry) weighted by that stratum's share of the network. It corrects the comparison for differences in who is served on these factors only. It does not correct for anything else (needs on arrival, length and kind of support, how and when answers were collected), nor for chance in small strata; people whose age or sex is unknown are left out of it.
# In the methods, once. $min_cell: the minimum cell size as written.
standardised-rule = Standardised comparison: an organisation has no standardised figure when one of its strata, or its group of unknown age or sex, counts fewer than { $min_cell } people (its strata are then all hidden, so that none can be found by subtraction from its result), or when it has nobody in a stratum of the network's mix (it is then left out, not merged into a neighbouring stratum). The network's mix counts only the organisations whose strata are shown.
standardised-none = No organisation has a standardised figure here: in each, a stratum is too small to be shown, or one of the network's strata is empty (see the methods).
# $indicator: the indicator's label; $at_wave: "at exit"; $network: "62%".
standardised-caption = Standardised comparison – { $indicator }: raw and standardised result { $at_wave }, network { $network }
standardised-raw = Raw result
standardised-standardised = Standardised result
standardised-interval = Confidence interval
standardised-small-stratum = Hidden (a stratum too small)
standardised-missing-stratum = Not computed (an empty stratum)
