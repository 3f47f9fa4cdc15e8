//! What History lists: the search typed after `/` and the status, round and advisor
//! filters, over
//! Home's listing, and the organizations and assessments left.
//!
//! One pass over the rows per key or frame, lowercasing the query once, so History stays
//! quick with ten thousand assessments.

use std::collections::HashMap;

use crate::assessment::Status;
use crate::text::same_name;
use crate::tui::screens::home::Row;

/// The search and the filters; the default lists everything.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filter {
    /// Text searched for in organizations, respondents, rounds and sectors (ignoring
    /// case); empty: no search.
    pub query: String,
    /// Only drafts, or only complete assessments.
    pub status: Option<Status>,
    /// Only this round (compared ignoring case).
    pub round: Option<String>,
    /// Only this advisor's assessments (compared ignoring case).
    pub advisor: Option<String>,
}

impl Filter {
    /// Whether anything is left out.
    pub fn is_active(&self) -> bool {
        !self.query.trim().is_empty()
            || self.status.is_some()
            || self.round.is_some()
            || self.advisor.is_some()
    }

    /// The next status filter: all, drafts, complete, all again.
    pub fn cycle_status(&mut self) {
        self.status = match self.status {
            None => Some(Status::Draft),
            Some(Status::Draft) => Some(Status::Complete),
            Some(Status::Complete) => None,
        };
    }

    /// The next round filter among the rounds of `rows` (sorted ignoring case), then all
    /// again; `false` when no assessment has a round label.
    pub fn cycle_round(&mut self, rows: &[Row]) -> bool {
        cycle(
            &mut self.round,
            labels(rows.iter().filter_map(|r| r.round.as_deref())),
        )
    }

    /// The next advisor filter among the advisors of `rows` (sorted ignoring case), then
    /// all again; `false` when no assessment has an advisor.
    pub fn cycle_advisor(&mut self, rows: &[Row]) -> bool {
        cycle(
            &mut self.advisor,
            labels(rows.iter().filter_map(|r| r.advisor.as_deref())),
        )
    }
}

/// Moves `current` to the label after it in `labels`, from none to the first and from
/// the last to none; `false` (and none) when there are no labels.
fn cycle(current: &mut Option<String>, labels: Vec<String>) -> bool {
    if labels.is_empty() {
        *current = None;
        return false;
    }
    let at = current
        .as_deref()
        .and_then(|now| labels.iter().position(|l| same_name(l, now)));
    *current = match at {
        None => labels.first().cloned(),
        Some(i) => labels.get(i + 1).cloned(),
    };
    true
}

/// The distinct labels given, sorted ignoring case, each as first written.
fn labels<'a>(given: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut seen: HashMap<String, String> = HashMap::new();
    for label in given {
        let label = label.trim();
        if !label.is_empty() {
            seen.entry(label.to_lowercase())
                .or_insert_with(|| label.to_string());
        }
    }
    let mut labels: Vec<(String, String)> = seen.into_iter().collect();
    labels.sort();
    labels.into_iter().map(|(_, label)| label).collect()
}

/// The rows the filter keeps, in listing order (newest first).
pub fn visible<'a>(rows: &'a [Row], filter: &Filter) -> Vec<&'a Row> {
    let query = filter.query.trim().to_lowercase();
    let round = filter.round.as_deref().map(|r| r.trim().to_lowercase());
    let advisor = filter.advisor.as_deref().map(|a| a.trim().to_lowercase());
    // Labels compared as `same_name` does, with the wanted one lowercased once.
    let keeps = |wanted: &Option<String>, label: Option<&str>| {
        wanted
            .as_deref()
            .is_none_or(|wanted| label.is_some_and(|l| l.trim().to_lowercase() == wanted))
    };
    rows.iter()
        .filter(|row| filter.status.is_none_or(|status| row.status == status))
        .filter(|row| keeps(&round, row.round.as_deref()))
        .filter(|row| keeps(&advisor, row.advisor.as_deref()))
        .filter(|row| query.is_empty() || matches_query(row, &query))
        .collect()
}

/// Whether the organization, respondent, round or sector of `row` holds `query`
/// (already lowercase).
fn matches_query(row: &Row, query: &str) -> bool {
    let holds = |text: &str| text.to_lowercase().contains(query);
    holds(&row.organization)
        || holds(&row.respondent)
        || row.round.as_deref().is_some_and(holds)
        || holds(&row.sector)
}

