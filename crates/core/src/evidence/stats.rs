//! The statistics of the instrument report as plain functions of numbers: means, sample
//! variances, correlations, Cronbach's alpha with Feldt's interval, and ICC(2,1).
//! `docs/evidence.md` gives every formula with a worked example.

use statrs::distribution::{ContinuousCDF, FisherSnedecor};

/// Arithmetic mean; `None` without values.
pub fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// Sample variance (n - 1 denominator); `None` below two values.
pub fn variance(values: &[f64]) -> Option<f64> {
    if values.len() < 2 {
        return None;
    }
    let m = mean(values)?;
    let squares: f64 = values.iter().map(|v| (v - m).powi(2)).sum();
    Some(squares / (values.len() - 1) as f64)
}

/// Sample standard deviation; `None` below two values.
pub fn sd(values: &[f64]) -> Option<f64> {
    variance(values).map(f64::sqrt)
}

/// Pearson's correlation of two equally long series; `None` when either has no spread
/// (the correlation is undefined) or below two pairs.
pub fn correlation(x: &[f64], y: &[f64]) -> Option<f64> {
    if x.len() != y.len() || x.len() < 2 {
        return None;
    }
    let (mx, my) = (mean(x)?, mean(y)?);
    let (mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0);
    for (a, b) in x.iter().zip(y) {
        sxy += (a - mx) * (b - my);
        sxx += (a - mx).powi(2);
        syy += (b - my).powi(2);
    }
    (sxx > ZERO && syy > ZERO).then(|| sxy / (sxx * syy).sqrt())
}

/// Below this a sum of squares counts as zero: scores are 0-100, so anything smaller is
/// rounding, not spread.
pub const ZERO: f64 = 1e-9;

/// Cronbach's alpha of `rows` (one row per firm, one column per item):
/// `k / (k - 1) * (1 - sum of item variances / variance of the row sums)`.
/// `None` with fewer than two items or two rows, or when the row sums have no spread.
pub fn cronbach_alpha(rows: &[Vec<f64>]) -> Option<f64> {
    let k = rows.first()?.len();
    if k < 2 || rows.len() < 2 {
        return None;
    }
    let item_variances: f64 = (0..k)
        .map(|j| variance(&column(rows, j)))
        .sum::<Option<f64>>()?;
    let totals: Vec<f64> = rows.iter().map(|row| row.iter().sum()).collect();
    let total_variance = variance(&totals)?;
    if total_variance <= ZERO {
        return None;
    }
    let k = k as f64;
    Some(k / (k - 1.0) * (1.0 - item_variances / total_variance))
}

/// Column `j` of `rows`.
pub fn column(rows: &[Vec<f64>], j: usize) -> Vec<f64> {
    rows.iter().map(|row| row[j]).collect()
}

/// Feldt's (1965) 95% interval for alpha from `n` firms and `k` items:
/// `(1 - alpha) / (1 - true alpha)` follows F(n - 1, (n - 1)(k - 1)), so the bounds are
/// `1 - (1 - alpha) * F(0.975)` and `1 - (1 - alpha) * F(0.025)`.
pub fn feldt_interval(alpha: f64, n: usize, k: usize) -> Option<(f64, f64)> {
    if n < 2 || k < 2 {
        return None;
    }
    let df1 = (n - 1) as f64;
    let df2 = df1 * (k - 1) as f64;
    let f = FisherSnedecor::new(df1, df2).ok()?;
    let (upper_f, lower_f) = (f.inverse_cdf(0.975), f.inverse_cdf(0.025));
    let interval = (1.0 - (1.0 - alpha) * upper_f, 1.0 - (1.0 - alpha) * lower_f);
    (interval.0.is_finite() && interval.1.is_finite()).then_some(interval)
}

/// The corrected item-total correlation of column `j`: its correlation with the sum of the
/// other columns. `None` with one column, or when either has no spread.
pub fn corrected_item_total(rows: &[Vec<f64>], j: usize) -> Option<f64> {
    let item = column(rows, j);
    let rest: Vec<f64> = rows
        .iter()
        .map(|row| {
            row.iter()
                .enumerate()
                .filter(|(i, _)| *i != j)
                .map(|(_, v)| v)
                .sum()
        })
        .collect();
    if rows.first()?.len() < 2 {
        return None;
    }
    correlation(&item, &rest)
}

/// ICC(2,1) (Shrout & Fleiss 1979; McGraw & Wong's ICC(A,1)): two-way random effects,
/// absolute agreement, one measurement, over `pairs` of (first, second) scores of the same
/// firm. With n firms, k = 2 occasions and the two-way ANOVA's mean squares for firms
/// (MSR), occasions (MSC) and error (MSE):
/// `(MSR - MSE) / (MSR + (k - 1) MSE + k (MSC - MSE) / n)`.
/// `None` below two pairs or when the denominator is not positive (no spread at all).
pub fn icc_2_1(pairs: &[(f64, f64)]) -> Option<f64> {
    let n = pairs.len();
    if n < 2 {
        return None;
    }
    let k = 2.0;
    let nf = n as f64;
    let grand = pairs.iter().map(|(a, b)| a + b).sum::<f64>() / (nf * k);
    let ss_rows: f64 = pairs
        .iter()
        .map(|(a, b)| k * ((a + b) / k - grand).powi(2))
        .sum();
    let first = pairs.iter().map(|(a, _)| a).sum::<f64>() / nf;
    let second = pairs.iter().map(|(_, b)| b).sum::<f64>() / nf;
    let ss_columns = nf * ((first - grand).powi(2) + (second - grand).powi(2));
    let ss_total: f64 = pairs
        .iter()
        .map(|(a, b)| (a - grand).powi(2) + (b - grand).powi(2))
        .sum();
    let ss_error = ss_total - ss_rows - ss_columns;
    let msr = ss_rows / (nf - 1.0);
    let msc = ss_columns / (k - 1.0);
    let mse = ss_error / ((nf - 1.0) * (k - 1.0));
    let denominator = msr + (k - 1.0) * mse + k * (msc - mse) / nf;
    (denominator > ZERO).then(|| (msr - mse) / denominator)
}

/// `SD * sqrt(1 - reliability)` and `1.96 * sqrt(2) * SEM`, shared with the questionnaire
/// defaults of [`crate::noise`].
pub use crate::noise::{mdc95, sem};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variance_and_correlation_by_hand() {
        // Mean 2; squared deviations 1 + 0 + 1 = 2; 2 / 2 = 1.
        assert_eq!(variance(&[1.0, 2.0, 3.0]), Some(1.0));
        assert_eq!(correlation(&[1.0, 2.0, 3.0], &[2.0, 4.0, 6.0]), Some(1.0));
        assert_eq!(correlation(&[1.0, 1.0, 1.0], &[2.0, 4.0, 6.0]), None);
    }
}
