//! Conflict copies, git markers and the per-answer merge, checked against outcomes worked
//! out by hand.

mod merging;
mod names_and_markers;
