## Reading and validating data: every problem of crate::ingest (from its
## kind's facts), what a scoring refusal expected, and the validation
## summary. Numbers come written ($n, $days…); $count carries the same number
## for the plural. Where English does not agree a word with a number the
## French does, the message is a selector with its default variant only.

# The severity of a problem, by kind.
ingest-severity-error = error
ingest-severity-warning = warning
# The plural category of a number $count (chooses ingest-errors-word-… and ingest-warnings-word-…).
ingest-plural-category = { $count ->
        [one] one
       *[other] other
    }
ingest-errors-word-one = error
ingest-errors-word-other = errors
ingest-warnings-word-one = warning
ingest-warnings-word-other = warnings

## Places in a file.

ingest-location-file = file
# $line.
ingest-location-line = line { $line }
# $index (the record's rank), $line.
ingest-location-record = record { $index } (line { $line })
# $sheet, $row.
ingest-location-sheet-row = sheet "{ $sheet }", row { $row }
# What follows a value cut short: $chars (its length, written), $count (the same).
ingest-cut = … ({ $chars } { $count ->
        [one] character
       *[other] characters
    })
# A quoted text: $text.
ingest-quoted = "{ $text }"
# The suggestion of a close name: $suggestion.
ingest-suggestion = did you mean "{ $suggestion }"?
# What separates the items of a long list.
ingest-semicolon = {"; "}
# The word before the last item of a list.
ingest-and = {" "}and{" "}
# The word before the last accepted answer.
ingest-or = {" "}or{" "}

## What is wrong.

ingest-problem-pdf-document = this is a PDF document, not a data table: export the data as CSV or XLSX
ingest-problem-not-data = this is neither a text file (CSV, JSON) nor an XLSX workbook
# $reason: what the reader said.
ingest-problem-read-stopped = reading stopped: { $reason }
ingest-problem-workbooks-not-built-in = this workbook cannot be read: the library was built without the `xlsx` feature; save it as CSV
ingest-problem-damaged-workbook = the workbook cannot be opened (truncated, damaged or password-protected?): save it again from Excel or LibreOffice, or export it as CSV
# $wanted: the sheet asked for.
ingest-problem-no-such-sheet = the workbook has no sheet "{ $wanted }"
ingest-problem-undecidable-encoding = the text encoding is neither UTF-8 nor Windows-1252 (Latin-1): in Excel, "Save As" → "CSV UTF-8 (Comma delimited)"; in LibreOffice, tick "Edit filter settings" and choose "Unicode (UTF-8)"
ingest-problem-read-as-windows1252 = the file is not UTF-8: it was read as Windows-1252 (Latin-1), as Excel writes it; check the accents, or save it as "CSV UTF-8"
# $position: the field's rank.
ingest-problem-field-not-utf8 = field { $position } holds bytes that are not UTF-8 (does the file mix encodings?): save the file as "CSV UTF-8"
ingest-problem-empty-file = the file is empty
ingest-problem-no-line = the file holds no line
ingest-problem-no-record = the file holds no record
# $sheet.
ingest-problem-empty-sheet = the sheet "{ $sheet }" is empty
ingest-problem-header-only = the file has a header line and no data
# $form (wide, long or none), $missing (the columns), $count (how many).
ingest-problem-missing-columns = { $form ->
        [wide] wide form (one column per indicator):{" "}
        [long] long form:{" "}
       *[none] {""}
    }{ $count ->
        [0] required column missing
        [1] required column missing
       *[other] required columns missing
    }: { $missing }
ingest-problem-no-beneficiary-column = no beneficiary column to pseudonymise
# $name, $first (the column repeated), $first_position (its rank).
ingest-problem-duplicate-column = column "{ $name }" repeats column "{ $first }" (column { $first_position })
# $field: the field's name.
ingest-problem-unused-column = column "{ $field }" is not used in this file: ignored
ingest-problem-unknown-column = unknown column: ignored
ingest-problem-unknown-indicator-column = indicator column not in the reference set: its values are left out
# $found (written), $count (the same), $expected.
ingest-problem-field-count = the row has { $found } { $count ->
        [one] field
       *[other] fields
    }, the header has { $expected }
