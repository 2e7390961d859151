//! How numbers are written in each language: decimal mark, thousands
//! grouping, the space before `%`.

use super::Lang;

/// The conventions for writing numbers in one language.
pub(crate) trait NumberStyle: Sync {
    /// The decimal mark: `,` in French, `.` in English.
    fn decimal_mark(&self) -> char;
    /// What separates groups of three digits.
    fn group_separator(&self) -> &'static str;
    /// The fewest digits a whole part needs before it is grouped (French
    /// leaves four-digit numbers whole: 1974, not 1 974).
    fn min_grouped_digits(&self) -> usize;
    /// What stands between a number and `%`.
    fn before_percent(&self) -> &'static str;
}

/// The number conventions of `lang`.
pub(crate) fn numbers(lang: Lang) -> &'static dyn NumberStyle {
    match lang {
        Lang::Fr => &super::fr::Fr,
        Lang::En => &super::en::En,
    }
}
