//! A score before and after, and which way it moved.

use serde::Serialize;

use crate::scoring::Score;

/// Changes smaller than this (in points on 0-100) count as "unchanged".
pub const SAME_WITHIN: f64 = 0.05;

/// Which way a score moved; in JSON `up`, `down`, `same` or `unknown`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Higher after.
    Up,
    /// Lower after.
    Down,
    /// Within [`SAME_WITHIN`].
    Same,
    /// One side has no score.
    Unknown,
}

impl Direction {
    /// The symbol shown next to a change (never colour alone).
    pub fn mark(self) -> &'static str {
        match self {
            Direction::Up => "▲",
            Direction::Down => "▼",
            Direction::Same => "=",
            Direction::Unknown => "?",
        }
    }

    /// The change in a word.
    pub fn word(self) -> &'static str {
        match self {
            Direction::Up => "improved",
            Direction::Down => "declined",
            Direction::Same => "unchanged",
            Direction::Unknown => "not comparable",
        }
    }
}

/// A score before and after, and the change.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Delta {
    /// Score before, 0-100.
    pub before: Option<f64>,
    /// Score after, 0-100.
    pub after: Option<f64>,
    /// `after - before`, when both exist.
    pub change: Option<f64>,
    /// Which way it moved.
    pub direction: Direction,
    /// In a comparison: the items of this area both sides answered with a value, which
    /// the change rests on.
    pub items: Option<usize>,
    /// In a comparison: the items of this area both questionnaires have.
    pub shared: Option<usize>,
}

impl Delta {
    /// The change from `before` to `after`.
    pub fn new(before: Option<f64>, after: Option<f64>) -> Self {
        let change = before.zip(after).map(|(b, a)| a - b);
        let direction = match change {
            None => Direction::Unknown,
            Some(c) if c.abs() < SAME_WITHIN => Direction::Same,
            Some(c) if c > 0.0 => Direction::Up,
            Some(_) => Direction::Down,
        };
        Self {
            before,
            after,
            change,
            direction,
            items: None,
            shared: None,
        }
    }

    /// The change between two like-for-like scores of one area (see
    /// [`super::like_for_like`]): resting on the items both sides answered, of the items
    /// both questionnaires have.
    pub fn like_for_like(before: &Score, after: &Score) -> Self {
        Self {
            items: Some(before.answered.min(after.answered)),
            shared: Some(before.total.min(after.total)),
            ..Self::new(before.value, after.value)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_below_the_threshold_are_unchanged() {
        // 50.04 - 50 = 0.04 < 0.05.
        assert_eq!(
            Delta::new(Some(50.0), Some(50.04)).direction,
            Direction::Same
        );
        assert_eq!(Delta::new(Some(50.0), Some(50.06)).direction, Direction::Up);
        assert_eq!(
            Delta::new(Some(50.0), Some(49.9)).direction,
            Direction::Down
        );
        assert_eq!(Delta::new(None, Some(49.9)).direction, Direction::Unknown);
    }
}
