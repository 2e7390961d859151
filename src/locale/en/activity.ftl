## The activity figures: entries, exits, people still supported or lost to
## follow-up, the response rate at each wave.

activity-title = Activity
activity-caption = People supported, and who answered at each wave
activity-column-entries = Entries
activity-column-exits = Exits
activity-column-still = Still supported
activity-column-lost = Lost to follow-up
# $at_wave: "at entry".
activity-response-at = Response { $at_wave }
# $count: "4"; $share: "10%".
activity-count-share = { $count } ({ $share })
# $as_of: the date written; $days: "183"; $min_cell: "11", $count: the same number.
activity-definitions = Activity on { $as_of }: an entry is a person whose support began on or before that date, an exit one of them who left by then, and a person still supported has no exit date by then. A person still supported is lost to follow-up when they entered more than { $days } days (six months) before that date and gave no answer (to any indicator, at any wave) in the { $days } days up to it. The response rate at a wave is the share of the people expected at it who answered at least one indicator of that wave; expected are, at entry, every entry; at follow-up, everyone supported for more than { $days } days; at exit, every exit; after exit, everyone who left more than { $days } days before { $as_of }. A count about fewer than { $min_cell } { $count ->
        [one] person
       *[other] people
    } is hidden, and the network's is then counted over the other organisations only.
