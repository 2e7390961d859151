//! Loading sets and their definition files, in English.

use super::En;
use crate::catalogue::check::Problem;
use crate::catalogue::{EntryProblem, FileRefusal, PathRefusal};
use crate::locale::check::CheckWords;
use crate::locale::loading::{place, LoadingWords};
use crate::locale::numbers::int;
use crate::locale::Lang;

impl LoadingWords for En {
    fn entry_problem(&self, problem: &EntryProblem) -> String {
        use EntryProblem as P;
        match problem {
            P::NotAnEntry { found } => format!(
                "the entry {found} is neither an indicator id (text, e.g. \"excl.housing.stable\"), nor a definition file ({{\"file\": \"definitions/housing.json\"}}), nor a definition written in the manifest (an object)"
            ),
            P::PathRefused { file, reason } => {
                let why = match reason {
                    PathRefusal::Empty => "it is empty: give the path of the definition file, relative to the manifest's folder",
                    PathRefusal::Absolute => "it is an absolute path: write it relative to the manifest's folder (e.g. definitions/housing.json), so that the set moves with its folder",
                    PathRefusal::Backslash => "it holds \"\\\": separate folders with \"/\", on every system",
                    PathRefusal::Parent => "it holds \"..\": the file must be in the manifest's folder or below it; definitions kept elsewhere are given by their folder (--definitions)",
                    PathRefusal::OutsideFolder => "a symbolic link on the way leads out of the manifest's folder: put the file in that folder",
                };
                format!("the path {file:?} is not followed: {why}")
            }
            P::FileMissing { path } => {
                format!("no file {}: check the path, relative to the manifest's folder", path.display())
            }
            P::FileRefused { path, reason } => match reason {
                FileRefusal::NotRegular => {
                    format!("{} is not a regular file: only regular files are read", path.display())
                }
                FileRefusal::TooLarge { bytes, limit } => format!(
                    "{}: the definition files of this set come to {} bytes together, past the limit of {} bytes",
                    path.display(),
                    int(*bytes, Lang::En),
                    int(*limit, Lang::En)
                ),
                FileRefusal::Unreadable { reason } => format!("{}: cannot be read: {reason}", path.display()),
            },
            P::NotADefinition { path } => format!(
                "{} holds no indicator definition (it is a manifest, a schema or an avoided-cost model): name a file that defines an indicator (with its measure field)",
                path.display()
            ),
            P::FileNotRead { file } => format!(
                "the definition file {file:?} was not read: open the set by its manifest's path so that its definition files are read"
            ),
        }
    }

    fn at_entry(&self, pointer: &str, problem: &EntryProblem) -> String {
        format!("{pointer}: {}", self.entry_problem(problem))
    }

    fn problems(&self, problems: &[Problem]) -> String {
        let n = problems.len();
        let mut out = if n == 1 {
            "1 problem stops the definitions from loading:".to_string()
        } else {
            format!("{n} problems stop the definitions from loading:")
        };
        for p in problems {
            let message = CheckWords::problem(self, p.kind(), p.pointer());
            out.push('\n');
            if p.pointer().is_empty() {
                out.push_str(&format!("{}: {message}", place(p)));
            } else {
                out.push_str(&format!("{}: {}: {message}", place(p), p.pointer()));
            }
        }
        out
    }
}
