//! Setup: who is assessed, by whom, in which round, with which questionnaire, answered
//! in which language.
//! Validation gates the start: the organization (and an interview's advisor) are needed.

mod language;

use ratatui::Frame;
use ratatui::layout::Rect;

pub use language::LanguageChoice;

use crate::app::{in_answer_language, rounds_of, similar_round};
use crate::assessment::{Mode, Organization, Respondent, Setup};
use crate::limits::{self, TextLimit};
use crate::questionnaire::Loaded;
use crate::strings;
use crate::text::sanitize;
use crate::tr;
use crate::tui::action::Action;
use crate::tui::app::{App, Effect};
use crate::tui::outcome::Outcome;
use crate::tui::screens::amend::{EditEffect, Editing};
use crate::tui::screens::home::Row;
use crate::tui::widgets::chrome;
use crate::tui::widgets::form_field::{self, FieldValue, Form, FormRow, TextFields};
use unicode_width::UnicodeWidthStr;

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
    /// The language the questions are answered in (choice; only when the questionnaire
    /// is offered in more than one).
    Language,
}

/// The text fields, in the order of `texts`, with their length limits ([`crate::limits`]).
const TEXT_FIELDS: [(Field, TextLimit); 6] = [
    (Field::Organization, limits::ORGANIZATION),
    (Field::Sector, limits::SECTOR),
    (Field::Respondent, limits::RESPONDENT),
    (Field::Role, limits::ROLE),
    (Field::Advisor, limits::ADVISOR),
    (Field::Round, limits::ROUND),
];

