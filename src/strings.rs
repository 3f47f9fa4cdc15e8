//! Every piece of text the wizard and plain mode show, in one place (both shells speak
//! with the same words): the wizard's facade over the message catalogue
//! (`crates/core/locales/<lang>/wizard.ftl`), one function per message, so a call site
//! names what it says and the catalogue holds how each language says it.

/// One function per message without variables: `name = tr!("wizard-id");` becomes
/// `pub fn name() -> &'static str` in the current language. (The `tr!` stays at the
/// call so that tests/catalogue_keys.rs sees every id used.)
macro_rules! messages {
    ($($(#[$doc:meta])* $name:ident = $message:expr;)*) => {$(
        $(#[$doc])*
        pub fn $name() -> &'static str {
            $message
        }
    )*};
}

mod history;
mod map;
mod plan;
mod saving;
mod underneath;
pub use history::*;
pub use map::*;
pub use plan::*;
pub use saving::*;
pub use underneath::*;

use crate::assessment::Mode;
use crate::tr;

messages! {
    /// The application's name as shown in titles.
    app = tr!("common-app-name");
    /// Home screen title.
    home_title = tr!("wizard-home-title");
    /// Home screen introduction.
    home_intro = tr!("wizard-home-intro");
    /// Home menu entry: new assessment.
    menu_new = tr!("wizard-menu-new");
    /// Home menu entry: resume the latest draft.
    menu_resume = tr!("wizard-menu-resume");
    /// Home menu entry: quit.
    menu_quit = tr!("wizard-menu-quit");
    /// Heading of the recent assessments list.
    recent = tr!("wizard-recent");
    /// When there are no assessments yet.
    no_assessments = tr!("wizard-no-assessments");
    /// Home's heading when the assessments cannot be listed (the reason follows).
    assessments_unavailable = tr!("wizard-assessments-unavailable");
    /// Setup screen title.
    setup_title = tr!("wizard-setup-title");
    /// Setup field labels.
    field_organization = tr!("wizard-field-organization");
    /// Setup field label.
    field_sector = tr!("wizard-field-sector");
    /// Setup field label (self-assessment: the one who answers is the one typing).
    field_respondent = tr!("wizard-field-respondent");
    /// Setup field label (self-assessment).
    field_role = tr!("wizard-field-role");
    /// Setup field label in a guided interview: the advisor types the respondent's name.
    field_interview_respondent = tr!("wizard-field-interview-respondent");
    /// Setup field label in a guided interview.
    field_interview_role = tr!("wizard-field-interview-role");
    /// Setup field label.
    field_mode = tr!("wizard-field-mode");
    /// Setup field label.
    field_advisor = tr!("wizard-field-advisor");
    /// Setup field label.
    field_round = tr!("wizard-field-round");
    /// Setup field label.
    field_questionnaire = tr!("wizard-field-questionnaire");
    /// Placeholder of the organization field.
    hint_organization = tr!("wizard-hint-organization");
    /// Placeholder of the sector field.
    hint_sector = tr!("wizard-hint-sector");
    /// Placeholder of the respondent field.
    hint_respondent = tr!("wizard-hint-respondent");
    /// Placeholder of the role field.
    hint_role = tr!("wizard-hint-role");
    /// Placeholder of the advisor field.
    hint_advisor = tr!("wizard-hint-advisor");
    /// Placeholder of the round field.
    hint_round = tr!("wizard-hint-round");
    /// Mode choice: self-assessment.
    mode_self = tr!("wizard-mode-self");
    /// Mode choice: guided interview.
    mode_interview = tr!("wizard-mode-interview");
    /// Setup hint.
    setup_hint = tr!("wizard-setup-hint");
    /// Setup validation message.
    need_organization = tr!("wizard-need-organization");
    /// Setup validation message.
    need_advisor = tr!("wizard-need-advisor");
    /// Intro screen hint.
    intro_hint = tr!("wizard-intro-hint");
    /// Shown for "don't know".
    dont_know = tr!("wizard-dont-know");
    /// Label of the item's help text.
    help_label = tr!("wizard-help-label");
    /// Label of the advisor's interview prompt.
    probe_label = tr!("wizard-probe-label");
    /// Label of the note.
    note_label = tr!("wizard-note-label");
    /// Note placeholder.
    note_empty = tr!("wizard-note-empty");
    /// Note editing hint.
    note_editing = tr!("wizard-note-editing");
    /// In place of the note's last row when the note is longer than its room.
    note_more = tr!("wizard-note-more");
    /// The question's explanation goes on below its area.
    more_below = tr!("wizard-more-below");
    /// The question's explanation is scrolled to its end.
    more_above = tr!("wizard-more-above");
    /// The question's explanation goes on above and below its area.
    more_around = tr!("wizard-more-around");
    /// The question's explanation goes on (short, beside its one row on a small terminal).
    more = tr!("wizard-more");
    /// An interview's title when no respondent was named in Setup.
    no_respondent = tr!("wizard-no-respondent");
    /// Flag marker where there is no row for [`FLAGGED`] (in the frame's title).
    flagged_short = tr!("wizard-flagged-short");
    /// Flag marker.
    flagged = tr!("wizard-flagged");
    /// Review screen title.
    review_title = tr!("wizard-review-title");
    /// Review entry that finishes the assessment.
    finish = tr!("wizard-finish");
    /// Review heading: unanswered items.
    unanswered = tr!("wizard-unanswered");
    /// Review heading: flagged items.
    flagged_heading = tr!("wizard-flagged-heading");
    /// Review hint.
    review_hint = tr!("wizard-review-hint");
    /// Review when everything is answered and nothing is flagged.
    all_answered = tr!("wizard-all-answered");
    /// Results screen title (tests and scripts rely on "Results").
    results_title = tr!("wizard-results-title");
    /// Results: a score without enough answers.
    not_enough = tr!("wizard-not-enough");
    /// Title of the question asked when finishing with questions unanswered.
    confirm_finish_title = tr!("wizard-confirm-finish-title");
    /// Keys of that question.
    confirm_finish_keys = tr!("wizard-confirm-finish-keys");
    /// Results heading.
    overall = tr!("wizard-overall");
    /// Results heading.
    by_dimension = tr!("wizard-by-dimension");
    /// Results heading.
    weakest = tr!("wizard-weakest");
    /// Results heading.
    advice = tr!("wizard-advice");
    /// Results heading.
    notes_heading = tr!("wizard-notes-heading");
    /// Go-to list title.
    goto_title = tr!("wizard-goto-title");
    /// Go-to entry for the review screen.
    goto_review = tr!("wizard-goto-review");
    /// Help overlay title.
    help_title = tr!("wizard-help-title");
    /// Help overlay footer.
    help_close = tr!("wizard-help-close");
    /// Status after leaving a draft.
    draft_saved = tr!("wizard-draft-saved");
    /// Status when there is no draft.
    no_draft = tr!("wizard-no-draft");
    /// Explains the knowledge gap mark.
    knowledge_gap = tr!("wizard-knowledge-gap");
    /// After writing a report from a screen.
    report_written = tr!("wizard-report-written");
    /// An item a respondent left unanswered.
    not_answered = tr!("wizard-not-answered");
    /// Undo put back a question's answer from before the last one given.
    answer_undone = tr!("wizard-answer-undone");
    /// Undo with no answer given in this run.
    nothing_to_undo = tr!("wizard-nothing-to-undo");
    /// Title of the setup form editing an existing assessment.
    setup_edit_title = tr!("wizard-setup-edit-title");
    /// What the setup editor says at its top.
    setup_edit_hint = tr!("wizard-setup-edit-hint");
    /// Saved a setup edit; followed by the fields changed.
    setup_saved = tr!("wizard-setup-saved");
    /// A setup edit that changed nothing.
    setup_unchanged = tr!("wizard-setup-unchanged");
    /// Before the organization's existing round labels, under Setup's round field.
    rounds_so_far = tr!("wizard-rounds-so-far");
    /// Before an existing label the typed one is written like.
    round_similar = tr!("wizard-round-similar");
    /// PgDn on Setup when the organization has no round yet.
    no_rounds_yet = tr!("wizard-no-rounds-yet");
    /// What a long rebuild of the index is doing (the command line's progress bar on
    /// standard error, the TUI's loading screen).
    index_rebuilding = tr!("wizard-index-rebuilding");
}
/// The respondent's field label for `mode`: in an interview the advisor types, so the
/// respondent is named as such.
pub fn respondent_field(mode: Mode) -> &'static str {
    match mode {
        Mode::SelfAssessment => field_respondent(),
        Mode::Interview => field_interview_respondent(),
    }
}
/// The respondent's role's field label for `mode`.
pub fn role_field(mode: Mode) -> &'static str {
    match mode {
        Mode::SelfAssessment => field_role(),
        Mode::Interview => field_interview_role(),
    }
}

