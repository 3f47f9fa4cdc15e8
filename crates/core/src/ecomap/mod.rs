//! Ecosystem maps: the firm at the centre; its immediate network (suppliers, key
//! customers, local associations, trusted competitors); its extended network (industry
//! bodies, research institutions, technology providers, government); and the enabling
//! environment (regulation, market trends, norms). For each partner: its sector, what it
//! brings, what the firm brings it, and how strong the tie is.
//!
//! Pure data and functions: the store reads and writes maps, the CLI and the TUI show them.

pub mod diff;
pub mod insights;
pub mod model;
pub mod report;
mod sentences;
mod svg;
pub mod text;

pub use diff::{Changes, LayerMove, TieChange, baseline, diff};
pub use insights::{
    Concentration, Diversity, Holder, Insights, LayerCount, LayerStatus, ResourceCount,
    SectorShare, insights, insights_at, latest_insights,
};
pub use model::{
    EcosystemMap, Layer, MAX_TIE, MIN_TIE, Partner, Relationship, ResourceKind, SCHEMA_VERSION,
    sector_key, slug,
};
pub use sentences::{
    NotesAt, advice_hints, changes_sentence, diversity_sentence, no_map_sentence, notes_at,
    partners, percent, results_lines, tie_dots,
};
