//! Every piece of text the wizard shows, in one place.

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
/// Setup screen title.
pub const SETUP_TITLE: &str = "New assessment";
/// Setup field labels.
pub const FIELD_ORGANIZATION: &str = "Organization";
/// Setup field label.
pub const FIELD_SECTOR: &str = "Sector";
/// Setup field label.
pub const FIELD_RESPONDENT: &str = "Your name";
/// Setup field label.
pub const FIELD_ROLE: &str = "Your role";
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
/// Shown when the terminal is too small.
pub const TOO_SMALL: &str = "The terminal is too small for ecoready.";
/// Prefix of a save error.
pub const SAVE_FAILED: &str = "Could not save";
/// Marks a score with many "don't know" answers.
pub const KNOWLEDGE_GAP_MARK: &str = "?";
/// Explains the knowledge gap mark.
pub const KNOWLEDGE_GAP: &str =
    "? more than 30% \"don't know\": a knowledge gap worth finding out about.";
