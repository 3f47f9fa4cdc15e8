//! A score before and after, and which way it moved.

use serde::Serialize;

use crate::noise::{Noise, no_estimate, real_change, within_noise};
use crate::scoring::Score;

/// Changes smaller than this (in points on 0-100) count as "unchanged": the sign of a
/// change. Whether it is more than measurement noise is [`Delta::verdict`].
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
    /// The area's smallest real change and where it comes from; none when there is no
    /// estimate (see [`crate::noise`]).
    pub noise: Option<Noise>,
}

/// Whether a change is more than measurement noise; in JSON `real`, `within noise`,
/// `no estimate` or `not comparable`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Verdict {
    /// At least the area's MDC95.
    #[serde(rename = "real")]
    Real,
    /// Smaller than the area's MDC95.
    #[serde(rename = "within noise")]
    WithinNoise,
    /// The area has no MDC95: the change is neither called real nor noise.
    #[serde(rename = "no estimate")]
    NoEstimate,
    /// One side has no score.
    #[serde(rename = "not comparable")]
    NotComparable,
}

impl Verdict {
    /// The JSON value: `real`, `within noise`, `no estimate` or `not comparable`.
    pub fn key(self) -> &'static str {
        match self {
            Verdict::Real => "real",
            Verdict::WithinNoise => "within noise",
            Verdict::NoEstimate => "no estimate",
            Verdict::NotComparable => "not comparable",
        }
    }

    /// "real change", "within measurement noise", "no estimate of measurement noise",
    /// "not comparable".
    pub fn words(self) -> &'static str {
        match self {
            Verdict::Real => real_change(),
            Verdict::WithinNoise => within_noise(),
            Verdict::NoEstimate => no_estimate(),
            Verdict::NotComparable => crate::tr!("core-not-comparable"),
        }
    }
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
            noise: None,
        }
    }

    /// The same change judged against `noise`.
    pub fn with_noise(self, noise: Option<Noise>) -> Self {
        Self { noise, ..self }
    }

    /// Whether the change is more than measurement noise.
    pub fn verdict(&self) -> Verdict {
        match (self.change, self.noise) {
            (None, _) => Verdict::NotComparable,
            (Some(_), None) => Verdict::NoEstimate,
            (Some(change), Some(noise)) if noise.is_real(change) => Verdict::Real,
            (Some(_), Some(_)) => Verdict::WithinNoise,
        }
    }

    /// The change is at least its area's MDC95.
    pub fn is_real(&self) -> bool {
        self.verdict() == Verdict::Real
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

    #[test]
    fn a_change_is_real_from_the_mdc95_on_either_way() {
        let noise = Some(Noise {
            mdc95: 10.0,
            source: crate::noise::NoiseSource::QuestionnaireDefault,
        });
        let judged = |b: f64, a: f64| Delta::new(Some(b), Some(a)).with_noise(noise).verdict();
        assert_eq!(judged(50.0, 59.9), Verdict::WithinNoise);
        assert_eq!(judged(50.0, 60.0), Verdict::Real);
        assert_eq!(judged(50.0, 40.0), Verdict::Real);
        assert_eq!(judged(50.0, 41.0), Verdict::WithinNoise);
        let no_estimate = Delta::new(Some(0.0), Some(100.0)).verdict();
        assert_eq!(no_estimate, Verdict::NoEstimate);
        let unknown = Delta::new(None, Some(1.0)).with_noise(noise).verdict();
        assert_eq!(unknown, Verdict::NotComparable);
    }
}
