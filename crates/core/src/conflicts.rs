//! Conflicts between copies of one assessment made on different machines: the copies
//! sync tools leave beside a file both sides changed, the conflict markers git writes into
//! one, and merging the versions answer by answer ([`merge`]). Pure: the store finds and
//! moves the files.

mod markers;
mod merge;
mod names;

pub use markers::{has_markers, split_sides};
pub use merge::{Difference, Merged, SideValue, merge};
pub use names::{CopyKind, ECOREADY_COPY_MARK, conflict_copy_of, ecoready_copy_stem};

#[cfg(test)]
mod tests;
