## How English writes the waves, the reasons for a missing answer and the
## sexes in data files, beyond the codes: lower case, `_` between words,
## separated by spaces; `{""}` for none.

spellings-wave-entry = {""}
spellings-wave-follow_up = {""}
spellings-wave-exit = {""}
spellings-wave-post_exit = {""}
spellings-missing-refused = {""}
spellings-missing-not_applicable = na n/a
spellings-missing-unknown = {""}
# By letter: f (female), m (male), x (other).
spellings-sex-f = female w woman
spellings-sex-m = male man
spellings-sex-x = o other
