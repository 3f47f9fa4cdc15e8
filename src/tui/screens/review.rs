//! Review: what is unanswered or flagged, a jump to any of it, and the way to finish.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState, Paragraph};

use crate::assessment::{Response, now};
use crate::strings;
use crate::text::sanitize;
use crate::tr;
use crate::tui::action::Action;
use crate::tui::app::{App, Effect, Screen};
use crate::tui::outcome::Outcome;
use crate::tui::overlays::confirm;
use crate::tui::screens::question::update_common;
use crate::tui::screens::results::ResultsState;
use crate::tui::session::{Session, Step};
use crate::tui::widgets::chrome;

/// A row of the review list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// Finish the assessment.
    Finish,
    /// A heading.
    Heading(&'static str),
    /// A question (by index) to jump to.
    Item(usize),
}

/// The review list: Finish first, then unanswered questions, then flagged ones.
pub fn rows(session: &Session) -> Vec<Row> {
    let mut rows = vec![Row::Finish];
    let (unanswered, flagged) = (
        session.navigator().unanswered(),
        session.navigator().flagged(),
    );
    if !unanswered.is_empty() {
        rows.push(Row::Heading(strings::unanswered()));
        rows.extend(unanswered.into_iter().map(Row::Item));
    }
    if !flagged.is_empty() {
        rows.push(Row::Heading(strings::flagged_heading()));
        rows.extend(flagged.into_iter().map(Row::Item));
    }
    rows
}

/// Review's selection: an index into [`rows`], never on a heading.
fn selectable(rows: &[Row]) -> Vec<usize> {
    rows.iter()
        .enumerate()
        .filter(|(_, r)| !matches!(r, Row::Heading(_)))
        .map(|(i, _)| i)
        .collect()
}

/// Review's part of `update`; `body` is where the screen is drawn, for clicks.
pub fn update(session: &mut Session, action: &Action, body: Option<Rect>) -> Outcome {
    if session.confirm_finish.is_some() {
        // Only the answer to "finish anyway?" counts while it is asked.
        return match action {
            Action::Yes => {
                session.confirm_finish = None;
                complete(session)
            }
            Action::Leave => {
                session.confirm_finish = None;
                Outcome::Nothing
            }
            // Clicks and scrolling behind the question do nothing until it is answered.
            _ => Outcome::Nothing,
        };
    }
    let rows = rows(session);
    let choices = selectable(&rows);
    let at = choices
        .iter()
        .position(|&i| Some(i) == session.cursor)
        .unwrap_or(0);
    let last = choices.len().saturating_sub(1);
    let select = |n: usize| Some(choices[n.min(last)]);
    let cursor = match action {
        Action::Click { column, row } => {
            let list = body.map(|b| areas(chrome::inner(b))[2]);
            let clicked = list.and_then(|l| {
                chrome::list_row_at(l, session.cursor.unwrap_or(0), rows.len(), *column, *row)
            });
            if let Some(index) = clicked.filter(|i| choices.contains(i)) {
                session.cursor = Some(index);
                return update(session, &Action::Confirm, body);
            }
            return Outcome::Nothing;
        }
        Action::Up => select(at.saturating_sub(1)),
        Action::Down => select(at + 1),
        Action::PageUp => select(at.saturating_sub(10)),
        Action::PageDown => select(at + 10),
        Action::First => select(0),
        Action::Last => select(last),
        Action::Confirm => {
            return match rows.get(choices[at]) {
                Some(Row::Item(index)) => {
                    session.back_to_review = true;
                    Outcome::Go(Step::Question(*index))
                }
                _ => finish(session),
            };
        }
        other => return update_common(session, Step::Review, other),
    };
    session.cursor = cursor;
    Outcome::Nothing
}

/// The summary, a gap and the list inside Review's frame.
fn areas(inner: Rect) -> [Rect; 3] {
    Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(inner)
}

/// Finish: with questions unanswered or a dimension that would have no score, asks first
/// (naming them); otherwise completes at once.
fn finish(session: &mut Session) -> Outcome {
    match session.navigator().unfinished() {
        Some(unfinished) => {
            session.confirm_finish = Some(unfinished);
            Outcome::Nothing
        }
        None => complete(session),
    }
}

/// Completes the assessment, saves it and shows the results.
fn complete(session: &mut Session) -> Outcome {
    let q = session.questionnaire.questionnaire.clone();
    session.assessment.complete(&q, now());
    let results = ResultsState::new(session);
    Outcome::All(vec![
        Outcome::Effect(Effect::Save),
        // After the save, so that the index the peers are read from is up to date.
        Outcome::Effect(Effect::Peers),
        // The plan it reviewed, now with each facet's change.
        Outcome::Effect(Effect::Plans),
        Outcome::Show(Box::new(Screen::Results(results))),
    ])
}

/// Draws Review.
pub fn render(app: &App, session: &Session, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let total = session.item_count();
    let answered = session.assessment.responded_count(session.q());
    let dont_know = session
        .q()
        .items()
        .filter(|r| session.assessment.response(&r.item.id) == Some(Response::DontKnow))
        .count();
    let block = chrome::screen_block(
        theme,
        strings::review_title(),
        Some(tr!(
            "tui-review-answered",
            answered = answered,
            count = total
        )),
    );
    let inner = chrome::framed(frame, block, area);
    let [summary, _, list_area] = areas(inner);
    let rows = rows(session);
    let summary_text = if rows.len() == 1 {
        strings::all_answered().to_string()
    } else {
        tr!(
            "tui-review-summary",
            answered = answered,
            count = total,
            dont_know = dont_know,
            hint = strings::review_hint()
        )
    };
    frame.render_widget(
        Paragraph::new(summary_text)
            .style(theme.muted)
            .wrap(ratatui::widgets::Wrap { trim: true }),
        summary,
    );
    let items: Vec<ListItem> = rows
        .iter()
        .map(|row| match row {
            Row::Finish => ListItem::new(Line::from(Span::styled(
                format!("✓ {}", strings::finish()),
                theme.good,
            ))),
            Row::Heading(h) => ListItem::new(Line::from(Span::styled(h.to_string(), theme.title))),
            Row::Item(index) => ListItem::new(item_line(session, *index)),
        })
        .collect();
    let selected = session.cursor.unwrap_or(0);
    let mut state = ListState::default().with_selected(Some(selected));
    frame.render_stateful_widget(
        List::new(items)
            .highlight_style(theme.cursor)
            .highlight_symbol("› "),
        list_area,
        &mut state,
    );
    if let Some(unfinished) = &session.confirm_finish {
        let text = format!(
            "{}\n\n{}",
            sanitize(&unfinished.sentence(), false),
            strings::confirm_finish_keys()
        );
        let title = strings::confirm_finish_title();
        confirm::render(theme, title, text, (60, 8), frame, inner);
    }
}

/// `Q12  Dimension › text` for a question.
pub fn item_line(session: &Session, index: usize) -> String {
    session.item(index).map_or(String::new(), |r| {
        format!(
            "{:<4} {} › {}",
            tr!("tui-question-number", number = index + 1),
            sanitize(&r.dimension.title, false),
            sanitize(&r.item.text, false)
        )
    })
}
