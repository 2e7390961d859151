//! How English writes the waves and the reasons for a missing answer in
//! data files, beyond the codes.

use super::En;
use crate::catalogue::Wave;
use crate::data::{MissingReason, Sex};
use crate::locale::spellings::SpellingWords;

impl SpellingWords for En {
    fn waves(&self) -> &'static [(&'static str, Wave)] {
        &[]
    }
    fn missing_reasons(&self) -> &'static [(&'static str, MissingReason)] {
        &[("na", MissingReason::NotApplicable), ("n/a", MissingReason::NotApplicable)]
    }
    fn sexes(&self) -> &'static [(&'static str, Sex)] {
        &[
            ("female", Sex::Female),
            ("w", Sex::Female),
            ("woman", Sex::Female),
            ("male", Sex::Male),
            ("man", Sex::Male),
            ("o", Sex::Other),
            ("other", Sex::Other),
        ]
    }
}
