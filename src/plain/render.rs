//! The plain wizard's text: pure functions from the assessment to lines. Every string
//! from a questionnaire file or the keyboard is sanitized before it is shown.

use crate::app::Navigator;
use crate::assessment::{Assessment, Mode, Response};
use crate::documents::AssessmentDetail;
use crate::peers::PeerStanding;
use crate::plain::command::{self, CommandHelp};
use crate::questionnaire::{ItemRef, Questionnaire};
use crate::report::text;
use crate::strings;
use crate::text::sanitize;

/// Marks the recorded answer among the options (words, so a screen reader says it).
pub const CURRENT: &str = "(your answer)";

/// The intro of a dimension: its title, summary, size and facets.
pub fn intro(q: &Questionnaire, dimension: usize, answered: usize) -> Vec<String> {
    let Some(d) = q.dimensions.get(dimension) else {
        return Vec::new();
    };
    let count: usize = d.facets.iter().map(|f| f.items.len()).sum();
    let facets: Vec<String> = d.facets.iter().map(|f| clean(&f.title)).collect();
    vec![
        String::new(),
        format!(
            "Part {} of {}: {}",
            dimension + 1,
            q.dimensions.len(),
            clean(&d.title)
        ),
        sanitize(&d.summary, true),
        format!(
            "{count} questions, {answered} answered so far. They cover: {}.",
            facets.join(", ")
        ),
    ]
}

/// A question: position, where it belongs, the item, the advisor's prompt in an
/// interview, the numbered options with the recorded one marked, note and flag.
pub fn question(q: &Questionnaire, r: ItemRef<'_>, assessment: &Assessment) -> Vec<String> {
    let mut lines = vec![
        String::new(),
        format!(
            "Question {} of {} · {} › {}",
            r.index + 1,
            q.item_count(),
            clean(&r.dimension.title),
            clean(&r.facet.title)
        ),
        clean(&r.item.text),
    ];
    if assessment.mode == Mode::Interview {
        lines.push(format!(
            "{}: {}",
            strings::probe_label(),
            clean(&r.item.probe)
        ));
    }
    let response = assessment.response(&r.item.id);
    let mark = |chosen: bool| {
        if chosen {
            format!(" {CURRENT}")
        } else {
            String::new()
        }
    };
    for (n, choice) in q.choices(r.item).iter().enumerate() {
        let chosen = response == Some(Response::Value(choice.value));
        lines.push(format!(
            "  {}) {}{}",
            n + 1,
            clean(&choice.label),
            mark(chosen)
        ));
    }
    let dont_know = response == Some(Response::DontKnow);
    lines.push(format!("  0) {}{}", strings::dont_know(), mark(dont_know)));
    let note = assessment.note(&r.item.id);
    if !note.is_empty() {
        lines.push(format!("{}: {}", strings::note_label(), clean(note)));
    }
    if assessment.is_flagged(&r.item.id) {
        lines.push("Flagged for review.".to_string());
    }
    lines
}

/// The prompt under a question.
pub fn question_prompt(options: usize) -> String {
    format!("Answer (1-{options}, 0 don't know, ? help):")
}

/// What `?` shows on a question: the item's help, the advisor's prompt in an interview,
/// and the commands.
pub fn question_help(r: ItemRef<'_>, mode: Mode, options: usize) -> Vec<String> {
    let mut lines = vec![format!(
        "{}: {}",
        strings::help_label(),
        clean(&r.item.help)
    )];
    if mode == Mode::Interview {
        lines.push(format!(
            "{}: {}",
            strings::probe_label(),
            clean(&r.item.probe)
        ));
    }
    lines.extend(commands(command::QUESTION_COMMANDS, options));
    lines
}

/// The list of commands under a heading.
pub fn commands(table: &[CommandHelp], options: usize) -> Vec<String> {
    let mut lines = vec!["Commands:".to_string()];
    lines.extend(command::help_lines(table, options));
    lines
}

/// The review: how much is answered, what is not, what is flagged, and how to finish.
pub fn review(q: &Questionnaire, assessment: &Assessment) -> Vec<String> {
    let total = q.item_count();
    let answered = assessment.responded_count(q);
    let dont_know = q
        .items()
        .filter(|r| assessment.response(&r.item.id) == Some(Response::DontKnow))
        .count();
    let mut lines = vec![
        String::new(),
        strings::review_title().to_string(),
        format!("{answered} of {total} answered, {dont_know} of them \"don't know\"."),
    ];
    let walk = Navigator::new(q, assessment);
    let numbered_all = |indexes: Vec<usize>| -> Vec<String> {
        indexes
            .into_iter()
            .filter_map(|index| q.item_at(index))
            .map(numbered)
            .collect()
    };
    let unanswered = numbered_all(walk.unanswered());
    let flagged = numbered_all(walk.flagged());
    if unanswered.is_empty() && flagged.is_empty() {
        lines.push(strings::all_answered().to_string());
    }
    for (heading, items) in [
        (strings::unanswered(), unanswered),
        (strings::flagged_heading(), flagged),
    ] {
        if !items.is_empty() {
            lines.push(format!("{heading}:"));
            lines.extend(items);
        }
    }
    lines
}

