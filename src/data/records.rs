//! Enrolment and observation records (BRIEF section 5).

use super::{BeneficiaryKey, Date};
use crate::catalogue::Wave;
use crate::ids::{IndicatorId, OrganisationCode};

/// One support episode of one person in one organisation.
#[derive(Debug, Clone, PartialEq)]
pub struct Enrolment {
    /// The organisation that supports the person.
    pub organisation: OrganisationCode,
    /// The person, by pseudonym.
    pub beneficiary: BeneficiaryKey,
    /// First day of support.
    pub entry_date: Date,
    /// Last day of support; `None` while support goes on.
    pub exit_date: Option<Date>,
    /// Age in whole years at entry, when known.
    pub age_at_entry: Option<u32>,
    /// Sex as recorded, when known.
    pub sex: Option<Sex>,
    /// The service or scheme (e.g. `CHRS`, `foster_care`), when recorded.
    pub service: Option<String>,
}

/// A service as the readers keep it: trimmed, `None` when empty.
pub(crate) fn service_text(text: &str) -> Option<String> {
    Some(text.trim()).filter(|s| !s.is_empty()).map(str::to_string)
}

impl Enrolment {
    /// Days of support, when the episode has ended.
    pub fn duration_days(&self) -> Option<i64> {
        let exit = self.exit_date?;
        Some(i64::from((exit - self.entry_date).get_days()))
    }

    /// Age in whole years on `date`, from the age at entry.
    pub fn age_on(&self, date: Date) -> Option<u32> {
        let age = self.age_at_entry?;
        let days = (date - self.entry_date).get_days().max(0);
        // Whole years elapsed, close enough for age bands (a day's error at
        // most around a birthday, which the data do not record anyway).
        Some(age.saturating_add(u32::try_from(days / 365).unwrap_or(0)))
    }
}

/// Sex as recorded in enrolments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sex {
    /// Female.
    Female,
    /// Male.
    Male,
    /// Other or not disclosed.
    Other,
}

impl Sex {
    /// Every spelling read as a sex, in lower case: `f`, `m`, `x`, and the
    /// words of each language the crate speaks (from the locale layer).
    /// The reader and the published enrolment schema both use this list.
    pub fn spellings() -> &'static [(&'static str, Sex)] {
        crate::locale::spellings::sex_spellings()
    }

    /// Reads `F`/`M`/`X` and their spelled-out forms in French and English,
    /// in any case.
    pub fn parse(s: &str) -> Option<Sex> {
        let s = s.trim().to_lowercase();
        Self::spellings().iter().find(|(spelling, _)| *spelling == s).map(|(_, sex)| *sex)
    }
}

/// The oldest age at entry accepted, in years: the readers, the published
/// enrolment schema and the collection forms all keep to it.
pub const MAX_AGE_AT_ENTRY: u32 = 130;

/// Why an answer is missing, when the collector said so.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum MissingReason {
    /// The person did not want to answer.
    Refused,
    /// The question does not apply to the person.
    NotApplicable,
    /// Nobody knows.
    Unknown,
}

impl MissingReason {
    /// Every reason.
    pub const ALL: [MissingReason; 3] = [MissingReason::Refused, MissingReason::NotApplicable, MissingReason::Unknown];

    /// The reason as written in files.
    pub fn as_str(self) -> &'static str {
        match self {
            MissingReason::Refused => "refused",
            MissingReason::NotApplicable => "not_applicable",
            MissingReason::Unknown => "unknown",
        }
    }

    /// Every spelling read as a reason, as compared (lower case, no
    /// accents, `_` between words): the codes, and each language's names
    /// from the locale layer (the French names the reports use: `Refus de
    /// répondre`, `Sans objet`, `Ne sait pas`). The readers and the
    /// published collection schemas both use this list.
    pub fn spellings() -> &'static [(&'static str, MissingReason)] {
        crate::locale::spellings::missing_reason_spellings()
    }

    /// Reads a reason as written in files, also in French, in any case and
    /// with or without accents (`refus`, `Refus de répondre`, `sans objet`,
    /// `NE SAIT PAS`): see [`MissingReason::spellings`].
    pub fn parse(s: &str) -> Option<MissingReason> {
        let key = crate::spelling::key(s);
        Self::spellings().iter().find(|(spelling, _)| *spelling == key).map(|(_, reason)| *reason)
    }
}

display_as!(as_str: MissingReason);

/// One answer to one indicator, for one person, at one wave, on one date.
#[derive(Debug, Clone, PartialEq)]
pub struct Observation {
    /// The organisation that collected it.
    pub organisation: OrganisationCode,
    /// The person, by pseudonym.
    pub beneficiary: BeneficiaryKey,
    /// The indicator answered.
    pub indicator: IndicatorId,
    /// The wave.
    pub wave: Wave,
    /// When it was collected.
    pub date: Date,
    /// The raw answer as collected; empty means missing.
    pub value: String,
    /// Why it is missing, when it is.
    pub missing_reason: Option<MissingReason>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::Lang;

    #[test]
    fn the_french_names_of_the_reports_and_forms_are_read_back() {
        let fr = crate::locale::report::report(Lang::Fr);
        for reason in MissingReason::ALL {
            let name = fr.missing_reason(Some(reason));
            for spelling in [name.to_string(), name.to_uppercase(), name.to_lowercase(), crate::spelling::key(name)] {
                assert_eq!(MissingReason::parse(&spelling), Some(reason), "{spelling}");
            }
        }
        for wave in Wave::ALL {
            for name in [fr.wave_name(*wave), crate::locale::form::form(Lang::Fr).wave_name(*wave)] {
                for spelling in [name.to_string(), name.to_uppercase(), crate::spelling::key(name)] {
                    assert_eq!(Wave::from_data(&spelling), Some(*wave), "{spelling}");
                }
            }
        }
        assert_eq!(MissingReason::parse("REFUSÉ"), Some(MissingReason::Refused));
        assert_eq!(MissingReason::parse("bogus"), None);
        assert_eq!(Wave::from_data("entree"), Some(Wave::Entry));
        assert_eq!(Wave::from_data("ENTRÉE"), Some(Wave::Entry));
        assert_eq!(Wave::from_data("milieu"), None);
    }
}
