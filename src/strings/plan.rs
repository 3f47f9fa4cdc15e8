//! What the improvement plan's screens (Plan, its form, the plan review) say.

use crate::tr;

messages! {
    /// Title of the Plan screen.
    plan_title = tr!("wizard-plan-title");
    /// What the Plan screen says at its top.
    plan_hint = tr!("wizard-plan-hint");
    /// What the priority form says at its top.
    plan_form_hint = tr!("wizard-plan-form-hint");
    /// Label of the priority form's owner field.
    field_owner = tr!("wizard-field-owner");
    /// Label of the priority form's due date field.
    field_due = tr!("wizard-field-due");
    /// Label of the priority form's note field.
    field_plan_note = tr!("wizard-field-plan-note");
    /// Placeholder of the owner field.
    hint_owner = tr!("wizard-hint-owner");
    /// Placeholder of the due date field.
    hint_due = tr!("wizard-hint-due");
    /// Placeholder of the plan note field.
    hint_plan_note = tr!("wizard-hint-plan-note");
    /// Esc on a priority form holding typed text.
    plan_form_unsaved = tr!("wizard-plan-form-unsaved");
    /// A priority was saved; followed by the assessment's id.
    plan_saved = tr!("wizard-plan-saved");
    /// `d` on a facet that is not in the plan.
    plan_not_planned = tr!("wizard-plan-not-planned");
    /// `p` before the plans around the check-in have been read.
    plan_not_read = tr!("wizard-plan-not-read");
    /// `p` on Results of a draft.
    plan_needs_complete = tr!("wizard-plan-needs-complete");
    /// How the full-screen Results says a plan is made.
    plan_make_key = tr!("wizard-plan-make-key");
    /// Title of the Review step of a new check-in.
    plan_review_title = tr!("wizard-plan-review-title");
    /// What the Review step says at its top.
    plan_review_hint = tr!("wizard-plan-review-hint");
    /// The Review step was left with priorities not reviewed.
    plan_review_later = tr!("wizard-plan-review-later");
    /// The Review step was left with every priority reviewed.
    plan_review_done = tr!("wizard-plan-review-done");
    /// `n` on a priority not yet given a status.
    plan_review_status_first = tr!("wizard-plan-review-status-first");
    /// `p` on Results of a check-in other than the organization's latest complete one;
    /// followed by that one's date.
    plan_made_from_latest = tr!("wizard-plan-made-from-latest");
}
