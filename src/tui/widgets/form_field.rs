//! Forms: a text field with a length limit, and the rows that show a form's fields (a
//! label, marked when focused, then the text or the choice). Setup and the map's partner
//! form are both drawn with it.

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui_textarea::{CursorMove, TextArea};

use crate::limits::TextLimit;
use crate::text::sanitize;
use crate::text::wrap;
use crate::tui::theme::Theme;
use crate::tui::widgets::limited_input::input_within;

/// A one-line text field that refuses to grow past its limit.
#[derive(Debug, Clone)]
pub struct TextField {
    editor: TextArea<'static>,
    limit: TextLimit,
}

impl TextField {
    /// A field holding `value` (made safe for the terminal), the cursor at its end.
    pub fn new(value: &str, limit: TextLimit) -> Self {
        let mut editor = TextArea::new(vec![sanitize(value, false)]);
        editor.move_cursor(CursorMove::End);
        Self { editor, limit }
    }

    /// The text typed, trimmed and made safe for the terminal.
    pub fn text(&self) -> String {
        self.editor
            .lines()
            .first()
            .map_or(String::new(), |line| sanitize(line.trim(), false))
    }

    /// Applies a typed key; the message to show when the limit refused it.
    pub fn input(&mut self, key: KeyEvent) -> Option<String> {
        input_within(&mut self.editor, key, self.limit)
    }
}

/// A form's text fields, each found by the form's own name for it.
#[derive(Debug, Clone)]
pub struct TextFields<F: 'static> {
    names: &'static [(F, TextLimit)],
    fields: Vec<TextField>,
}

impl<F: PartialEq> TextFields<F> {
    /// One field for each of `names` (with its limit), holding the value at the same
    /// place in `values` (empty where there is none).
    pub fn new<'v>(
        names: &'static [(F, TextLimit)],
        values: impl IntoIterator<Item = &'v str>,
    ) -> Self {
        let values = values.into_iter().chain(std::iter::repeat(""));
        let fields = names
            .iter()
            .zip(values)
            .map(|((_, limit), value)| TextField::new(value, *limit))
            .collect();
        Self { names, fields }
    }

    /// The text field `name`, if it is one.
    pub fn get(&self, name: F) -> Option<&TextField> {
        let index = self.names.iter().position(|(n, _)| *n == name)?;
        self.fields.get(index)
    }

    /// Replaces the text of field `name` (picked rather than typed).
    pub fn set(&mut self, name: F, value: &str) {
        if let Some(index) = self.names.iter().position(|(n, _)| *n == name) {
            let limit = self.names[index].1;
            self.fields[index] = TextField::new(value, limit);
        }
    }

    /// The text field `name` to type into, if it is one.
    pub fn get_mut(&mut self, name: F) -> Option<&mut TextField> {
        let index = self.names.iter().position(|(n, _)| *n == name)?;
        self.fields.get_mut(index)
    }

    /// What is typed into field `name`, trimmed (empty for a field that is not text).
    pub fn text(&self, name: F) -> String {
        self.get(name).map_or(String::new(), TextField::text)
    }
}

/// What a form row shows after its label.
#[derive(Debug)]
pub enum FieldValue<'a> {
    /// A text field, with the hint shown while it is focused and empty.
    Text(&'a TextField, &'static str),
    /// A choice or a toggle, as it reads now.
    Choice(String),
}

/// One field of a form as drawn.
#[derive(Debug)]
pub struct FormRow<'a> {
    /// The field's name.
    pub label: &'static str,
    /// Whether it has the focus.
    pub focused: bool,
    /// Its value.
    pub value: FieldValue<'a>,
}

/// A whole form: the hint above, one row a field, the error below.
#[derive(Debug)]
pub struct Form<'a> {
    /// What the form is for and how to move in it.
    pub hint: &'static str,
    /// Rows the hint takes at least (more when its text, wrapped, needs them: a
    /// translation may be longer than the English).
    pub hint_rows: u16,
    /// Blank rows between the hint and the fields.
    pub gap: u16,
    /// Width of the label column.
    pub label_width: u16,
    /// The fields, in order.
    pub rows: Vec<FormRow<'a>>,
    /// Why the form cannot be sent yet.
    pub error: Option<&'a str>,
    /// Help for the focused field, under the error row (wrapped).
    pub note: Option<String>,
}

/// Draws `form` in `area`.
pub fn render(theme: &Theme, form: Form<'_>, frame: &mut Frame, area: Rect) {
    let hint_needs = u16::try_from(wrap(form.hint, usize::from(area.width)).len()).unwrap_or(0);
    let mut constraints = vec![Constraint::Length(form.hint_rows.max(hint_needs))];
    if form.gap > 0 {
        constraints.push(Constraint::Length(form.gap));
    }
    let first = constraints.len();
    constraints.extend(form.rows.iter().map(|_| Constraint::Length(1)));
    constraints.extend([Constraint::Length(1), Constraint::Min(0)]);
    let areas = Layout::vertical(constraints).split(area);
    frame.render_widget(
        Paragraph::new(form.hint)
            .style(theme.muted)
            .wrap(Wrap { trim: true }),
        areas[0],
    );
    let error_row = areas[first + form.rows.len()];
    let note_area = areas[first + form.rows.len() + 1];
    for (row, area) in form.rows.into_iter().zip(&areas[first..]) {
        render_row(theme, form.label_width, row, frame, *area);
    }
    if let Some(error) = form.error {
        frame.render_widget(
            Paragraph::new(Span::styled(error.to_string(), theme.error)),
            error_row,
        );
    }
    if let Some(note) = form.note {
        frame.render_widget(
            Paragraph::new(note)
                .style(theme.muted)
                .wrap(Wrap { trim: true }),
            note_area,
        );
    }
}

fn render_row(theme: &Theme, label_width: u16, row: FormRow<'_>, frame: &mut Frame, area: Rect) {
    let focused = row.focused;
    let [label_area, value_area] =
        Layout::horizontal([Constraint::Length(label_width), Constraint::Min(1)]).areas(area);
    let marker = if focused { "› " } else { "  " };
    let label_style = if focused { theme.title } else { theme.muted };
    frame.render_widget(
        Paragraph::new(format!("{marker}{}", row.label)).style(label_style),
        label_area,
    );
    let value_style = if focused { theme.chosen } else { theme.text };
    match row.value {
        FieldValue::Text(field, placeholder) => {
            let [_, text_area] =
                Layout::horizontal([Constraint::Length(2), Constraint::Min(1)]).areas(value_area);
            let mut editor = field.editor.clone();
            if focused {
                editor.set_placeholder_text(placeholder);
                editor.set_placeholder_style(theme.muted);
            }
            editor.set_cursor_line_style(theme.text);
            editor.set_style(value_style);
            editor.set_cursor_style(if focused { theme.cursor } else { theme.text });
            frame.render_widget(&editor, text_area);
        }
        FieldValue::Choice(value) => {
            let (left, right) = if focused {
                ("◂ ", " ▸")
            } else {
                ("  ", "")
            };
            frame.render_widget(
                Paragraph::new(Line::from(vec![
                    Span::styled(left, theme.key),
                    Span::styled(value, value_style),
                    Span::styled(right, theme.key),
                ])),
                value_area,
            );
        }
    }
}
