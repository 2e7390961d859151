//! The words of loading a set whose manifest names definition files, and
//! of files that do not load: entries of `indicators` of no form, paths not
//! followed, definition files missing or refused, and the list of located
//! problems the loader reports (each problem's own words are the
//! checker's, `locale::check`). The words are in `<lang>/loading.ftl`.

use super::messages::{messages, say, Messages};
use super::numbers::int;
use super::Lang;
use crate::catalogue::check::Problem;
use crate::catalogue::{EntryProblem, FileRefusal, PathRefusal};

/// The words of loading, in one language.
#[derive(Clone, Copy)]
pub(crate) struct LoadingWords {
    m: &'static Messages,
    lang: Lang,
}

/// The words of loading in `lang`.
pub(crate) fn loading(lang: Lang) -> LoadingWords {
    LoadingWords { m: messages(lang), lang }
}

impl LoadingWords {
    /// What is wrong with an entry of a manifest's `indicators`.
    pub(crate) fn entry_problem(&self, problem: &EntryProblem) -> String {
        use EntryProblem as P;
        let m = self.m;
        match problem {
            P::NotAnEntry { found } => say!(m, "loading-not-an-entry", found),
            P::PathRefused { file, reason } => {
                let why = m.keyed("loading-why", why_key(*reason));
                say!(m, "loading-path-refused", file, why)
            }
            P::FileMissing { path } => {
                let path = path.display().to_string();
                say!(m, "loading-file-missing", path)
            }
            P::FileRefused { path, reason } => {
                let path = path.display().to_string();
                match reason {
                    FileRefusal::NotRegular => say!(m, "loading-not-regular", path),
                    FileRefusal::TooLarge { bytes, limit } => {
                        let (bytes, limit) = (int(*bytes, self.lang), int(*limit, self.lang));
                        say!(m, "loading-too-large", path, bytes, limit)
                    }
                    FileRefusal::Unreadable { reason } => say!(m, "loading-unreadable", path, reason),
                }
            }
            P::NotADefinition { path } => {
                let path = path.display().to_string();
                say!(m, "loading-not-a-definition", path)
            }
            P::FileNotRead { file } => say!(m, "loading-file-not-read", file),
        }
    }

    /// The same, at its JSON pointer (`/indicators/3`).
    pub(crate) fn at_entry(&self, pointer: &str, problem: &EntryProblem) -> String {
        let problem = self.entry_problem(problem);
        say!(self.m, "loading-at-entry", pointer, problem)
    }

    /// A folder of definitions that is not there (`exists` false) or is a
    /// file.
    pub(crate) fn not_a_folder(&self, path: &std::path::Path, exists: bool) -> String {
        let path = path.display().to_string();
        say!(self.m, "loading-not-a-folder", path, exists)
    }

    /// Files that do not load: a line saying how many problems, then one
    /// line per problem, `file:line:column: pointer: message`.
    pub(crate) fn problems(&self, problems: &[Problem]) -> String {
        let m = self.m;
        let count = problems.len();
        let n = int(count as u64, self.lang);
        let mut out = say!(m, "loading-problems", count, n);
        for p in problems {
            let message = super::check(self.lang).problem(p.kind(), p.pointer());
            let place = place(p);
            let pointer = p.pointer();
            out.push('\n');
            out.push_str(&if pointer.is_empty() {
                say!(m, "loading-problem", place, message)
            } else {
                say!(m, "loading-problem-at", place, pointer, message)
            });
        }
        out
    }
}

/// The key of a path refusal's words: `loading-why-<key>`.
fn why_key(reason: PathRefusal) -> &'static str {
    match reason {
        PathRefusal::Empty => "empty",
        PathRefusal::Absolute => "absolute",
        PathRefusal::Backslash => "backslash",
        PathRefusal::Parent => "parent",
        PathRefusal::OutsideFolder => "outside",
    }
}

/// `file:line:column`, or the file alone when the place is unknown.
fn place(problem: &Problem) -> String {
    let file = problem.file().display();
    match (problem.line(), problem.column()) {
        (Some(line), Some(column)) => format!("{file}:{line}:{column}"),
        _ => file.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::check::CheckKind;

    fn all_problems() -> Vec<EntryProblem> {
        vec![
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
        ]
    }

    #[test]
    fn both_languages_say_each_entry_problem_with_french_typography() {
        let problems = all_problems();
        for problem in &problems {
            let fr = loading(Lang::Fr).entry_problem(problem);
            let en = loading(Lang::En).entry_problem(problem);
            assert!(!fr.is_empty() && !en.is_empty() && fr != en, "{problem:?}");
            for text in [&fr, &en] {
                assert!(!text.contains('{') || text.contains("{\"file\""), "a message or argument is missing: {text}");
            }
            for bad in [" :", " ;", " ?", "« ", " »"] {
                assert!(!fr.contains(bad), "{bad:?} with a plain space in {fr:?}");
            }
        }
        assert_eq!(
            loading(Lang::En).entry_problem(&problems[1]),
            "the path \"../x.json\" is not followed: it holds \"..\": the file must be in the manifest's folder or \
             below it; definitions kept elsewhere are added as a folder of definitions and named by their id"
        );
        let too_large = loading(Lang::Fr).entry_problem(&problems[8]);
        assert!(too_large.contains("70\u{202f}000\u{202f}000\u{a0}octets"), "{too_large}");
        assert!(loading(Lang::En).entry_problem(&problems[0]).contains("({\"file\": \"definitions/housing.json\"})"));
    }

    #[test]
    fn the_list_of_problems_counts_in_each_language_and_locates_each() {
        let kind = CheckKind::Entry { problem: EntryProblem::FileMissing { path: "defs/x.json".into() } };
        let one = [Problem::at(std::path::Path::new("set.json"), "/indicators/0/file", kind).with_position(4, 14)];
        assert_eq!(
            loading(Lang::En).problems(&one),
            "1 problem stops the definitions from loading:\nset.json:4:14: /indicators/0/file: no file defs/x.json: \
             check the path, relative to the manifest's folder"
        );
        let fr = loading(Lang::Fr).problems(&one);
        assert!(
            fr.starts_with("1\u{a0}problème empêche de charger les définitions\u{a0}:\nset.json:4:14\u{a0}: "),
            "{fr}"
        );
        let two = [one[0].clone(), one[0].clone()];
        assert!(loading(Lang::Fr).problems(&two).starts_with("2\u{a0}problèmes empêchent"));
        assert!(loading(Lang::En).problems(&two).starts_with("2 problems stop"));
    }
}
