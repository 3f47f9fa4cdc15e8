//! The two ways a score is placed among others: by mid-rank among the other firms'
//! scores, and by interpolation between the deciles of imported norms; and the deciles
//! that norms keep. Pure arithmetic, each formula in `docs/norms.md` with a worked example.

/// The mid-rank percentile of `score` among `others`: `100 * (below + 0.5 * equal) / n`,
/// where `below` counts the other scores under it and `equal` those equal to it. `None`
/// when there are no others.
pub fn mid_rank(score: f64, others: &[f64]) -> Option<f64> {
    if others.is_empty() {
        return None;
    }
    let below = others.iter().filter(|&&v| v < score).count() as f64;
    let equal = others.iter().filter(|&&v| v == score).count() as f64;
    Some(100.0 * (below + 0.5 * equal) / others.len() as f64)
}

/// The nine deciles (10th .. 90th percentile) of `values`, by linear interpolation between
/// order statistics: for p = k/10 over the n values sorted, `h = (n - 1) * p`, the decile
/// is `v[floor h] + (h - floor h) * (v[floor h + 1] - v[floor h])`. `None` for no values.
pub fn deciles(values: &[f64]) -> Option<[f64; 9]> {
    if values.is_empty() {
        return None;
    }
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let last = sorted.len() - 1;
    Some(std::array::from_fn(|k| {
        let h = last as f64 * (k + 1) as f64 / 10.0;
        let lower = h.floor() as usize;
        let upper = (lower + 1).min(last);
        sorted[lower] + (h - lower as f64) * (sorted[upper] - sorted[lower])
    }))
}

/// Where a score falls against deciles.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FromDeciles {
    /// Between the 10th and the 90th percentile: the interpolated percentile.
    Percentile(f64),
    /// Under the 10th percentile (the norms say nothing finer there).
    BelowTenth,
    /// Over the 90th percentile.
    AboveNinetieth,
}

/// The percentile of `score` against `deciles` (10th .. 90th, non-decreasing): between two
/// deciles `d_k < score < d_k+1` at percentiles `P_k` and `P_k + 10` it is
/// `P_k + 10 * (score - d_k) / (d_k+1 - d_k)`; a score equal to one or several equal
/// deciles takes the mean of their percentiles (as the mid-rank does for ties). Under the
/// first or over the last decile the norms hold no finer figure, and none is made up.
pub fn from_deciles(score: f64, deciles: &[f64; 9]) -> FromDeciles {
    let percentile = |k: usize| 10.0 * (k + 1) as f64;
    let equal: Vec<usize> = (0..9).filter(|&k| deciles[k] == score).collect();
    if let (Some(&first), Some(&last)) = (equal.first(), equal.last()) {
        return FromDeciles::Percentile((percentile(first) + percentile(last)) / 2.0);
    }
    if score < deciles[0] {
        return FromDeciles::BelowTenth;
    }
    if score > deciles[8] {
        return FromDeciles::AboveNinetieth;
    }
    for k in 0..8 {
        let (low, high) = (deciles[k], deciles[k + 1]);
        if low < score && score < high {
            return FromDeciles::Percentile(percentile(k) + 10.0 * (score - low) / (high - low));
        }
    }
    // Unreachable for non-decreasing deciles (validated on import); not a figure then.
    FromDeciles::BelowTenth
}
