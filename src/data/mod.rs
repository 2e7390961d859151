//! The collected data, once read: enrolments (support episodes) and
//! observations (answers), with beneficiaries known only by pseudonym.
//!
//! Everything here is independent of where the data came from: the readers
//! in `ingest` produce these records, and embedding programs can build them
//! directly.

mod beneficiary;
mod dataset;
mod records;

pub use beneficiary::{BeneficiaryKey, KeyError, PseudonymKey, Pseudonymiser};
pub use dataset::{Dataset, DatasetBuilder, FoldWarning, PersonView, ScoredAnswer, WaveAnswers};
pub(crate) use records::service_text;
pub use records::{Enrolment, MissingReason, Observation, Sex, MAX_AGE_AT_ENTRY};

/// A calendar date (no time zone): entry, exit and observation dates.
pub type Date = jiff::civil::Date;

/// Makes a [`Date`] from a year, month and day (jiff's `civil::date`), so
/// that embedders need no `jiff` dependency of their own. Panics on a day
/// that does not exist; use `Date::new` to get an error instead.
pub use jiff::civil::date;
