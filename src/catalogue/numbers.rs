//! Whole numbers the loader must be able to hold: an ordinal scale's `min`,
//! `max` and `positive_threshold` (64-bit signed), a count's `max` (64-bit
//! unsigned). JSON allows `-0` (read as a fraction) and numbers past 64
//! bits; both the loader and `check-definitions` refuse them through this
//! one check, at the same JSON pointer.

use super::pointer::join;
use serde_json::{Map, Value};

/// A number of a measure that its field cannot hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct OutOfRange {
    /// Where it is (JSON pointer).
    pub pointer: String,
    /// The field (`max`).
    pub field: String,
    /// The number as written.
    pub value: String,
    /// Whether the field is unsigned.
    pub unsigned: bool,
}

/// The numbers of `measure` (at pointer `at`) that do not fit their field.
pub(crate) fn measure(measure: &Map<String, Value>, at: &str) -> Vec<OutOfRange> {
    let (fields, unsigned): (&[&str], bool) = match measure.get("type").and_then(Value::as_str) {
        Some("ordinal") => (&["min", "max", "positive_threshold"], false),
        Some("count") => (&["max"], true),
        _ => return Vec::new(),
    };
    fields
        .iter()
        .filter_map(|field| {
            let Some(Value::Number(n)) = measure.get(*field) else { return None };
            let fits = if unsigned { n.as_u64().is_some() } else { n.as_i64().is_some() };
            (!fits).then(|| OutOfRange {
                pointer: join(at, field),
                field: field.to_string(),
                value: n.to_string(),
                unsigned,
            })
        })
        .collect()
}

/// The numbers out of range in a definition, or in the inline definitions
/// of a manifest, in document order.
pub(crate) fn document(doc: &Map<String, Value>) -> Vec<OutOfRange> {
    let of = |def: &Map<String, Value>, base: &str| {
        def.get("measure").and_then(Value::as_object).map(|m| measure(m, &join(base, "measure"))).unwrap_or_default()
    };
    match doc.get("indicators").and_then(Value::as_array) {
        Some(entries) => entries
            .iter()
            .enumerate()
            .filter_map(|(i, e)| e.as_object().map(|d| of(d, &format!("/indicators/{i}"))))
            .flatten()
            .collect(),
        None => of(doc, ""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negative_zero_and_numbers_past_64_bits_are_found_where_they_are() {
        let doc: Value = serde_json::from_str(
            r#"{"indicators": ["a.b", {"measure": {"type": "ordinal", "min": -0, "max": 4}},
                {"measure": {"type": "count", "max": 18446744073709551616}},
                {"measure": {"type": "count", "max": 18446744073709551615}}]}"#,
        )
        .unwrap();
        let found = document(doc.as_object().unwrap());
        let pointers: Vec<&str> = found.iter().map(|p| p.pointer.as_str()).collect();
        assert_eq!(pointers, ["/indicators/1/measure/min", "/indicators/2/measure/max"]);
        assert!(!found[0].unsigned && found[1].unsigned);
        let def: Value =
            serde_json::from_str(r#"{"measure": {"type": "ordinal", "min": 0, "max": 9223372036854775808}}"#).unwrap();
        assert_eq!(document(def.as_object().unwrap())[0].pointer, "/measure/max");
    }
}
