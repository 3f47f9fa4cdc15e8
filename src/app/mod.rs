//! The application layer: what the full-screen wizard, the plain wizard and the command
//! line share beyond the store; here, the exit status a failed run ends with
//! ([`exit_code`]).

mod exit;

pub use exit::exit_code;