/// The prompt on the review.
pub const REVIEW_PROMPT: &str =
    "Press Enter to finish and see the results (g N goes to a question, b back, q leave):";

/// The question before finishing with questions unanswered or dimensions unscored.
pub const FINISH_ANYWAY_PROMPT: &str =
    "Finish anyway? Type y to finish, or press Enter to go back to the review:";

/// Every question with its number and state, for `g` alone.
pub fn question_list(q: &Questionnaire, assessment: &Assessment) -> Vec<String> {
    q.items()
        .map(|r| {
            let state = match assessment.response(&r.item.id) {
                Some(Response::Value(_)) => "answered",
                Some(Response::DontKnow) => "don't know",
                None => "not answered",
            };
            let flag = if assessment.is_flagged(&r.item.id) {
                ", flagged"
            } else {
                ""
            };
            format!("{} [{state}{flag}]", numbered(r))
        })
        .collect()
}

/// The results, exactly as `ecoready show` prints them (with where the firm stands among
/// `peers`), under the `Results` title.
pub fn results(assessment: &Assessment, q: &Questionnaire, peers: Option<PeerStanding>) -> String {
    let detail =
        AssessmentDetail::new(assessment, q, &assessment.current_scores(q)).with_peers(peers);
    format!(
        "\n{}\n\n{}",
        strings::results_title(),
        text::show(&detail, q)
    )
}

/// After the results: where they are kept and how to see them again.
pub fn saved_as(id: &str) -> String {
    format!("\nSaved as assessment {id}; `ecoready show {id}` shows these results again.")
}

/// `  4. The item's text`.
fn numbered(r: ItemRef<'_>) -> String {
    format!("  {}. {}", r.index + 1, clean(&r.item.text))
}

fn clean(text: &str) -> String {
    sanitize(text, false)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{Setup, now};
    use crate::questionnaire::builtin;

    #[test]
    fn a_question_marks_the_recorded_answer_in_words_and_shows_note_and_flag() {
        let loaded = builtin("quick-check").unwrap();
        let q = &loaded.questionnaire;
        let mut a = Assessment::start("x".into(), Setup::default(), q, &loaded.digest, now());
        let r = q.item_at(0).unwrap();
        a.respond(q, &r.item.id, Response::Value(4), now());
        a.set_note(q, &r.item.id, "ask \u{1b}[31mMaria".into(), now());
        a.toggle_flag(q, &r.item.id, now());
        let lines = question(q, r, &a);
        assert_eq!(
            lines[1],
            format!(
                "Question 1 of {} · Shared goals › Shared goals: first look",
                q.item_count()
            )
        );
        // A level is shown in the item's own words.
        let level = |n: usize| r.item.anchors[n - 1].clone();
        assert!(
            lines.contains(&format!("  4) {} (your answer)", level(4))),
            "{lines:#?}"
        );
        assert!(lines.contains(&format!("  5) {}", level(5))));
        assert!(lines.contains(&"  0) Don't know / not applicable".to_string()));
        assert!(lines.contains(&"Note: ask Maria".to_string()));
        assert_eq!(lines.last().unwrap(), "Flagged for review.");
        // No advisor's prompt in a self-assessment.
        assert!(!lines.iter().any(|l| l.starts_with("Ask:")));
    }

    #[test]
    fn the_review_lists_unanswered_and_flagged_questions_by_number() {
        let loaded = builtin("quick-check").unwrap();
        let q = &loaded.questionnaire;
        let mut a = Assessment::start("x".into(), Setup::default(), q, &loaded.digest, now());
        for r in q.items().skip(2) {
            a.respond(q, &r.item.id, Response::DontKnow, now());
        }
        let third = q.item_at(2).unwrap();
        a.toggle_flag(q, &third.item.id, now());
        let lines = review(q, &a);
        let total = q.item_count();
        // Everything but the first two items answered, all of them "don't know".
        assert_eq!(
            lines[2],
            format!(
                "{} of {total} answered, {} of them \"don't know\".",
                total - 2,
                total - 2
            )
        );
        let unanswered = lines.iter().position(|l| l == "Not answered yet:").unwrap();
        assert!(lines[unanswered + 1].starts_with("  1. "));
        assert!(lines[unanswered + 2].starts_with("  2. "));
        let flagged = lines
            .iter()
            .position(|l| l == "Flagged for review:")
            .unwrap();
        assert_eq!(flagged, unanswered + 3);
        assert!(lines[flagged + 1].starts_with("  3. "));
    }
}
