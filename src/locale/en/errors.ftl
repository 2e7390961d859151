## Errors that stop a command before any figure: a file the system cannot
## open, a key that cannot be used, options out of range, a sample that
## cannot be made.

## What the system said of a file, by kind of failure (std::io::ErrorKind).

errors-io-not-found = no such file
errors-io-permission-denied = permission denied
errors-io-already-exists = the file already exists
errors-io-is-a-directory = it is a folder, not a file
errors-io-not-a-directory = a part of the path is not a folder
errors-io-storage-full = the disk is full
errors-io-read-only-filesystem = the disk is read-only
errors-io-unexpected-eof = the file ends too early
errors-io-invalid-data = the content cannot be read
# Any other kind: $error, the system's own text.
errors-io-other = { $error }

## Files and keys.

# A file that could not be read or written: $path, $reason (what the system said).
errors-file = { $path }: { $reason }
# A key file that could not be read: $path, $reason.
errors-key-unreadable = cannot read the pseudonymisation key file { $path }: { $reason }
# An empty key file: $path.
errors-key-empty = the pseudonymisation key file { $path } is empty: make a key with `impact key new --output { $path }` or put a long random secret in it (at least 16 bytes)
# A key file past its size limit: $path, $limit (in bytes).
errors-key-too-large = the pseudonymisation key file { $path } holds more than { $limit } bytes: a key is a short secret (32 random bytes are plenty)
# A key path that is not a regular file: $path.
errors-key-not-regular = the pseudonymisation key { $path } is not an ordinary file: give the path of a file holding the key
# A key too short to be secret: $path, $len (its length, written), $count (the same, for the plural), $min.
errors-key-too-short = the pseudonymisation key in { $path } is too short ({ $len } { $count ->
        [one] byte
       *[other] bytes
    }): use at least { $min } random bytes

## Options and data.

# A confidence level outside (0, 1): $value.
errors-confidence = confidence level { $value }: expected a number strictly between 0 and 1, e.g. 0.95
# A minimum cell size of 0.
errors-min-cell = minimum cell size 0: expected 1 or more (11 by default; below 11 only for internal use)
# A dataset built for another set: $set.
errors-dataset-mismatch = the dataset was built for other indicators than set { $set }
# A sample that cannot be generated as asked: $message (why).
errors-sample-spec = cannot generate this sample: { $message }
# The data have errors: $errors (how many, written), $count (the same, for the plural).
errors-data-invalid = the data have { $errors } { $count ->
        [one] error
       *[other] errors
    }: no report was computed
