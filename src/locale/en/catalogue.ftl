## Catalogue errors: files that cannot be read as definitions or sets,
## unknown sets and indicators, inconsistent sets.

# A whole number its field cannot hold: $field (measure.<field>),
# $value (as written), $unsigned (true for an unsigned whole number, else false).
catalogue-number-out-of-range = measure.{ $field } { $value } is not a whole number the loader can hold: write a whole number from { $unsigned ->
        [true] 0 to 18446744073709551615
       *[false] -9223372036854775808 to 9223372036854775807
    } (not -0, no decimal point)

## Why a definition, a set or the catalogue could not be loaded.

# A file that cannot be read: $path, $reason (what the system said).
catalogue-io = { $path }: cannot read: { $reason }
# Malformed JSON: $path, $line, $column, $message (what the JSON reader said).
catalogue-syntax = { $path }:{ $line }:{ $column }: not valid JSON: { $message }
# A JSON file not of the format: $path, $what (one of the catalogue-format-… below).
catalogue-format = { $path }: { $what }
# The same at a place in the file: $path, $line, $column, $pointer (JSON pointer), $what.
catalogue-located = { $path }:{ $line }:{ $column }: { $pointer }: { $what }
# An unknown set: $name, $maybe (catalogue-maybe, or empty),
# $available (the bundled sets, or catalogue-none).
catalogue-unknown-set = unknown reference set { QUOTED($name) }{ $maybe } (bundled sets: { $available }; a path to a manifest file also works)
# The suggestion of a close name: $suggestion.
catalogue-maybe = : did you mean { QUOTED($suggestion) }?
# No bundled set.
catalogue-none = (none)
# An unknown indicator: $id, $named_by (the set that names it), $maybe (catalogue-maybe, or empty).
catalogue-unknown-indicator = unknown indicator { QUOTED($id) } in the catalogue (named by set { QUOTED($named_by) }){ $maybe }
# An id defined twice: $path, $id, $other (where the first one was).
catalogue-duplicate-indicator = { $path }: indicator id { QUOTED($id) } is defined twice (also in { $other })
# An inconsistent set: $set, $what (one of the catalogue-set-… below).
catalogue-invalid-set = reference set { QUOTED($set) }: { $what }

## What is wrong with a file that is JSON but not of the format.

catalogue-format-not-an-object = expected a JSON object (an indicator definition or a set manifest)
catalogue-format-neither-format = neither an indicator definition (it has no `measure`) nor a set manifest (it has no `indicators`)
catalogue-format-not-a-manifest = this is not a set manifest (a manifest has `id`, `version`, `title`, `domain` and `indicators`)

## What is wrong with a set.

# $indicator.
catalogue-set-listed-twice = indicator { QUOTED($indicator) } is listed twice
# $analysis (the time-to-event analysis), $indicator.
catalogue-set-time-to-event-not-in-set = time-to-event { QUOTED($analysis) } uses indicator { QUOTED($indicator) }, which is not in the set
# $composite.
catalogue-set-composite-cycle = composite { QUOTED($composite) } is one of its own items: a scale cannot be made of itself
# $composite, $item.
catalogue-set-composite-item-not-in-set = composite { QUOTED($composite) } uses item { QUOTED($item) }, which is not in the set
