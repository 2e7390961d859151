//! Age bands: how a set groups people by their age at entry, for the
//! report's "who was served" breakdown (and, where the set declares it, the
//! standardised comparison).
//!
//! A set manifest may declare `"age_bands": [0, 18, 25, 35, 50, 65]`: the
//! lower bounds of the bands in whole years, strictly increasing, the first
//! 0, none past the oldest age at entry the readers accept
//! ([`MAX_AGE_AT_ENTRY`](crate::data::MAX_AGE_AT_ENTRY)). Band `k` holds the
//! ages from `bounds[k]` up to (not including) `bounds[k + 1]`; the last band
//! is open. An [`AgeBands`] can only be built from such a list.
//!
//! ```
//! use social_impact::catalogue::AgeBands;
//! let bands = AgeBands::new(vec![0, 18, 25])?;
//! assert_eq!(bands.band_of(17), 0);
//! assert_eq!(bands.band_of(18), 1);
//! assert_eq!(bands.band_of(90), 2);
//! assert_eq!(bands.range(1), (18, Some(24)));
//! assert!(AgeBands::new(vec![18, 25]).is_err());
//! # Ok::<(), social_impact::catalogue::AgeBandsError>(())
//! ```

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// The lower bounds of age bands in whole years: strictly increasing, the
/// first 0, each at most the oldest age at entry accepted.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "Vec<u32>", into = "Vec<u32>")]
pub struct AgeBands(Vec<u32>);

/// The bands a set has when its manifest declares none: under 18, 18-24,
/// 25-34, 35-49, 50-64, 65 and over.
pub const DEFAULT_AGE_BANDS: [u32; 6] = [0, 18, 25, 35, 50, 65];

/// Why a list of lower bounds is not a list of age bands.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum AgeBandsError {
    /// No bound at all.
    #[error("no age band: expected lower bounds such as [0, 18, 25]")]
    Empty,
    /// The first bound is not 0, so some ages would be in no band.
    #[error("the first age band starts at {first}: expected 0, so that every age has a band")]
    FirstNotZero {
        /// The first bound written.
        first: u32,
    },
    /// A bound not above the one before it.
    #[error("age band {position} starts at {bound}, not above the band before it ({previous}): bounds must increase")]
    NotIncreasing {
        /// Its 0-based position in the list.
        position: usize,
        /// The bound.
        bound: u32,
        /// The bound before it.
        previous: u32,
    },
    /// A bound past the oldest age accepted.
    #[error("age band {position} starts at {bound}, past the oldest age accepted ({oldest})")]
    PastOldestAge {
        /// Its 0-based position in the list.
        position: usize,
        /// The bound.
        bound: u32,
        /// The oldest age at entry accepted.
        oldest: u32,
    },
}

impl AgeBands {
    /// The bands with these lower bounds.
    ///
    /// # Errors
    ///
    /// [`AgeBandsError`] for an empty list, a first bound other than 0, a
    /// bound not above the one before it, or one past
    /// [`MAX_AGE_AT_ENTRY`](crate::data::MAX_AGE_AT_ENTRY); the first such
    /// problem in the list.
    pub fn new(bounds: Vec<u32>) -> Result<AgeBands, AgeBandsError> {
        let oldest = crate::data::MAX_AGE_AT_ENTRY;
        match bounds.first() {
            None => return Err(AgeBandsError::Empty),
            Some(&first) if first != 0 => return Err(AgeBandsError::FirstNotZero { first }),
            Some(_) => {}
        }
        for (position, pair) in bounds.windows(2).enumerate() {
            if pair[1] <= pair[0] {
                return Err(AgeBandsError::NotIncreasing { position: position + 1, bound: pair[1], previous: pair[0] });
            }
        }
        if let Some((position, &bound)) = bounds.iter().enumerate().find(|(_, b)| **b > oldest) {
            return Err(AgeBandsError::PastOldestAge { position, bound, oldest });
        }
        Ok(AgeBands(bounds))
    }

    /// The lower bounds, as declared.
    pub fn bounds(&self) -> &[u32] {
        &self.0
    }

    /// How many bands.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Never true: a list of bands has at least one.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The band (0-based) that holds `age`.
    pub fn band_of(&self, age: u32) -> usize {
        // The first bound is 0, so at least one bound is at most `age`.
        self.0.partition_point(|&bound| bound <= age).saturating_sub(1)
    }

    /// The ages band `k` holds: its lower bound and its highest age, `None`
    /// for the last, open band. A `k` past the last band is read as the last.
    pub fn range(&self, k: usize) -> (u32, Option<u32>) {
        let k = k.min(self.0.len().saturating_sub(1));
        (self.0[k], self.0.get(k + 1).map(|next| next - 1))
    }
}

impl Default for AgeBands {
    /// [`DEFAULT_AGE_BANDS`].
    fn default() -> Self {
        AgeBands(DEFAULT_AGE_BANDS.to_vec())
    }
}

impl TryFrom<Vec<u32>> for AgeBands {
    type Error = AgeBandsError;

    fn try_from(bounds: Vec<u32>) -> Result<Self, Self::Error> {
        AgeBands::new(bounds)
    }
}

impl From<AgeBands> for Vec<u32> {
    fn from(bands: AgeBands) -> Self {
        bands.0
    }
}

impl JsonSchema for AgeBands {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("AgeBands")
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Lower bounds of the age bands, in whole years of age at entry: strictly increasing, the first 0 (band k holds the ages from its bound up to the next bound, the last band is open). Default [0, 18, 25, 35, 50, 65].",
            "type": "array",
            "items": { "type": "integer", "minimum": 0, "maximum": crate::data::MAX_AGE_AT_ENTRY },
            "minItems": 1,
            "uniqueItems": true
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_age_falls_in_the_band_of_its_bound() {
        let bands = AgeBands::default();
        let expected = [(0, 0), (17, 0), (18, 1), (24, 1), (25, 2), (49, 3), (50, 4), (64, 4), (65, 5), (130, 5)];
        for (age, band) in expected {
            assert_eq!(bands.band_of(age), band, "age {age}");
        }
        assert_eq!(bands.range(0), (0, Some(17)));
        assert_eq!(bands.range(5), (65, None));
        assert_eq!(AgeBands::new(vec![0]).unwrap().band_of(77), 0);
    }

    #[test]
    fn a_wrong_list_cannot_be_built_nor_read() {
        assert_eq!(AgeBands::new(vec![]), Err(AgeBandsError::Empty));
        assert_eq!(AgeBands::new(vec![5, 18]), Err(AgeBandsError::FirstNotZero { first: 5 }));
        assert_eq!(
            AgeBands::new(vec![0, 18, 18]),
            Err(AgeBandsError::NotIncreasing { position: 2, bound: 18, previous: 18 })
        );
        assert_eq!(
            AgeBands::new(vec![0, 25, 18]),
            Err(AgeBandsError::NotIncreasing { position: 2, bound: 18, previous: 25 })
        );
        assert_eq!(
            AgeBands::new(vec![0, 131]),
            Err(AgeBandsError::PastOldestAge { position: 1, bound: 131, oldest: 130 })
        );
        assert!(serde_json::from_str::<AgeBands>("[0, 30, 20]").is_err());
        let read: AgeBands = serde_json::from_str("[0, 6, 11]").unwrap();
        assert_eq!(read.bounds(), &[0, 6, 11]);
        assert_eq!(serde_json::to_string(&read).unwrap(), "[0,6,11]");
    }
}