ingest-problem-cells-beyond-header = the row has filled cells to the right of the last named column
ingest-problem-not-an-array = a .json file must hold an array of objects `[{"{"}…{"}"}, {"{"}…{"}"}]` (or one object per line, as JSON Lines)
# $line, $column, $reason (what the JSON reader said).
ingest-problem-malformed-json = malformed JSON (line { $line }, column { $column }): { $reason }
ingest-problem-not-an-object = a record must be a JSON object `{"{"}"organisation": …{"}"}`
ingest-problem-unreadable-record = unreadable record
ingest-problem-nested-value = nested value (array or object) not accepted
ingest-problem-missing-value = required value missing
ingest-problem-invalid-organisation = invalid organisation code
ingest-problem-invalid-age = invalid age
ingest-problem-invalid-sex = sex not recognised
ingest-problem-unknown-missing-reason = unknown missing reason
# $set.
ingest-problem-unknown-indicator = indicator not in the reference set "{ $set }"
ingest-problem-unknown-wave = unknown wave
# $indicator.
ingest-problem-wave-not-allowed = { $indicator } is not collected at this wave
# $indicator.
ingest-problem-value-not-accepted = answer not accepted for { $indicator }
# $entry: the entry date.
ingest-problem-exit-before-entry = exit date before the entry date ({ $entry })
# $first: where the first one is (one of ingest-location-…).
ingest-problem-identical-enrolment = enrolment identical to the one at { $first }: kept once
# $first: where the first one is.
ingest-problem-duplicate-enrolment = second enrolment of this person in this organisation (first at { $first }), with other dates or details
# $organisation, $enrolments (the enrolments file).
ingest-problem-observation-without-enrolment = no enrolment of this person in organisation { $organisation } (file { $enrolments })
# An observation outside the support: $days (written), $count (the same), $date (the bound).
ingest-problem-before-entry = observation dated { $days } { $count ->
        [one] day
       *[other] days
    } before entry ({ $date })
ingest-problem-post-exit-before-exit = post-exit observation dated { $days } { $count ->
        [one] day
       *[other] days
    } before exit ({ $date })
ingest-problem-after-exit = observation dated { $days } { $count ->
        [one] day
       *[other] days
    } after exit ({ $date }); use wave post_exit if it follows exit
ingest-problem-post-exit-without-exit = post-exit observation while the enrolment has no exit date
# $indicator, $range (one of ingest-ages-…, or empty), $age (written), $count (the same).
ingest-problem-not-applicable-at-age = { $count ->
       *[other] { $indicator } applies to people { $range }; this person is { $age } on that date
    }
# The ages of an indicator: $min, $max (written), $count (the age a noun would agree with).
ingest-ages-between = { $count ->
       *[other] aged { $min } to { $max }
    }
ingest-ages-from = { $count ->
       *[other] aged { $min } or more
    }
ingest-ages-up-to = { $count ->
       *[other] aged { $max } or less
    }
# $indicator, $wave (the wave's code), $wave_name (its name).
ingest-problem-duplicate-observation = { $wave_name ->
       *[other] { $indicator } already has an observation at wave { $wave } for this person: the latest by date counts
    }
# $indicator, $wave, $rows (the other rows), $total (how many; 0, when no
# other row is known, reads as one).
ingest-problem-conflicting-duplicates = { $total ->
        [0] { $indicator } has another observation at wave { $wave } on the same date for this person ({ $rows }) that says something else: the answer counts as missing, whatever the order of the rows
        [one] { $indicator } has another observation at wave { $wave } on the same date for this person ({ $rows }) that says something else: the answer counts as missing, whatever the order of the rows
       *[other] { $indicator } has other observations at wave { $wave } on the same date for this person ({ $rows }) that do not all say the same: the answer counts as missing, whatever the order of the rows
    }
# The rows not named: $n (written), $count (the same).
ingest-more-rows = { $count ->
       *[other] { $n } more
    }
