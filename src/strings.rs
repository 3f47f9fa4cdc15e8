//! Every piece of text the wizard and plain mode show, in one place (both shells speak
//! with the same words).

mod underneath;
pub use underneath::*;

use crate::assessment::Mode;

/// The application's name as shown in titles.
pub const APP: &str = "ecoready";
/// Home screen title.
pub const HOME_TITLE: &str = "ecoready · ecosystem readiness";
/// Home screen introduction.
pub const HOME_INTRO: &str = "How ready is your business to work with partners across sectors? \
Answer a short questionnaire, see where you stand, and compare with later check-ins.";
/// Home menu entry: new assessment.
pub const MENU_NEW: &str = "Start a new assessment";
/// Home menu entry: resume the latest draft.
pub const MENU_RESUME: &str = "Resume the latest draft";
/// Home menu entry: quit.
pub const MENU_QUIT: &str = "Quit";
/// Heading of the recent assessments list.
pub const RECENT: &str = "Recent assessments";
/// When there are no assessments yet.
pub const NO_ASSESSMENTS: &str = "No assessments yet. Start one above.";
/// Home's heading when the assessments cannot be listed (the reason follows).
pub const ASSESSMENTS_UNAVAILABLE: &str = "The assessments cannot be listed:";
/// Setup screen title.
pub const SETUP_TITLE: &str = "New assessment";
/// Setup field labels.
pub const FIELD_ORGANIZATION: &str = "Organization";
/// Setup field label.
pub const FIELD_SECTOR: &str = "Sector";
/// Setup field label (self-assessment: the one who answers is the one typing).
pub const FIELD_RESPONDENT: &str = "Your name";
/// Setup field label (self-assessment).
pub const FIELD_ROLE: &str = "Your role";
/// Setup field label in a guided interview: the advisor types the respondent's name.
pub const FIELD_INTERVIEW_RESPONDENT: &str = "Respondent";
/// Setup field label in a guided interview.
pub const FIELD_INTERVIEW_ROLE: &str = "Respondent's role";
/// The respondent's field label for `mode`: in an interview the advisor types, so the
/// respondent is named as such.
pub fn respondent_field(mode: Mode) -> &'static str {
    match mode {
        Mode::SelfAssessment => FIELD_RESPONDENT,
        Mode::Interview => FIELD_INTERVIEW_RESPONDENT,
    }
}
/// The respondent's role's field label for `mode`.
pub fn role_field(mode: Mode) -> &'static str {
    match mode {
        Mode::SelfAssessment => FIELD_ROLE,
        Mode::Interview => FIELD_INTERVIEW_ROLE,
    }
}
/// Setup field label.
pub const FIELD_MODE: &str = "Mode";
/// Setup field label.
pub const FIELD_ADVISOR: &str = "Advisor";
/// Setup field label.
pub const FIELD_ROUND: &str = "Round label";
/// Setup field label.
pub const FIELD_QUESTIONNAIRE: &str = "Questionnaire";
/// Placeholder of the organization field.
pub const HINT_ORGANIZATION: &str = "type the firm's name, e.g. Alder Bakery Ltd";
/// Placeholder of the sector field.
pub const HINT_SECTOR: &str = "e.g. food processing, logistics, software";
/// Placeholder of the respondent field.
pub const HINT_RESPONDENT: &str = "who answers the questions";
/// Placeholder of the role field.
pub const HINT_ROLE: &str = "e.g. owner, operations manager";
/// Placeholder of the advisor field.
pub const HINT_ADVISOR: &str = "who runs the interview";
/// Placeholder of the round field.
pub const HINT_ROUND: &str = "e.g. baseline, Q3 check-in";
/// Mode choice: self-assessment.
pub const MODE_SELF: &str = "Self-assessment";
/// Mode choice: guided interview.
pub const MODE_INTERVIEW: &str = "Guided interview";
/// Setup hint.
pub const SETUP_HINT: &str = "Only the organization is needed; the rest helps when you compare check-ins later. \
Tab moves between fields, ← → change a choice, Enter starts the questions.";
/// Setup validation message.
pub const NEED_ORGANIZATION: &str = "Please enter the organization's name first.";
/// Setup validation message.
pub const NEED_ADVISOR: &str = "Please enter the advisor's name for a guided interview.";
/// Intro screen hint.
pub const INTRO_HINT: &str = "Press Enter to begin this part.";
/// Shown for "don't know".
pub const DONT_KNOW: &str = "Don't know / not applicable";
/// Label of the item's help text.
pub const HELP_LABEL: &str = "What this means";
/// Label of the advisor's interview prompt.
pub const PROBE_LABEL: &str = "Ask";
/// Label of the note.
pub const NOTE_LABEL: &str = "Note";
/// Note placeholder.
pub const NOTE_EMPTY: &str = "none (press n to add one)";
/// Note editing hint.
pub const NOTE_EDITING: &str = "Editing note · Enter or Esc when done";
/// In place of the note's last row when the note is longer than its room.
pub const NOTE_MORE: &str = "… (n shows all)";
/// The question's explanation goes on below its area.
pub const MORE_BELOW: &str = "more below";
/// The question's explanation is scrolled to its end.
pub const MORE_ABOVE: &str = "more above";
/// The question's explanation goes on above and below its area.
pub const MORE_AROUND: &str = "more above and below";
/// The question's explanation goes on (short, beside its one row on a small terminal).
pub const MORE: &str = "more";
/// An interview's title when no respondent was named in Setup.
pub const NO_RESPONDENT: &str = "respondent not named";
/// Flag marker where there is no row for [`FLAGGED`] (in the frame's title).
pub const FLAGGED_SHORT: &str = "⚑ flagged";
/// Flag marker.
pub const FLAGGED: &str = "⚑ flagged for review";
/// Review screen title.
pub const REVIEW_TITLE: &str = "Review";
/// Review entry that finishes the assessment.
pub const FINISH: &str = "Finish and see the results";
/// Review heading: unanswered items.
pub const UNANSWERED: &str = "Not answered yet";
/// Review heading: flagged items.
pub const FLAGGED_HEADING: &str = "Flagged for review";
/// Review hint.
pub const REVIEW_HINT: &str =
    "Enter on a question jumps to it; Enter on Finish completes the assessment.";
