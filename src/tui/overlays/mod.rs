//! Windows drawn over a screen: the key help, the go-to list, the panel of a failed
//! save, the panel of a draft changed on disk, and confirmation questions.

pub mod confirm;
pub mod goto;
pub mod help;
pub mod save_failed;
pub mod underneath;

/// A window over the screen that takes the keys while it is open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    /// The key help; over the go-to list if it was opened there (closing the help shows
    /// the list again).
    Help(Option<goto::GoToState>),
    /// The list of all questions.
    GoTo(goto::GoToState),
}
