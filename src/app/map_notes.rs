//! What an organization's ecosystem map says beside an assessment's results.

use crate::assessment::Timestamp;
use crate::store::Store;
use crate::tr;

/// Sentences about the organization's ecosystem map, shown with the results beside
/// complementary strengths.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MapNotes {
    /// The day the version shown was saved (`YYYY-MM-DD`), when one is shown.
    pub saved: Option<String>,
    /// What the map shows: thin layers, missing resources, concentration, changes.
    pub lines: Vec<String>,
    /// Next steps that point at the gaps.
    pub hints: Vec<String>,
}

/// What an organization's ecosystem map shows: the version that stood at `moment` (the
/// latest without one; versions saved in parallel by then merged, and said so). An organization without a map gets no notes; one whose first map
/// came later says so; a map that cannot be read says so rather than blocking the results.
pub fn map_notes(store: &Store, organization: &str, moment: Option<&Timestamp>) -> MapNotes {
    match store.map_lineage_of(organization) {
        Ok(versions) => crate::ecomap::notes_at(&versions, moment)
            .map(|notes| MapNotes {
                saved: notes.saved_at.map(|at| at.format("%Y-%m-%d").to_string()),
                lines: notes.lines,
                hints: notes.hints,
            })
            .unwrap_or_default(),
        Err(e) => MapNotes {
            saved: None,
            lines: vec![tr!("app-map-unreadable", reason = format!("{e:#}"))],
            hints: Vec::new(),
        },
    }
}
