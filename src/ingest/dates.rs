//! Dates as people write them: ISO `2024-01-15`, French `15/01/2024`, and
//! Excel serial numbers in workbooks.

use crate::data::Date;
use crate::text::LocalizedText;

/// What the date readers accept, for messages.
pub(crate) fn accepted() -> LocalizedText {
    LocalizedText::new(
        "une date AAAA-MM-JJ (2024-01-15) ou JJ/MM/AAAA (15/01/2024), l'année sur 4 chiffres",
        "a date as YYYY-MM-DD (2024-01-15) or DD/MM/YYYY (15/01/2024), with a 4-digit year",
    )
}

/// Reads a date: `YYYY-MM-DD` (also `YYYY/MM/DD`), or day first as
/// `DD/MM/YYYY`, `DD-MM-YYYY` or `DD.MM.YYYY` (one-digit day and month
/// fine); a time after the date (`T10:00`, ` 00:00:00`) is ignored. A
/// two-digit year is refused as ambiguous. On failure, says why in both
/// languages.
pub(crate) fn parse_date(text: &str) -> Result<Date, LocalizedText> {
    let t = text.trim();
    let (date_part, time_part) = match t.find(['T', ' ']) {
        Some(i) => (&t[..i], &t[i + 1..]),
        None => (t, ""),
    };
    let time_ok =
        time_part.trim().chars().all(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | '+' | '-' | 'Z' | ' '));
    let parts: Vec<&str> = date_part.split(['-', '/', '.']).collect();
    let all_digits = parts.iter().all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()));
    if parts.len() != 3 || !all_digits || !time_ok {
        return Err(LocalizedText::new("date illisible", "unreadable date"));
    }
    let num = |s: &str| s.parse::<i16>().unwrap_or(0);
    let (year, month, day, day_first) = if parts[0].len() == 4 && parts[1].len() <= 2 && parts[2].len() <= 2 {
        (num(parts[0]), num(parts[1]), num(parts[2]), false)
    } else if parts[2].len() == 4 && parts[0].len() <= 2 && parts[1].len() <= 2 {
        (num(parts[2]), num(parts[1]), num(parts[0]), true)
    } else if parts[2].len() == 2 && parts[0].len() <= 2 && parts[1].len() <= 2 {
        return Err(LocalizedText::new(
            "année sur 2 chiffres : le siècle est ambigu, écrivez l'année sur 4 chiffres",
            "two-digit year: the century is ambiguous, write the year with 4 digits",
        ));
    } else {
        return Err(LocalizedText::new("date illisible", "unreadable date"));
    };
    if !(1900..=2200).contains(&year) {
        return Err(LocalizedText::new(
            format!("année {year} hors de la plage 1900-2200"),
            format!("year {year} outside 1900-2200"),
        ));
    }
    Date::new(year, month as i8, day as i8).map_err(|_| {
        if day_first && month > 12 && (1..=12).contains(&day) {
            LocalizedText::new(
                "mois supérieur à 12 : la date semble écrite mois/jour (ordre américain) ; écrivez JJ/MM/AAAA",
                "month above 12: the date looks written month/day (US order); write DD/MM/YYYY",
            )
        } else {
            LocalizedText::new("ce jour n'existe pas", "no such day")
        }
    })
}

/// The date of an Excel serial number (days since 1899-12-30 in the 1900
/// date system, with Excel's phantom 29 February 1900 skipped), the time of
/// day dropped. Workbooks in the 1904 date system (old Mac Excel) are not
/// told apart: calamine does not expose the flag without its `dates` feature.
#[cfg(feature = "xlsx")]
pub(crate) fn from_excel_serial(serial: f64) -> Option<Date> {
    if !serial.is_finite() || !(1.0..=2_958_465.0).contains(&serial) {
        return None;
    }
    let days = serial.floor() as i32;
    // Serials below 61 are before Excel's fictitious 1900-02-29.
    let days = if days < 61 { days + 1 } else { days };
    Date::new(1899, 12, 30).ok()?.checked_add(jiff::Span::new().days(days)).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn iso_and_french() {
        assert_eq!(parse_date("2024-01-15"), Ok(date(2024, 1, 15)));
        assert_eq!(parse_date(" 15/01/2024 "), Ok(date(2024, 1, 15)));
        assert_eq!(parse_date("5/1/2024"), Ok(date(2024, 1, 5)));
        assert_eq!(parse_date("15.01.2024"), Ok(date(2024, 1, 15)));
        assert_eq!(parse_date("15/01/2024 00:00"), Ok(date(2024, 1, 15)));
        assert_eq!(parse_date("2024-01-15T10:30:00"), Ok(date(2024, 1, 15)));
        assert_eq!(parse_date("2024/01/15"), Ok(date(2024, 1, 15)));
    }

    #[test]
    fn refusals_say_why() {
        assert!(parse_date("15/01/24").unwrap_err().en.contains("two-digit"));
        assert!(parse_date("01/15/2024").unwrap_err().en.contains("US order"));
        assert!(parse_date("31/02/2024").unwrap_err().en.contains("no such day"));
        assert!(parse_date("2024-13-01").is_err());
        assert!(parse_date("45306").is_err());
        assert!(parse_date("").is_err());
        assert!(parse_date("hier").is_err());
        assert!(parse_date("0001-01-01").is_err());
    }

    #[test]
    #[cfg(feature = "xlsx")]
    fn excel_serials() {
        assert_eq!(from_excel_serial(45306.0), Some(date(2024, 1, 15)));
        assert_eq!(from_excel_serial(45306.75), Some(date(2024, 1, 15)));
        assert_eq!(from_excel_serial(1.0), Some(date(1900, 1, 1)));
        assert_eq!(from_excel_serial(-1.0), None);
        assert_eq!(from_excel_serial(f64::NAN), None);
    }
}
