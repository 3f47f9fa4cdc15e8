//! ecoready: assess how ready a small or medium business is to work in cross-sector
//! business ecosystems, store each dated assessment locally, and compare check-ins.

pub mod agreement;
pub mod app;
pub mod assessment;
pub mod cli;
pub mod compare;
pub mod ecomap;
pub mod error;
pub mod export;
pub mod limits;
pub mod plain;
pub mod questionnaire;
pub mod report;
pub mod scoring;
pub mod store;
pub mod strings;
pub mod summary;
pub mod text;
pub mod trend;
pub mod tui;
pub mod yaml;
