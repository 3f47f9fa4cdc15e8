//! Everything that can happen to the wizard: user intents from keys, and results of effects.

use ratatui::crossterm::event::KeyEvent;

/// A message for [`super::app::App::update`].
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Move the selection up.
    Up,
    /// Move the selection down.
    Down,
    /// Move a page up.
    PageUp,
    /// Move a page down.
    PageDown,
    /// Move to the first entry.
    First,
    /// Move to the last entry.
    Last,
    /// Confirm / go on.
    Confirm,
    /// Previous question (or field).
    Back,
    /// Next question (or field).
    Forward,
    /// Answer with the n-th option (1-based) and go on.
    Choose(u8),
    /// Answer "don't know" and go on.
    DontKnow,
    /// Edit the note of the current question.
    EditNote,
    /// Flag the current question for review, or unflag it.
    ToggleFlag,
    /// Undo the last answer given in this run and return to its question.
    UndoAnswer,
    /// Reopen a complete assessment to change its answers.
    Reopen,
    /// Open the improvement plan of the check-in shown.
    OpenPlan,
    /// The plans around the open assessment, read.
    Plans(Box<crate::app::plan::CheckInPlans>),
    /// A plan change was saved: the assessment as saved and its plans read again.
    PlanSaved(
        Box<(
            crate::assessment::Assessment,
            crate::app::plan::CheckInPlans,
        )>,
    ),
    /// Edit the setup of the assessment shown or selected.
    EditSetup,
    /// What the setup editor's store work found.
    SetupEdit(super::screens::amend::EditMsg),
    /// Open the list of all questions to jump to one.
    GoTo,
    /// Show or hide the key help.
    ToggleHelp,
    /// Start a new assessment.
    New,
    /// Resume the most recent draft.
    ResumeLatest,
    /// Leave the current screen (the draft is already saved).
    Leave,
    /// Leave the program at once (the draft is saved first).
    Quit,
    /// A key typed into the focused text field.
    Type(KeyEvent),
    /// Leave the focused text field.
    FinishTyping,
    /// The terminal has this size now (columns, rows): redraw.
    Resize(u16, u16),
    /// A mouse click at a screen position.
    Click {
        /// Column from the left, from 0.
        column: u16,
        /// Row from the top, from 0.
        row: u16,
    },
    /// The store listed its assessments.
    Listed(super::screens::home::HomeData),
    /// An assessment was opened or created.
    Opened(Box<Opened>),
    /// Mark for comparison, or compare with the marked one.
    Compare,
    /// Show the organization's trend.
    Trend,
    /// Show the round view.
    Round,
    /// Add another respondent to the organization's round.
    AddRespondent,
    /// Open the organization's ecosystem map.
    OpenMap,
    /// Open the history of organizations and assessments.
    OpenHistory,
    /// Open the evidence on how reliable the scores are.
    OpenEvidence,
    /// The evidence, computed: show it.
    Evidence(Box<super::screens::evidence_view::EvidenceView>),
    /// Remove (to the trash, after confirmation).
    Remove,
    /// Yes, to a confirmation.
    Yes,
    /// What the open assessment's organization's ecosystem map shows.
    MapNotes(Box<super::session::MapNotes>),
    /// Where the open assessment stands among peers (none for a draft).
    Peers(Box<Option<crate::peers::PeerStanding>>),
    /// A result of the history screens' store work.
    History(super::screens::history::HistoryMsg),
    /// Add a partner to the ecosystem map.
    AddPartner,
    /// Show the next layer only (or all layers again) on the ecosystem map.
    CycleLayerFilter,
    /// Show the next sector only (or all sectors again) on the ecosystem map.
    CycleSectorFilter,
    /// Type into History's search line.
    Search,
    /// History: show all, drafts only or complete assessments only.
    CycleStatus,
    /// History: show all rounds or one round only.
    CycleRound,
    /// History: show every advisor's assessments or one advisor's only.
    CycleAdvisor,
    /// History: rename the selected organization.
    RenameOrganization,
    /// History: merge the selected organization into another.
    MergeOrganization,
    /// History: show the trash (or the lists again).
    ShowTrash,
    /// A result of the ecosystem map screen's store work.
    Map(super::screens::map::MapMsg),
    /// Write the report of what the screen shows.
    Export,
    /// An effect succeeded with something to tell; show the message.
    Notice(String),
    /// An effect failed; show the message.
    Failed(String),
    /// A save (the effect it ran) reached the disk.
    Saved(Box<super::app::Effect>),
    /// A save failed: the wizard waits, keeping everything, until a retry succeeds.
    SaveFailed(Box<super::saving::SaveProblem>),
    /// Try the failed save again.
    Retry,
    /// A save of the open draft found another version, or none, on disk.
    Underneath(Box<crate::app::underneath::Underneath>),
    /// A choice about it (merge, reload, keep both, restore, leave removed).
    Resolve(crate::app::underneath::Resolution),
    /// The choice was carried out.
    Resolved(
        Box<(
            crate::app::underneath::Resolution,
            crate::app::underneath::Resolved,
        )>,
    ),
    /// Time passed without a key (about a second).
    Tick,
}

/// An assessment together with the exact questionnaire it uses.
pub use crate::app::Opened;
