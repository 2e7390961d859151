## How French writes numbers: a decimal comma, a narrow no-break space (U+202F)
## between thousands (from five digits on) and before `%`, a no-break space
## before `:`; the first of the month is an ordinal (« 1er mars »).

# The decimal mark.
numbers-decimal-mark = ,
# What separates groups of three digits.
numbers-group-separator = {"\u202F"}
# The fewest digits a whole part needs before it is grouped.
numbers-min-grouped-digits = 5
# What stands between a number and `%`.
numbers-before-percent = {"\u202F"}
# A colon as typeset.
numbers-colon = {"\u00A0"}:
# The word between the ends of a range that has a negative end.
numbers-range-word = à
# A date written out: $day and $year (numbers), $month (its name).
numbers-date = { $day ->
        [1] 1er
       *[other] { $day }
    }{"\u00A0"}{ $month } { $year }

## The months, by number.

numbers-month-1 = janvier
numbers-month-2 = février
numbers-month-3 = mars
numbers-month-4 = avril
numbers-month-5 = mai
numbers-month-6 = juin
numbers-month-7 = juillet
numbers-month-8 = août
numbers-month-9 = septembre
numbers-month-10 = octobre
numbers-month-11 = novembre
numbers-month-12 = décembre
