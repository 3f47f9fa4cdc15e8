use std::process::ExitCode;

fn main() -> ExitCode {
    ecoready::cli::main()
}

/// The base-10 logarithm, for ratatui-textarea's line-number width: defined here (in
/// Rust, by the `libm` crate) so the binary needs nothing from the C maths library and
/// no start loads `libm.so` (0.3 MiB of resident memory; see `src/trig.rs`).
#[unsafe(no_mangle)]
pub extern "C" fn log10(x: f64) -> f64 {
    libm::log10(x)
}

#[cfg(test)]
mod tests {
    use super::log10;

    #[test]
    fn log10_gives_the_digits_of_line_numbers() {
        assert_eq!(log10(1.0), 0.0);
        assert_eq!(log10(1000.0), 3.0);
        assert_eq!(log10(99.0) as u8 + 1, 2);
        assert_eq!(log10(100.0) as u8 + 1, 3);
    }
}
