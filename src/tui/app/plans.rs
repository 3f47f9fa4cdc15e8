//! What the app does with the improvement plan: `p` on Results opens the Plan screen (or
//! says where plans are made), the plans read for the open assessment (a draft with an
//! open plan shows the Review step first), and a plan change saved.

use super::{App, Screen};
use crate::app::plan::CheckInPlans;
use crate::assessment::{Assessment, Status};
use crate::strings;
use crate::text::sanitize;
use crate::tr;
use crate::tui::screens::{plan, plan_review};

impl App {
    /// `p` on Results: the Plan screen of a check-in plans are made from; on any other,
    /// which check-in that is.
    pub(super) fn open_plan(&mut self) {
        let Some(session) = &self.session else {
            return;
        };
        if session.assessment.status == Status::Draft {
            return self.say(strings::plan_needs_complete(), false);
        }
        let Some(plans) = &session.plans else {
            return self.say(strings::plan_not_read(), true);
        };
        if plans.makes_plans() {
            self.screen = Screen::Plan(Box::new(plan::PlanScreen::new(session)));
        } else {
            // One row under the screen: the date says which check-in, History opens it.
            let said = match &plans.latest_complete {
                Some(latest) => tr!(
                    "tui-plan-from-latest",
                    made_from = strings::plan_made_from_latest(),
                    date = latest.recorded_at().format("%Y-%m-%d").to_string()
                ),
                None => strings::plan_needs_complete().to_string(),
            };
            self.say(said, false);
        }
    }

    /// The plans around the open assessment were read: kept for Results, and a draft
    /// with a plan to review opens with the Review step (once a run).
    pub(super) fn plans_read(&mut self, plans: CheckInPlans) {
        let Some(session) = &mut self.session else {
            return;
        };
        if plans.assessment != session.assessment.id {
            return;
        }
        let due = plans.review_due(&session.assessment) && !session.plan_review_offered;
        if let (true, Screen::Wizard(then), Some(open)) = (due, &self.screen, &plans.open) {
            session.plan_review_offered = true;
            let step = plan_review::PlanReviewStep::new(open.clone(), *then);
            self.screen = Screen::PlanReview(Box::new(step));
        }
        session.plans = Some(plans);
    }

    /// A plan change reached the disk: the session holds the assessment as saved.
    pub(super) fn plan_saved(&mut self, (saved, plans): (Assessment, CheckInPlans)) {
        if let Some(session) = &mut self.session
            && session.assessment.id == saved.id
        {
            session.on_disk = saved.clone();
            session.assessment = saved.clone();
            session.plans = Some(plans);
        }
        if let Screen::Plan(screen) = &mut self.screen {
            screen.saved(&saved);
        }
        let id = sanitize(&saved.id, false);
        self.say(
            tr!("tui-plan-saved", saved = strings::plan_saved(), id = id),
            false,
        );
    }
}
