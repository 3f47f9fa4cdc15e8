//! The application layer: what the full-screen wizard and the plain wizard both do with
//! the store, written once. Starting a new assessment, opening and resuming one as its
//! one editor ([`DraftLocks`]), saving, correcting one (its setup, reopening it:
//! [`edit_setup`], [`reopen`]), the walk through the questions ([`Navigator`]),
//! what the organization's ecosystem map says ([`map_notes`]), the instrument's
//! evidence over the data directory ([`evidence`]) and writing a report
//! ([`write_report`]), and the exit status a failed run ends with ([`exit_code`]). The
//! wizards only read input and draw.

mod amend;
mod answer_language;
mod band_labels;
pub mod evidence;
mod exit;
pub mod export;
mod locks;
mod map_notes;
mod navigator;
pub mod noise;
pub mod peers;
pub mod plan;
pub mod round;
mod rounds;
mod start;
pub mod underneath;

pub use amend::{SetupEdited, check_setup, edit_setup, reopen, setup_fields};
pub use answer_language::{
    as_opened, default_answer_language, in_answer_language, offered_languages, translated_into,
};
pub use band_labels::BandLabels;
pub use exit::exit_code;
pub use export::write_report;
pub use locks::DraftLocks;
pub use map_notes::{MapNotes, map_notes};
pub use navigator::{Answers, Navigator, Step};
pub use rounds::{organization_rounds, rounds_of, similar_round};
pub use start::{Opened, Start, create, ensure_draft, latest_draft, new_setup, open};
