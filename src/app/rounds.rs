//! The round labels an organization already has, offered when a new assessment is set
//! up, and the hint for a label typed that differs from one of them only in case, spaces
//! or punctuation ("Q3 checkin" beside "Q3 check-in"), which would split one round in two.

use crate::store::Store;
use crate::text::same_name;

/// The round labels `organization` has in the store's listing, newest first; none when
/// nothing can be listed (a new label is then typed, as for a new organization).
pub fn organization_rounds(store: &Store, organization: &str) -> Vec<String> {
    let listing = store.summaries();
    let pairs = listing.summaries.iter().map(|s| {
        let a = &s.assessment;
        (a.organization.name.as_str(), a.round.as_deref())
    });
    rounds_of(pairs, organization)
}

/// The distinct round labels of `organization` (names compared as History compares
/// them) among `(organization, round)` pairs, in the order given (a listing's newest
/// first); labels that differ only in case are one.
pub fn rounds_of<'a>(
    pairs: impl IntoIterator<Item = (&'a str, Option<&'a str>)>,
    organization: &str,
) -> Vec<String> {
    let mut labels: Vec<String> = Vec::new();
    for (org, round) in pairs {
        let Some(round) = round.map(str::trim).filter(|r| !r.is_empty()) else {
            continue;
        };
        if same_name(org, organization) && !labels.iter().any(|l| same_name(l, round)) {
            labels.push(round.to_string());
        }
    }
    labels
}

/// The existing label `typed` probably means: one written with the same letters and
/// digits but not the same text (case, spaces, dashes or dots differ). `None` when
/// `typed` is one of them exactly or like none.
pub fn similar_round<'a>(typed: &str, existing: &'a [String]) -> Option<&'a str> {
    let key = |label: &str| -> String {
        label
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let typed = typed.trim();
    let wanted = key(typed);
    if wanted.is_empty() || existing.iter().any(|l| l == typed) {
        return None;
    }
    existing
        .iter()
        .find(|l| key(l) == wanted)
        .map(String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rounds_of_one_organization_newest_first_without_repeats() {
        let pairs = [
            ("Alder Bakery", Some("Q3 check-in")),
            ("Birch", Some("baseline 2")),
            ("alder bakery ", Some("baseline")),
            ("Alder Bakery", Some("BASELINE")),
            ("Alder Bakery", None),
            ("Alder Bakery", Some("  ")),
        ];
        assert_eq!(
            rounds_of(pairs, "Alder Bakery"),
            vec!["Q3 check-in".to_string(), "baseline".to_string()]
        );
        assert!(rounds_of(pairs, "Cedar").is_empty());
    }

    #[test]
    fn a_label_like_an_existing_one_is_pointed_at_it() {
        let existing = vec!["Q3 check-in".to_string(), "baseline".to_string()];
        assert_eq!(similar_round("Q3 checkin", &existing), Some("Q3 check-in"));
        assert_eq!(similar_round("q3 Check In", &existing), Some("Q3 check-in"));
        assert_eq!(similar_round("Base line", &existing), Some("baseline"));
        // The same label, a new one, or nothing typed: no hint.
        assert_eq!(similar_round("Q3 check-in", &existing), None);
        assert_eq!(similar_round("Q4 check-in", &existing), None);
        assert_eq!(similar_round("", &existing), None);
        assert_eq!(similar_round(" - ", &existing), None);
    }
}