/// Whose a draft being resumed without an id is, as far as it needs saying.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DraftOwner<'a> {
    /// The configured advisor's own, or nobody's with no advisor configured: nothing said.
    Unsaid,
    /// Another advisor's.
    Colleague(&'a str),
    /// Nobody's, while an advisor is configured.
    NoAdvisor,
}

/// Whose the draft with `advisor` is, for the user configured as advisor `me`.
pub fn draft_owner<'a>(advisor: Option<&'a str>, me: Option<&str>) -> DraftOwner<'a> {
    match advisor.map(str::trim).filter(|a| !a.is_empty()) {
        Some(advisor) if me.is_some_and(|me| crate::text::same_name(me, advisor)) => {
            DraftOwner::Unsaid
        }
        Some(advisor) => DraftOwner::Colleague(advisor),
        None if me.is_some() => DraftOwner::NoAdvisor,
        None => DraftOwner::Unsaid,
    }
}

/// Said when resuming, without an id, a draft that is not one's own (`me`: the
/// configured advisor), so that a colleague's draft is never continued unawares.
pub fn whose_draft(advisor: Option<&str>, organization: &str, me: Option<&str>) -> Option<String> {
    let theirs = match draft_owner(advisor, me) {
        DraftOwner::Unsaid => return None,
        DraftOwner::Colleague(advisor) => {
            tr!(
                "wizard-colleagues-draft",
                advisor = advisor,
                organization = organization
            )
        }
        DraftOwner::NoAdvisor => tr!("wizard-draft-without-advisor", organization = organization),
    };
    Some(match me {
        Some(me) => tr!("wizard-resuming-not-yours", me = me, theirs = theirs),
        None => tr!("wizard-resuming", theirs = theirs),
    })
}

/// Marks a score with many "don't know" answers.
pub const KNOWLEDGE_GAP_MARK: &str = "?";
/// How far a rebuild of the index got, as the progress bar's count: `done` of `total`,
/// `done` padded to `total`'s width so the line keeps its length as it is redrawn.
pub fn index_progress(done: usize, total: usize) -> String {
    let width = total.to_string().len();
    // The figures unformatted (no grouping), so the padding above holds as they change.
    let done = format!("{done:>width$}");
    tr!(
        "wizard-index-progress",
        done = done,
        total = total.to_string(),
        count = total
    )
}
