//! The answers an indicator accepts, as a JSON Schema.
//!
//! Values come from spreadsheets as strings (`"oui"`, `"7,0"`) and from
//! JSON programs as typed values (`true`, `7`): each schema accepts both
//! forms of a valid answer and rejects invalid ones, mirroring
//! [`crate::indicator::value`]. Patterns are written so that any JSON
//! Schema engine reads them the same way (ECMA-262 and Rust regex alike):
//! no inline flags, case folded by hand (`[oO][uU][iI]`).

use crate::catalogue::{IndicatorDefinition, Measure};
use crate::indicator::value::{BINARY_FALSE, BINARY_TRUE};
use serde_json::{json, Value};

/// Spaces a reader trims around an answer.
const TRIM: &str = r"\s*";

/// Scales with more points than this are range-checked on JSON numbers only;
/// their string forms are checked for shape (an alternation of every point
/// would be a pattern too long to read).
const MAX_ENUMERATED: i64 = 1000;

/// The schema of a missing answer: `null` or a blank string.
pub(super) fn missing() -> Value {
    json!({
        "description": "A missing answer: empty cell or null.",
        "anyOf": [ { "type": "null" }, { "type": "string", "pattern": "^\\s*$" } ]
    })
}

/// The answers `definition` accepts, a missing answer included.
pub(crate) fn value_schema(definition: &IndicatorDefinition) -> Value {
    let (description, forms): (String, Vec<Value>) = match &definition.measure {
        Measure::Binary { .. } => {
            let words: Vec<&str> = BINARY_TRUE.iter().chain(BINARY_FALSE).copied().collect();
            let mut alternatives: Vec<String> = words.iter().map(|w| case_insensitive(w)).collect();
            // The readers also take 1.0 and 0,0 from spreadsheets that store
            // every number as a decimal.
            alternatives.extend(["1[.,]0".to_string(), "0[.,]0".to_string()]);
            (
                "Binary: 1/0, yes/no, oui/non, true/false, vrai/faux (any case), a JSON boolean, or 0/1.".into(),
                vec![
                    json!({ "type": "boolean" }),
                    json!({ "enum": [0, 1] }),
                    json!({ "type": "string", "pattern": anchored(&alternatives.join("|")) }),
                ],
            )
        }
        Measure::Ordinal { min, max, .. } => (
            format!("Ordinal: a whole number from {min} to {max}, as a number or as text (7, \"7\", \"7,0\")."),
            vec![
                json!({ "type": "integer", "minimum": min, "maximum": max }),
                json!({ "type": "string", "pattern": integer_pattern(*min, Some(*max)) }),
            ],
        ),
        Measure::Categorical { categories } => {
            let codes: Vec<&str> = categories.iter().map(|c| c.code.as_str()).collect();
            let alternatives: Vec<String> = codes.iter().map(|c| case_insensitive(c)).collect();
            let mut forms = vec![json!({ "type": "string", "pattern": anchored(&alternatives.join("|")) })];
            let numeric: Vec<i64> = codes.iter().filter_map(|c| c.parse::<i64>().ok()).collect();
            if !numeric.is_empty() {
                forms.push(json!({ "enum": numeric }));
            }
            (format!("Categorical: one of the codes {}.", codes.join(", ")), forms)
        }
        Measure::Count { max } => {
            let max_i = max.and_then(|m| i64::try_from(m).ok());
            let mut number = json!({ "type": "integer", "minimum": 0 });
            if let Some(m) = max {
                number["maximum"] = json!(m);
            }
            let range = max.map(|m| format!(" to {m}")).unwrap_or_else(|| " or more".into());
            (
                format!("Count: a whole number, 0{range}, as a number or as text."),
                vec![number, json!({ "type": "string", "pattern": integer_pattern(0, max_i) })],
            )
        }
        Measure::Continuous { unit, min, max } => {
            let mut number = json!({ "type": "number" });
            if let Some(m) = min {
                number["minimum"] = json!(m);
            }
            if let Some(m) = max {
                number["maximum"] = json!(m);
            }
            let range = match (min, max) {
                (Some(a), Some(b)) => format!(" from {a} to {b}"),
                (Some(a), None) => format!(" of at least {a}"),
                (None, Some(b)) => format!(" of at most {b}"),
                (None, None) => String::new(),
            };
            (
                format!(
                    "Continuous: a number{range} in {unit}, as a number or as text with a decimal point or comma (\"739,85\"). \
                     Text is checked for its form and sign; the range is checked on JSON numbers."
                ),
                vec![number, json!({ "type": "string", "pattern": decimal_pattern(min.is_some_and(|m| m >= 0.0)) })],
            )
        }
    };
    let mut any_of = vec![json!({ "$ref": "#/$defs/missing" })];
    any_of.extend(forms);
    json!({
        "title": format!("{} — {}", definition.id, definition.label.en),
        "description": description,
        "anyOf": any_of,
    })
}

/// `oui` → `[oO][uU][iI]`; other characters escaped as needed.
pub(super) fn case_insensitive(word: &str) -> String {
    let mut out = String::new();
    for c in word.chars() {
        let (lower, upper): (String, String) = (c.to_lowercase().collect(), c.to_uppercase().collect());
        if lower != upper && lower.chars().count() == 1 && upper.chars().count() == 1 {
            out.push('[');
            out.push_str(&lower);
            out.push_str(&upper);
            out.push(']');
        } else if c.is_ascii_alphanumeric() || c == '_' || !c.is_ascii() {
            out.push(c);
        } else {
            out.push('\\');
            out.push(c);
        }
    }
    out
}

