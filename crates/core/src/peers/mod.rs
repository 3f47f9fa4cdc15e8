//! Where a firm stands among its peers: the percentile of an assessment's overall and
//! dimension scores among the other organizations of the data directory on the same
//! questionnaire version (each once, with its latest complete check-in), overall and in
//! its sector, and against imported norms; and the norms a data directory exports. Pure;
//! `docs/norms.md` gives every formula with a worked example.
//!
//! - A local percentile needs at least [`MIN_OTHER_FIRMS`] other firms with a score in
//!   the area; with fewer it is "too few firms to compare (7 of 10)".
//! - Local percentiles are mid-ranks ([`rank::mid_rank`]); against norms the percentile is
//!   interpolated between deciles ([`rank::from_deciles`]). Each source gives its own
//!   figure, saying which firms it rests on: the two are never pooled.
//! - Norms hold only counts and deciles per questionnaire version, sector and area, with
//!   quarters for dates; no group of fewer than [`norms::MIN_GROUP`] firms.

mod firms;
pub mod norms;
pub mod rank;
mod standing;

pub use firms::{Entry, Firm, area_scores, area_scores_of, latest_check_ins};
pub use norms::{Norms, NormsArea, NormsGroup, Period, group_norms, quarter};
pub use standing::{
    AreaStanding, Group, PeerStanding, Placement, SourceStanding, Subject, heading, ordinal,
    standing, subject_areas, too_few_firms,
};

/// A local percentile needs at least this many other firms.
pub const MIN_OTHER_FIRMS: usize = 10;

/// The area id of the overall score.
pub const OVERALL: &str = "overall";

#[cfg(test)]
mod tests;
