//! Whose figures a group holds: an organisation, the whole network, or
//! another member of the network under an anonymous label.

use crate::ids::OrganisationCode;
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;

/// The text standing for the whole network in reports.
pub const NETWORK: &str = "*";

/// Whose figures a group holds. Written in JSON as the organisation's code,
/// `*` for the network, or the anonymous label.
///
/// ```
/// use social_impact::report::GroupId;
/// use social_impact::OrganisationCode;
///
/// let org = GroupId::Organisation(OrganisationCode::new("ASSO-A")?);
/// assert_eq!(serde_json::to_string(&org)?, r#""ASSO-A""#);
/// assert_eq!(serde_json::from_str::<GroupId>(r#""*""#)?, GroupId::Network);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum GroupId {
    /// One organisation, by its code.
    Organisation(OrganisationCode),
    /// The whole network: every organisation shown, pooled.
    Network,
    /// Another member of the network, under the anonymous label a member's
    /// copy of a network report gives it ([`crate::tables::for_member`]).
    Member(String),
}

impl GroupId {
    /// Whether this is the whole network.
    pub fn is_network(&self) -> bool {
        matches!(self, GroupId::Network)
    }

    /// The text written in reports: the code, `*` or the label.
    pub fn as_str(&self) -> &str {
        match self {
            GroupId::Organisation(code) => code.as_str(),
            GroupId::Network => NETWORK,
            GroupId::Member(label) => label,
        }
    }
}

impl From<OrganisationCode> for GroupId {
    fn from(code: OrganisationCode) -> Self {
        GroupId::Organisation(code)
    }
}

display_as!(as_str: GroupId);

impl Serialize for GroupId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for GroupId {
    /// `*` is the network, a valid organisation code an organisation, any
    /// other non-empty text a member's anonymous label.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        if text == NETWORK {
            return Ok(GroupId::Network);
        }
        if text.is_empty() {
            return Err(serde::de::Error::custom("an empty group: expected an organisation code or `*`"));
        }
        Ok(OrganisationCode::new(text.as_str()).map_or(GroupId::Member(text), GroupId::Organisation))
    }
}

impl JsonSchema for GroupId {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("GroupId")
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "An organisation code, `*` for the whole network, or the anonymous label of another member in a member's copy of a network report.",
            "type": "string",
            "minLength": 1
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_reads_back_as_written() {
        for group in [
            GroupId::Network,
            GroupId::Organisation(OrganisationCode::new("asso-042").unwrap()),
            GroupId::Member("Membre 0001".into()),
        ] {
            let text = serde_json::to_string(&group).unwrap();
            assert_eq!(text, format!("\"{}\"", group.as_str()));
            assert_eq!(serde_json::from_str::<GroupId>(&text).unwrap(), group);
        }
        assert!(serde_json::from_str::<GroupId>(r#""""#).is_err());
    }
}
