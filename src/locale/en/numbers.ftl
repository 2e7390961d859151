## How English writes numbers: a decimal point, a comma between thousands,
## no space before `%` or `:`.

# The decimal mark.
numbers-decimal-mark = .
# What separates groups of three digits.
numbers-group-separator = ,
# The fewest digits a whole part needs before it is grouped.
numbers-min-grouped-digits = 4
# What stands between a number and `%`.
numbers-before-percent = {""}
# A colon as typeset.
numbers-colon = :
# The word between the ends of a range that has a negative end.
numbers-range-word = to
# A date written out: $day and $year (numbers), $month (its name).
numbers-date = { $day }{"\u00A0"}{ $month } { $year }

## The months, by number.

numbers-month-1 = January
numbers-month-2 = February
numbers-month-3 = March
numbers-month-4 = April
numbers-month-5 = May
numbers-month-6 = June
numbers-month-7 = July
numbers-month-8 = August
numbers-month-9 = September
numbers-month-10 = October
numbers-month-11 = November
numbers-month-12 = December
