//! Numbers as each language writes them, after CLDR's rules for the languages ecoready
//! speaks: the decimal sign (a comma in German and Spanish), the grouping of thousands
//! (Spanish groups only from five digits on) and the percent sign (German and Spanish put
//! a no-break space before it).

use super::{Lang, current};

/// What one language writes around the digits.
struct Symbols {
    decimal: char,
    group: char,
    /// Digits an integer part needs before it is grouped at all (CLDR's
    /// `minimumGroupingDigits` plus three).
    group_from: usize,
    percent: &'static str,
}

fn symbols(lang: Lang) -> Symbols {
    match lang {
        Lang::En | Lang::Pseudo => Symbols {
            decimal: '.',
            group: ',',
            group_from: 4,
            percent: "%",
        },
        Lang::De => Symbols {
            decimal: ',',
            group: '.',
            group_from: 4,
            percent: "\u{a0}%",
        },
        Lang::Es => Symbols {
            decimal: ',',
            group: '.',
            group_from: 5,
            percent: "\u{a0}%",
        },
    }
}

/// `value` with `places` decimals, in the current language (`3.5` is `3,5` in German).
pub fn decimal(value: f64, places: usize) -> String {
    decimal_in(current(), value, places)
}

/// `value` with `places` decimals and its sign always shown (`+0.4`, `-1.0`); zero
/// shows no sign (`0.0`).
pub fn signed_decimal(value: f64, places: usize) -> String {
    let shown = decimal(value, places);
    let is_zero = shown.chars().all(|c| !c.is_ascii_digit() || c == '0');
    if is_zero {
        decimal(0.0, places)
    } else if value > 0.0 {
        format!("+{shown}")
    } else {
        shown
    }
}

/// A whole number in the current language (`40,000` in English, `40.000` in German).
pub fn integer(value: impl Into<i64>) -> String {
    decimal_in(current(), value.into() as f64, 0)
}

/// `value` (already a percentage, `45.0` for 45 %) with `places` decimals and the
/// language's percent sign.
pub fn percent(value: f64, places: usize) -> String {
    let lang = current();
    format!(
        "{}{}",
        decimal_in(lang, value, places),
        symbols(lang).percent
    )
}

/// `value` with `places` decimals in `lang`.
pub(super) fn decimal_in(lang: Lang, value: f64, places: usize) -> String {
    let symbols = symbols(lang);
    let plain = format!("{:.*}", places, value.abs());
    let (whole, fraction) = plain.split_once('.').unwrap_or((plain.as_str(), ""));
    let negative = value < 0.0 && plain.chars().any(|c| c.is_ascii_digit() && c != '0');
    let mut out = String::with_capacity(plain.len() + 4);
    if negative {
        out.push('-');
    }
    if whole.len() >= symbols.group_from {
        for (i, digit) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i) % 3 == 0 {
                out.push(symbols.group);
            }
            out.push(digit);
        }
    } else {
        out.push_str(whole);
    }
    if !fraction.is_empty() {
        out.push(symbols.decimal);
        out.push_str(fraction);
    }
    out
}