/// A spelling as the readers compare it (see `crate::spelling::key`):
/// any case, with or without accents, words separated by any run of
/// spaces, dashes, apostrophes or `_`. `apres_la_sortie` →
/// `[aAàáâãäåÀÁÂÃÄÅ][pP]…[-_ '’\u{a0}\u{202f}]+[lL]…`.
pub(super) fn spelling_pattern(spelling: &str) -> String {
    let mut out = String::new();
    for c in spelling.chars() {
        let forms = crate::spelling::forms_of(c);
        if c == '_' {
            out.push_str("[-_ '’\u{a0}\u{202f}]+");
        } else if !forms.is_empty() {
            out.push('[');
            out.push(c);
            out.extend(c.to_uppercase());
            out.push_str(forms);
            out.extend(forms.chars().flat_map(char::to_uppercase));
            out.push(']');
        } else {
            out.push_str(&case_insensitive(&c.to_string()));
        }
    }
    out
}

/// `^\s*(?:alternatives)\s*$`.
/// A date exactly as the readers accept it: `YYYY-MM-DD` or `DD/MM/YYYY`
/// (separators `-`, `/` or `.`; one- or two-digit day and month), a day that
/// exists (leap years included), a year from 1900 to 2200, and optionally a
/// time of day after `T` or a space, which is ignored.
pub(super) fn date_pattern() -> String {
    let sep = "[-/.]";
    let (d31, d30, d28) = ("(?:0?[1-9]|[12][0-9]|3[01])", "(?:0?[1-9]|[12][0-9]|30)", "(?:0?[1-9]|1[0-9]|2[0-8])");
    let (m31, m30, m2) = ("(?:0?[13578]|1[02])", "(?:0?[469]|11)", "0?2");
    let year = "(?:19[0-9]{2}|2[01][0-9]{2}|2200)";
    // Leap years of 1900-2200: multiples of 4, but not 1900, 2100 or 2200.
    let leap =
        "(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:[02468][048]|[13579][26])|21(?:0[48]|[2468][048]|[13579][26]))";
    let month_day = format!("(?:{m31}{sep}{d31}|{m30}{sep}{d30}|{m2}{sep}{d28})");
    let day_month = format!("(?:{d31}{sep}{m31}|{d30}{sep}{m30}|{d28}{sep}{m2})");
    let ymd = format!("(?:{year}{sep}{month_day}|{leap}{sep}0?2{sep}29)");
    let dmy = format!("(?:{day_month}{sep}{year}|29{sep}0?2{sep}{leap})");
    let time = r"(?:[T ][0-9:.+\-Z ]*)?";
    format!("(?:{ymd}|{dmy}){time}")
}

pub(super) fn anchored(alternatives: &str) -> String {
    format!("^{TRIM}(?:{alternatives}){TRIM}$")
}

/// A whole number in `min..=max` written as text: optional sign, leading
/// zeros, and a zero decimal part (`7`, `07`, `7.0`, `7,0`). Without `max`,
/// or on a very long scale, any whole number of the right sign.
pub(super) fn integer_pattern(min: i64, max: Option<i64>) -> String {
    let zero_fraction = "(?:[.,]0*)?";
    let body = match max {
        Some(max) if max >= min && max.saturating_sub(min) <= MAX_ENUMERATED => {
            let positives: Vec<String> = (min.max(0)..=max).map(|v| v.to_string()).collect();
            let negatives: Vec<String> = (min..=max.min(-1)).map(|v| v.unsigned_abs().to_string()).collect();
            let mut parts = Vec::new();
            if !positives.is_empty() {
                parts.push(format!("\\+?0*(?:{})", positives.join("|")));
            }
            if !negatives.is_empty() {
                parts.push(format!("-0*(?:{})", negatives.join("|")));
            }
            parts.join("|")
        }
        _ if min >= 0 => "\\+?[0-9]+".to_string(),
        _ => "[+-]?[0-9]+".to_string(),
    };
    anchored(&format!("(?:{body}){zero_fraction}"))
}

/// A decimal number as people type it: `739.85`, `739,85`, `1 234,50`
/// (space, no-break or narrow no-break space between thousands).
fn decimal_pattern(non_negative: bool) -> String {
    let sign = if non_negative { "\\+?" } else { "[+-]?" };
    anchored(&format!("{sign}(?:[0-9]{{1,3}}(?:[ \u{a0}\u{202f}][0-9]{{3}})+|[0-9]+)(?:[.,][0-9]+)?"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_folding_by_hand() {
        assert_eq!(case_insensitive("oui"), "[oO][uU][iI]");
        assert_eq!(case_insensitive("not_applicable").len(), "not_applicable".len() * 4 - 3);
        assert_eq!(case_insensitive("1"), "1");
    }

    #[test]
    fn integer_patterns() {
        assert_eq!(integer_pattern(1, Some(3)), "^\\s*(?:(?:\\+?0*(?:1|2|3))(?:[.,]0*)?)\\s*$");
        assert!(integer_pattern(-2, Some(1)).contains("-0*(?:2|1)"));
        assert_eq!(integer_pattern(0, None), "^\\s*(?:(?:\\+?[0-9]+)(?:[.,]0*)?)\\s*$");
    }
}