/// Review when everything is answered and nothing is flagged.
pub const ALL_ANSWERED: &str = "Every question has an answer and nothing is flagged.";
/// Results screen title (tests and scripts rely on "Results").
pub const RESULTS_TITLE: &str = "Results";
/// Results: a score without enough answers.
pub const NOT_ENOUGH: &str = "not enough answers";
/// Title of the question asked when finishing with questions unanswered.
pub const CONFIRM_FINISH_TITLE: &str = "Finish anyway?";
/// Keys of that question.
pub const CONFIRM_FINISH_KEYS: &str = "y or Enter: finish anyway\nn or Esc: back to the review";
/// Said beside a reverse-worded item that moved.
pub const REVERSE_WORDED: &str = crate::report::text::REVERSE_WORDED;
/// Results heading.
pub const OVERALL: &str = "Overall readiness";
/// Results heading.
pub const BY_DIMENSION: &str = "By dimension";
/// Results heading.
pub const WEAKEST: &str = "Where to start";
/// Results heading.
pub const ADVICE: &str = "Next steps";
/// Results heading.
pub const NOTES_HEADING: &str = "Notes and flags";
/// Go-to list title.
pub const GOTO_TITLE: &str = "Go to question";
/// Go-to entry for the review screen.
pub const GOTO_REVIEW: &str = "Review and finish";
/// Help overlay title.
pub const HELP_TITLE: &str = "Keys";
/// Help overlay footer.
pub const HELP_CLOSE: &str = "? or Esc closes this help";
/// Status after leaving a draft.
pub const DRAFT_SAVED: &str = "Draft saved. Choose it below or press r to resume.";
/// Status when there is no draft.
pub const NO_DRAFT: &str = "There is no draft to resume.";

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
        DraftOwner::Colleague(advisor) => format!("{advisor}'s draft of {organization}"),
        DraftOwner::NoAdvisor => format!("a draft of {organization} without an advisor"),
    };
    Some(match me {
        Some(me) => format!("You ({me}) have no draft; resuming {theirs}."),
        None => format!("Resuming {theirs}."),
    })
}

