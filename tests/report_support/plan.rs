//! The report fixtures with an improvement plan: the baseline made one, the check-in
//! reviewed it and made its own; the changes each priority should show are worked out by
//! hand beside them.

use ecoready::assessment::Assessment;
use ecoready::plan::{PlanReview, Priority, Review, Status};
use ecoready::store::Store;

use super::{BASELINE_ID, Sandbox, baseline, check_in, time};

/// The baseline with a plan of two priorities, made the day after:
/// - goal alignment (2 items, agree7): baseline 6, 4 -> 83.33, 50 => 66.67; check-in 7, 5
///   -> 100, 66.67 => 83.33; change +16.67 on 2 items. Its MDC95 from the questionnaire's
///   default (reliability 0.95, SD 20): 1.96 * sqrt(2) * 20 * sqrt(0.05) = 12.40, so the
///   change is real.
/// - responsibility and agreed use (2 items, maturity5: 25 * (L - 1)): baseline levels 2, 3
///   -> 25, 50 => 37.5; check-in 3, 3 -> 50, 50 => 50; change +12.5 on 2 items. The facet
///   has no default of its own (only its dimension has): no estimate.
pub fn planned_baseline() -> Assessment {
    let mut a = baseline();
    let plan = vec![
        priority(
            "goal_alignment",
            "Goals you share with partners",
            "Ana Ruiz",
            "2025-06-30",
            "Ask the co-op",
        ),
        priority(
            "ownership_use",
            "Responsibility and agreed use",
            "Sam Lee",
            "",
            "=name a steward",
        ),
    ];
    a.set_plan(plan, time("2025-01-11T09:00:00+01:00"));
    a
}

/// The check-in reviewing the baseline's plan (goal alignment done, responsibility in
/// progress) and making its own plan of one priority, security.
pub fn reviewing_check_in() -> Assessment {
    let mut a = check_in();
    let at = time("2025-07-01T10:40:00+02:00");
    a.set_plan_review(
        PlanReview {
            plan_of: BASELINE_ID.to_string(),
            reviews: vec![
                review("goal_alignment", Status::Done, "Agreed in March"),
                review(
                    "ownership_use",
                    Status::InProgress,
                    "<b>Steward</b> named but not trained",
                ),
            ],
        },
        at,
    );
    a.set_plan(
        vec![priority(
            "security",
            "Security and breach response",
            "IT",
            "2025-12-31",
            "Write the breach plan",
        )],
        at,
    );
    a
}

fn priority(facet: &str, title: &str, owner: &str, due: &str, note: &str) -> Priority {
    Priority {
        facet: facet.to_string(),
        title: title.to_string(),
        owner: owner.to_string(),
        due: chrono::NaiveDate::parse_from_str(due, "%Y-%m-%d").ok(),
        note: note.to_string(),
    }
}

fn review(facet: &str, status: Status, note: &str) -> Review {
    Review {
        facet: facet.to_string(),
        status,
        note: note.to_string(),
    }
}

/// A data directory with the planned baseline and the reviewing check-in instead of the
/// plain ones (and the draft).
pub fn planned_sandbox() -> Sandbox {
    let sandbox = Sandbox::with_fixtures();
    let store = Store::open(sandbox.data.path()).unwrap();
    store.save(&planned_baseline()).unwrap();
    store.save(&reviewing_check_in()).unwrap();
    sandbox
}
