use super::En;
use crate::locale::numbers::{NumberStyle, NBSP};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

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
    fn colon(&self) -> &'static str {
        ":"
    }
    fn range_word(&self) -> &'static str {
        "to"
    }
    fn date(&self, year: u32, month: usize, day: u32) -> Option<String> {
        let month = MONTHS.get(month.checked_sub(1)?)?;
        Some(format!("{day}{NBSP}{month} {year}"))
    }
}
