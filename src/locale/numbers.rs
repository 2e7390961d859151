//! How numbers and dates are written in each language: decimal mark,
//! thousands grouping, the space before `%` and `:`, month names; and the
//! helpers every writer of numbers uses (`num`, `pct`, `p_value`...).
//!
//! French follows the usual typographic rules: a decimal comma, a narrow
//! no-break space (U+202F) between thousands and before `%`, a no-break space
//! (U+00A0) before `:`. English uses a decimal point, a comma between
//! thousands and no space before `%`. Negative numbers take a real minus sign
//! (U+2212), which reads better than a hyphen in tables.

use super::messages::{messages, say};
use super::Lang;
use std::sync::LazyLock;

/// No-break space, before `:` in French and inside `p = 0.04`.
pub(crate) const NBSP: char = '\u{00A0}';
/// The minus sign.
const MINUS: char = '\u{2212}';

/// The conventions for writing numbers in one language, read from its
/// `numbers.ftl` once.
#[derive(Debug)]
struct NumberStyle {
    /// The decimal mark: `,` in French, `.` in English.
    decimal_mark: &'static str,
    /// What separates groups of three digits.
    group_separator: &'static str,
    /// The fewest digits a whole part needs before it is grouped (French
    /// leaves four-digit numbers whole: 1974, not 1 974).
    min_grouped_digits: usize,
    /// What stands between a number and `%`.
    before_percent: &'static str,
    /// A colon as typeset: ` :` (no-break space) in French, `:` in English.
    colon: &'static str,
    /// The word between the ends of a range that has a negative end
    /// (`−1.2 to 0.4`).
    range_word: &'static str,
}

/// The number conventions of `lang`.
fn numbers(lang: Lang) -> &'static NumberStyle {
    static ALL: LazyLock<Vec<NumberStyle>> = LazyLock::new(|| {
        Lang::ALL
            .into_iter()
            .map(|lang| {
                let m = messages(lang);
                NumberStyle {
                    decimal_mark: m.text("numbers-decimal-mark"),
                    group_separator: m.text("numbers-group-separator"),
                    min_grouped_digits: m.text("numbers-min-grouped-digits").parse().unwrap_or(4),
                    before_percent: m.text("numbers-before-percent"),
                    colon: m.text("numbers-colon"),
                    range_word: m.text("numbers-range-word"),
                }
            })
            .collect()
    });
    &ALL[lang.index()]
}

/// `x` with `decimals` decimals, in the language's conventions: `0,62`
/// (French), `0.62` (English), `–` for a value that is not finite.
///
/// A value that rounds to zero loses its sign, so that no `−0` appears.
///
/// ```
/// use social_impact::report::render::format_number;
/// use social_impact::Lang;
/// assert_eq!(format_number(1234.5, 1, "en".parse::<Lang>()?), "1,234.5");
/// # Ok::<(), social_impact::text::UnknownLang>(())
/// ```
pub fn num(x: f64, decimals: usize, lang: Lang) -> String {
    if !x.is_finite() {
        return "–".to_string();
    }
    // Halves round away from zero (62.5 → 63), as readers expect; Rust's
    // own formatting would round them to even.
    let scaled = (x.abs() * 10f64.powi(decimals as i32)).round();
    let digits = if scaled < 1e15 { format!("{scaled:.0}") } else { format!("{:.0}", x.abs().round()) };
    let decimals = if scaled < 1e15 { decimals } else { 0 };
    let digits = format!("{digits:0>width$}", width = decimals + 1);
    let is_zero = digits.bytes().all(|b| b == b'0');
    let (int_part, frac) = digits.split_at(digits.len() - decimals);
    let frac = if decimals > 0 { Some(frac) } else { None };
    let mut out = String::new();
    if x < 0.0 && !is_zero {
        out.push(MINUS);
    }
    out.push_str(&group_thousands(int_part, lang));
    if let Some(frac) = frac {
        out.push_str(numbers(lang).decimal_mark);
        out.push_str(frac);
    }
    out
}

/// `x` with an explicit sign: `+2.1`, `−0.4`, `0.0`.
pub(crate) fn signed(x: f64, decimals: usize, lang: Lang) -> String {
    let text = num(x, decimals, lang);
    if x > 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
        format!("+{text}")
    } else {
        text
    }
}