ingest-problem-missing-reason-ignored = missing reason given beside an answer: the answer is kept
# $why (the value's problem), $read_as (one of ingest-read-as-…).
ingest-problem-optional-value-ignored = { $why }; { $read_as }, the person is kept
ingest-read-as-exit_date = the exit date is read as empty (support ongoing)
ingest-read-as-age_at_entry = the age is read as unknown
ingest-read-as-sex = the sex is read as unknown
ingest-read-as-other = the value is read as empty
# $missing (the columns), $count (how many), $consequences (of ingest-consequence-…, separated by ingest-semicolon).
ingest-problem-optional-columns-absent = { $count ->
        [1] no column
       *[other] no columns
    } { $missing }: { $consequences }
ingest-consequence-exit_date = without exit dates, every support is counted as ongoing and post-exit observations are not matched with an exit
ingest-consequence-age_at_entry = without ages, indicators meant for certain ages are not checked
# $given_as (enrolments or observations: the role the file was given as), $found (the columns).
ingest-problem-looks-like-other-file = this header is that of { $given_as ->
        [enrolments] an observations
       *[observations] an enrolments
    } file (columns { $found }), not { $given_as ->
        [enrolments] an enrolments
       *[observations] an observations
    } file: were the two files swapped?

## Malformed dates.

ingest-date-unreadable = unreadable date
ingest-date-two-digit-year = two-digit year: the century is ambiguous, write the year with 4 digits
# $year.
ingest-date-year-out-of-range = year { $year } outside 1900-2200
ingest-date-month-day-order = month above 12: the date looks written month/day (US order); write DD/MM/YYYY
ingest-date-no-such-day = no such day

## What would be accepted.

# $missing (the columns).
ingest-accepted-optional-columns-absent = a column for { $missing } (or one of its French names), even if empty in places
ingest-accepted-enrolments-given = the enrolments file here (organisation, beneficiary, entry_date…), and the observations file in its place
ingest-accepted-observations-given = the observations file here (organisation, beneficiary, indicator, wave, date, value…), and the enrolments file in its place
# $sheets (the sheets, quoted).
ingest-accepted-no-such-sheet = one of the sheets { $sheets }
# $aliases (each column and its equivalents, separated by ingest-semicolon).
ingest-accepted-missing-columns = these names or their equivalents: { $aliases }
# $aliases (the equivalents of beneficiary).
ingest-accepted-no-beneficiary-column = beneficiary or { $aliases }
ingest-accepted-duplicate-column = one column per field: remove or rename one of them
ingest-accepted-field-count = as many fields as columns; a field holding the delimiter must be quoted
ingest-accepted-cells-beyond-header = a column named in the header row for every filled cell
ingest-accepted-nested-value = a string, a number, true/false or null
ingest-accepted-invalid-organisation = 1 to 64 letters, digits, '-', '_' or '.', starting with a letter or digit (e.g. ASSO1)
# $max.
ingest-accepted-invalid-age = a whole number of years from 0 to { $max }, or empty
ingest-accepted-invalid-sex = F, M or X (also female/male/other, femme/homme/autre), or empty
# $codes, $names (the French names).
ingest-accepted-unknown-missing-reason = { $codes } (also in French: { $names }, in any case, with or without accents), or empty
ingest-accepted-malformed-date = a date as YYYY-MM-DD (2024-01-15) or DD/MM/YYYY (15/01/2024), with a 4-digit year
# $known (the set's indicators).
ingest-accepted-unknown-indicator = one of: { $known }
# $accepted (the codes), $names (the French names).
ingest-accepted-unknown-wave = { $accepted } (also in French: { $names }, in any case, with or without accents)
# $expected (one of ingest-expected-…).
ingest-accepted-value-not-accepted = { $expected }; empty when the answer is missing
ingest-accepted-exit-before-entry = an exit date on or after entry, or empty while support goes on
ingest-accepted-duplicate-enrolment = one enrolment per person and organisation in a file
ingest-accepted-observation-without-enrolment = a person enrolled in the same organisation, with the same id
# $tolerance (written), $count (the same).
ingest-accepted-outside-support = a date between entry and exit, give or take { $tolerance } { $count ->
        [one] day
       *[other] days
    } (the date tolerance)

