//! A question: the item, its help, the scale with the recorded answer marked, don't know,
//! note and flag, with `Question N of M` and a gauge for the dimension.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui_textarea::TextArea;

use crate::assessment::{Mode, Response, now};
use crate::limits;
use crate::strings;
use crate::text::sanitize;
use crate::tr;
use crate::tui::action::Action;
use crate::tui::app::{App, Effect, Overlay};
use crate::tui::outcome::Outcome;
use crate::tui::overlays::goto;
use crate::tui::screens::{intro, review};
use crate::tui::session::{Session, Step};
use crate::tui::widgets::chrome;
use crate::tui::widgets::limited_input::input_within;
use crate::tui::widgets::option_list::{self, OptionRow};

mod details;
mod layout;

pub use layout::{QuestionLayout, layout};

/// The wizard's part of `update`: intro, question and review steps, on the open
/// assessment; `body` is where the screen is drawn, for clicks.
pub fn update(session: &mut Session, step: Step, action: &Action, body: Option<Rect>) -> Outcome {
    match step {
        Step::Intro(_) => intro::update(session, step, action),
        Step::Review => review::update(session, action, body),
        Step::Question(index) => update_question(session, index, action, body),
    }
}

/// Actions every wizard step shares (anything else does nothing).
pub fn update_common(session: &Session, step: Step, action: &Action) -> Outcome {
    match action {
        Action::Back => Outcome::Go(session.previous(step)),
        Action::Forward => Outcome::Go(session.next(step)),
        Action::GoTo => {
            let selected = match step {
                Step::Question(i) => i,
                Step::Intro(_) => session.assessment.position,
                Step::Review => session.item_count(),
            };
            Outcome::Overlay(Some(Overlay::GoTo(goto::GoToState { selected })))
        }
        Action::ToggleHelp => Outcome::Help,
        Action::Leave => Outcome::All(vec![
            Outcome::Effect(Effect::Save),
            Outcome::Home,
            Outcome::Say(strings::draft_saved().into(), false),
        ]),
        _ => Outcome::Nothing,
    }
}

fn update_question(
    session: &mut Session,
    index: usize,
    action: &Action,
    body: Option<Rect>,
) -> Outcome {
    if session.note_editor.is_some() {
        return match action {
            Action::Type(key) => {
                let refused = session
                    .note_editor
                    .as_mut()
                    .and_then(|editor| input_within(editor, *key, limits::NOTE));
                match refused {
                    Some(message) => Outcome::Say(message, true),
                    None => Outcome::Nothing,
                }
            }
            Action::FinishTyping => {
                commit_note(session);
                Outcome::Effect(Effect::Save)
            }
            _ => Outcome::Nothing,
        };
    }
    let Some(item_id) = session.item(index).map(|r| r.item.id.clone()) else {
        return Outcome::Nothing;
    };
    let choices = session.choices(index).len();
    match action {
        Action::Choose(n) if usize::from(*n) <= choices && *n > 0 => {
            let value = session.choices(index)[usize::from(*n) - 1].value;
            answer(session, index, &item_id, Response::Value(value))
        }
        Action::DontKnow => answer(session, index, &item_id, Response::DontKnow),
        Action::Click { column, row } => {
            match body.and_then(|b| option_at(session, index, b, *column, *row)) {
                Some(n) if n < choices => {
                    let value = session.choices(index)[n].value;
                    answer(session, index, &item_id, Response::Value(value))
                }
                Some(_) => answer(session, index, &item_id, Response::DontKnow),
                None => Outcome::Nothing,
            }
        }
        Action::Up => {
            session.cursor = Some(session.cursor.map_or(0, |c| c.saturating_sub(1)));
            Outcome::Nothing
        }
        Action::Down => {
            session.cursor = Some(session.cursor.map_or(0, |c| (c + 1).min(choices)));
            Outcome::Nothing
        }
        Action::Confirm => match session.cursor {
            Some(c) if c < choices => {
                let value = session.choices(index)[c].value;
                answer(session, index, &item_id, Response::Value(value))
            }
            Some(_) => answer(session, index, &item_id, Response::DontKnow),
            None => Outcome::Go(session.next(Step::Question(index))),
        },
        Action::PageUp | Action::PageDown => {
            session.explanation.apply(action);
            Outcome::Nothing
        }
        Action::EditNote => {
            let mut editor = TextArea::new(vec![session.assessment.note(&item_id).to_string()]);
            editor.move_cursor(ratatui_textarea::CursorMove::End);
            session.note_editor = Some(editor);
            Outcome::Nothing
        }
        Action::ToggleFlag => {
            let q = session.questionnaire.questionnaire.clone();
            session.assessment.toggle_flag(&q, &item_id, now());
            Outcome::Effect(Effect::Save)
        }
        Action::UndoAnswer => undo(session),
        other => update_common(session, Step::Question(index), other),
    }
}