/// Shown when the terminal is too small.
pub const TOO_SMALL: &str = "The terminal is too small for ecoready.";
/// What to do about a terminal that is too small (before the key that leaves).
pub const TOO_SMALL_ENLARGE: &str = "Enlarge the window; keys wait until then.";
/// After the key that leaves on the too-small screen.
pub const TOO_SMALL_LEAVES: &str = "leaves (your answers are saved first)";
/// After the key that shows the keys on the too-small screen.
pub const TOO_SMALL_KEYS: &str = "shows the keys";
/// Title of the panel shown while a save fails.
pub const SAVE_PANEL_TITLE: &str = "Not saved";
/// The panel's promise: nothing moves on while a save fails.
pub const SAVE_PANEL_KEPT: &str = "Nothing is lost yet: everything you entered stays here, \
and ecoready asks nothing new until it is saved.";
/// Before the retry key in the panel.
pub const SAVE_PANEL_FIX: &str = "Free some space (or fix what the message names), then press";
/// After the retry key in the panel.
pub const SAVE_PANEL_FIX_END: &str = "to try again; any other key tries too.";
/// After the leave key in the panel.
pub const SAVE_PANEL_LEAVE: &str = "leaves: ecoready tries once more and, if that fails, \
says on exit what could not be saved.";
/// After a retry succeeded.
pub const SAVE_RECOVERED: &str = "Saved now: everything you entered is on disk.";
/// On exit with a failed save: between what was not saved and the reason.
pub const UNSAVED_COULD_NOT: &str = "could not be saved";
/// On exit: the assessment whose changes were not saved follows.
pub const UNSAVED_OF_ASSESSMENT: &str = "of the assessment of";
/// On exit: how to go on from what was saved.
pub const UNSAVED_RESUME: &str = "What was saved before is kept; continue it with";
/// On exit: nothing differs but where the user stopped.
pub const UNSAVED_PLACE: &str = "the last position";
/// On exit: finishing the assessment was not saved.
pub const UNSAVED_FINISHING: &str = "the completion";
/// On exit: a new assessment could not be created (its organization follows).
pub const UNSAVED_NEW_ASSESSMENT: &str = "The new assessment of";
/// On exit after a new assessment could not be created.
pub const UNSAVED_NO_DRAFT: &str = "No draft of it was created.";
/// On exit: a map change was not saved (its organization follows).
pub const UNSAVED_MAP_CHANGE: &str = "The latest change to the ecosystem map of";
/// On exit after a map change was not saved.
pub const UNSAVED_MAP_KEPT: &str = "Earlier versions of the map are kept.";
/// On exit: a change of another kind was not saved.
pub const UNSAVED_CHANGES: &str = "A change";
/// Marks a score with many "don't know" answers.
pub const KNOWLEDGE_GAP_MARK: &str = "?";
/// Explains the knowledge gap mark.
pub const KNOWLEDGE_GAP: &str =
    "? more than 30% \"don't know\": a knowledge gap worth finding out about.";
/// History screen title.
pub const HISTORY_TITLE: &str = "History";
/// Home menu entry: history.
pub const MENU_HISTORY: &str = "History: organizations, comparisons, trends";
/// Said when `c` is pressed twice on one assessment.
pub const COMPARE_SAME: &str =
    "That is the assessment already marked: choose another one to compare it with.";
/// Said when the second `c` is on another organization's assessment.
pub const COMPARE_OTHER_ORGANIZATION: &str = "Not compared: these are two organizations, and a \
     difference between two firms is not a change of either.";
/// After marking the first assessment of a comparison.
pub const COMPARE_MARKED: &str = "Marked. Select another assessment and press c again to compare.";
/// History: `c` or `d` pressed while the organizations are selected.
pub const CHOOSE_ASSESSMENT_FIRST: &str =
    "Open the organization first (Enter), then choose an assessment for c or d.";
/// When an organization has no round label.
pub const NO_ROUND: &str =
    "These assessments have no round label; give one in Setup to group respondents.";
/// After moving an assessment to the trash.
pub const MOVED_TO_TRASH: &str = "Moved to the trash folder of the data directory:";
/// Confirmation dialog title.
pub const CONFIRM_TITLE: &str = "Move to trash?";
/// Confirmation question.
pub const CONFIRM_TRASH: &str =
    "Move this assessment to the trash folder of the data directory? Nothing is deleted:";
/// Confirmation keys.
pub const CONFIRM_KEYS: &str = "y or Enter: move it · n or Esc: keep it";
/// History: the search line before anything is typed.
pub const SEARCH_HINT: &str = "/ search";
/// History: the keys of the filters, after the search line.
pub const FILTER_KEYS: &str = "s status · f round · u trash";
/// History: nothing is left by the search and filters.
pub const NOTHING_MATCHES: &str = "Nothing matches. Esc clears the search and the filters.";
/// History: `f` when no assessment has a round label.
pub const NO_ROUNDS_TO_FILTER: &str =
    "No assessment has a round label yet, so there is no round to filter by.";