## A problem on one line.

# $file, $location.
ingest-line-place = { $file }, { $location }
# $column.
ingest-line-column = , column "{ $column }"
# $severity, $code, $message.
ingest-line-problem = : { $severity } [{ $code }]: { $message }
# $value.
ingest-line-value = {" "}(value "{ $value }")
# $accepted.
ingest-line-accepted = . Accepted: { $accepted }

## What an indicator accepts.

# $min, $max.
ingest-expected-whole-between = a whole number from { $min } to { $max }
# $min.
ingest-expected-whole-from = a whole number, { $min } or more
# $codes.
ingest-expected-one-of-codes = one of the codes { $codes }
# $range (one of ingest-expected-range-…, or empty), $unit.
ingest-expected-number = a number{ $range } (in { $unit }); a decimal comma is fine
# $min, $max (written).
ingest-expected-range-between = {" "}from { $min } to { $max }
ingest-expected-range-from = {" "}of at least { $min }
ingest-expected-range-up-to = {" "}of at most { $max }
ingest-expected-indicator-of-the-set = an indicator of the reference set
# A scoring refusal: $value, $indicator, $expected.
ingest-score-error = value { QUOTED($value) } is not accepted for { $indicator }: expected { $expected }

## The column names of templates (read back by Field::from_header), by field.

ingest-column-organisation = organisation
ingest-column-beneficiary = beneficiary
ingest-column-entry_date = entry_date
ingest-column-exit_date = exit_date
ingest-column-age_at_entry = age_at_entry
ingest-column-sex = sex
ingest-column-service = service
ingest-column-indicator = indicator
ingest-column-wave = wave
ingest-column-date = date
ingest-column-value = value
ingest-column-missing_reason = missing_reason

## The validation summary.

ingest-file-role-enrolments = Enrolments
ingest-file-role-observations = Observations
# $role, $path, $detected (what was detected).
ingest-file-heading = { $role }: { $path } ({ $detected })
ingest-delimiter-tab = delimiter tab
# $delimiter.
ingest-delimiter = delimiter '{ $delimiter }'
# $sheet.
ingest-sheet = sheet "{ $sheet }"
ingest-form-long = long form
ingest-form-wide = wide form
# $read, $accepted, $left_out, $kept (of ingest-rows-…).
ingest-rows = { $read }, { $accepted }, { $left_out }; { $kept }
# Each count: $n (written), $count (the same).
ingest-rows-read = { $n } { $count ->
        [one] row
       *[other] rows
    } read
ingest-rows-accepted = { $count ->
       *[other] { $n } accepted
    }
ingest-rows-left-out = { $count ->
       *[other] { $n } left out
    }
ingest-rows-kept = { $n } { $count ->
        [one] record
       *[other] records
    } kept
# $n (written), $count (the same).
ingest-left-out-with-enrolment = { $n } { $count ->
        [one] observation
       *[other] observations
    } left out with their person's enrolment in error
# $errors, $warnings (written).
ingest-totals = Errors: { $errors }; warnings: { $warnings }
ingest-errors-heading = Errors to fix:
# $n (written), $count (the same): the examples per kind.
ingest-warnings-heading = Warnings ({ $n } { $count ->
        [one] example
       *[other] examples
    } per kind at most; --all-warnings lists them all):
# $n (written), $count (the same), $code.
ingest-more-of-kind = … and { $n } { $count ->
        [one] other
       *[other] others
    } of this kind ({ $code })
ingest-problems-heading = Problems:
# $n (written), $count (the same).
ingest-not-shown = … and { $n } { $count ->
        [one] more problem
       *[other] more problems
    } not shown
# $n (written), $count (the same).
ingest-refusal = { $n } { $count ->
        [one] error
       *[other] errors
    }: fix the files before producing a report
# $n (written), $count (the same), $output.
ingest-pseudonymised = { $n } { $count ->
        [one] row
       *[other] rows
    } pseudonymised into { $output }
# $output.
ingest-not-written = { $output } was not written
