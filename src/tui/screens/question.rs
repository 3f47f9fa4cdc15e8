//! A question: the item, its help, the scale with the recorded answer marked, don't know,
//! note and flag, with `Question N of M` and a gauge for the dimension.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui_textarea::TextArea;

use crate::assessment::{Mode, Response, now};
use crate::limits;
use crate::strings;
use crate::text::sanitize;
use crate::tui::action::Action;
use crate::tui::app::{App, Effect, Overlay};
use crate::tui::outcome::Outcome;
use crate::tui::overlays::goto;
use crate::tui::screens::{intro, review};
use crate::tui::session::{Session, Step};
use crate::tui::widgets::chrome;
use crate::tui::widgets::limited_input::{counter, input_within};
use crate::tui::widgets::option_list::{self, OptionRow};

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
            Outcome::Say(strings::DRAFT_SAVED.into(), false),
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
        other => update_common(session, Step::Question(index), other),
    }
}

/// Records a response, saves, and moves on (back to Review when the user came from there).
fn answer(session: &mut Session, index: usize, item_id: &str, response: Response) -> Outcome {
    let q = session.questionnaire.questionnaire.clone();
    session.assessment.respond(&q, item_id, response, now());
    let from_review = std::mem::take(&mut session.back_to_review);
    let next = session.navigator().after_answer(index, from_review);
    Outcome::All(vec![Outcome::Go(next), Outcome::Effect(Effect::Save)])
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
    let q = session.q();
    let position = format!("Question {} of {}", index + 1, session.item_count());
    let block = chrome::screen_block(theme, sanitize(&q.title, false), Some(position));
    let inner = chrome::framed(frame, block, area);
    let width = inner.width;

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

    let choices = q.choices(r.item);
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

    let flagged = session.assessment.is_flagged(&r.item.id);
    let interview = session.assessment.mode == Mode::Interview;
    let Some(areas) = layout(session, index, inner) else {
        return;
    };
    let (crumb_area, gauge_area, text_area, options_area, notes_area) = (
        areas.crumb,
        areas.gauge,
        areas.text,
        areas.options,
        areas.notes,
    );
    frame.render_widget(Paragraph::new(breadcrumb), crumb_area);
    let ratio = if dimension_size == 0 {
        0.0
    } else {
        answered as f64 / dimension_size as f64
    };
    frame.render_widget(
        Line::from(vec![
            Span::styled(chrome::bar(ratio, 20), theme.bar),
            Span::styled(
                format!(" {answered} of {dimension_size} answered in this part"),
                theme.muted,
            ),
        ]),
        gauge_area,
    );
    frame.render_widget(Paragraph::new(text_lines), text_area);
    frame.render_widget(Paragraph::new(option_lines), options_area);
    render_notes(app, session, index, flagged, interview, frame, notes_area);
}

/// Where the parts of a question screen go inside its frame.
pub struct QuestionLayout {
    /// Dimension › facet.
    pub crumb: Rect,
    /// The progress bar of the dimension.
    pub gauge: Rect,
    /// The item text.
    pub text: Rect,
    /// The options, "don't know" last.
    pub options: Rect,
    /// Help, probe, note and flag.
    pub notes: Rect,
    /// First row (from the top of `options`) and height of each option.
    pub option_rows: Vec<(u16, u16)>,
}

/// The layout of question `index` inside `inner`: shared by drawing and by mouse clicks,
/// so a click lands on the option that is drawn there.
pub fn layout(session: &Session, index: usize, inner: Rect) -> Option<QuestionLayout> {
    let r = session.item(index)?;
    let text_height =
        option_list::wrap(&sanitize(&r.item.text, false), usize::from(inner.width)).len() as u16;
    let labels: Vec<String> = session
        .q()
        .choices(r.item)
        .iter()
        .map(|c| sanitize(&c.label, false))
        .chain(std::iter::once(strings::DONT_KNOW.to_string()))
        .collect();
    let counts = option_list::line_counts(labels.iter().map(String::as_str), inner.width);
    let mut option_rows = Vec::new();
    let mut top = 0u16;
    for count in counts {
        option_rows.push((top, count as u16));
        top += count as u16;
    }
    let [crumb, gauge, _, text, _, options, notes] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(text_height),
        Constraint::Length(1),
        Constraint::Length(top),
        Constraint::Min(0),
    ])
    .areas(inner);
    Some(QuestionLayout {
        crumb,
        gauge,
        text,
        options,
        notes,
        option_rows,
    })
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

/// Help, interview prompt, note and flag under the options, as space allows.
fn render_notes(
    app: &App,
    session: &Session,
    index: usize,
    flagged: bool,
    interview: bool,
    frame: &mut Frame,
    area: Rect,
) {
    let theme = &app.theme;
    let Some(r) = session.item(index) else {
        return;
    };
    let [info_area, note_area] =
        Layout::vertical([Constraint::Min(0), Constraint::Length(2)]).areas(area);
    // In an interview the advisor's prompt comes first: it is what they read out next.
    let mut info = vec![Line::from("")];
    if interview {
        info.push(Line::from(vec![
            Span::styled(format!("{}: ", strings::PROBE_LABEL), theme.probe),
            Span::styled(sanitize(&r.item.probe, false), theme.probe),
        ]));
    }
    info.push(Line::from(vec![
        Span::styled(format!("{}: ", strings::HELP_LABEL), theme.muted),
        Span::styled(sanitize(&r.item.help, false), theme.muted),
    ]));
    frame.render_widget(Paragraph::new(info).wrap(Wrap { trim: true }), info_area);

    let [note_line, flag_line] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1)]).areas(note_area);
    match &session.note_editor {
        Some(editor) => {
            let [label, field] = Layout::horizontal([
                Constraint::Length(strings::NOTE_LABEL.len() as u16 + 2),
                Constraint::Min(1),
            ])
            .areas(note_line);
            frame.render_widget(
                Span::styled(format!("{}: ", strings::NOTE_LABEL), theme.key),
                label,
            );
            let mut editor = editor.clone();
            editor.set_style(theme.chosen);
            editor.set_cursor_line_style(theme.chosen);
            editor.set_cursor_style(theme.cursor);
            frame.render_widget(&editor, field);
            // Near the limit, how much room is left shows beside the hint.
            let hint = match counter(&editor, limits::NOTE) {
                Some(count) => format!("{} · {count}", strings::NOTE_EDITING),
                None => strings::NOTE_EDITING.to_string(),
            };
            frame.render_widget(Span::styled(hint, theme.muted), flag_line);
        }
        None => {
            let note = sanitize(session.assessment.note(&r.item.id), false);
            let (note, style) = if note.is_empty() {
                (strings::NOTE_EMPTY.to_string(), theme.muted)
            } else {
                (note, theme.text)
            };
            frame.render_widget(
                chrome::labelled(theme, strings::NOTE_LABEL, note, style),
                note_line,
            );
            if flagged {
                frame.render_widget(Span::styled(strings::FLAGGED, theme.warning), flag_line);
            }
        }
    }
}
