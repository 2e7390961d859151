//! French: the language of the pilots and the default.
//!
//! French typography: a no-break space before `:`, `;`, `?`, `!` and `%`
//! (narrow before `%`), a decimal comma, « guillemets », plurals agreed
//! (`1 erreur`, `2 erreurs`). One term per notion: *personne accompagnée*,
//! *structure*, *vague de collecte*.

/// The French words of every topic.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fr;

mod network;
mod report;
mod sroi;
mod summary;
mod vocabulary;
