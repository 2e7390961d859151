//! The names people read for the closed vocabularies of the definition
//! format (waves, outcome areas, directions, respondents, life-cycle
//! status, kinds of reference, measure types), for programs that print
//! definitions: `impact indicators show` prints `Sortie`, not `exit`.
//! Each language's names are in its `vocabulary.ftl` (waves, areas and
//! directions in its `report.ftl`).

use super::messages::{messages, Messages};
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

/// The measure types that have a name (`Measure::type_name`); any other
/// is `other`.
const MEASURE_TYPES: [&str; 5] = ["binary", "ordinal", "categorical", "count", "continuous"];

/// The names of the vocabularies the report words do not already hold, in
/// one language, from its `vocabulary.ftl`.
#[derive(Clone, Copy)]
pub(crate) struct VocabularyWords {
    m: &'static Messages,
}

impl VocabularyWords {
    /// Who answers.
    pub(crate) fn respondent(&self, respondent: Respondent) -> &'static str {
        self.m.keyed("vocabulary-respondent", respondent.as_str())
    }

    /// Where a definition stands in its life cycle.
    pub(crate) fn status(&self, status: DefinitionStatus) -> &'static str {
        self.m.keyed("vocabulary-status", status.as_str())
    }

    /// What a reference points to.
    pub(crate) fn reference_kind(&self, kind: ReferenceKind) -> &'static str {
        let key = match kind {
            ReferenceKind::Sdg => "sdg",
            ReferenceKind::Concept => "concept",
            ReferenceKind::Statistic => "statistic",
            ReferenceKind::Other => "other",
        };
        self.m.keyed("vocabulary-reference", key)
    }

    /// A measure type, from its name in files (`binary`, `ordinal` …).
    pub(crate) fn measure_type(&self, type_name: &str) -> &'static str {
        let key = if MEASURE_TYPES.contains(&type_name) { type_name } else { "other" };
        self.m.keyed("vocabulary-measure", key)
    }
}

/// The vocabulary names of `lang`.
pub(crate) fn vocabulary(lang: Lang) -> VocabularyWords {
    VocabularyWords { m: messages(lang) }
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
