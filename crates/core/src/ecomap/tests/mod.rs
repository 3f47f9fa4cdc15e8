//! Merging map versions saved in parallel, checked against outcomes worked out by hand.

mod merging;