/// History's advisor filter when no assessment names an advisor.
pub const NO_ADVISORS_TO_FILTER: &str =
    "No assessment names an advisor yet, so there is no advisor to filter by.";
/// History's trash view: its title.
pub const TRASH_TITLE: &str = "Trash";
/// History's trash view when nothing was removed.
pub const TRASH_EMPTY: &str = "The trash is empty.";
/// Restore question title.
pub const CONFIRM_RESTORE_TITLE: &str = "Restore?";
/// Restore question.
pub const CONFIRM_RESTORE: &str = "Move this assessment back from the trash:";
/// Restore question keys.
pub const CONFIRM_RESTORE_KEYS: &str = "y or Enter: restore it · n or Esc: leave it there";
/// After restoring an assessment.
pub const RESTORED: &str = "Restored from the trash:";
/// Rename form title.
pub const RENAME_TITLE: &str = "Rename organization";
/// Merge form title.
pub const MERGE_TITLE: &str = "Merge organization";
/// Rename or merge form keys.
pub const NAME_FORM_KEYS: &str = "Enter: go on · Esc: cancel";
/// Rename or merge question keys.
pub const CONFIRM_CHANGE_KEYS: &str = "y or Enter: do it · n or Esc: cancel";
/// Rename or merge with no name typed.
pub const NAME_NEEDED: &str = "Type a name first.";
/// Rename to the same name.
pub const NAME_UNCHANGED: &str = "That is its name already.";
/// Merge into itself.
pub const MERGE_ITSELF: &str = "That is the same organization: type the one to merge it into.";
/// Compare screen title.
pub const COMPARE_TITLE: &str = "Compare";
/// Compare heading.
pub const MOVED_MOST: &str = "Questions that moved most";
/// Trend screen title.
pub const TREND_TITLE: &str = "Trend";
/// Trend heading.
pub const MOST_IMPROVED: &str = "Most improved";
/// Trend heading.
pub const CONCERNS: &str = "Areas of concern";
/// Trend: nothing to list yet.
pub const NOTHING_YET: &str = "needs at least two check-ins";
/// Trend: the questionnaire every check-in answered.
pub const TREND_QUESTIONNAIRE: &str = "Every check-in answered";
/// Trend without complete assessments.
pub const NO_COMPLETE: &str = "No complete assessments for this organization yet.";
/// Round screen title.
pub const ROUND_TITLE: &str = "Round";
/// Marks a contested dimension.
pub const CONTESTED: &str = "CONTESTED";
/// Explains the agreement index.
pub const RWG_EXPLAINED: &str = "rwg is the agreement among respondents (0 = none, 1 = full); below 0.50 a dimension \
is marked CONTESTED: the respondents see it differently, so it is worth talking about. It is computed on \
one answer scale at a time (where a dimension mixes scales, the lowest, with its scale), so there is \
no overall agreement.";
/// Round: the least agreed dimension, shown instead of an overall agreement.
pub const LOWEST_AGREEMENT: &str = "Lowest agreement:";
/// Round: heading of the assessments that take no part.
pub const ROUND_LEFT_OUT: &str = "Left out:";
/// Round screen: `r` when the organization has one labelled round only.
pub const ONLY_ONE_ROUND: &str = "This organization has no other labelled round.";
/// Round screen: heading of the items answered far apart.
pub const ROUND_AGENDA: &str = "Agenda: items answered far apart";
/// Round screen: what puts an item on the agenda.
pub const ROUND_AGENDA_EXPLAINED: &str = "Answers at least half the scale apart (two steps of a \
5-point scale), widest first; x writes the report with every respondent's scores.";
/// Round screen: no item answered far apart.
pub const ROUND_AGENDA_EMPTY: &str = "No item was answered that far apart.";
/// Trend: rounds with several respondents.
pub const TREND_MEANS: &str = "n = respondents in the round; with more than one, a facet \
scores their mean and dimensions and overall are made from those by the usual rules.";
/// Trend: a point holds other respondents or questionnaires than the one before.
pub const TREND_CHANGED: &str =
    "* other respondents or another questionnaire than the check-in before:";
