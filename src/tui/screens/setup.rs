//! Setup: who is assessed, by whom, in which round, with which questionnaire.
//! Validation gates the start: the organization (and an interview's advisor) are needed.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui_textarea::TextArea;

use crate::assessment::{Mode, Organization, Respondent, Setup};
use crate::limits::{self, TextLimit};
use crate::strings;
use crate::text::sanitize;
use crate::tui::action::Action;
use crate::tui::app::{App, Effect, Overlay};
use crate::tui::widgets::chrome;
use crate::tui::widgets::limited_input::input_within;

/// A field of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// Organization name (text).
    Organization,
    /// Sector (text).
    Sector,
    /// Respondent name (text).
    Respondent,
    /// Respondent role (text).
    Role,
    /// Self-assessment or interview (choice).
    Mode,
    /// Advisor (text; interviews only).
    Advisor,
    /// Round label (text).
    Round,
    /// Questionnaire (choice).
    Questionnaire,
}

const TEXT_FIELDS: [Field; 6] = [
    Field::Organization,
    Field::Sector,
    Field::Respondent,
    Field::Role,
    Field::Advisor,
    Field::Round,
];

/// The length limit of a text field ([`crate::limits`]); `None` for choices.
fn field_limit(field: Field) -> Option<TextLimit> {
    match field {
        Field::Organization => Some(limits::ORGANIZATION),
        Field::Sector => Some(limits::SECTOR),
        Field::Respondent => Some(limits::RESPONDENT),
        Field::Role => Some(limits::ROLE),
        Field::Advisor => Some(limits::ADVISOR),
        Field::Round => Some(limits::ROUND),
        Field::Mode | Field::Questionnaire => None,
    }
}

/// The form's state.
#[derive(Debug, Clone)]
pub struct SetupForm {
    texts: Vec<TextArea<'static>>,
    /// Self-assessment or interview.
    pub mode: Mode,
    /// Index of the chosen questionnaire in the app's catalog.
    pub questionnaire: usize,
    /// The focused field.
    pub focus: Field,
    /// Why the assessment cannot start yet.
    pub error: Option<String>,
}

impl SetupForm {
    /// A form prefilled from `setup`, with the questionnaire at `questionnaire` chosen.
    pub fn new(setup: &Setup, questionnaire: usize) -> Self {
        let values = [
            setup.organization.name.as_str(),
            setup.organization.sector.as_str(),
            setup.respondent.name.as_str(),
            setup.respondent.role.as_str(),
            setup.advisor.as_deref().unwrap_or(""),
            setup.round.as_deref().unwrap_or(""),
        ];
        let texts = values
            .iter()
            .map(|v| {
                let mut area = TextArea::new(vec![sanitize(v, false)]);
                area.move_cursor(ratatui_textarea::CursorMove::End);
                area
            })
            .collect();
        Self {
            texts,
            mode: setup.mode,
            questionnaire,
            focus: Field::Organization,
            error: None,
        }
    }

    /// The fields shown, in order (the advisor only for interviews).
    pub fn fields(&self) -> Vec<Field> {
        let mut fields = vec![
            Field::Organization,
            Field::Sector,
            Field::Respondent,
            Field::Role,
            Field::Mode,
        ];
        if self.mode == Mode::Interview {
            fields.push(Field::Advisor);
        }
        fields.extend([Field::Round, Field::Questionnaire]);
        fields
    }

    /// The focused field offers a fixed set of choices.
    pub fn on_choice(&self) -> bool {
        matches!(self.focus, Field::Mode | Field::Questionnaire)
    }

    /// The text typed into a text field, trimmed.
    pub fn text(&self, field: Field) -> String {
        TEXT_FIELDS
            .iter()
            .position(|f| *f == field)
            .and_then(|i| self.texts[i].lines().first())
            .map_or(String::new(), |line| sanitize(line.trim(), false))
    }

    fn text_area_mut(&mut self, field: Field) -> Option<&mut TextArea<'static>> {
        let index = TEXT_FIELDS.iter().position(|f| *f == field)?;
        self.texts.get_mut(index)
    }

    /// The setup the form describes.
    pub fn setup(&self) -> Setup {
        let optional = |s: String| (!s.is_empty()).then_some(s);
        Setup {
            organization: Organization {
                name: self.text(Field::Organization),
                sector: self.text(Field::Sector),
            },
            respondent: Respondent {
                name: self.text(Field::Respondent),
                role: self.text(Field::Role),
            },
            mode: self.mode,
            advisor: match self.mode {
                Mode::Interview => optional(self.text(Field::Advisor)),
                Mode::SelfAssessment => None,
            },
            round: optional(self.text(Field::Round)),
        }
    }

    /// What stops the assessment from starting, with the field to fix.
    fn problem(&self) -> Option<(Field, &'static str)> {
        if self.text(Field::Organization).is_empty() {
            return Some((Field::Organization, strings::NEED_ORGANIZATION));
        }
        if self.mode == Mode::Interview && self.text(Field::Advisor).is_empty() {
            return Some((Field::Advisor, strings::NEED_ADVISOR));
        }
        None
    }

    fn move_focus(&mut self, step: isize) {
        let fields = self.fields();
        let at = fields.iter().position(|f| *f == self.focus).unwrap_or(0) as isize;
        let next = (at + step).rem_euclid(fields.len() as isize) as usize;
        self.focus = fields[next];
    }
}

