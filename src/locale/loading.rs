//! The words of loading a set whose manifest names definition files, and
//! of files that do not load: entries of `indicators` of no form, paths not
//! followed, definition files missing or refused, and the list of located
//! problems the loader reports (each problem's own words are the
//! checker's, `locale::check`).

use super::Lang;
use crate::catalogue::check::Problem;
use crate::catalogue::EntryProblem;

/// The words of loading, in one language.
pub(crate) trait LoadingWords: Sync {
    /// What is wrong with an entry of a manifest's `indicators`.
    fn entry_problem(&self, problem: &EntryProblem) -> String;
    /// The same, at its JSON pointer (`/indicators/3`).
    fn at_entry(&self, pointer: &str, problem: &EntryProblem) -> String;
    /// Files that do not load: a line saying how many problems, then one
    /// line per problem, `file:line:column: pointer: message`.
    fn problems(&self, problems: &[Problem]) -> String;
}

/// The words of loading in `lang`.
pub(crate) fn loading(lang: Lang) -> &'static dyn LoadingWords {
    match lang {
        Lang::Fr => &super::fr::Fr,
        Lang::En => &super::en::En,
    }
}

/// `file:line:column`, or the file alone when the place is unknown.
pub(super) fn place(problem: &Problem) -> String {
    let file = problem.file().display();
    match (problem.line(), problem.column()) {
        (Some(line), Some(column)) => format!("{file}:{line}:{column}"),
        _ => file.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::{FileRefusal, PathRefusal};

    #[test]
    fn both_languages_say_each_entry_problem_with_french_typography() {
        let problems = [
            EntryProblem::NotAnEntry { found: "42".into() },
            EntryProblem::PathRefused { file: "../x.json".into(), reason: PathRefusal::Parent },
            EntryProblem::PathRefused { file: "/x.json".into(), reason: PathRefusal::Absolute },
            EntryProblem::PathRefused { file: "a\\x.json".into(), reason: PathRefusal::Backslash },
            EntryProblem::PathRefused { file: " ".into(), reason: PathRefusal::Empty },
            EntryProblem::PathRefused { file: "l/x.json".into(), reason: PathRefusal::OutsideFolder },
            EntryProblem::FileMissing { path: "defs/x.json".into() },
            EntryProblem::FileRefused { path: "defs".into(), reason: FileRefusal::NotRegular },
            EntryProblem::FileRefused {
                path: "defs/x.json".into(),
                reason: FileRefusal::TooLarge { bytes: 70_000_000, limit: 67_108_864 },
            },
            EntryProblem::FileRefused {
                path: "defs/x.json".into(),
                reason: FileRefusal::Unreadable { reason: "denied".into() },
            },
            EntryProblem::NotADefinition { path: "defs/set.json".into() },
            EntryProblem::FileNotRead { file: "defs/x.json".into() },
        ];
        for problem in &problems {
            let fr = loading(Lang::Fr).entry_problem(problem);
            let en = loading(Lang::En).entry_problem(problem);
            assert!(!fr.is_empty() && !en.is_empty() && fr != en, "{problem:?}");
            for bad in [" :", " ;", " ?", "« ", " »"] {
                assert!(!fr.contains(bad), "{bad:?} with a plain space in {fr:?}");
            }
        }
        let too_large = loading(Lang::Fr).entry_problem(&problems[8]);
        assert!(
            too_large.contains("70\u{202f}000\u{202f}000") || too_large.contains("70\u{a0}000\u{a0}000"),
            "{too_large}"
        );
    }
}
