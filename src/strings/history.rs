//! What History and the screens it opens (Compare, Trend, Round, Evidence, Trash) say.

use crate::tr;

messages! {
    /// History screen title.
    history_title = tr!("wizard-history-title");
    /// Home menu entry: history.
    menu_history = tr!("wizard-menu-history");
    /// Said when `c` is pressed twice on one assessment.
    compare_same = tr!("wizard-compare-same");
    /// Said when the second `c` is on another organization's assessment.
    compare_other_organization = tr!("wizard-compare-other-organization");
    /// After marking the first assessment of a comparison.
    compare_marked = tr!("wizard-compare-marked");
    /// History: `c` or `d` pressed while the organizations are selected.
    choose_assessment_first = tr!("wizard-choose-assessment-first");
    /// When an organization has no round label.
    no_round = tr!("wizard-no-round");
    /// After moving an assessment to the trash.
    moved_to_trash = tr!("wizard-moved-to-trash");
    /// Confirmation dialog title.
    confirm_title = tr!("wizard-confirm-title");
    /// Confirmation question.
    confirm_trash = tr!("wizard-confirm-trash");
    /// Confirmation keys.
    confirm_keys = tr!("wizard-confirm-keys");
    /// History: the search line before anything is typed.
    search_hint = tr!("wizard-search-hint");
    /// History: the keys of the filters, after the search line.
    filter_keys = tr!("wizard-filter-keys");
    /// History: nothing is left by the search and filters.
    nothing_matches = tr!("wizard-nothing-matches");
    /// History: `f` when no assessment has a round label.
    no_rounds_to_filter = tr!("wizard-no-rounds-to-filter");
    /// History's advisor filter when no assessment names an advisor.
    no_advisors_to_filter = tr!("wizard-no-advisors-to-filter");
    /// History's trash view: its title.
    trash_title = tr!("wizard-trash-title");
    /// History's trash view when nothing was removed.
    trash_empty = tr!("wizard-trash-empty");
    /// Restore question title.
    confirm_restore_title = tr!("wizard-confirm-restore-title");
    /// Restore question.
    confirm_restore = tr!("wizard-confirm-restore");
    /// Restore question keys.
    confirm_restore_keys = tr!("wizard-confirm-restore-keys");
    /// After restoring an assessment.
    restored = tr!("wizard-restored");
    /// Rename form title.
    rename_title = tr!("wizard-rename-title");
    /// Merge form title.
    merge_title = tr!("wizard-merge-title");
    /// Rename or merge form keys.
    name_form_keys = tr!("wizard-name-form-keys");
    /// Rename or merge question keys.
    confirm_change_keys = tr!("wizard-confirm-change-keys");
    /// Rename or merge with no name typed.
    name_needed = tr!("wizard-name-needed");
    /// Rename to the same name.
    name_unchanged = tr!("wizard-name-unchanged");
    /// Merge into itself.
    merge_itself = tr!("wizard-merge-itself");
    /// Compare screen title.
    compare_title = tr!("wizard-compare-title");
    /// Compare heading.
    moved_most = tr!("wizard-moved-most");
    /// Trend screen title.
    trend_title = tr!("wizard-trend-title");
    /// Trend heading.
    most_improved = tr!("wizard-most-improved");
    /// Trend heading.
    concerns = tr!("wizard-concerns");
    /// Trend: nothing to list yet.
    nothing_yet = tr!("wizard-nothing-yet");
    /// Trend: the questionnaire every check-in answered.
    trend_questionnaire = tr!("wizard-trend-questionnaire");
    /// Trend without complete assessments.
    no_complete = tr!("wizard-no-complete");
    /// Round screen title.
    round_title = tr!("wizard-round-title");
    /// Marks a contested dimension.
    contested = tr!("wizard-contested");
    /// Explains the agreement index.
    rwg_explained = tr!("wizard-rwg-explained");
    /// Round: the least agreed dimension, shown instead of an overall agreement.
    lowest_agreement = tr!("wizard-lowest-agreement");
    /// Round: heading of the assessments that take no part.
    round_left_out = tr!("wizard-round-left-out");
    /// Round screen: `r` when the organization has one labelled round only.
    only_one_round = tr!("wizard-only-one-round");
    /// Round screen: heading of the items answered far apart.
    round_agenda = tr!("wizard-round-agenda");
    /// Round screen: what puts an item on the agenda.
    round_agenda_explained = tr!("wizard-round-agenda-explained");
    /// Round screen: no item answered far apart.
    round_agenda_empty = tr!("wizard-round-agenda-empty");
    /// Trend: rounds with several respondents.
    trend_means = tr!("wizard-trend-means");
    /// Trend: a point holds other respondents or questionnaires than the one before.
    trend_changed = tr!("wizard-trend-changed");
    /// Trend: the overall change from the first to the last point.
    trend_overall_change = tr!("wizard-trend-overall-change");
    /// Home menu entry: the instrument's evidence.
    menu_evidence = tr!("wizard-menu-evidence");
    /// Evidence with no questionnaire to report on.
    evidence_no_questionnaire = tr!("wizard-evidence-no-questionnaire");
    /// Title of the evidence screen.
    evidence_title = tr!("wizard-evidence-title");
    /// Evidence screen column: the dimension or facet.
    evidence_area = tr!("wizard-evidence-area");
    /// Evidence screen column: the firms a figure rests on.
    evidence_firms = tr!("wizard-evidence-firms");
    /// Evidence screen column: alpha and its interval.
    evidence_alpha = tr!("wizard-evidence-alpha");
    /// Evidence screen column: the smallest real change.
    evidence_mdc = tr!("wizard-evidence-mdc");
    /// Evidence screen column: the retest correlation.
    evidence_retest = tr!("wizard-evidence-retest");
    /// Evidence screen: heading of the flagged items.
    evidence_flagged = tr!("wizard-evidence-flagged");
    /// Evidence screen: no item flagged.
    evidence_none_flagged = tr!("wizard-evidence-none-flagged");
    /// Evidence screen: where the rest of the figures are.
    evidence_more = tr!("wizard-evidence-more");
    /// `o` on the results of a draft (results shown before finishing).
    not_complete_to_reopen = tr!("wizard-not-complete-to-reopen");
    /// `e` or `o` on History's organizations: they act on one assessment.
    choose_assessment_to_amend = tr!("wizard-choose-assessment-to-amend");
}
