## Who was served (the report's `served` section): people with an
## enrolment by age band, sex and service at entry. Numbers arrive written
## out ($people...), with their value beside them where a plural depends on
## it ($count).

# Heading: who was served.
served-title = Who was served
# What the tables show and what is hidden ($min_cell: the smallest group shown, written; $count its value).
served-intro = People with an enrolment, by age band, sex and service at entry. A group of fewer than {$min_cell} { $count ->
        [one] person
       *[other] people
    } is hidden, and when only one group of a table would be, the next smallest is hidden too, so that no hidden count follows from the total.
# Caption of the table by age band.
served-by-age = People by age band at entry
# Caption of the table by sex.
served-by-sex = People by sex
# Caption of the table by service.
served-by-service = People by service at entry
# Column: everyone of the group.
served-total = Total
# The first age band ($under: the age it stops before).
served-age-under = Under {$under}
# An age band from $from to $to years.
served-age-range = {$from} to {$to}
# The last age band, from $from years.
served-age-from = {$from} and over
# People whose age is unknown.
served-age-unknown = Age unknown
# Sexes.
served-sex-female = Female
served-sex-male = Male
served-sex-other = Other or not disclosed
served-sex-unknown = Not recorded
# People whose service is not recorded.
served-service-unknown = Service not recorded
# Under a network's table: $people (written, $count its value) of its $total people are in groups hidden in their organisation.
served-network-hidden = The network adds the groups each organisation shows: {$people} of its {$total} { $count ->
        [one] person is in a group
       *[other] people are in groups
    } hidden in their organisation, and in no column here.
# When the report holds no breakdown of who was served.
served-absent = This report holds no breakdown by age band, sex or service: no enrolment was read, or an aggregate merged into it was written before these breakdowns.
