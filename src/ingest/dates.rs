//! Dates as people write them: ISO `2024-01-15`, French `15/01/2024`, and
//! Excel serial numbers in workbooks.

use crate::data::Date;

/// Why a text is not a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum DateError {
    /// Not written as a date at all.
    Unreadable,
    /// A two-digit year: the century is ambiguous.
    TwoDigitYear,
    /// A year outside 1900-2200.
    YearOutOfRange {
        /// The year written.
        year: i16,
    },
    /// A month above 12 where the day could be: written month/day (US order).
    MonthDayOrder,
    /// A day that does not exist (31 February).
    NoSuchDay,
}

/// The years a date may fall in.
pub(crate) const YEARS: std::ops::RangeInclusive<i16> = 1900..=2200;

/// Reads a date: `YYYY-MM-DD` (also `YYYY/MM/DD`), or day first as
/// `DD/MM/YYYY`, `DD-MM-YYYY` or `DD.MM.YYYY` (one-digit day and month
/// fine); a time after the date (`T10:00`, ` 00:00:00`) is ignored. A
/// two-digit year is refused as ambiguous. On failure, says why.
pub(crate) fn parse_date(text: &str) -> Result<Date, DateError> {
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
        return Err(DateError::Unreadable);
    }
    let num = |s: &str| s.parse::<i16>().unwrap_or(0);
    let (year, month, day, day_first) = if parts[0].len() == 4 && parts[1].len() <= 2 && parts[2].len() <= 2 {
        (num(parts[0]), num(parts[1]), num(parts[2]), false)
    } else if parts[2].len() == 4 && parts[0].len() <= 2 && parts[1].len() <= 2 {
        (num(parts[2]), num(parts[1]), num(parts[0]), true)
    } else if parts[2].len() == 2 && parts[0].len() <= 2 && parts[1].len() <= 2 {
        return Err(DateError::TwoDigitYear);
    } else {
        return Err(DateError::Unreadable);
    };
    if !YEARS.contains(&year) {
        return Err(DateError::YearOutOfRange { year });
    }
    Date::new(year, month as i8, day as i8).map_err(|_| {
        if day_first && month > 12 && (1..=12).contains(&day) {
            DateError::MonthDayOrder
        } else {
            DateError::NoSuchDay
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
        assert_eq!(parse_date("15/01/24"), Err(DateError::TwoDigitYear));
        assert_eq!(parse_date("01/15/2024"), Err(DateError::MonthDayOrder));
        assert_eq!(parse_date("31/02/2024"), Err(DateError::NoSuchDay));
        assert_eq!(parse_date("2024-13-01"), Err(DateError::NoSuchDay));
        assert_eq!(parse_date("45306"), Err(DateError::Unreadable));
        assert_eq!(parse_date(""), Err(DateError::Unreadable));
        assert_eq!(parse_date("hier"), Err(DateError::Unreadable));
        assert_eq!(parse_date("0001-01-01"), Err(DateError::YearOutOfRange { year: 1 }));
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
