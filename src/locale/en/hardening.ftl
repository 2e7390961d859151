## The safety checks: files that are not written, inputs refused for their
## size or kind, limits reached, pseudonymisation refusals. Numbers ($size,
## $limit, $cells…) come written; $count carries the same number for the plural.

## The kinds of file, as they read in a sentence (fsio::FileKind).

hardening-kind-regular = a file
hardening-kind-folder = a folder
hardening-kind-symlink = a symbolic link
hardening-kind-fifo = a named pipe (FIFO)
hardening-kind-device = a device
hardening-kind-socket = a socket
hardening-kind-other = a special file

## Outputs.

# An output that is an input or the key: $path, $protected (the protected file).
hardening-output-is-protected = { $path } was not written: it is the same file as { $protected }, an input or the key, which are never replaced; choose another output name
# An output that is not an ordinary file: $path, $kind (one of hardening-kind-…).
hardening-output-not-regular = { $path } was not written: it is { $kind }, which is never replaced; choose the path of an ordinary file
# An output that exists and may not be replaced without --force: $path.
hardening-output-exists = { $path } already exists and was not replaced: replacing it was not allowed
# The system refused to write: $path, $reason.
hardening-cannot-write = cannot write { $path }: { $reason }

## Inputs and their limits.

# An input that is not an ordinary file: $kind (one of hardening-kind-…).
hardening-input-not-regular = this is { $kind }, not an ordinary file: only ordinary files are read
# An input past a size limit: $size, $limit (in bytes).
hardening-input-too-large = the file holds at least { $size } bytes, past the limit of { $limit } bytes
# How to raise a limit: $limit, $option (the setting).
hardening-raise-limit = at most { $limit } (limit set by { $option })
# A workbook refused before it is read, as its reader cannot be bounded:
# $what (hardening-workbook-compound or hardening-workbook-other).
hardening-unbounded-workbook = this is { $what }: this format is not read, as its reader cannot be kept within the memory limits; in Excel or LibreOffice, save it as "Excel Workbook (.xlsx)" without a password, or as CSV UTF-8
# A compound-file workbook (.xls, or encrypted).
hardening-workbook-compound = an Excel 97-2003 workbook (.xls), or a password-protected one
# Any other workbook.
hardening-workbook-other = a workbook that is neither .xlsx nor .ods (a binary .xlsb?)
# A sheet past the cell limit: $sheet, $cells (written), $count (the same), $limit.
hardening-sheet-too-large = the sheet "{ $sheet }" declares { $cells } { $count ->
        [one] cell
       *[other] cells
    }, past the limit of { $limit }: delete the empty rows and columns at its end, or export it as CSV
# A part of a workbook archive that unpacks past the limit: $part, $size, $limit (in bytes).
hardening-workbook-part-too-large = the workbook part "{ $part }" unpacks to { $size } bytes, past the limit of { $limit } bytes
# A cell past the text limit: $column (its number), $limit (in characters).
hardening-cell-too-long = the cell in column { $column } holds more than { $limit } characters, past the limit (Excel's own)
# A cell the reader cannot read.
hardening-unreadable-cell = a cell of this row cannot be read (unknown error value or damaged content): the workbook is damaged
# The workbook reader failed.
hardening-workbook-reader-failed = the workbook reader failed on this file (damaged workbook?): save it again from Excel or LibreOffice, or export it as CSV
# An error cell (#N/A, #REF!).
hardening-error-cell = the cell holds a formula error
# The 1904 date system (read correctly; said).
hardening-date-1904 = the workbook uses the 1904 date system (Excel for Mac): its dates were read in that system
# A header past the column limit: $columns (written), $limit.
hardening-too-many-columns = the header has { $columns } columns, past the limit of { $limit }
# A JSON record with more keys than the limit: $limit.
hardening-too-many-keys = the record has more than { $limit } keys, past the limit
# A record (line) longer than the limit: $limit (in bytes).
hardening-record-too-long = the record is longer than { $limit } bytes, past the limit
# More unknown columns, after the first few named: $more (written), $count (the same).
hardening-more-unknown-columns = and { $more } more unknown { $count ->
        [one] column
       *[other] columns
    }, also ignored
# UTF-8 after a start read as Windows-1252.
hardening-utf8-after-cp1252 = the start of the file was read as Windows-1252 (Latin-1), but further on it holds UTF-8: the accents of those lines are wrong; save the whole file as "CSV UTF-8"

## Pseudonymisation.

# Several columns could hold the id: $candidates (their list, of hardening-candidate).
hardening-ambiguous-id-columns = cannot tell for sure which column holds the id: { $candidates } could hold one; nothing was written
# One candidate column: $name.
hardening-candidate = "{ $name }"
# What would be accepted.
hardening-ambiguous-id-accepted = one id column (beneficiary or one of its equivalents): delete or rename the others
# An id that is neither text nor a number.
hardening-id-not-scalar = the id is neither text nor a number
# The note against formula injection: $cells (written), $count (the same).
hardening-formulas-neutralised = { $cells } { $count ->
        [one] cell
       *[other] cells
    } starting with =, +, -, @, a tab or a carriage return { $count ->
        [one] was
       *[other] were
    } prefixed with an apostrophe, as OWASP advises against formula injection in spreadsheets
