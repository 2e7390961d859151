## Loading a set whose manifest names definition files, and files that do
## not load. Each problem's own words are the checker's.

# An entry of `indicators` of no form: $found is the value, as short JSON.
loading-not-an-entry = the entry { $found } is neither an indicator id (text, e.g. "excl.housing.stable"), nor a definition file ({"{"}"file": "definitions/housing.json"{"}"}), nor a definition written in the manifest (an object)
# A definition file's path that is not followed: $file as written, $why one of loading-why-*.
loading-path-refused = the path "{ $file }" is not followed: { $why }

## Why a path is not followed.

loading-why-empty = it is empty: give the path of the definition file, relative to the manifest's folder
loading-why-absolute = it is an absolute path: write it relative to the manifest's folder (e.g. definitions/housing.json), so that the set moves with its folder
loading-why-backslash = it holds "\": separate folders with "/", on every system
loading-why-parent = it holds "..": the file must be in the manifest's folder or below it; definitions kept elsewhere are added as a folder of definitions and named by their id
loading-why-outside = a symbolic link on the way leads out of the manifest's folder: put the file in that folder

## Definition files that are not read: $path is the path joined to the manifest's folder.

loading-file-missing = no file { $path }: check the path, relative to the manifest's folder
loading-not-regular = { $path } is not a regular file: only regular files are read
# $bytes and $limit are written numbers.
loading-too-large = { $path }: the definition files of this set come to { $bytes } bytes together, past the limit of { $limit } bytes
# $reason is the system's (English).
loading-unreadable = { $path }: cannot be read: { $reason }
loading-not-a-definition = { $path } holds no indicator definition (it is a manifest, a schema or an avoided-cost model): name a file that defines an indicator (with its measure field)
# $file as written.
loading-file-not-read = the definition file "{ $file }" was not read: open the set by its manifest's path so that its definition files are read
# A folder of definitions that is not one: $exists is true when a file is at $path.
loading-not-a-folder = { $exists ->
        [true] { $path } is a file, not a folder: give the folder that holds your definition files (.json)
       *[false] no folder { $path }: give the folder that holds your definition files (.json)
    }
# A problem at its JSON pointer.
loading-at-entry = { $pointer }: { $problem }

## The files that do not load: a first line, then one line per problem.

# $count is the number of problems, $n the same number written.
loading-problems = { $count ->
        [one] { $n } problem stops the definitions from loading:
       *[other] { $n } problems stop the definitions from loading:
    }
# $place is file:line:column (or the file alone).
loading-problem = { $place }: { $message }
loading-problem-at = { $place }: { $pointer }: { $message }
