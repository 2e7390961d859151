use super::En;
use crate::locale::numbers::NumberStyle;

impl NumberStyle for En {
    fn decimal_mark(&self) -> char {
        '.'
    }
    fn group_separator(&self) -> &'static str {
        ","
    }
    fn min_grouped_digits(&self) -> usize {
        4
    }
    fn before_percent(&self) -> &'static str {
        ""
    }
}