/// The form's state.
#[derive(Debug, Clone)]
pub struct SetupForm {
    texts: TextFields<Field>,
    /// Self-assessment or interview.
    pub mode: Mode,
    /// Index of the chosen questionnaire in the app's catalog.
    pub questionnaire: usize,
    /// The languages offered and the one chosen.
    pub language: LanguageChoice,
    /// The focused field.
    pub focus: Field,
    /// Why the assessment cannot start yet.
    pub error: Option<String>,
    /// The assessment whose setup this edits; `None` for a new one.
    pub editing: Option<Editing>,
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
        let texts = TextFields::new(&TEXT_FIELDS, values);
        Self {
            texts,
            mode: setup.mode,
            questionnaire,
            language: LanguageChoice::default(),
            focus: Field::Organization,
            error: None,
            editing: None,
        }
    }

    /// A form editing the setup of an existing assessment (no questionnaire to choose).
    pub fn editing(setup: &Setup, editing: Editing) -> Self {
        Self {
            editing: Some(editing),
            ..Self::new(setup, 0)
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
        fields.push(Field::Round);
        if self.editing.is_none() {
            fields.push(Field::Questionnaire);
            if self.language.has_choice(self.questionnaire) {
                fields.push(Field::Language);
            }
        }
        fields
    }

    /// The focused field offers a fixed set of choices.
    pub fn on_choice(&self) -> bool {
        matches!(
            self.focus,
            Field::Mode | Field::Questionnaire | Field::Language
        )
    }

    /// The text typed into a text field, trimmed.
    pub fn text(&self, field: Field) -> String {
        self.texts.text(field)
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
            return Some((Field::Organization, strings::need_organization()));
        }
        if self.mode == Mode::Interview && self.text(Field::Advisor).is_empty() {
            return Some((Field::Advisor, strings::need_advisor()));
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

impl SetupForm {
    /// The round labels the organization typed already has, from the listing `rows`.
    pub fn rounds(&self, rows: &[Row]) -> Vec<String> {
        let pairs = rows
            .iter()
            .map(|r| (r.organization.as_str(), r.round.as_deref()));
        rounds_of(pairs, &self.text(Field::Organization))
    }

    /// PgDn / PgUp: the organization's next or previous existing round label into the
    /// round field, which takes the focus (typing a new label stays possible).
    fn pick_round(&mut self, rows: &[Row], forward: bool) {
        let rounds = self.rounds(rows);
        if rounds.is_empty() {
            self.error = Some(strings::no_rounds_yet().to_string());
            return;
        }
        let typed = self.text(Field::Round);
        let at = rounds.iter().position(|r| *r == typed);
        let next = match (at, forward) {
            (None, _) => 0,
            (Some(i), true) => (i + 1) % rounds.len(),
            (Some(i), false) => (i + rounds.len() - 1) % rounds.len(),
        };
        self.texts.set(Field::Round, &rounds[next]);
        self.focus = Field::Round;
        self.error = None;
    }

    /// Setup's part of `update`; `catalog` holds the questionnaires offered, `rows` the
    /// listing the organization's round labels come from.
    pub fn update(&mut self, action: &Action, catalog: &[Loaded], rows: &[Row]) -> Outcome {
        let catalog_len = catalog.len().max(1);
        match action {
            Action::PageDown => self.pick_round(rows, true),
            Action::PageUp => self.pick_round(rows, false),
            Action::Up => self.move_focus(-1),
            Action::Down => self.move_focus(1),
            Action::Back | Action::Forward => {
                let step = if *action == Action::Back {
                    catalog_len - 1
                } else {
                    1
                };
                match self.focus {
                    Field::Mode => {
                        self.mode = match self.mode {
                            Mode::SelfAssessment => Mode::Interview,
                            Mode::Interview => Mode::SelfAssessment,
                        }
                    }
                    Field::Questionnaire => {
                        self.questionnaire = (self.questionnaire + step) % catalog_len
                    }
                    Field::Language => self
                        .language
                        .step(self.questionnaire, *action == Action::Forward),
                    _ => {}
                }
            }
            Action::Type(key) => {
                if let Some(field) = self.texts.get_mut(self.focus) {
                    self.error = field.input(*key);
                }
            }
            Action::Confirm => match self.problem() {
                Some((field, message)) => {
                    self.focus = field;
                    self.error = Some(message.to_string());
                }
                None => {
                    if let Some(editing) = &self.editing {
                        let save = EditEffect::Save(editing.clone(), Box::new(self.setup()));
                        return Outcome::Effect(Effect::SetupEdit(save));
                    }
                    if let Some(questionnaire) = catalog.get(self.questionnaire) {
                        let lang = self.language.chosen(self.questionnaire);
                        let questionnaire = Box::new(in_answer_language(questionnaire, lang));
                        return Outcome::Effect(Effect::Create(self.setup(), questionnaire));
                    }
                }
            },
            Action::ToggleHelp => return Outcome::Help,
            Action::Leave => {
                return match &self.editing {
                    Some(editing) => Outcome::LeaveSetupEdit(editing.back),
                    None => Outcome::Home,
                };
            }
            _ => {}
        }
        Outcome::Nothing
    }
}

/// Draws Setup.
pub fn render(app: &App, form: &SetupForm, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let title = match form.editing {
        Some(_) => strings::setup_edit_title(),
        None => strings::setup_title(),
    };
    let block = chrome::screen_block(theme, title, None);
    let inner = chrome::framed(frame, block, area);
    let fields = form.fields();
    // The label column fits the longest label shown ("Respondent's role" in an interview),
    // with the focus marker before it and two columns after.
    let label_width = fields
        .iter()
        .map(|field| label(*field, form.mode).width() as u16 + 3)
        .max()
        .unwrap_or(0)
        .max(16);
    let rows = fields
        .into_iter()
        .map(|field| FormRow {
            label: label(field, form.mode),
            focused: field == form.focus,
            value: match form.texts.get(field) {
                Some(text) => FieldValue::Text(text, placeholder(field)),
                None => FieldValue::Choice(choice_value(app, form, field)),
            },
        })
        .collect();
    let shown = Form {
        hint: match form.editing {
            Some(_) => strings::setup_edit_hint(),
            None => strings::setup_hint(),
        },
        hint_rows: 3,
        gap: 0,
        label_width,
        rows,
        error: form.error.as_deref(),
        note: round_note(form, &app.home.data.rows),
    };
    form_field::render(theme, shown, frame, inner);
}

/// Under the round field: the organization's existing labels to pick with PgDn, and a
/// warning when the label typed is written like one of them but not the same.
fn round_note(form: &SetupForm, rows: &[Row]) -> Option<String> {
    if form.focus != Field::Round {
        return None;
    }
    let rounds = form.rounds(rows);
    if rounds.is_empty() {
        return None;
    }
    let typed = form.text(Field::Round);
    let similar = similar_round(&typed, &rounds).map_or(String::new(), |existing| {
        tr!("tui-setup-round-similar", existing = existing)
    });
    Some(tr!(
        "tui-setup-rounds-so-far",
        similar = similar,
        rounds = rounds.join(", ")
    ))
}

/// How a choice field reads now.
fn choice_value(app: &App, form: &SetupForm, field: Field) -> String {
    match field {
        Field::Mode => match form.mode {
            Mode::SelfAssessment => strings::mode_self().to_string(),
            Mode::Interview => strings::mode_interview().to_string(),
        },
        Field::Language => form
            .language
            .chosen(form.questionnaire)
            .native_name()
            .to_string(),
        _ => app
            .catalog
            .get(form.questionnaire)
            .map_or(String::new(), |l| {
                let q = &l.questionnaire;
                let title = sanitize(&q.title, false);
                match q.minutes {
                    Some(minutes) => tr!(
                        "tui-setup-questionnaire-minutes",
                        title = title,
                        count = q.item_count(),
                        minutes = minutes
                    ),
                    None => tr!(
                        "tui-setup-questionnaire",
                        title = title,
                        count = q.item_count()
                    ),
                }
            }),
    }
}

fn placeholder(field: Field) -> &'static str {
    match field {
        Field::Organization => strings::hint_organization(),
        Field::Sector => strings::hint_sector(),
        Field::Respondent => strings::hint_respondent(),
        Field::Role => strings::hint_role(),
        Field::Advisor => strings::hint_advisor(),
        Field::Round => strings::hint_round(),
        Field::Mode | Field::Questionnaire | Field::Language => "",
    }
}

/// A field's label: in an interview the advisor types, so the respondent is named as such.
fn label(field: Field, mode: Mode) -> &'static str {
    match (field, mode) {
        (Field::Organization, _) => strings::field_organization(),
        (Field::Sector, _) => strings::field_sector(),
        (Field::Respondent, mode) => strings::respondent_field(mode),
        (Field::Role, mode) => strings::role_field(mode),
        (Field::Mode, _) => strings::field_mode(),
        (Field::Advisor, _) => strings::field_advisor(),
        (Field::Round, _) => strings::field_round(),
        (Field::Questionnaire, _) => strings::field_questionnaire(),
        (Field::Language, _) => crate::tr!("language-setup-field"),
    }
}
