//! Saves that failed. While the disk refuses, the wizard asks nothing new: it keeps every
//! answer, note and flag in memory, says why in full, and tries again on the next key;
//! leaving before a save succeeds ends with what could not be saved on stderr and exit
//! status 1 (see `tui::run`).

use std::collections::BTreeSet;

use super::app::{App, Effect, Screen};
use super::screens::map::MapEffect;
use super::session::Step;
use crate::assessment::Assessment;
use crate::strings;
use crate::text::sanitize;
use crate::tr;

/// A save that has not reached the disk.
#[derive(Debug, Clone, PartialEq)]
pub struct SaveProblem {
    /// The store work that failed: run again on a retry and when the user leaves.
    pub retry: Effect,
    /// Why it failed, whole.
    pub message: String,
}

/// Where the wizard stood before an action: if the action's save fails, the wizard goes
/// back there instead of moving on to a question (or a screen) that is not saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    step: Step,
    cursor: Option<usize>,
    position: usize,
    back_to_review: bool,
}

impl Effect {
    /// The store work to run again if this effect fails: saves of the open assessment, of
    /// a new draft and of a map version; nothing else holds what the user typed.
    pub fn is_save(&self) -> bool {
        matches!(
            self,
            Effect::Save | Effect::Create(..) | Effect::Map(MapEffect::Save(_))
        )
    }

    /// Whether `self` and `other` save the same thing (the assessment, a new draft, a map).
    fn saves_what(&self, other: &Effect) -> bool {
        matches!(
            (self, other),
            (Effect::Save, Effect::Save)
                | (Effect::Create(..), Effect::Create(..))
                | (
                    Effect::Map(MapEffect::Save(_)),
                    Effect::Map(MapEffect::Save(_))
                )
        )
    }
}

impl App {
    /// Where the open assessment stands on its wizard screens, if it is on one.
    pub(super) fn place(&self) -> Option<Place> {
        let (Screen::Wizard(step), Some(session)) = (&self.screen, &self.session) else {
            return None;
        };
        Some(Place {
            step: *step,
            cursor: session.cursor,
            position: session.assessment.position,
            back_to_review: session.back_to_review,
        })
    }

    /// A save reached the disk: what it wrote is now the saved state, and a failed save of
    /// the same thing is over.
    pub(super) fn saved(&mut self, effect: &Effect) {
        if matches!(effect, Effect::Save)
            && let Some(session) = &mut self.session
        {
            session.on_disk = session.assessment.clone();
        }
        let recovered = self
            .save_problem
            .as_ref()
            .is_some_and(|p| p.retry.saves_what(effect));
        if recovered {
            self.save_problem = None;
            self.say(strings::save_recovered(), false);
        }
    }

    /// A save failed: stay (or go back) where the user was, keep everything, and wait.
    pub(super) fn save_failed(&mut self, problem: SaveProblem) {
        // A message such as "Draft saved" was said before the save ran; it is not true.
        self.status = None;
        if matches!(problem.retry, Effect::Save) {
            self.back_to_place_before();
        }
        self.save_problem = Some(problem);
    }

    /// Goes back to where the wizard stood before the latest action (whose save did not
    /// reach the disk), if it stood on the open assessment's wizard screens.
    pub(super) fn back_to_place_before(&mut self) {
        if let Some(place) = self.place_before.take()
            && let Some(session) = &mut self.session
        {
            session.cursor = place.cursor;
            session.assessment.position = place.position;
            session.back_to_review = place.back_to_review;
            self.screen = Screen::Wizard(place.step);
            self.overlay = None;
        }
    }

    /// Runs the failed save again (the open assessment is saved as it is now).
    pub(super) fn retry(&mut self) {
        self.place_before = None;
        if let Some(problem) = &self.save_problem {
            let retry = problem.retry.clone();
            self.effect(retry);
        }
    }
}

/// What leaving now would lose, as a message for stderr: `None` unless a save failed and
/// no retry has succeeded since.
pub fn unsaved_report(app: &App) -> Option<String> {
    let problem = app.save_problem.as_ref()?;
    let reason = problem.message.as_str();
    Some(match (&problem.retry, &app.session) {
        (Effect::Save, Some(session)) => {
            let a = &session.assessment;
            tr!(
                "tui-unsaved-assessment",
                what = changes(&session.on_disk, a),
                organization = sanitize(&a.organization.name, false),
                id = a.id.as_str(),
                reason = reason
            )
        }
        (Effect::Create(setup, _), _) => tr!(
            "tui-unsaved-new-assessment",
            organization = sanitize(&setup.organization.name, false),
            reason = reason
        ),
        (Effect::Map(MapEffect::Save(map)), _) => tr!(
            "tui-unsaved-map-change",
            organization = sanitize(&map.organization, false),
            reason = reason
        ),
        _ => tr!("tui-unsaved-change", reason = reason),
    })
}

/// What differs between the saved assessment and the one in memory, in words: "3
/// answers, 1 note and 1 flag" (or that it was finished, or only where the user was).
pub fn changes(on_disk: &Assessment, now: &Assessment) -> String {
    let items: BTreeSet<&str> = on_disk
        .answers
        .iter()
        .chain(&now.answers)
        .map(|a| a.item.as_str())
        .collect();
    let count = |differs: &dyn Fn(&str) -> bool| items.iter().filter(|i| differs(i)).count();
    let answers = count(&|i| on_disk.response(i) != now.response(i));
    let notes = count(&|i| on_disk.note(i) != now.note(i));
    let flags = count(&|i| on_disk.is_flagged(i) != now.is_flagged(i));
    let mut parts: Vec<String> = Vec::new();
    if answers > 0 {
        parts.push(tr!("tui-changed-answers", count = answers));
    }
    if notes > 0 {
        parts.push(tr!("tui-changed-notes", count = notes));
    }
    if flags > 0 {
        parts.push(tr!("tui-changed-flags", count = flags));
    }
    if on_disk.status != now.status {
        parts.push(strings::unsaved_finishing().to_string());
    }
    match parts.as_slice() {
        [] => strings::unsaved_place().to_string(),
        [one] => one.clone(),
        [rest @ .., last] => tr!(
            "tui-list-and",
            rest = rest.join(tr!("tui-list-separator")),
            last = last.as_str()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{Response, Setup};
    use crate::questionnaire;

    #[test]
    fn changes_counts_answers_notes_flags_and_finishing() {
        let loaded = questionnaire::builtin("ecosystem-readiness").unwrap();
        let q = &loaded.questionnaire;
        let at = crate::assessment::now();
        let on_disk = Assessment::start("a".into(), Setup::default(), q, &loaded.digest, at);
        let mut now = on_disk.clone();
        assert_eq!(changes(&on_disk, &now), strings::unsaved_place());
        let ids: Vec<String> = q.items().take(3).map(|r| r.item.id.clone()).collect();
        now.respond(q, &ids[0], Response::Value(2), at);
        assert_eq!(changes(&on_disk, &now), "1 answer");
        now.respond(q, &ids[1], Response::DontKnow, at);
        now.set_note(q, &ids[1], "call back".into(), at);
        now.toggle_flag(q, &ids[2], at);
        assert_eq!(changes(&on_disk, &now), "2 answers, 1 note and 1 flag");
        now.complete(q, at);
        assert_eq!(
            changes(&on_disk, &now),
            format!(
                "2 answers, 1 note, 1 flag and {}",
                strings::unsaved_finishing()
            )
        );
    }
}
