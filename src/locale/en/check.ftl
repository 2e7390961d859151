## The definition checker (catalogue::check, impact check-definitions):
## every problem from its kind's facts and its place, and the summary line.
## $field is the field the place names (measure.max, or check-document);
## $found, $limit, $min, $max… come written.

# The field of a pointer to the whole document.
check-document = the document
# The suggestion of a close name: $suggestion.
check-hint = {" "}(did you mean { QUOTED($suggestion) }?)
# What separates the last expected types.
check-or = {" "}or{" "}

## The languages, by code, and the JSON types.

check-language-fr = French
check-language-en = English
check-type-integer = an integer
check-type-number = a number
check-type-string = a string
check-type-boolean = a boolean
check-type-object = an object
check-type-array = an array
check-type-null = a null

## The problems.

# $reason: what the system said.
check-unreadable = cannot read: { $reason }
check-no-such-path = no such file or folder
# $reason: what the JSON reader said.
check-syntax = not valid JSON: { $reason }: check the commas, quotes and brackets just before this point
check-not-an-object = expected a JSON object (an indicator definition or a set manifest)
check-neither-format = neither an indicator definition (it has no `measure`) nor a set manifest (it has no `indicators`)
# $reason: what the schema compiler said.
check-schema-does-not-compile = the published schema does not compile: { $reason }
# $field.
check-missing-field = missing field { $field }: the format requires it
# $name (the unknown field), $parent (the field holding it).
check-unknown-field = unknown field { QUOTED($name) } in { $parent }: remove it or check its spelling (the published schema lists the fields)
# $field, $found, $expected (the expected types, of check-type-…, joined by check-or).
check-wrong-type = { $field } is { $found }, of the wrong type: expected { $expected }
# Out of bounds: $field, $found, $limit; one per kind of bound.
check-below-minimum = { $field } { $found } is below the minimum { $limit }
check-above-maximum = { $field } { $found } is above the maximum { $limit }
check-not-above = { $field } { $found } must be above { $limit }
check-not-below = { $field } { $found } must be below { $limit }
# $field, $min (written), $count (the same).
check-too-few-entries = { $field } has too few entries: at least { $min } { $count ->
        [one] is needed
       *[other] are needed
    }
# $field.
check-empty-value = { $field } is empty: write a value
# $field, $found, $pattern.
check-pattern-mismatch = { $field } { $found } is not written as expected: it must match the pattern { $pattern }
# $field, $found, $expected (the one value accepted).
check-not-accepted-one = { $field } { $found } is not accepted: expected { $expected }
# $field, $found, $expected (the values accepted).
check-not-accepted = { $field } { $found } is not accepted: expected one of { $expected }
# $id, $other (the other file).
check-duplicate-definition-id = indicator id { QUOTED($id) } is also defined in { $other }: each id must be defined once; rename one or remove the copy
# $id, $other (the other file).
check-duplicate-set-id = set id { QUOTED($id) } is also used by { $other }: each set needs its own id
# $code.
check-invalid-category-code = category code { QUOTED($code) } is not a valid code: use lowercase letters, digits and '_', starting with a letter or digit, e.g. street
# $version.
check-not-semver = version { QUOTED($version) } is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.2.0)
# $found, $accepted (the codes accepted), $hint (check-hint, or empty).
check-unknown-dimension = unknown dimension { QUOTED($found) }: expected one of { $accepted }{ $hint }
# $found, $accepted (the codes accepted), $hint (check-hint, or empty).
check-unknown-wave = unknown wave { QUOTED($found) }: expected one of { $accepted }{ $hint }
# $min, $max (the ages).
check-ages-reversed = applies_to.min_age { $min } is above applies_to.max_age { $max }: give the youngest age first
# $min, $max (written).
check-range-reversed = measure.min { $min } is not below measure.max { $max }: the range needs min < max
# $min, $max.
check-scale-reversed = measure.min { $min } is not below measure.max { $max }: a scale needs min < max, e.g. min 1 and max 10
# $threshold, $min, $max.
check-threshold-outside-scale = measure.positive_threshold { $threshold } is outside the scale { $min }..{ $max }: use a point of the scale
# $key, $min, $max.
check-level-outside-scale = measure.levels key { QUOTED($key) } is not a point of the scale { $min }..{ $max }: key each label by a whole number from { $min } to { $max }
# $code, $first (where it is used first).
check-duplicate-category-code = category code { QUOTED($code) } is used twice (also at { $first }): give each category its own code
check-no-positive-category = no category is positive: mark at least one category with "positive": true (otherwise the proportion positive is always 0)
# $field, $blank (true when the text is blank, false when it is missing), $language and $code
# (the language missing), $other_language and $other_code (the other one).
check-missing-text = { $field } { $blank ->
        [true] is blank
       *[false] is missing
    }: write the text in { $language } ({ $code }) as well as in { $other_language } ({ $other_code })
# $id, $hint (check-hint, or empty).
check-composite-unknown-item = composite item { QUOTED($id) } is not an indicator of the catalogue: define it in a file checked with this one, or use a bundled indicator{ $hint }
# $id, $first (where it is listed first).
check-composite-duplicate-item = composite item { QUOTED($id) } is listed twice (also at { $first }): list each item once
# $id, $measure (its kind of measure).
check-composite-item-not-ordinal = composite item { QUOTED($id) } is a { $measure } indicator: the items of a scale must be ordinal (a bounded whole-number scale)
# $id, $missing (the items not in the set).
check-composite-item-not-in-set = composite { QUOTED($id) } uses items that are not in this set ({ $missing }): add them to indicators
# $id, $hint (check-hint, or empty).
check-set-unknown-indicator = indicator { QUOTED($id) } is defined nowhere (not in the files checked, not in the bundled catalogue): add its definition file, or write the definition inline{ $hint }
# $more (written), $count (the same; 0 and 1 take the singular).
check-more-unknown-indicators = and { $more } more { $count ->
        [0] indicator
        [1] indicator
       *[other] indicators
    } defined nowhere
# $id, $through (the path of the cycle).
check-composite-cycle = composite { QUOTED($id) } is one of its own items (through { $through }): a scale cannot be made of itself
# $id, $first (where it is listed first).
check-set-duplicate-indicator = indicator { QUOTED($id) } is listed twice (also at { $first }): list each indicator once
# $id, $hint (check-hint, or empty).
check-time-to-event-not-in-set = time_to_event indicator { QUOTED($id) } is not in this set: name one of the set's indicators, or add it to indicators{ $hint }

## The summary: "checked 42 files (40 definitions, 2 sets): no problem".
## Each count: $n (written), $count (the same, for the plural).

check-count-files-checked = { $n } { $count ->
        [one] file
       *[other] files
    }
check-count-definitions = { $n } { $count ->
        [one] definition
       *[other] definitions
    }
check-count-sets = { $n } { $count ->
        [one] set
       *[other] sets
    }
check-count-models = { $n } { $count ->
        [one] avoided-cost model
       *[other] avoided-cost models
    }
check-count-problems = { $n } { $count ->
        [one] problem
       *[other] problems
    }
check-count-files = { $n } { $count ->
        [one] file
       *[other] files
    }
# The sets, and the avoided-cost models when there are some: $sets, $models (counts).
check-sets-and-models = { $sets }, { $models }
# No problem.
check-no-problem = no problem
# Problems: $problems, $files (counts).
check-problems-in-files = { $problems } in { $files }
# The line: $files, $definitions, $sets (counts), $outcome.
check-summary = checked { $files } ({ $definitions }, { $sets }): { $outcome }
