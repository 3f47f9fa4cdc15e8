//! Ecosystem maps: the firm at the centre; its immediate network (suppliers, key
//! customers, local associations, trusted competitors); its extended network (industry
//! bodies, research institutions, technology providers, government); and the enabling
//! environment (regulation, market trends, norms). For each partner: its sector, what it
//! brings, what the firm brings it, and how strong the tie is.
//!
//! Pure data and functions: the model, what the map shows (insights), what changed between
//! versions (diff) and all of that in sentences. The store reads and writes maps, the
//! renderers in the report module draw them, the CLI and the TUI show them.

pub mod diff;
pub mod insights;
pub mod model;
mod sentences;

pub use diff::{Changes, LayerMove, TieChange, baseline, diff};
pub use insights::{
    Concentration, Diversity, Holder, Insights, LayerCount, LayerStatus, ResourceCount,
    SectorShare, insights, insights_at, latest_insights,
};
pub use model::{
    EcosystemMap, FIRST_SEALED_VERSION, Layer, MAX_TIE, MIN_TIE, Partner, Relationship,
    ResourceKind, SCHEMA_VERSION, sector_key, slug,
};
pub use sentences::{
    NotesAt, advice_hints, change_items, changes_sentence, diversity_sentence, map_summary,
    no_map_sentence, notes_at, partners, percent, resource_kinds, results_lines, tie_dots,
};