/// Trend: the overall change from the first to the last point.
pub const TREND_OVERALL_CHANGE: &str = "Overall, first to last check-in, like for like:";
/// Home menu entry: the instrument's evidence.
pub const MENU_EVIDENCE: &str = "Evidence: how reliable the scores are";
/// Evidence with no questionnaire to report on.
pub const EVIDENCE_NO_QUESTIONNAIRE: &str = "No questionnaire to report evidence on.";
/// Title of the evidence screen.
pub const EVIDENCE_TITLE: &str = "Evidence";
/// Evidence screen column: the dimension or facet.
pub const EVIDENCE_AREA: &str = "Area";
/// Evidence screen column: the firms a figure rests on.
pub const EVIDENCE_FIRMS: &str = "Firms";
/// Evidence screen column: alpha and its interval.
pub const EVIDENCE_ALPHA: &str = "Alpha (95% CI)";
/// Evidence screen column: the smallest real change.
pub const EVIDENCE_MDC: &str = "MDC95";
/// Evidence screen column: the retest correlation.
pub const EVIDENCE_RETEST: &str = "Retest (pairs)";
/// Evidence screen: heading of the flagged items.
pub const EVIDENCE_FLAGGED: &str = "Items that stand out";
/// Evidence screen: no item flagged.
pub const EVIDENCE_NONE_FLAGGED: &str = "none (or too few firms to tell)";
/// Evidence screen: where the rest of the figures are.
pub const EVIDENCE_MORE: &str = "MDC95 is the smallest change in a score that is more than \
     measurement noise. Omega, SD, SEM and every item's figures: x writes the full report \
     (HTML) to the reports folder; `ecoready evidence` prints it, `--questionnaire ID` for \
     another questionnaire.";
/// Home menu entry: ecosystem maps.
pub const MENU_MAPS: &str = "Ecosystem maps";
/// Map screen title.
pub const MAP_TITLE: &str = "Ecosystem map";
/// Title of the list of organizations to map.
pub const MAP_PICKER_TITLE: &str = "Ecosystem maps";
/// Hint above the list of organizations to map.
pub const MAP_PICKER_HINT: &str = "Who works with whom? Choose an organization to see and edit \
its map of partners, or start a map for a new one.";
/// Entry of the organization list that starts a map for a new organization.
pub const MAP_NEW_ORGANIZATION: &str = "New organization…";
/// An organization without a map.
pub const MAP_NO_MAP_YET: &str = "no map yet";
/// While the store is read.
pub const MAP_LOADING: &str = "Loading…";
/// Title of the new organization prompt.
pub const MAP_NAME_TITLE: &str = "New ecosystem map";
/// Hint of the new organization prompt.
pub const MAP_NAME_HINT: &str = "Which organization sits at the centre of the map? \
Enter opens its map (an existing one if the name is already mapped), Esc goes back.";
/// Placeholder of the new organization prompt.
pub const MAP_NAME_PLACEHOLDER: &str = "the firm's name, e.g. Alder Bakery Ltd";
/// Validation message of the new organization prompt.
pub const MAP_NEED_NAME: &str = "Please enter the organization's name.";
/// A map without partners.
pub const MAP_EMPTY: &str = "No partners yet. Press a to add the first one: a supplier, a key \
customer, a local association, a competitor you cooperate with…";
/// A layer without partners.
pub const MAP_EMPTY_LAYER: &str = "(none yet)";
/// A map that has never been saved.
pub const MAP_NOT_SAVED: &str = "not saved yet";
/// A map whose last change could not be saved.
pub const MAP_UNSAVED: &str = "last change NOT saved";
/// Status after a map version is saved.
pub const MAP_SAVED: &str = "Map saved as a new version; earlier versions are kept.";
/// Said when a map save was merged with versions saved elsewhere since the map was opened
/// (what the merge did is shown above the map).
pub const MAP_SAVED_MERGED: &str =
    "Map saved, merged with versions saved elsewhere meanwhile (see above).";
