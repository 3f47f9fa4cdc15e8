//! Sine and cosine for the radar charts, from the pure-Rust `libm` crate.
//!
//! `f64::sin` and `f64::cos` call the C maths library, and using them makes every start
//! of ecoready load `libm.so` (0.3 MiB of resident memory) for a few chart points. The
//! binary also defines `log10` (see `main.rs`), the only other function it needed there.

/// The sine of `angle` (radians).
pub fn sin(angle: f64) -> f64 {
    libm::sin(angle)
}

/// The cosine of `angle` (radians).
pub fn cos(angle: f64) -> f64 {
    libm::cos(angle)
}

#[cfg(test)]
mod tests {
    use std::f64::consts::{FRAC_PI_2, FRAC_PI_6, PI};

    use super::{cos, sin};

    #[test]
    fn gives_the_values_known_by_hand() {
        let close = |a: f64, b: f64| (a - b).abs() < 1e-12;
        assert!(close(sin(0.0), 0.0));
        assert!(close(sin(FRAC_PI_2), 1.0));
        assert!(close(sin(FRAC_PI_6), 0.5));
        assert!(close(cos(PI), -1.0));
        assert!(close(cos(FRAC_PI_2), 0.0));
        assert!(close(cos(-PI / 3.0), 0.5));
    }
}
