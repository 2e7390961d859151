//! Identifiers that are checked when they are made, so that a wrong id cannot
//! travel through the pipeline unnoticed.

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Deserializer, Serialize};
use std::borrow::Cow;
use std::fmt;

/// The error for a string that is not a valid identifier of some kind.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{value:?} is not a valid {kind}: {expected}")]
pub struct InvalidId {
    /// What kind of identifier was expected.
    pub kind: &'static str,
    /// The rejected text.
    pub value: String,
    /// What would have been accepted.
    pub expected: &'static str,
}

macro_rules! string_id {
    ($(#[$doc:meta])* $name:ident, $kind:literal, $pattern:literal, $expected:literal, $check:expr) => {
        $(#[$doc])*
        // Shared text: ids are cloned for every record read, and a clone
        // is then a count, not a copy.
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(std::sync::Arc<str>);

        impl $name {
            /// The regular expression (JSON Schema `pattern`) a valid value matches.
            pub const PATTERN: &'static str = $pattern;

            /// Checks `s` and wraps it.
            ///
            /// # Errors
            ///
            /// [`InvalidId`] when `s` does not match [`Self::PATTERN`].
            pub fn new(s: impl Into<String>) -> Result<Self, InvalidId> {
                let s = s.into();
                let check: fn(&str) -> bool = $check;
                if check(&s) {
                    Ok($name(std::sync::Arc::from(s)))
                } else {
                    Err(InvalidId { kind: $kind, value: s, expected: $expected })
                }
            }

            /// The identifier as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.0)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        // Sound because the derived `Hash` and `Eq` only look at the inner
        // string, so they agree with `str`'s.
        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl std::str::FromStr for $name {
            type Err = InvalidId;
            fn from_str(s: &str) -> Result<Self, InvalidId> {
                $name::new(s)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                $name::new(s).map_err(serde::de::Error::custom)
            }
        }

        impl JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                Cow::Borrowed(stringify!($name))
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!({ "type": "string", "pattern": $pattern, "description": $expected })
            }
        }
    };
}

fn is_segment(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some('a'..='z')) && chars.all(|c| matches!(c, 'a'..='z' | '0'..='9' | '_'))
}

string_id!(
    /// A stable dotted indicator id, lowercase: `excl.housing.situation`.
    ///
    /// ```
    /// use social_impact::IndicatorId;
    /// assert!(IndicatorId::new("excl.housing.situation").is_ok());
    /// assert!(IndicatorId::new("Excl.Housing").is_err());
    /// ```
    IndicatorId,
    "indicator id",
    "^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$",
    "two or more lowercase dot-separated segments of letters, digits and '_', each starting with a letter, e.g. excl.housing.situation",
    |s| s.split('.').count() >= 2 && s.split('.').all(is_segment)
);

string_id!(
    /// A reference-set id, lowercase with dashes: `exclusion-2023`.
    SetId,
    "reference set id",
    "^[a-z0-9][a-z0-9_.-]*$",
    "lowercase letters, digits, '-', '_' and '.', starting with a letter or digit, e.g. exclusion-2023",
    |s| {
        let mut c = s.chars();
        matches!(c.next(), Some('a'..='z' | '0'..='9'))
            && c.all(|c| matches!(c, 'a'..='z' | '0'..='9' | '-' | '_' | '.'))
    }
);

string_id!(
    /// A semantic version `MAJOR.MINOR.PATCH`, with optional pre-release and
    /// build parts (semver.org 2.0).
    Version,
    "semantic version",
    "^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$",
    "MAJOR.MINOR.PATCH as in semver.org, e.g. 1.0.0 or 1.2.0-pilot",
    is_semver
);

string_id!(
    /// The code of an organisation (an association or one of its services),
    /// as agreed in the network: `ORGA`, `asso-042`. Never a person's id.
    OrganisationCode,
    "organisation code",
    "^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$",
    "1 to 64 letters, digits, '-', '_' or '.', starting with a letter or digit (and not '*', which means the whole network)",
    |s| {
        let mut c = s.chars();
        s.len() <= 64
            && matches!(c.next(), Some(ch) if ch.is_ascii_alphanumeric())
            && c.all(|ch| ch.is_ascii_alphanumeric() || matches!(ch, '-' | '_' | '.'))
    }
);

fn is_numeric_identifier(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) && (s == "0" || !s.starts_with('0'))
}

fn is_dot_parts(s: &str) -> bool {
    !s.is_empty() && s.split('.').all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
}

fn is_semver(s: &str) -> bool {
    let (rest, build) = match s.split_once('+') {
        Some((r, b)) => (r, Some(b)),
        None => (s, None),
    };
    let (core, pre) = match rest.split_once('-') {
        Some((c, p)) => (c, Some(p)),
        None => (rest, None),
    };
    let parts: Vec<&str> = core.split('.').collect();
    parts.len() == 3
        && parts.iter().all(|p| is_numeric_identifier(p))
        && pre.is_none_or(is_dot_parts)
        && build.is_none_or(is_dot_parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indicator_ids() {
        for ok in ["excl.housing.situation", "cp.education.enrolled", "a.b", "x1.y_2"] {
            assert!(IndicatorId::new(ok).is_ok(), "{ok}");
        }
        for bad in ["", "excl", "Excl.housing", "excl..x", "excl.1x", "excl.housing.", "é.a"] {
            assert!(IndicatorId::new(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn versions() {
        for ok in ["1.0.0", "0.1.0", "10.20.30", "1.0.0-pilot.1", "1.0.0+build.5"] {
            assert!(Version::new(ok).is_ok(), "{ok}");
        }
        for bad in ["1.0", "01.0.0", "1.0.0-", "v1.0.0", "1.0.0.0", ""] {
            assert!(Version::new(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn organisation_codes() {
        assert!(OrganisationCode::new("ORGA").is_ok());
        assert!(OrganisationCode::new("*").is_err());
        assert!(OrganisationCode::new("").is_err());
        assert!(OrganisationCode::new("a b").is_err());
    }

    #[test]
    fn error_says_what_is_accepted() {
        let e = IndicatorId::new("Bad").unwrap_err();
        assert!(e.to_string().contains("lowercase"));
    }
}
