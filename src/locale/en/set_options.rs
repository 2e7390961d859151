//! The words about a set's optional parameters, in English.

use super::En;
#[cfg(feature = "check")]
use crate::catalogue::check::CheckKind;
use crate::locale::set_options::SetOptionWords;

impl SetOptionWords for En {
    fn headline_not_in_set(&self, indicator: &str) -> String {
        format!("headline indicator {indicator:?} is not in the set")
    }

    #[cfg(feature = "check")]
    fn check_problem(&self, kind: &CheckKind) -> Option<String> {
        use CheckKind as K;
        Some(match kind {
            K::AgeBandsFirstNotZero { first } => {
                format!("the first age band starts at {first}: it must start at 0, so that every age has a band")
            }
            K::AgeBandsNotIncreasing { bound, previous } => format!(
                "this age band starts at {bound}, not after the band before it ({previous}): bounds must increase, \
                 for instance [0, 18, 25, 35, 50, 65]"
            ),
            K::HeadlineNotInSet { id, suggestion } => format!(
                "headline indicator {id:?} is not in this set: name an indicator of indicators{}",
                suggestion.as_ref().map(|s| format!(" (did you mean {s:?}?)")).unwrap_or_default()
            ),
            K::RepeatedEntry { found, first } => format!("{found:?} is already listed (at {first}): name it once"),
            _ => return None,
        })
    }
}
