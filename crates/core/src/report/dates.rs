//! Dates in the reader's own format, chosen from the locale the shell reads from the
//! environment. Pure: the locale comes in as text.

use chrono::NaiveDate;

use crate::assessment::Timestamp;

/// How reports write dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DateStyle {
    /// `2025-01-31`: for the C/POSIX locale, no locale, and year-first regions.
    #[default]
    Iso,
    /// `31/01/2025`, or `31.01.2025` where the region writes dots.
    DayMonthYear {
        /// The character between day, month and year.
        separator: char,
    },
    /// `01/31/2025`, as in the United States.
    MonthDayYear,
}

/// Regions that write the month first.
const MONTH_FIRST: &[&str] = &["US", "PH", "FM", "MH", "PW"];

/// Regions that write the year first, like ISO 8601.
const YEAR_FIRST: &[&str] = &["CA", "CN", "HU", "JP", "KR", "LT", "MN", "SE", "TW", "ZA"];

/// Regions that separate day, month and year with dots.
const DOTS: &[&str] = &[
    "AM", "AT", "AZ", "BG", "BY", "CH", "CZ", "DE", "EE", "FI", "HR", "IS", "KZ", "LI", "LU", "LV",
    "MK", "NO", "PL", "RO", "RS", "RU", "SI", "SK", "TR", "UA",
];

/// Regions that separate day, month and year with hyphens.
const HYPHENS: &[&str] = &["DK", "NL"];

impl DateStyle {
    /// The style of a POSIX locale name such as `de_DE.UTF-8` or `en_US`, decided by its
    /// region; `C`, `POSIX` and names without a region give [`DateStyle::Iso`].
    pub fn from_locale(locale: &str) -> Self {
        let name = locale.split(['.', '@']).next().unwrap_or_default();
        let Some((_language, region)) = name.split_once(['_', '-']) else {
            return DateStyle::Iso;
        };
        let region = region.to_ascii_uppercase();
        let region = region.as_str();
        if MONTH_FIRST.contains(&region) {
            DateStyle::MonthDayYear
        } else if YEAR_FIRST.contains(&region) || region.len() != 2 {
            DateStyle::Iso
        } else if DOTS.contains(&region) {
            DateStyle::DayMonthYear { separator: '.' }
        } else if HYPHENS.contains(&region) {
            DateStyle::DayMonthYear { separator: '-' }
        } else {
            DateStyle::DayMonthYear { separator: '/' }
        }
    }

    /// The style of the locale that governs dates: the first of `LC_ALL`, `LC_TIME` and
    /// `LANG` that is set and not empty, as POSIX orders them. `lookup` reads one variable
    /// (the shells pass the process environment; tests pass a table).
    pub fn from_environment(lookup: impl Fn(&str) -> Option<String>) -> Self {
        ["LC_ALL", "LC_TIME", "LANG"]
            .into_iter()
            .filter_map(&lookup)
            .find(|value| !value.trim().is_empty())
            .map_or(DateStyle::Iso, |locale| Self::from_locale(locale.trim()))
    }

    /// A calendar date in this style.
    pub fn date(self, date: NaiveDate) -> String {
        match self {
            DateStyle::Iso => date.format("%Y-%m-%d").to_string(),
            DateStyle::DayMonthYear { separator: s } => {
                date.format(&format!("%d{s}%m{s}%Y")).to_string()
            }
            DateStyle::MonthDayYear => date.format("%m/%d/%Y").to_string(),
        }
    }

    /// The date of a timestamp, on the day it was recorded (in its own offset).
    pub fn date_of(self, at: &Timestamp) -> String {
        self.date(at.date_naive())
    }

    /// Date and 24-hour time of a timestamp with its offset: `31.01.2025 14:05 (+01:00)`.
    pub fn date_time_of(self, at: &Timestamp) -> String {
        format!(
            "{} {}",
            self.date(at.date_naive()),
            at.format("%H:%M (%:z)")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_region_decides_the_order_and_separator() {
        assert_eq!(
            DateStyle::from_locale("en_US.UTF-8"),
            DateStyle::MonthDayYear
        );
        assert_eq!(
            DateStyle::from_locale("en_GB.UTF-8"),
            DateStyle::DayMonthYear { separator: '/' }
        );
        assert_eq!(
            DateStyle::from_locale("de_DE.UTF-8@euro"),
            DateStyle::DayMonthYear { separator: '.' }
        );
        assert_eq!(
            DateStyle::from_locale("nl_NL"),
            DateStyle::DayMonthYear { separator: '-' }
        );
        assert_eq!(DateStyle::from_locale("sv_SE.UTF-8"), DateStyle::Iso);
        assert_eq!(DateStyle::from_locale("C.UTF-8"), DateStyle::Iso);
        assert_eq!(DateStyle::from_locale("POSIX"), DateStyle::Iso);
        assert_eq!(DateStyle::from_locale("fr"), DateStyle::Iso);
    }

    #[test]
    fn lc_all_wins_over_lc_time_over_lang_and_empty_values_are_skipped() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        let all = env(&[("LC_ALL", "en_US"), ("LC_TIME", "de_DE"), ("LANG", "C")]);
        assert_eq!(DateStyle::from_environment(all), DateStyle::MonthDayYear);
        let time = env(&[("LC_ALL", ""), ("LC_TIME", "de_DE"), ("LANG", "en_US")]);
        assert_eq!(
            DateStyle::from_environment(time),
            DateStyle::DayMonthYear { separator: '.' }
        );
        assert_eq!(DateStyle::from_environment(env(&[])), DateStyle::Iso);
    }

    #[test]
    fn dates_are_written_in_the_style_on_the_day_they_were_recorded() {
        // 23:30 at -05:00 is already the next day in UTC; the report keeps the local day.
        let at = chrono::DateTime::parse_from_rfc3339("2025-01-31T23:30:00-05:00").unwrap();
        let at = &at;
        assert_eq!(DateStyle::Iso.date_of(at), "2025-01-31");
        assert_eq!(DateStyle::MonthDayYear.date_of(at), "01/31/2025");
        let dots = DateStyle::DayMonthYear { separator: '.' };
        assert_eq!(dots.date_time_of(at), "31.01.2025 23:30 (-05:00)");
    }
}
