//! The priority form of the Plan screen: owner, due date and note of one facet, drawn with
//! the form widget Setup uses. The due date is checked before anything is saved; Esc on a
//! form holding typed text asks once more instead of dropping it.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::Paragraph;

use crate::app::plan::{Change, parse_due};
use crate::i18n;
use crate::limits::{self, TextLimit};
use crate::plan::Priority;
use crate::strings;
use crate::text::sanitize;
use crate::tr;
use crate::tui::action::Action;
use crate::tui::theme::Theme;
use crate::tui::widgets::form_field::{self, FieldValue, Form, FormRow, TextFields};

/// A field of the priority form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanField {
    /// Who sees to it.
    Owner,
    /// By when, YYYY-MM-DD.
    Due,
    /// What is to be done.
    Note,
}

/// The owner is checked as a respondent's name is (`crate::plan::priority`), and named so.
const OWNER: TextLimit = TextLimit {
    field: limits::Field::Owner,
    max_chars: limits::RESPONDENT.max_chars,
};
/// A date as YYYY-MM-DD: longer text cannot be one.
const DUE: TextLimit = TextLimit {
    field: limits::Field::Due,
    max_chars: 10,
};
const FIELDS: [(PlanField, TextLimit); 3] = [
    (PlanField::Owner, OWNER),
    (PlanField::Due, DUE),
    (PlanField::Note, limits::NOTE),
];

/// The form's state.
#[derive(Debug, Clone)]
pub struct PriorityForm {
    facet: String,
    title: String,
    score: f64,
    texts: TextFields<PlanField>,
    /// What the fields held when the form opened, to tell whether anything was typed.
    opened_with: [String; 3],
    /// The focused field.
    pub focus: PlanField,
    /// Why the priority cannot be saved, or what Esc would drop.
    pub error: Option<String>,
    /// The facet is planned already: saving replaces its priority.
    replace: bool,
    /// Esc was pressed once with typed text: the next Esc drops it.
    warned: bool,
}

impl PartialEq for PriorityForm {
    fn eq(&self, other: &Self) -> bool {
        self.facet == other.facet
            && self.values() == other.values()
            && self.focus == other.focus
            && self.error == other.error
    }
}

/// What the form asks of the Plan screen.
pub enum Step {
    /// Keep the form open.
    Stay,
    /// Close it.
    Close,
    /// Save this change (the form stays open until it is saved).
    Save(Change),
}

impl PriorityForm {
    /// The form for `facet`, holding its priority when it is planned already.
    pub fn new(facet: &str, title: &str, score: f64, planned: Option<&Priority>) -> Self {
        let due = planned
            .and_then(|p| p.due)
            .map_or(String::new(), |d| d.format("%Y-%m-%d").to_string());
        let values = [
            planned.map_or("", |p| p.owner.as_str()),
            due.as_str(),
            planned.map_or("", |p| p.note.as_str()),
        ];
        let texts = TextFields::new(&FIELDS, values);
        let mut form = Self {
            facet: facet.to_string(),
            title: title.to_string(),
            score,
            texts,
            opened_with: Default::default(),
            focus: PlanField::Owner,
            error: None,
            replace: planned.is_some(),
            warned: false,
        };
        form.opened_with = form.values();
        form
    }

    fn values(&self) -> [String; 3] {
        FIELDS.map(|(field, _)| self.texts.text(field))
    }

    fn move_focus(&mut self, forward: bool) {
        let at = FIELDS
            .iter()
            .position(|(f, _)| *f == self.focus)
            .unwrap_or(0);
        let next = if forward {
            at + 1
        } else {
            at + FIELDS.len() - 1
        };
        self.focus = FIELDS[next % FIELDS.len()].0;
    }

    /// The form's part of `update`.
    pub fn update(&mut self, action: &Action) -> Step {
        match action {
            Action::Type(key) => {
                if let Some(field) = self.texts.get_mut(self.focus) {
                    self.error = field.input(*key);
                    self.warned = false;
                }
            }
            Action::Down => self.move_focus(true),
            Action::Up => self.move_focus(false),
            Action::Confirm => match parse_due(&self.texts.text(PlanField::Due)) {
                Ok(due) => {
                    self.error = None;
                    return Step::Save(Change::Add {
                        facet: self.facet.clone(),
                        owner: self.texts.text(PlanField::Owner),
                        due,
                        note: self.texts.text(PlanField::Note),
                        replace: self.replace,
                    });
                }
                Err(message) => {
                    self.focus = PlanField::Due;
                    self.error = Some(message);
                }
            },
            Action::Leave if self.values() != self.opened_with && !self.warned => {
                self.warned = true;
                self.error = Some(strings::plan_form_unsaved().to_string());
            }
            Action::Leave => return Step::Close,
            _ => {}
        }
        Step::Stay
    }
}

/// Draws the form in `area`: the facet, then the fields.
pub fn render(theme: &Theme, form: &PriorityForm, frame: &mut Frame, area: Rect) {
    let [heading, fields] =
        Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
    frame.render_widget(
        Paragraph::new(tr!(
            "tui-plan-priority",
            title = sanitize(&form.title, false),
            score = i18n::decimal(form.score, 1)
        ))
        .style(theme.title),
        heading,
    );
    let rows = FIELDS
        .iter()
        .filter_map(|(field, _)| {
            let (label, placeholder) = match field {
                PlanField::Owner => (strings::field_owner(), strings::hint_owner()),
                PlanField::Due => (strings::field_due(), strings::hint_due()),
                PlanField::Note => (strings::field_plan_note(), strings::hint_plan_note()),
            };
            Some(FormRow {
                label,
                focused: *field == form.focus,
                value: FieldValue::Text(form.texts.get(*field)?, placeholder),
            })
        })
        .collect();
    let shown = Form {
        hint: strings::plan_form_hint(),
        hint_rows: 2,
        gap: 0,
        label_width: 14,
        rows,
        error: form.error.as_deref(),
        note: None,
    };
    form_field::render(theme, shown, frame, fields);
}
