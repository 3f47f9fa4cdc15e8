//! McDonald's omega from a one-factor fit of the inter-item correlations.
//!
//! The fit is iterated principal axis factoring: start every item's communality at its
//! largest absolute correlation with another item, put the communalities on the diagonal
//! of the correlation matrix, take the largest eigenvalue `e` and its unit eigenvector `v`
//! (loadings `sqrt(e) * v`), set the communalities to the squared loadings, and repeat
//! until they change by less than [`TOLERANCE`]. Omega is then
//! `(sum of loadings)² / ((sum of loadings)² + sum of (1 - loading²))`, the reliability of
//! the sum of the standardized items under one common factor.
//!
//! Limits (also in `docs/evidence.md`): it assumes the items measure one thing (a
//! dimension made of facets may not), it reads standardized items while scores are
//! unstandardized means, and a fit whose loading reaches 1 (a Heywood case) or that does
//! not settle gives no omega, with the reason.

use super::stats::ZERO;

/// The fit has settled when no communality moves by more than this.
pub const TOLERANCE: f64 = 1e-9;
/// Iterations of the fit before it is given up as not settling.
const MAX_FIT_ITERATIONS: usize = 1000;
/// Power iterations for one eigenvector.
const MAX_POWER_ITERATIONS: usize = 10_000;

/// Why omega could not be estimated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OmegaProblem {
    /// The one-factor fit did not settle.
    NoFit,
    /// A loading reached 1: the fit explains more than all of an item.
    Heywood,
}

impl OmegaProblem {
    /// The reason in the words the reports show.
    pub fn words(self) -> &'static str {
        match self {
            OmegaProblem::NoFit => crate::tr!("report-evidence-omega-no-fit"),
            OmegaProblem::Heywood => crate::tr!("report-evidence-omega-heywood"),
        }
    }
}

/// Omega of items with correlation matrix `correlations` (square, ones on the diagonal).
pub fn omega(correlations: &[Vec<f64>]) -> Result<f64, OmegaProblem> {
    let loadings = one_factor_loadings(correlations)?;
    let sum: f64 = loadings.iter().sum();
    let unique: f64 = loadings.iter().map(|l| 1.0 - l * l).sum();
    let common = sum * sum;
    if common + unique <= ZERO {
        return Err(OmegaProblem::NoFit);
    }
    Ok(common / (common + unique))
}

/// The loadings of a one-factor principal axis fit, signed so that their sum is positive.
pub fn one_factor_loadings(correlations: &[Vec<f64>]) -> Result<Vec<f64>, OmegaProblem> {
    let k = correlations.len();
    let mut communalities: Vec<f64> = (0..k)
        .map(|i| {
            (0..k)
                .filter(|&j| j != i)
                .map(|j| correlations[i][j].abs())
                .fold(0.0, f64::max)
        })
        .collect();
    for _ in 0..MAX_FIT_ITERATIONS {
        let mut reduced = correlations.to_vec();
        for (i, row) in reduced.iter_mut().enumerate() {
            row[i] = communalities[i];
        }
        let (value, vector) = largest_eigen(&reduced).ok_or(OmegaProblem::NoFit)?;
        if value <= ZERO {
            return Err(OmegaProblem::NoFit);
        }
        let mut loadings: Vec<f64> = vector.iter().map(|v| v * value.sqrt()).collect();
        if loadings.iter().sum::<f64>() < 0.0 {
            loadings.iter_mut().for_each(|l| *l = -*l);
        }
        if loadings.iter().any(|l| l.abs() >= 1.0) {
            return Err(OmegaProblem::Heywood);
        }
        let next: Vec<f64> = loadings.iter().map(|l| l * l).collect();
        let moved = next
            .iter()
            .zip(&communalities)
            .map(|(a, b)| (a - b).abs())
            .fold(0.0, f64::max);
        communalities = next;
        if moved < TOLERANCE {
            return Ok(loadings);
        }
    }
    Err(OmegaProblem::NoFit)
}

/// The largest (most positive) eigenvalue of a symmetric matrix and its unit eigenvector,
/// by power iteration on the matrix shifted by its largest absolute row sum (which makes
/// every eigenvalue non-negative, so the largest is also the one power iteration finds).
fn largest_eigen(matrix: &[Vec<f64>]) -> Option<(f64, Vec<f64>)> {
    let k = matrix.len();
    let shift = matrix
        .iter()
        .map(|row| row.iter().map(|v| v.abs()).sum::<f64>())
        .fold(0.0, f64::max);
    let mut vector = vec![1.0 / (k as f64).sqrt(); k];
    for _ in 0..MAX_POWER_ITERATIONS {
        let mut next: Vec<f64> = (0..k)
            .map(|i| (0..k).map(|j| matrix[i][j] * vector[j]).sum::<f64>() + shift * vector[i])
            .collect();
        let norm = next.iter().map(|v| v * v).sum::<f64>().sqrt();
        if norm <= ZERO {
            return None;
        }
        next.iter_mut().for_each(|v| *v /= norm);
        let moved = next
            .iter()
            .zip(&vector)
            .map(|(a, b)| (a - b).abs())
            .fold(0.0, f64::max);
        vector = next;
        if moved < TOLERANCE * 1e-3 {
            break;
        }
    }
    // The Rayleigh quotient of the unshifted matrix.
    let value = (0..k)
        .map(|i| vector[i] * (0..k).map(|j| matrix[i][j] * vector[j]).sum::<f64>())
        .sum();
    Some((value, vector))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_items_recover_their_exact_loadings() {
        // Loadings .8, .7, .6 imply r12 = .56, r13 = .48, r23 = .42; three items identify
        // one factor exactly: l1 = sqrt(r12 r13 / r23) = sqrt(.2688 / .42) = .8.
        let r = vec![
            vec![1.0, 0.56, 0.48],
            vec![0.56, 1.0, 0.42],
            vec![0.48, 0.42, 1.0],
        ];
        let loadings = one_factor_loadings(&r).unwrap();
        for (got, want) in loadings.iter().zip([0.8, 0.7, 0.6]) {
            assert!((got - want).abs() < 1e-6, "{loadings:?}");
        }
        // Sum 2.1, squared 4.41; uniquenesses .36 + .51 + .64 = 1.51; 4.41 / 5.92.
        assert!((omega(&r).unwrap() - 4.41 / 5.92).abs() < 1e-6);
    }

    #[test]
    fn a_loading_of_one_is_refused() {
        // r12 r13 / r23 = .81 / .5 > 1: the exact solution needs a loading above 1.
        let r = vec![
            vec![1.0, 0.9, 0.9],
            vec![0.9, 1.0, 0.5],
            vec![0.9, 0.5, 1.0],
        ];
        assert_eq!(omega(&r), Err(OmegaProblem::Heywood));
    }
}