/// Layer filter off.
pub const MAP_ALL_LAYERS: &str = "all layers";
/// Sector filter off.
pub const MAP_ALL_SECTORS: &str = "all sectors";
/// Sector filter value for partners without a sector.
pub const MAP_NO_SECTOR: &str = "no sector";
/// Insights panel heading.
pub const MAP_INSIGHTS: &str = "What the map shows";
/// Insights heading.
pub const MAP_LAYERS: &str = "Layers";
/// Insights heading.
pub const MAP_RESOURCES: &str = "Resources partners bring";
/// Insights heading.
pub const MAP_CONCENTRATION: &str = "Concentration";
/// Insights heading.
pub const MAP_NEXT_STEPS: &str = "Next steps";
/// Marks a gap in the insights (a symbol, so it shows without colour).
pub const MAP_GAP_MARK: &str = "⚠";
/// Partner form title when adding.
pub const MAP_ADD_TITLE: &str = "Add a partner";
/// Partner form title when editing.
pub const MAP_EDIT_TITLE: &str = "Edit partner";
/// Partner form hint.
pub const MAP_FORM_HINT: &str = "Only the name is needed. Tab moves between fields, ← → change \
a choice or a toggle, Enter saves a new version of the map, Esc cancels.";
/// Partner form label.
pub const MAP_FIELD_NAME: &str = "Name";
/// Partner form label.
pub const MAP_FIELD_SECTOR: &str = "Sector";
/// Partner form label.
pub const MAP_FIELD_LAYER: &str = "Layer";
/// Partner form label.
pub const MAP_FIELD_RELATIONSHIP: &str = "Relationship";
/// Partner form label.
pub const MAP_FIELD_TANGIBLE: &str = "Brings tangible";
/// Partner form label.
pub const MAP_FIELD_INTANGIBLE: &str = "Brings intangible";
/// Partner form label.
pub const MAP_FIELD_RELATIONAL: &str = "Brings relational";
/// Partner form label.
pub const MAP_FIELD_BRINGS_NOTE: &str = "What exactly";
/// Partner form label.
pub const MAP_FIELD_WE_BRING: &str = "We bring";
/// Partner form label.
pub const MAP_FIELD_TIE: &str = "Tie strength";
/// Placeholder of the partner name.
pub const MAP_HINT_NAME: &str = "e.g. Harbour Logistics";
/// Placeholder of the partner sector.
pub const MAP_HINT_SECTOR: &str = "e.g. logistics, research, local government";
/// Placeholder of what the partner brings.
pub const MAP_HINT_BRINGS_NOTE: &str = "e.g. cold transport, lab tests, introductions";
/// Placeholder of what the firm brings.
pub const MAP_HINT_WE_BRING: &str = "e.g. steady orders, shop space, feedback";
/// Partner form validation message.
pub const MAP_NEED_PARTNER_NAME: &str = "Please enter the partner's name first.";
/// What each tie strength means, 1 to 5.
pub const MAP_TIE_MEANINGS: [&str; 5] = [
    "occasional contact",
    "some exchange",
    "regular work together",
    "close partner",
    "deep, trusted partnership",
];
/// Removal question.
pub const MAP_REMOVE_QUESTION: &str = "Remove this partner from the map?";
/// Removal explanation.
pub const MAP_REMOVE_NOTE: &str = "Earlier versions of the map keep it. y removes, n keeps.";
/// Map files that could not be read.
pub const MAP_SKIPPED: &str = "map file(s) could not be read and were skipped";
/// Results: heading of the ecosystem map's notes.
pub const MAP_NOTES: &str = "Your ecosystem map:";
/// Results, before the day the map version shown was saved.
pub const MAP_NOTES_OF: &str = "Your ecosystem map of";
/// Results, after that day.
pub const MAP_NOTES_SHOWS: &str = "shows:";
/// After writing a report from a screen.
pub const REPORT_WRITTEN: &str = "Report written to";
/// An item a respondent left unanswered.
pub const NOT_ANSWERED: &str = "not answered";

/// Undo put back a question's answer from before the last one given.
pub const ANSWER_UNDONE: &str = "Last answer undone: this question has its answer from before.";
/// Undo with no answer given in this run.
pub const NOTHING_TO_UNDO: &str = "No answer of this session to undo.";
/// `o` on the results of a draft (results shown before finishing).
pub const NOT_COMPLETE_TO_REOPEN: &str =
    "This assessment is not complete yet: open it to continue and change answers.";
/// Title of the setup form editing an existing assessment.
pub const SETUP_EDIT_TITLE: &str = "Edit setup";
/// What the setup editor says at its top.
pub const SETUP_EDIT_HINT: &str = "Correct who was assessed, by whom and in which round. Tab \
    moves between fields, Enter saves, Esc leaves without saving. Once the assessment was \
    completed, every change is kept in its amendment log.";
