//! Reading raw answers as people type them: `oui`, `7,5`, ` 12 `.
//!
//! Shared by the declarative indicators and the data readers, so that an
//! answer means the same thing wherever it is read.

/// Answers read as 1 (any case, surrounding spaces ignored).
pub const BINARY_TRUE: &[&str] = &["1", "yes", "oui", "true", "vrai"];
/// Answers read as 0 (any case, surrounding spaces ignored).
pub const BINARY_FALSE: &[&str] = &["0", "no", "non", "false", "faux"];

/// Reads a binary answer: `Some(true)` for 1/yes/oui/true/vrai, `Some(false)`
/// for 0/no/non/false/faux, `None` for anything else.
pub fn parse_binary(raw: &str) -> Option<bool> {
    let v = raw.trim();
    if BINARY_TRUE.iter().any(|t| t.eq_ignore_ascii_case(v)) || v == "1.0" || v == "1,0" {
        Some(true)
    } else if BINARY_FALSE.iter().any(|t| t.eq_ignore_ascii_case(v)) || v == "0.0" || v == "0,0" {
        Some(false)
    } else {
        None
    }
}

/// Reads a number written with a decimal point or a decimal comma
/// (`1234.5`, `1234,5`, `1 234,5` with a space or no-break space as thousands
/// separator). Returns `None` for anything else, and for NaN or infinity.
///
/// ```
/// use social_impact::indicator::value::parse_number;
/// assert_eq!(parse_number("7,5"), Some(7.5));
/// assert_eq!(parse_number(" 1 234,50 "), Some(1234.5));
/// assert_eq!(parse_number("abc"), None);
/// ```
pub fn parse_number(raw: &str) -> Option<f64> {
    let t = raw.trim();
    if t.is_empty() {
        return None;
    }
    let cleaned: String = t.chars().filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}')).collect();
    // A comma is a decimal separator only when no point is present: "1,234.5"
    // is ambiguous enough that we refuse it rather than guess.
    let normalised = if cleaned.contains(',') {
        if cleaned.contains('.') || cleaned.matches(',').count() > 1 {
            return None;
        }
        cleaned.replace(',', ".")
    } else {
        cleaned
    };
    // No exponent: nobody types `1e3` for a count or an income, and a
    // spreadsheet that wrote one has lost digits; refusing it is safer.
    let ok_chars = normalised.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+'));
    if !ok_chars {
        return None;
    }
    normalised.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Reads a whole number, accepting `7`, `7.0` and `7,0`.
pub fn parse_integer(raw: &str) -> Option<i64> {
    let v = parse_number(raw)?;
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        // The bound keeps the value exactly representable, so the cast is exact.
        Some(v as i64)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_synonyms() {
        for t in ["1", "Yes", "OUI", "true", "Vrai", " oui "] {
            assert_eq!(parse_binary(t), Some(true), "{t}");
        }
        for f in ["0", "no", "Non", "FALSE", "faux"] {
            assert_eq!(parse_binary(f), Some(false), "{f}");
        }
        assert_eq!(parse_binary("2"), None);
        assert_eq!(parse_binary(""), None);
    }

    #[test]
    fn numbers() {
        assert_eq!(parse_number("739.85"), Some(739.85));
        assert_eq!(parse_number("739,85"), Some(739.85));
        assert_eq!(parse_number("-3"), Some(-3.0));
        assert_eq!(parse_number("1,234.5"), None);
        assert_eq!(parse_number("NaN"), None);
        assert_eq!(parse_number("inf"), None);
        assert_eq!(parse_number("1e400"), None);
        assert_eq!(parse_number("1e3"), None);
        assert_eq!(parse_integer("7,0"), Some(7));
        assert_eq!(parse_integer("7,5"), None);
    }
}
