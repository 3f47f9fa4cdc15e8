//! Ecosystem maps: the firm at the centre; its immediate network (suppliers, key
//! customers, local associations, trusted competitors); its extended network (industry
//! bodies, research institutions, technology providers, government); and the enabling
//! environment (regulation, market trends, norms). For each partner: its sector, what it
//! brings, what the firm brings it, and how strong the tie is.
//!
//! Pure data and functions: the model, what the map shows (insights), what changed between
//! versions (diff), versions saved in parallel merged (merge) and all of that in sentences. The store reads and writes maps, the
//! renderers in the report module draw them, the CLI and the TUI show them.

pub mod diff;
pub mod insights;
pub mod merge;
mod merge_sentence;
pub mod model;
mod sentences;
#[cfg(test)]
mod tests;

pub use diff::{Changes, LayerMove, TieChange, baseline, diff};
pub use insights::{
    Concentration, Diversity, Holder, Insights, LayerCount, LayerStatus, ResourceCount,
    SectorShare, insights, insights_at, latest_insights, resolved_insights,
};
pub use merge::{Merge, PartnerNote, Resolved, Version, resolve, resolve_at};
pub use model::{
    EcosystemMap, FIRST_LINEAGE_VERSION, FIRST_SEALED_VERSION, Layer, MAX_TIE, MIN_TIE, Partner,
    Relationship, ResourceKind, SCHEMA_VERSION, sector_key, slug,
};
pub use sentences::{
    NotesAt, advice_hints, change_items, changes_sentence, diversity_sentence, map_summary,
    no_map_sentence, notes_at, partners, percent, resource_kinds, results_lines, tie_dots,
};
