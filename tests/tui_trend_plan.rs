//! The Trend screen with an improvement plan: the plan made at the first check-in and
//! reviewed at the second, under the trend beside the check-ins it spans, with its
//! facet's change and whether it is real. Headless, checked with a snapshot.

mod support;

use chrono::Duration;
use ecoready::assessment::{Assessment, Mode, Response};
use ecoready::plan::{PlanReview, Priority, Review, Status};
use ecoready::questionnaire::{self, Loaded};
use ecoready::tui::app::{App, Screen};
use ecoready::tui::theme::Theme;
use ecoready::tui::{Start, initial_app};
use ratatui::crossterm::event::KeyCode;
use support::fixtures::{at, drive, full, key, setup, store};

/// A complete check-in answering every item at `level` (1-5), `days` after March 1st.
fn check_in(q: &Loaded, id: &str, level: u8, days: i64) -> Assessment {
    let start = at(1, 9) + Duration::days(days);
    let mut a = Assessment::start(
        id.into(),
        setup("Alder Bakery", "Robin Owner", Mode::SelfAssessment),
        &q.questionnaire,
        &q.digest,
        start,
    );
    a.round = Some(format!("day {days}"));
    for r in q.questionnaire.items() {
        a.respond(&q.questionnaire, &r.item.id, Response::Value(level), start);
    }
    a.complete(&q.questionnaire, start + Duration::minutes(20));
    a
}

fn app() -> App {
    initial_app(Start::Home, questionnaire::builtins(), Theme::COLOR)
}

#[test]
fn trend_shows_the_plan_beside_the_check_ins_it_spans() {
    let (_dir, store) = store();
    let q = full();
    store.keep_questionnaire(&q.questionnaire, &q.text).unwrap();
    // Every item at level 3 (= 50), then at level 5 (= 100): goal alignment +50 on its 3
    // items, above its MDC95 of 1.96 * sqrt(2) * 20 * sqrt(1 - 0.67) = 31.85: real.
    let mut first = check_in(&q, "20260301-090000-aaaa", 3, 0);
    let made = first.completed_at.unwrap() + Duration::hours(1);
    first.set_plan(
        vec![Priority {
            facet: "goal_alignment".into(),
            title: "Goals you share with partners".into(),
            owner: "Robin".into(),
            due: None,
            note: "Ask the mill".into(),
        }],
        made,
    );
    store.save(&first).unwrap();
    let mut second = check_in(&q, "20260601-090000-bbbb", 5, 92);
    let reviewed = second.completed_at.unwrap() + Duration::hours(1);
    second.set_plan_review(
        PlanReview {
            plan_of: first.id.clone(),
            reviews: vec![Review {
                facet: "goal_alignment".into(),
                status: Status::Done,
                note: "Met monthly".into(),
            }],
        },
        reviewed,
    );
    store.save(&second).unwrap();

    let mut app = app();
    let keys = vec![
        key(KeyCode::Char('h')),
        key(KeyCode::Char('t')),
        key(KeyCode::End),
    ];
    let shown = drive(&mut app, &store, keys, 120, 40).backend().to_string();
    let Screen::Trend(view) = &app.screen else {
        panic!("expected the trend screen:\n{shown}");
    };
    assert_eq!(view.trend.plans.len(), 1);
    assert_eq!(view.trend.plans[0].made_point, Some(0));
    assert_eq!(view.trend.plans[0].reviewed_point, Some(1));
    assert!(shown.contains("Improvement plans"), "{shown}");
    assert!(
        shown.contains("Goals you share with partners (Robin): done · 50.0 → 100.0 · +50.0 ▲ on 3 items · real (≥ 31.8)"),
        "{shown}"
    );
    insta::assert_snapshot!("trend_with_plan_120x40", shown);
}
