//! Shared test support: the binary in a real pseudo-terminal.

pub mod pty;
