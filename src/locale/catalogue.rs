//! The words of the catalogue's errors: files that cannot be read as
//! definitions or sets, unknown sets and indicators, inconsistent sets.

use super::Lang;
use crate::catalogue::CatalogueError;

/// The words of catalogue errors, in one language.
pub(crate) trait CatalogueWords: Sync {
    /// Why a definition, a set or a catalogue could not be loaded.
    fn catalogue_error(&self, error: &CatalogueError) -> String;
    /// A whole number its field cannot hold (the loader's and the
    /// checker's words).
    fn number_out_of_range(&self, field: &str, value: &str, unsigned: bool) -> String;
}

/// The words of catalogue errors in `lang`.
pub(crate) fn catalogue(lang: Lang) -> &'static dyn CatalogueWords {
    match lang {
        Lang::Fr => &super::fr::Fr,
        Lang::En => &super::en::En,
    }
}