/// Setup's part of `update`.
pub fn update(app: &mut App, action: Action) {
    let catalog_len = app.catalog.len().max(1);
    let crate::tui::app::Screen::Setup(form) = &mut app.screen else {
        return;
    };
    match action {
        Action::Up => form.move_focus(-1),
        Action::Down => form.move_focus(1),
        Action::Back | Action::Forward => {
            let step = if action == Action::Back {
                catalog_len - 1
            } else {
                1
            };
            match form.focus {
                Field::Mode => {
                    form.mode = match form.mode {
                        Mode::SelfAssessment => Mode::Interview,
                        Mode::Interview => Mode::SelfAssessment,
                    }
                }
                Field::Questionnaire => {
                    form.questionnaire = (form.questionnaire + step) % catalog_len
                }
                _ => {}
            }
        }
        Action::Type(key) => {
            let focus = form.focus;
            if let (Some(area), Some(limit)) = (form.text_area_mut(focus), field_limit(focus)) {
                form.error = input_within(area, key, limit);
            }
        }
        Action::Confirm => match form.problem() {
            Some((field, message)) => {
                form.focus = field;
                form.error = Some(message.to_string());
            }
            None => {
                let setup = form.setup();
                let index = form.questionnaire;
                if let Some(questionnaire) = app.catalog.get(index).cloned() {
                    app.effect(Effect::Create(setup, Box::new(questionnaire)));
                }
            }
        },
        Action::ToggleHelp => app.overlay = Some(Overlay::Help),
        Action::Leave => app.go_home(),
        _ => {}
    }
}

/// Draws Setup.
pub fn render(app: &App, form: &SetupForm, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let block = chrome::screen_block(theme, strings::SETUP_TITLE, None);
    let inner = chrome::framed(frame, block, area);
    let fields = form.fields();
    let mut constraints = vec![Constraint::Length(3)];
    constraints.extend(fields.iter().map(|_| Constraint::Length(1)));
    constraints.extend([Constraint::Length(1), Constraint::Min(0)]);
    let rows = Layout::vertical(constraints).split(inner);
    frame.render_widget(
        Paragraph::new(strings::SETUP_HINT)
            .style(theme.muted)
            .wrap(ratatui::widgets::Wrap { trim: true }),
        rows[0],
    );
    const LABEL_WIDTH: u16 = 16;
    for (n, field) in fields.iter().enumerate() {
        let row = rows[n + 1];
        let focused = *field == form.focus;
        let [label_area, value_area] =
            Layout::horizontal([Constraint::Length(LABEL_WIDTH), Constraint::Min(1)]).areas(row);
        let marker = if focused { "› " } else { "  " };
        let label_style = if focused { theme.title } else { theme.muted };
        frame.render_widget(
            Paragraph::new(format!("{marker}{}", label(*field))).style(label_style),
            label_area,
        );
        match field {
            Field::Mode => {
                let value = match form.mode {
                    Mode::SelfAssessment => strings::MODE_SELF,
                    Mode::Interview => strings::MODE_INTERVIEW,
                };
                frame.render_widget(choice(app, value.to_string(), focused), value_area);
            }
            Field::Questionnaire => {
                let value = app
                    .catalog
                    .get(form.questionnaire)
                    .map_or(String::new(), |l| {
                        let q = &l.questionnaire;
                        let minutes = q
                            .minutes
                            .map_or(String::new(), |m| format!(", about {m} min"));
                        format!(
                            "{} ({} questions{minutes})",
                            sanitize(&q.title, false),
                            q.item_count()
                        )
                    });
                frame.render_widget(choice(app, value, focused), value_area);
            }
            _ => {
                if let Some(index) = TEXT_FIELDS.iter().position(|f| f == field) {
                    let [_, value_area] =
                        Layout::horizontal([Constraint::Length(2), Constraint::Min(1)])
                            .areas(value_area);
                    let mut area = form.texts[index].clone();
                    if focused {
                        area.set_placeholder_text(placeholder(*field));
                        area.set_placeholder_style(theme.muted);
                    }
                    area.set_cursor_line_style(theme.text);
                    area.set_style(if focused { theme.chosen } else { theme.text });
                    if !focused {
                        area.set_cursor_style(theme.text);
                    } else {
                        area.set_cursor_style(theme.cursor);
                    }
                    frame.render_widget(&area, value_area);
                }
            }
        }
    }
    let message_row = rows[fields.len() + 1];
    if let Some(error) = &form.error {
        frame.render_widget(
            Paragraph::new(Span::styled(error.clone(), theme.error)),
            message_row,
        );
    }
}

fn choice(app: &App, value: String, focused: bool) -> Paragraph<'static> {
    let theme = &app.theme;
    let style = if focused { theme.chosen } else { theme.text };
    let arrows = if focused {
        ("◂ ", " ▸")
    } else {
        ("  ", "")
    };
    Paragraph::new(Line::from(vec![
        Span::styled(arrows.0, theme.key),
        Span::styled(value, style),
        Span::styled(arrows.1, theme.key),
    ]))
}

fn placeholder(field: Field) -> &'static str {
    match field {
        Field::Organization => strings::HINT_ORGANIZATION,
        Field::Sector => strings::HINT_SECTOR,
        Field::Respondent => strings::HINT_RESPONDENT,
        Field::Role => strings::HINT_ROLE,
        Field::Advisor => strings::HINT_ADVISOR,
        Field::Round => strings::HINT_ROUND,
        Field::Mode | Field::Questionnaire => "",
    }
}

fn label(field: Field) -> &'static str {
    match field {
        Field::Organization => strings::FIELD_ORGANIZATION,
        Field::Sector => strings::FIELD_SECTOR,
        Field::Respondent => strings::FIELD_RESPONDENT,
        Field::Role => strings::FIELD_ROLE,
        Field::Mode => strings::FIELD_MODE,
        Field::Advisor => strings::FIELD_ADVISOR,
        Field::Round => strings::FIELD_ROUND,
        Field::Questionnaire => strings::FIELD_QUESTIONNAIRE,
    }
}