/// Records a response, saves, and moves on (back to Review when the user came from there).
fn answer(session: &mut Session, index: usize, item_id: &str, response: Response) -> Outcome {
    let q = session.questionnaire.questionnaire.clone();
    let answers = &mut session.answers;
    answers.give(&q, &mut session.assessment, index, item_id, response, now());
    let from_review = std::mem::take(&mut session.back_to_review);
    let next = session.navigator().after_answer(index, from_review);
    Outcome::All(vec![Outcome::Go(next), Outcome::Effect(Effect::Save)])
}

/// Undoes the last answer of this run and returns to its question, saved.
fn undo(session: &mut Session) -> Outcome {
    let q = session.questionnaire.questionnaire.clone();
    match session.answers.undo(&q, &mut session.assessment, now()) {
        Some(index) => {
            session.back_to_review = false;
            Outcome::All(vec![
                Outcome::Go(Step::Question(index)),
                Outcome::Effect(Effect::Save),
                Outcome::Say(strings::answer_undone().to_string(), false),
            ])
        }
        None => Outcome::Say(strings::nothing_to_undo().to_string(), false),
    }
}

/// Stores the text of an open note editor into the assessment and closes it.
pub fn commit_note(session: &mut Session) {
    let Some(editor) = session.note_editor.take() else {
        return;
    };
    let text = sanitize(editor.into_lines().join("\n").trim(), true);
    let position = session.assessment.position;
    if let Some(item_id) = session.item(position).map(|r| r.item.id.clone()) {
        let q = session.questionnaire.questionnaire.clone();
        if text != session.assessment.note(&item_id) {
            session.assessment.set_note(&q, &item_id, text, now());
        }
    }
}

