//! ecoready: assess how ready a small or medium business is to work in cross-sector
//! business ecosystems, store each dated assessment locally, and compare check-ins.
//!
//! This crate is the application: the store (the only disk access), the application layer
//! that both wizards use, the shells (TUI, plain mode, CLI). The domain lives in
//! `ecoready_core`; its modules are re-exported here so the application and its tests name
//! them as `ecoready::scoring`.

pub use ecoready_core::tr;
pub use ecoready_core::{
    agreement, assessment, compare, conflicts, documents, ecomap, evidence, i18n, integrity,
    limits, next_steps, noise, peers, plan, questionnaire, report, scoring, text, trend, yaml,
};

pub mod app;
pub mod cli;
pub mod error;
pub mod plain;
pub mod store;
pub mod strings;
pub mod tui;
