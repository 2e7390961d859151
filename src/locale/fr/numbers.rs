use super::Fr;
use crate::locale::numbers::NumberStyle;

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
}