/// Draws a question.
pub fn render(app: &App, session: &Session, index: usize, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let Some(r) = session.item(index) else {
        return;
    };
    let inner = chrome::inner(area);
    let width = inner.width;
    let Some(areas) = layout(session, index, inner) else {
        return;
    };
    let flagged = session.assessment.is_flagged(&r.item.id);
    let mut position = tr!(
        "tui-question-position",
        number = index + 1,
        count = session.item_count()
    );
    if flagged && areas.flag.height == 0 {
        // No row for the flag on a small terminal: it stays in sight in the title.
        position = format!("{} · {position}", strings::flagged_short());
    }
    let title = title(session, &position, area.width);
    frame.render_widget(chrome::screen_block(theme, title, Some(position)), area);

    let (in_dimension, dimension_size) = session.position_in_dimension(index);
    let answered = session.answered_in_dimension(r.dimension_index);
    let breadcrumb = Line::from(vec![
        Span::styled(sanitize(&r.dimension.title, false), theme.title),
        Span::styled(
            format!(" › {}", sanitize(&r.facet.title, false)),
            theme.muted,
        ),
        Span::styled(format!("  ({in_dimension}/{dimension_size})"), theme.muted),
    ]);
    let text_lines: Vec<Line> =
        option_list::wrap(&sanitize(&r.item.text, false), usize::from(width))
            .into_iter()
            .map(|l| {
                Line::from(Span::styled(
                    l,
                    theme.text.add_modifier(ratatui::style::Modifier::BOLD),
                ))
            })
            .collect();

    let choices = session.q().choices(r.item);
    let response = session.response(index);
    let mut rows: Vec<OptionRow> = choices
        .iter()
        .enumerate()
        .map(|(n, c)| OptionRow {
            key: char::from_digit(n as u32 + 1, 10).unwrap_or('?'),
            label: &c.label,
            chosen: response == Some(Response::Value(c.value)),
            under_cursor: session.cursor == Some(n),
        })
        .collect();
    rows.push(option_list::dont_know_row(
        response == Some(Response::DontKnow),
        session.cursor == Some(choices.len()),
    ));
    let sanitized: Vec<String> = rows.iter().map(|row| sanitize(row.label, false)).collect();
    let rows: Vec<OptionRow> = rows
        .iter()
        .zip(&sanitized)
        .map(|(row, label)| OptionRow { label, ..*row })
        .collect();
    let option_lines = option_list::option_lines(theme, &rows, width);

    frame.render_widget(Paragraph::new(breadcrumb), areas.crumb);
    let ratio = if dimension_size == 0 {
        0.0
    } else {
        answered as f64 / dimension_size as f64
    };
    frame.render_widget(
        Line::from(vec![
            Span::styled(chrome::bar(ratio, 20), theme.bar),
            Span::styled(
                tr!(
                    "tui-question-answered-in-part",
                    answered = answered,
                    count = dimension_size
                ),
                theme.muted,
            ),
        ]),
        areas.gauge,
    );
    frame.render_widget(Paragraph::new(text_lines), areas.text);
    frame.render_widget(Paragraph::new(option_lines), areas.options);
    details::render_explanation(app, session, &areas, frame);
    details::render_note(app, session, &r.item.id, flagged, &areas, frame);
}

/// The screen's title, to fit beside `right` in a frame `width` columns wide: in an
/// interview, whom it is with (organization and respondent: an advisor sees several of
/// one firm, so the respondent keeps at least half the room); otherwise the questionnaire.
fn title(session: &Session, right: &str, width: u16) -> String {
    let a = &session.assessment;
    if a.mode == Mode::SelfAssessment {
        return chrome::title_within(&sanitize(&session.q().title, false), right, width);
    }
    let organization = sanitize(&a.organization.name, false);
    let respondent = match sanitize(&a.respondent.name, false) {
        name if name.is_empty() => strings::no_respondent().to_string(),
        name => name,
    };
    let whole = format!("{organization} · {respondent}");
    let room = chrome::title_within(&whole, right, width).chars().count();
    if room >= whole.chars().count() {
        return whole;
    }
    let room = room.saturating_sub(3);
    let for_respondent = respondent.chars().count().min(room.div_ceil(2));
    format!(
        "{} · {}",
        chrome::ellipsize(&organization, room - for_respondent),
        chrome::ellipsize(&respondent, for_respondent)
    )
}

/// Recomputes how far the explanation of question `index` scrolls in `body` (on a
/// resize, another question, or a note or flag that takes its room).
pub fn fit(session: &mut Session, index: usize, body: Rect) {
    if let Some(areas) = layout(session, index, chrome::inner(body)) {
        let (limit, page) = areas.explanation_scroll();
        session.explanation.fit(limit, page);
    }
}

/// The option (index into the choices, "don't know" after the last) drawn at a screen
/// position, if any.
pub fn option_at(
    session: &Session,
    index: usize,
    body: Rect,
    column: u16,
    row: u16,
) -> Option<usize> {
    let areas = layout(session, index, chrome::inner(body))?;
    if !areas
        .options
        .contains(ratatui::layout::Position::new(column, row))
    {
        return None;
    }
    let offset = row - areas.options.y;
    areas
        .option_rows
        .iter()
        .position(|(top, height)| offset >= *top && offset < top + height)
}
