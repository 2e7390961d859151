//! French: the language of the pilots and the default.
//!
//! French typography: a no-break space before `:`, `;`, `?`, `!` and `%`
//! (narrow before `%`), a decimal comma, « guillemets », plurals agreed
//! (`1 erreur`, `2 erreurs`). One term per notion: *personne accompagnée*,
//! *structure*, *vague de collecte*.

/// The French words of every topic.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fr;

mod catalogue;
#[cfg(feature = "check")]
mod check;
mod form;
mod hardening;
mod ingest;
mod network;
mod vocabulary;

/// A text between French guillemets, with the no-break spaces inside.
fn quoted(s: &str) -> String {
    format!("«\u{a0}{s}\u{a0}»")
}
mod report;
mod sroi;
mod summary;
