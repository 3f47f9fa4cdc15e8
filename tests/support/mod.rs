//! Shared test support. Each test binary uses a different subset of it.
#![allow(dead_code)]

pub mod fixtures;
pub mod listing;
pub mod pty;
pub mod shared;