/// Saved a setup edit; followed by the fields changed.
pub const SETUP_SAVED: &str = "Setup saved; changed:";
/// A setup edit that changed nothing.
pub const SETUP_UNCHANGED: &str = "Nothing changed in the setup.";
/// Before the organization's existing round labels, under Setup's round field.
pub const ROUNDS_SO_FAR: &str = "Rounds so far:";
/// Before an existing label the typed one is written like.
pub const ROUND_SIMILAR: &str = "Did you mean";
/// PgDn on Setup when the organization has no round yet.
pub const NO_ROUNDS_YET: &str = "This organization has no round label yet: type one.";
/// `e` or `o` on History's organizations: they act on one assessment.
pub const CHOOSE_ASSESSMENT_TO_AMEND: &str =
    "Open the organization first (Enter), then choose an assessment for e or o.";

/// Title of the Plan screen.
pub const PLAN_TITLE: &str = "Improvement plan";
/// What the Plan screen says at its top.
pub const PLAN_HINT: &str = "Pick up to 5 priorities to work on until the next check-in, \
    weakest facets first. Enter: plan or change the one selected · d: take it out · Esc: back.";
/// What the priority form says at its top.
pub const PLAN_FORM_HINT: &str = "Who sees to it, by when, and what is to be done. Tab moves, \
    Enter saves the priority, Esc leaves the form.";
/// Label of the priority form's owner field.
pub const FIELD_OWNER: &str = "Owner";
/// Label of the priority form's due date field.
pub const FIELD_DUE: &str = "Due date";
/// Label of the priority form's note field.
pub const FIELD_PLAN_NOTE: &str = "What to do";
/// Placeholder of the owner field.
pub const HINT_OWNER: &str = "who sees to it";
/// Placeholder of the due date field.
pub const HINT_DUE: &str = "YYYY-MM-DD, or empty";
/// Placeholder of the plan note field.
pub const HINT_PLAN_NOTE: &str = "what is to be done";
/// Esc on a priority form holding typed text.
pub const PLAN_FORM_UNSAVED: &str =
    "Not saved yet: Enter saves it, Esc again drops what you typed.";
/// A priority was saved; followed by the assessment's id.
pub const PLAN_SAVED: &str = "Plan saved in assessment";
/// `d` on a facet that is not in the plan.
pub const PLAN_NOT_PLANNED: &str = "This facet is not in the plan: Enter plans it.";
/// `p` before the plans around the check-in have been read.
pub const PLAN_NOT_READ: &str = "The plans of this organization could not be read yet.";
/// `p` on Results of a draft.
pub const PLAN_NEEDS_COMPLETE: &str =
    "A plan is made from a complete check-in's results: finish this one first.";
/// How the full-screen Results says a plan is made.
pub const PLAN_MAKE_KEY: &str = "Press p to pick priorities.";
/// Title of the Review step of a new check-in.
pub const PLAN_REVIEW_TITLE: &str = "How did the plan go?";
/// What the Review step says at its top.
pub const PLAN_REVIEW_HINT: &str = "The last check-in made this plan. For each priority: \
    ← → done, in progress or dropped; n adds a note. Enter goes on to the questions; Esc \
    reviews later (the plan stays open: `ecoready plan --review` works too).";
/// The Review step was left with priorities not reviewed.
pub const PLAN_REVIEW_LATER: &str = "The plan stays open: it is offered again when this draft \
    is resumed, and `ecoready plan --org NAME --review FACET --status done` reviews it.";
/// The Review step was left with every priority reviewed.
pub const PLAN_REVIEW_DONE: &str = "Review of the plan saved with this check-in.";
/// `n` on a priority not yet given a status.
pub const PLAN_REVIEW_STATUS_FIRST: &str =
    "First say how it went (← →): done, in progress or dropped.";
/// `p` on Results of a check-in other than the organization's latest complete one;
/// followed by that one's date.
pub const PLAN_MADE_FROM_LATEST: &str = "Plans are made from the latest complete check-in";

/// What a long rebuild of the index is doing (the command line's progress bar on
/// standard error, the TUI's loading screen).
pub const INDEX_REBUILDING: &str = "Reading assessment files into the index";

/// How far a rebuild of the index got, as the progress bar's count: `done` of `total`,
/// `done` padded to `total`'s width so the line keeps its length as it is redrawn.
pub fn index_progress(done: usize, total: usize) -> String {
    let width = total.to_string().len();
    format!("{done:>width$} of {total} files")
}
