//! The names people read for the closed vocabularies of the definition
//! format (waves, outcome areas, directions, respondents, life-cycle
//! status, kinds of reference, measure types), for programs that print
//! definitions: `impact indicators show` prints `Sortie`, not `exit`.

use super::Lang;
use crate::catalogue::{DefinitionStatus, Dimension, Direction, ReferenceKind, Respondent, Wave};

/// A vocabulary value that has a name in each language.
pub trait Named: Copy {
    /// The name of the value in `lang`.
    ///
    /// ```
    /// use social_impact::catalogue::Wave;
    /// use social_impact::locale::vocabulary::Named;
    /// use social_impact::Lang;
    /// assert_eq!(Wave::Exit.name(Lang::Fr), "Sortie");
    /// assert_eq!(Wave::Exit.name(Lang::En), "Exit");
    /// ```
    fn name(self, lang: Lang) -> &'static str;
}

/// The names of the vocabularies the report words do not already hold.
pub(crate) trait VocabularyWords: Sync {
    /// Who answers.
    fn respondent(&self, respondent: Respondent) -> &'static str;
    /// Where a definition stands in its life cycle.
    fn status(&self, status: DefinitionStatus) -> &'static str;
    /// What a reference points to.
    fn reference_kind(&self, kind: ReferenceKind) -> &'static str;
    /// A measure type, from its name in files (`binary`, `ordinal` …).
    fn measure_type(&self, type_name: &str) -> &'static str;
}

pub(crate) fn vocabulary(lang: Lang) -> &'static dyn VocabularyWords {
    match lang {
        Lang::Fr => &super::fr::Fr,
        Lang::En => &super::en::En,
    }
}

impl Named for Wave {
    fn name(self, lang: Lang) -> &'static str {
        super::report::report(lang).wave_name(self)
    }
}

impl Named for Dimension {
    fn name(self, lang: Lang) -> &'static str {
        super::report::report(lang).dimension_name(self)
    }
}

impl Named for Direction {
    fn name(self, lang: Lang) -> &'static str {
        super::report::report(lang).direction(self)
    }
}

impl Named for Respondent {
    fn name(self, lang: Lang) -> &'static str {
        vocabulary(lang).respondent(self)
    }
}

impl Named for DefinitionStatus {
    fn name(self, lang: Lang) -> &'static str {
        vocabulary(lang).status(self)
    }
}

impl Named for ReferenceKind {
    fn name(self, lang: Lang) -> &'static str {
        vocabulary(lang).reference_kind(self)
    }
}

/// The name of a measure type (`Measure::type_name`) in `lang`.
pub fn measure_type_name(type_name: &str, lang: Lang) -> &'static str {
    vocabulary(lang).measure_type(type_name)
}
