//! The closed vocabularies of the definition format: domains, dimensions,
//! waves, respondents, directions and life-cycle status.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
        pub enum $name {
            $($(#[$vdoc])* #[serde(rename = $text)] $variant),+
        }

        impl $name {
            /// Every value, in the order of the format's documentation.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The value as written in files.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// Parses the value as written in files, ignoring case and
            /// surrounding spaces.
            pub fn parse(s: &str) -> Option<Self> {
                let s = s.trim();
                Self::ALL.iter().copied().find(|v| v.as_str().eq_ignore_ascii_case(s))
            }

            /// The accepted values, comma separated, for error messages.
            pub fn accepted() -> String {
                Self::ALL.iter().map(|v| v.as_str()).collect::<Vec<_>>().join(", ")
            }
        }

        display_as!(as_str: $name);
    };
}

vocabulary!(
    /// Which field of social action an indicator or set belongs to.
    Domain {
        /// Fight against exclusion and poverty.
        Exclusion = "exclusion",
        /// Child protection.
        ChildProtection = "child_protection",
        /// Shared by every domain.
        Common = "common",
    }
);

vocabulary!(
    /// The outcome area an indicator measures.
    Dimension {
        /// Housing situation and its stability.
        Housing = "housing",
        /// Access to rights: papers, coverage, benefits, banking.
        Rights = "rights",
        /// Physical and mental health, access to care.
        Health = "health",
        /// Work, training and income.
        EmploymentIncome = "employment_income",
        /// Relationships, loneliness, support network.
        SocialTies = "social_ties",
        /// Everyday autonomy and life skills.
        Autonomy = "autonomy",
        /// Subjective well-being.
        Wellbeing = "wellbeing",
        /// Safety and stability of the living situation (child protection).
        SafetyStability = "safety_stability",
        /// Schooling and qualifications.
        Education = "education",
        /// Family relationships.
        Family = "family",
        /// Voice, rights awareness, leisure and civic participation.
        Participation = "participation",
        /// The support itself: plans, satisfaction, duration.
        Support = "support",
    }
);

vocabulary!(
    /// A collection wave in a person's support.
    Wave {
        /// At the start of support.
        Entry = "entry",
        /// During support (may repeat; the latest counts for status and change).
        FollowUp = "follow_up",
        /// At the end of support.
        Exit = "exit",
        /// After support ended, when the person can be reached.
        PostExit = "post_exit",
    }
);

impl Wave {
    /// Every spelling read as a wave in a data file, as compared (lower
    /// case, no accents, `_` between words): the codes, and the names
    /// staff write in each language the crate speaks (`Entrée`, `Suivi`,
    /// `Sortie`, `Après la sortie`), which live in the locale layer. The
    /// readers and the published collection schemas both use this list.
    pub fn spellings() -> &'static [(&'static str, Wave)] {
        crate::locale::spellings::wave_spellings()
    }

    /// Reads a wave as written in a data file: its code or its French name,
    /// in any case, with or without accents (`entry`, `Entrée`, `ENTREE`,
    /// `après la sortie`); see [`Wave::spellings`].
    ///
    /// ```
    /// use social_impact::catalogue::Wave;
    /// assert_eq!(Wave::from_data("Entrée"), Some(Wave::Entry));
    /// assert_eq!(Wave::from_data("APRES LA SORTIE"), Some(Wave::PostExit));
    /// assert_eq!(Wave::from_data("milieu"), None);
    /// ```
    pub fn from_data(s: &str) -> Option<Wave> {
        let key =
            if crate::spelling::is_key(s) { std::borrow::Cow::Borrowed(s) } else { crate::spelling::key(s).into() };
        Self::spellings().iter().find(|(spelling, _)| *spelling == key).map(|(_, wave)| *wave)
    }
}

vocabulary!(
    /// Who answers the question.
    Respondent {
        /// The person supported answers.
        Beneficiary = "beneficiary",
        /// A professional who knows the situation fills it in.
        Professional = "professional",
        /// Taken from administrative records.
        Administrative = "administrative",
    }
);

vocabulary!(
    /// Which way is better for a score.
    Direction {
        /// A higher score is a better outcome.
        HigherIsBetter = "higher_is_better",
        /// A lower score is a better outcome (e.g. care forgone, placement changes).
        LowerIsBetter = "lower_is_better",
    }
);

vocabulary!(
    /// The life-cycle stage of a definition.
    DefinitionStatus {
        /// Being written; not for comparison.
        Draft = "draft",
        /// In a pilot; comparable within the pilot.
        Pilot = "pilot",
        /// Agreed and stable.
        Stable = "stable",
        /// Kept for old data; do not collect any more.
        Deprecated = "deprecated",
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_round_trips() {
        for w in Wave::ALL {
            assert_eq!(Wave::parse(w.as_str()), Some(*w));
        }
        assert_eq!(Wave::parse(" Follow_Up "), Some(Wave::FollowUp));
        assert_eq!(Wave::parse("middle"), None);
        assert!(Dimension::accepted().contains("employment_income"));
    }
}
