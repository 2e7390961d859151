//! The figures of a group, or nothing at all when the group is below the
//! minimum cell size: a suppressed group that carries an estimate cannot be
//! built.

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};
use std::borrow::Cow;

/// The figures `T` of a group that is shown, or [`Suppressible::Suppressed`]
/// for a group below the minimum cell size, which carries none.
///
/// Flattened into its group's JSON object (`#[serde(flatten)]`), it writes
/// `"suppressed": false` followed by the fields of `T`, or
/// `"suppressed": true` and nothing else.
///
/// ```
/// use social_impact::report::Suppressible;
///
/// let shown: Suppressible<u64> = Suppressible::Shown(12);
/// assert_eq!(shown.shown(), Some(&12));
/// assert!(Suppressible::<u64>::Suppressed.is_suppressed());
/// ```
#[derive(Debug, Clone, PartialEq)]
pub enum Suppressible<T> {
    /// The group reaches the minimum cell size: its figures.
    Shown(T),
    /// The group is below the minimum cell size: no figure is given.
    Suppressed,
}

impl<T> Suppressible<T> {
    /// The figures, when shown.
    pub fn shown(&self) -> Option<&T> {
        match self {
            Suppressible::Shown(v) => Some(v),
            Suppressible::Suppressed => None,
        }
    }

    /// Whether the group is suppressed.
    pub fn is_suppressed(&self) -> bool {
        matches!(self, Suppressible::Suppressed)
    }

    /// The figures, or `None` when suppressed.
    pub fn into_shown(self) -> Option<T> {
        match self {
            Suppressible::Shown(v) => Some(v),
            Suppressible::Suppressed => None,
        }
    }
}

impl<T> From<Option<T>> for Suppressible<T> {
    /// `Some` figures are shown, `None` is suppressed.
    fn from(value: Option<T>) -> Self {
        value.map_or(Suppressible::Suppressed, Suppressible::Shown)
    }
}

#[derive(Serialize)]
struct ReprRef<'a, T> {
    suppressed: bool,
    #[serde(flatten)]
    shown: Option<&'a T>,
}

#[derive(Deserialize)]
#[serde(bound = "T: Deserialize<'de>")]
struct Repr<T> {
    suppressed: bool,
    #[serde(flatten)]
    shown: Option<T>,
}

impl<T: Serialize> Serialize for Suppressible<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        ReprRef { suppressed: self.is_suppressed(), shown: self.shown() }.serialize(serializer)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Suppressible<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let repr = Repr::<T>::deserialize(deserializer)?;
        match (repr.suppressed, repr.shown) {
            (false, Some(v)) => Ok(Suppressible::Shown(v)),
            (true, None) => Ok(Suppressible::Suppressed),
            (false, None) => Err(D::Error::custom("a group that is not suppressed lacks its figures")),
            (true, Some(_)) => Err(D::Error::custom("a suppressed group carries figures")),
        }
    }
}

impl<T: JsonSchema> JsonSchema for Suppressible<T> {
    fn schema_name() -> Cow<'static, str> {
        Cow::Owned(format!("Suppressible_{}", T::schema_name()))
    }

    fn inline_schema() -> bool {
        true
    }

    /// One of: `"suppressed": false` with the fields of `T` (required as `T`
    /// requires them), or `"suppressed": true` with none of them.
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let figures = T::json_schema(generator);
        let properties = figures.get("properties").and_then(Value::as_object).cloned().unwrap_or_default();
        let required = figures.get("required").and_then(Value::as_array).cloned().unwrap_or_default();
        let mut shown = Map::new();
        shown.insert(
            "suppressed".into(),
            serde_json::json!({
                "description": "False: the group reaches the minimum cell size and its figures are given.",
                "const": false
            }),
        );
        shown.extend(properties.clone());
        let mut shown_required = vec![Value::from("suppressed")];
        shown_required.extend(required);
        let mut hidden = Map::new();
        hidden.insert(
            "suppressed".into(),
            serde_json::json!({
                "description": "True: the group is below the minimum cell size and carries no figure.",
                "const": true
            }),
        );
        hidden.extend(properties.keys().map(|k| (k.clone(), Value::Bool(false))));
        json_schema!({
            "oneOf": [
                { "properties": shown, "required": shown_required },
                { "properties": hidden, "required": ["suppressed"] }
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
    struct Figures {
        estimate: f64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        sd: Option<f64>,
    }

    #[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
    struct Group {
        n: u64,
        #[serde(flatten)]
        figures: Suppressible<Figures>,
        after: u8,
    }

    #[test]
    fn shown_writes_false_then_the_figures_in_place() {
        let g = Group { n: 12, figures: Suppressible::Shown(Figures { estimate: 0.5, sd: None }), after: 1 };
        let text = serde_json::to_string(&g).unwrap();
        assert_eq!(text, r#"{"n":12,"suppressed":false,"estimate":0.5,"after":1}"#);
        assert_eq!(serde_json::from_str::<Group>(&text).unwrap(), g);
    }

    #[test]
    fn suppressed_writes_true_and_nothing_else() {
        let g = Group { n: 3, figures: Suppressible::Suppressed, after: 1 };
        let text = serde_json::to_string(&g).unwrap();
        assert_eq!(text, r#"{"n":3,"suppressed":true,"after":1}"#);
        assert_eq!(serde_json::from_str::<Group>(&text).unwrap(), g);
    }

    #[test]
    fn contradictions_are_refused() {
        let hidden_with_figures = r#"{"n":3,"suppressed":true,"estimate":0.5,"after":1}"#;
        assert!(serde_json::from_str::<Group>(hidden_with_figures).is_err());
        let shown_without = r#"{"n":12,"suppressed":false,"after":1}"#;
        assert!(serde_json::from_str::<Group>(shown_without).is_err());
    }

    #[test]
    fn the_schema_accepts_both_forms_and_refuses_figures_of_a_hidden_group() {
        let schema = serde_json::to_value(schemars::schema_for!(Group)).unwrap();
        let validator = jsonschema::validator_for(&schema).unwrap();
        for ok in [
            r#"{"n":12,"suppressed":false,"estimate":0.5,"sd":0.1,"after":1}"#,
            r#"{"n":3,"suppressed":true,"after":1}"#,
        ] {
            assert!(validator.is_valid(&serde_json::from_str(ok).unwrap()), "{ok}");
        }
        for bad in [
            r#"{"n":3,"suppressed":true,"estimate":0.5,"after":1}"#,
            r#"{"n":3,"suppressed":true,"sd":null,"after":1}"#,
            r#"{"n":12,"suppressed":false,"after":1}"#,
        ] {
            assert!(!validator.is_valid(&serde_json::from_str(bad).unwrap()), "{bad}");
        }
    }
}
