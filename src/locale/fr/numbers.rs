use super::Fr;
use crate::locale::numbers::{NumberStyle, NBSP};

const MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

impl NumberStyle for Fr {
    fn decimal_mark(&self) -> char {
        ','
    }
    fn group_separator(&self) -> &'static str {
        // Narrow no-break space (U+202F), as the Imprimerie nationale sets it.
        "\u{202F}"
    }
    fn min_grouped_digits(&self) -> usize {
        5
    }
    fn before_percent(&self) -> &'static str {
        "\u{202F}"
    }
    fn colon(&self) -> &'static str {
        "\u{a0}:"
    }
    fn range_word(&self) -> &'static str {
        "à"
    }
    fn date(&self, year: u32, month: usize, day: u32) -> Option<String> {
        let month = MONTHS.get(month.checked_sub(1)?)?;
        // The first of the month is an ordinal in French: « 1er mars ».
        let day = if day == 1 { "1er".to_string() } else { day.to_string() };
        Some(format!("{day}{NBSP}{month} {year}"))
    }
}
