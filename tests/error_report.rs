//! A failed run's report is a message, not a bug report: with `RUST_BACKTRACE=1` in the
//! environment an error still carries no backtrace (capturing one cost every failed run
//! 39 MB and up to a quarter of a second). One test in its own binary, because it sets
//! the environment and installs the process-wide hooks.

use color_eyre::eyre::Report;
use ecoready::error::{self, InvalidInput, UserErrorHandler};

#[test]
fn errors_carry_no_backtrace_even_when_the_environment_asks_for_one() {
    // SAFETY: the only test of this binary, and it starts no thread before this.
    unsafe { std::env::set_var("RUST_BACKTRACE", "1") };
    error::install_hooks().unwrap();
    let report = Report::new(InvalidInput(
        "no assessment with id starting with `x`".into(),
    ))
    .wrap_err("could not show it");
    assert!(
        report
            .handler()
            .downcast_ref::<UserErrorHandler>()
            .is_some(),
        "the report was made by ecoready's own handler"
    );
    let full = format!("{report:?}");
    assert_eq!(
        full,
        "could not show it\n\nCaused by: no assessment with id starting with `x`"
    );
    assert_eq!(
        error::message(&report),
        "could not show it: no assessment with id starting with `x`"
    );
    assert_eq!(ecoready::app::exit_code(&report), error::EXIT_INVALID);
}