/// The organizations in `rows` with how many assessments each has, by name.
pub fn organizations(rows: &[&Row]) -> Vec<(String, usize)> {
    // One pass with a map from the name as compared (see `text::same_name`).
    let mut found: Vec<(String, usize)> = Vec::new();
    let mut position: HashMap<String, usize> = HashMap::new();
    for row in rows {
        let key = row.organization.trim().to_lowercase();
        match position.get(&key) {
            Some(&at) => found[at].1 += 1,
            None => {
                position.insert(key, found.len());
                found.push((row.organization.clone(), 1));
            }
        }
    }
    found.sort_by_cached_key(|(name, _)| name.to_lowercase());
    found
}

/// The assessments of one organization in `rows`, newest first.
pub fn rows_of<'a>(rows: &[&'a Row], organization: &str) -> Vec<&'a Row> {
    rows.iter()
        .copied()
        .filter(|r| same_name(&r.organization, organization))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::Mode;

    fn row(organization: &str, respondent: &str, round: Option<&str>, status: Status) -> Row {
        Row {
            id: format!("{organization}-{respondent}"),
            organization: organization.into(),
            respondent: respondent.into(),
            round: round.map(Into::into),
            started: "2026-01-01".into(),
            status,
            overall: None,
            band: None,
            answered: 0,
            mode: Mode::Interview,
            sector: "Food processing".into(),
            advisor: None,
            updated_at: Default::default(),
        }
    }

    fn rows() -> Vec<Row> {
        vec![
            row("Alder Bakery", "Robin", Some("Baseline"), Status::Complete),
            row("alder bakery", "Kim", Some("Q3 check-in"), Status::Draft),
            row("Birch Logistics", "Sam", None, Status::Complete),
        ]
    }

    fn ids(rows: &[&Row]) -> Vec<String> {
        rows.iter().map(|r| r.id.clone()).collect()
    }

    #[test]
    fn the_search_looks_at_organization_respondent_round_and_sector_ignoring_case() {
        let rows = rows();
        let search = |query: &str| {
            let filter = Filter {
                query: query.into(),
                ..Filter::default()
            };
            ids(&visible(&rows, &filter))
        };
        assert_eq!(search("BIRCH"), ["Birch Logistics-Sam"]);
        assert_eq!(search("kim"), ["alder bakery-Kim"]);
        assert_eq!(search("q3"), ["alder bakery-Kim"]);
        assert_eq!(search("processing").len(), 3);
        assert_eq!(search("  ").len(), 3);
        assert!(search("nobody").is_empty());
    }

    #[test]
    fn status_and_round_filters_combine_with_the_search() {
        let rows = rows();
        let mut filter = Filter::default();
        filter.cycle_status();
        assert_eq!(ids(&visible(&rows, &filter)), ["alder bakery-Kim"]);
        filter.cycle_status();
        assert_eq!(visible(&rows, &filter).len(), 2);
        filter.cycle_status();
        assert!(!filter.is_active());
        // Rounds sorted ignoring case: Baseline, Q3 check-in, then all again.
        assert!(filter.cycle_round(&rows));
        assert_eq!(filter.round.as_deref(), Some("Baseline"));
        assert_eq!(ids(&visible(&rows, &filter)), ["Alder Bakery-Robin"]);
        assert!(filter.cycle_round(&rows));
        assert_eq!(filter.round.as_deref(), Some("Q3 check-in"));
        filter.query = "robin".into();
        assert!(visible(&rows, &filter).is_empty());
        assert!(filter.cycle_round(&rows));
        assert_eq!(filter.round, None);
        assert!(!Filter::default().cycle_round(&rows[2..]));
    }

    #[test]
    fn the_advisor_filter_keeps_one_advisors_assessments_whatever_the_case() {
        let mut rows = rows();
        rows[0].advisor = Some("Ana Rossi".into());
        rows[1].advisor = Some("ana rossi ".into());
        rows[2].advisor = Some("Ben Ode".into());
        let mut filter = Filter::default();
        assert!(filter.cycle_advisor(&rows));
        assert_eq!(filter.advisor.as_deref(), Some("Ana Rossi"));
        assert!(filter.is_active());
        assert_eq!(
            ids(&visible(&rows, &filter)),
            ["Alder Bakery-Robin", "alder bakery-Kim"]
        );
        assert!(filter.cycle_advisor(&rows));
        assert_eq!(ids(&visible(&rows, &filter)), ["Birch Logistics-Sam"]);
        assert!(filter.cycle_advisor(&rows));
        assert_eq!(filter.advisor, None);
        assert!(!Filter::default().cycle_advisor(&self::rows()));
    }

    #[test]
    fn organizations_count_the_visible_rows_of_each_firm_whatever_its_case() {
        let rows = rows();
        let all: Vec<&Row> = rows.iter().collect();
        assert_eq!(
            organizations(&all),
            [
                ("Alder Bakery".to_string(), 2),
                ("Birch Logistics".to_string(), 1)
            ]
        );
        assert_eq!(rows_of(&all, "ALDER BAKERY").len(), 2);
    }
}
