//! Text from files and the keyboard, made fit to show: the one place that sanitizes it
//! for a terminal ([`sanitize`]), escapes it for HTML, SVG, Markdown and JSON
//! ([`escape_html`], [`escape_markdown`], [`escape_hidden_in_json`]) and wraps it into
//! lines ([`wrap`], [`wrap_within`]). Every renderer uses these, so a name is cleaned,
//! escaped and wrapped the same way on the screen, in a report and in a drawing.

mod escape;
mod sanitize;
mod wrap;

pub use escape::{
    escape_hidden_in_json, escape_html, escape_html_multiline, escape_markdown, escape_xml,
    markdown_code,
};
pub use sanitize::{is_hidden, is_invisible_format, sanitize, strip_hidden};
pub use wrap::{LongWords, wrap, wrap_within};

/// Whether two names (organizations, round labels) are the same to a person: case and
/// surrounding spaces do not matter.
pub fn same_name(a: &str, b: &str) -> bool {
    name_key(a) == name_key(b)
}

/// What [`same_name`] compares: equal keys, the same name. For sets of names, where
/// comparing each name with every other would be quadratic in the organizations.
pub fn name_key(name: &str) -> String {
    name.trim().to_lowercase()
}

/// Names in a sentence: "A", "A and B", "A, B and C" (the "and" in the current language).
pub fn and_list(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [first @ .., last] => crate::tr!(
            "core-and-list",
            first = first.join(", "),
            last = last.as_str()
        ),
    }
}

/// A number with as many decimals as it has (`40`, `62.5`), as the current language
/// writes it (`62,5` in German).
pub fn plain_number(value: f64) -> String {
    let plain = value.to_string();
    let places = plain
        .split_once('.')
        .map_or(0, |(_, fraction)| fraction.len());
    crate::i18n::decimal(value, places)
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_match_ignoring_case_and_surrounding_spaces() {
        assert!(super::same_name(" Alder Bakery ", "alder bakery"));
        assert!(!super::same_name("Alder Bakery", "Alder  Bakery"));
    }
}