/// A whole number with thousands grouped: `12 345` (narrow space) or `12,345`.
///
/// ```
/// use social_impact::locale::numbers::int;
/// use social_impact::Lang;
/// assert_eq!(int(1_234_567, Lang::En), "1,234,567");
/// assert_eq!(int(1_234_567, Lang::Fr), "1\u{202f}234\u{202f}567");
/// ```
pub fn int(n: u64, lang: Lang) -> String {
    group_thousands(&n.to_string(), lang)
}

fn group_thousands(digits: &str, lang: Lang) -> String {
    let style = numbers(lang);
    if digits.len() < style.min_grouped_digits {
        return digits.to_string();
    }
    let sep = style.group_separator;
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

/// The percent sign as written after a number: ` %` (narrow no-break
/// space) in French, `%` in English.
pub(crate) fn percent_sign(lang: Lang) -> String {
    format!("{}%", numbers(lang).before_percent)
}

/// A proportion as a whole percentage: `0.62` → `62 %` / `62%`.
///
/// ```
/// use social_impact::report::render::format_percent;
/// use social_impact::Lang;
/// assert_eq!(format_percent(0.62, "en".parse::<Lang>()?), "62%");
/// # Ok::<(), social_impact::text::UnknownLang>(())
/// ```
pub fn pct(p: f64, lang: Lang) -> String {
    format!("{}{}", num(p * 100.0, 0, lang), percent_sign(lang))
}

/// A proportion as a percentage with the decimals a small share needs to
/// be read (`12 %`, `2,5 %`, `0,04 %`).
pub(crate) fn pct_fine(p: f64, lang: Lang) -> String {
    let percent = p * 100.0;
    let decimals = if percent >= 10.0 || percent.fract() == 0.0 {
        0
    } else if percent >= 1.0 {
        1
    } else {
        2
    };
    format!("{}{}", num(percent, decimals, lang), percent_sign(lang))
}

/// A range of proportions as percentages, the sign written once:
/// `56–68 %` / `56–68%`.
pub(crate) fn pct_range(low: f64, high: f64, lang: Lang) -> String {
    format!("{}–{}{}", num(low * 100.0, 0, lang), num(high * 100.0, 0, lang), percent_sign(lang))
}

/// A range of numbers: `5.8–6.6`; with a negative end, `−1.2 to 0.4` reads
/// better than a dash between two signs.
pub(crate) fn num_range(low: f64, high: f64, decimals: usize, lang: Lang) -> String {
    if low < 0.0 || high < 0.0 {
        format!("{} {} {}", num(low, decimals, lang), numbers(lang).range_word, num(high, decimals, lang))
    } else {
        format!("{}–{}", num(low, decimals, lang), num(high, decimals, lang))
    }
}

/// A confidence level as a percentage without needless decimals:
/// `0.95` → `95 %`, `0.998` → `99,8 %`.
pub(crate) fn level(confidence: f64, lang: Lang) -> String {
    let x = confidence * 100.0;
    let decimals = if (x - x.round()).abs() < 1e-9 { 0 } else { 1 };
    format!("{}{}", num(x, decimals, lang), percent_sign(lang))
}

/// A p-value as read in a sentence: `p = 0.04`, `p = 0.003`, `p < 0.001`.
pub(crate) fn p_value(p: f64, lang: Lang) -> String {
    // No-break spaces keep `p = 0.04` on one line.
    if p < 0.001 {
        format!("p{NBSP}<{NBSP}{}", num(0.001, 3, lang))
    } else if p < 0.01 {
        format!("p{NBSP}={NBSP}{}", num(p, 3, lang))
    } else {
        format!("p{NBSP}={NBSP}{}", num(p, 2, lang))
    }
}

/// A p-value in a table cell: `0.04`, `< 0.001`.
pub(crate) fn p_cell(p: f64, lang: Lang) -> String {
    let text = p_value(p, lang);
    let bare = text.trim_start_matches('p').trim_start_matches(NBSP);
    bare.strip_prefix('=').map_or(bare, |b| b.trim_start_matches(NBSP)).to_string()
}

/// A date written out: `31 décembre 2025` / `31 December 2025` (as ISO
/// 8601, `2025-12-31`, in a language with no words for it).
pub(crate) fn date(d: crate::data::Date, lang: Lang) -> String {
    let (y, m, day) = (u32::try_from(d.year()).ok(), usize::try_from(d.month()).ok(), u32::try_from(d.day()).ok());
    match y.zip(m).zip(day) {
        Some(((year, m @ 1..=12), day)) => {
            let month = messages(lang).keyed("numbers-month", &m.to_string());
            say!(messages(lang), "numbers-date", day, month, year)
        }
        _ => d.to_string(),
    }
}

/// `x` with every digit Rust writes for it and the language's decimal
/// mark: `0,975` / `0.975`, `7` for a whole number; no grouping. For the
/// bounds and values quoted back from a definition or a model file.
pub(crate) fn plain(x: f64, lang: Lang) -> String {
    x.to_string().replace('.', numbers(lang).decimal_mark)
}

/// A colon as typeset in the language: ` :` (no-break space) or `:`.
pub(crate) fn colon(lang: Lang) -> &'static str {
    numbers(lang).colon
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(num(0.62, 2, Lang::Fr), "0,62");
        assert_eq!(num(0.62, 2, Lang::En), "0.62");
        assert_eq!(num(-1.25, 1, Lang::En), "\u{2212}1.3");
        assert_eq!(num(-0.04, 1, Lang::Fr), "0,0", "no minus zero");
        assert_eq!(num(1234567.891, 1, Lang::En), "1,234,567.9");
        assert_eq!(num(1234567.891, 1, Lang::Fr), "1\u{202F}234\u{202F}567,9");
        assert_eq!(num(1974.0, 0, Lang::Fr), "1974", "four digits are not grouped in French");
        assert_eq!(num(1974.0, 0, Lang::En), "1,974");
        assert_eq!(int(12345, Lang::Fr), "12\u{202F}345");
        assert_eq!(signed(2.14, 1, Lang::Fr), "+2,1");
        assert_eq!(signed(-2.14, 1, Lang::En), "\u{2212}2.1");
        assert_eq!(signed(0.001, 1, Lang::En), "0.0");
        assert_eq!(num(f64::NAN, 1, Lang::En), "–");
        assert_eq!(num(2.5, 0, Lang::En), "3", "halves round away from zero");
        assert_eq!(num(-0.25, 1, Lang::En), "\u{2212}0.3");
        assert_eq!(num(0.05, 2, Lang::Fr), "0,05");
        assert_eq!(num(7.0, 3, Lang::En), "7.000");
    }

    #[test]
    fn percentages_follow_the_language() {
        assert_eq!(pct(0.62, Lang::Fr), "62\u{202F}%");
        assert_eq!(pct(0.62, Lang::En), "62%");
        assert_eq!(pct(0.625, Lang::En), "63%");
        assert_eq!(pct_range(0.561, 0.68, Lang::Fr), "56–68\u{202F}%");
        assert_eq!(pct_range(0.561, 0.68, Lang::En), "56–68%");
        assert_eq!(level(0.95, Lang::Fr), "95\u{202F}%");
        assert_eq!(level(0.998, Lang::Fr), "99,8\u{202F}%");
        assert_eq!(level(0.9, Lang::En), "90%");
    }

    #[test]
    fn p_values_ranges_and_dates() {
        assert_eq!(p_value(0.0004, Lang::Fr), "p\u{a0}<\u{a0}0,001");
        assert_eq!(p_value(0.0043, Lang::En), "p\u{a0}=\u{a0}0.004");
        assert_eq!(p_value(0.2149, Lang::Fr), "p\u{a0}=\u{a0}0,21");
        assert_eq!(p_cell(0.0004, Lang::En), "<\u{a0}0.001");
        assert_eq!(p_cell(0.2149, Lang::En), "0.21");
        assert_eq!(num_range(5.81, 6.64, 1, Lang::Fr), "5,8–6,6");
        assert_eq!(num_range(-1.2, 0.4, 1, Lang::En), "\u{2212}1.2 to 0.4");
        assert_eq!(num_range(-1.2, 0.4, 1, Lang::Fr), "\u{2212}1,2 à 0,4");
        use jiff::civil::date as day;
        assert_eq!(date(day(2025, 12, 31), Lang::Fr), "31\u{a0}décembre 2025");
        assert_eq!(date(day(2025, 3, 1), Lang::Fr), "1er\u{a0}mars 2025");
        assert_eq!(date(day(2025, 12, 31), Lang::En), "31\u{a0}December 2025");
        assert_eq!(colon(Lang::Fr), "\u{a0}:");
        assert_eq!(colon(Lang::En), ":");
    }
}
