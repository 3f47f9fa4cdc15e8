//! The partner form: name, sector, layer, relationship, the kinds of resources the partner
//! brings, what exactly, what the firm brings, and the tie strength. The name is required.

use ratatui::Frame;
use ratatui::layout::Rect;

use crate::ecomap::{Layer, MAX_TIE, MIN_TIE, Partner, Relationship, ResourceKind, tie_dots};
use crate::limits::{self, TextLimit};
use crate::strings;
use crate::tui::action::Action;
use crate::tui::theme::Theme;
use crate::tui::widgets::form_field::{self, FieldValue, Form, FormRow, TextFields};

/// A field of the partner form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The partner's name (text, required).
    Name,
    /// Its sector (text).
    Sector,
    /// Its layer (choice).
    Layer,
    /// The relationship (choice).
    Relationship,
    /// Brings tangible resources (toggle).
    Tangible,
    /// Brings intangible resources (toggle).
    Intangible,
    /// Brings relational resources (toggle).
    Relational,
    /// What exactly it brings (text).
    BringsNote,
    /// What the firm brings it (text).
    WeBring,
    /// Tie strength 1-5 (choice).
    Tie,
}

/// The fields in the order they are shown and visited.
pub const FIELDS: [Field; 10] = [
    Field::Name,
    Field::Sector,
    Field::Layer,
    Field::Relationship,
    Field::Tangible,
    Field::Intangible,
    Field::Relational,
    Field::BringsNote,
    Field::WeBring,
    Field::Tie,
];

/// The text fields, in the order of `texts`, with their length limits ([`crate::limits`]).
const TEXT_FIELDS: [(Field, TextLimit); 4] = [
    (Field::Name, limits::PARTNER_NAME),
    (Field::Sector, limits::PARTNER_SECTOR),
    (Field::BringsNote, limits::BRINGS_NOTE),
    (Field::WeBring, limits::WE_BRING),
];

/// Tie strength a new partner starts with.
const DEFAULT_TIE: u8 = 3;

/// What the form asks of the screen after an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormOutcome {
    /// Keep editing.
    Editing,
    /// Close without saving.
    Cancelled,
    /// The form is valid: save it.
    Done,
}

/// The partner form's state.
#[derive(Debug, Clone)]
pub struct PartnerForm {
    /// The id of the partner being edited; `None` adds a new one.
    pub editing: Option<String>,
    texts: TextFields<Field>,
    /// Chosen layer.
    pub layer: Layer,
    /// Chosen relationship.
    pub relationship: Relationship,
    /// Kinds of resources brought, in [`ResourceKind::ALL`] order.
    pub brings: [bool; 3],
    /// Tie strength.
    pub tie: u8,
    /// The focused field.
    pub focus: Field,
    /// Why the form cannot be saved yet.
    pub error: Option<String>,
}

impl PartnerForm {
    /// An empty form for a new partner in `layer`.
    pub fn add(layer: Layer) -> Self {
        Self {
            editing: None,
            texts: TextFields::new(&TEXT_FIELDS, []),
            layer,
            relationship: if layer == Layer::Immediate {
                Relationship::Supplier
            } else {
                Relationship::Institution
            },
            brings: [false; 3],
            tie: DEFAULT_TIE,
            focus: Field::Name,
            error: None,
        }
    }

    /// A form filled in from an existing partner.
    pub fn edit(partner: &Partner) -> Self {
        let values = [
            partner.name.as_str(),
            &partner.sector,
            &partner.brings_note,
            &partner.we_bring,
        ];
        Self {
            editing: Some(partner.id.clone()),
            texts: TextFields::new(&TEXT_FIELDS, values),
            layer: partner.layer,
            relationship: partner.relationship,
            brings: ResourceKind::ALL.map(|kind| partner.brings.contains(&kind)),
            tie: partner.tie.clamp(MIN_TIE, MAX_TIE),
            focus: Field::Name,
            error: None,
        }
    }

    /// The focused field is a choice or a toggle (keys change it rather than type).
    pub fn on_choice(&self) -> bool {
        self.texts.get(self.focus).is_none()
    }

    /// The text of a text field, trimmed and made safe for the terminal.
    pub fn text(&self, field: Field) -> String {
        self.texts.text(field)
    }

    /// The partner the form describes, with the given id.
    pub fn partner(&self, id: String) -> Partner {
        Partner {
            id,
            name: self.text(Field::Name),
            sector: self.text(Field::Sector),
            layer: self.layer,
            relationship: self.relationship,
            brings: ResourceKind::ALL
                .iter()
                .zip(self.brings)
                .filter(|(_, on)| *on)
                .map(|(kind, _)| *kind)
                .collect(),
            brings_note: self.text(Field::BringsNote),
            we_bring: self.text(Field::WeBring),
            tie: self.tie,
            edited_at: None,
        }
    }

    /// Applies a key's action to the form.
    pub fn update(&mut self, action: Action) -> FormOutcome {
        match action {
            Action::Up => self.move_focus(-1),
            Action::Down => self.move_focus(1),
            Action::Back => self.change(false),
            Action::Forward => self.change(true),
            Action::Type(key) => {
                if let Some(field) = self.texts.get_mut(self.focus) {
                    self.error = field.input(key);
                }
            }
            Action::Confirm => {
                if self.text(Field::Name).is_empty() {
                    self.focus = Field::Name;
                    self.error = Some(strings::map_need_partner_name().to_string());
                } else {
                    return FormOutcome::Done;
                }
            }
            Action::Leave => return FormOutcome::Cancelled,
            _ => {}
        }
        FormOutcome::Editing
    }

    fn move_focus(&mut self, step: isize) {
        let at = FIELDS.iter().position(|f| *f == self.focus).unwrap_or(0) as isize;
        let next = (at + step).rem_euclid(FIELDS.len() as isize) as usize;
        self.focus = FIELDS[next];
    }

    /// Moves the focused choice one step, or flips the focused toggle.
    fn change(&mut self, forward: bool) {
        let cycle = |index: usize, len: usize| {
            if forward {
                (index + 1) % len
            } else {
                (index + len - 1) % len
            }
        };
        match self.focus {
            Field::Layer => self.layer = Layer::ALL[cycle(self.layer.index(), Layer::ALL.len())],
            Field::Relationship => {
                let at = Relationship::ALL
                    .iter()
                    .position(|r| *r == self.relationship)
                    .unwrap_or(0);
                self.relationship = Relationship::ALL[cycle(at, Relationship::ALL.len())];
            }
            Field::Tangible => self.brings[0] = !self.brings[0],
            Field::Intangible => self.brings[1] = !self.brings[1],
            Field::Relational => self.brings[2] = !self.brings[2],
            Field::Tie => {
                self.tie = if forward {
                    (self.tie + 1).min(MAX_TIE)
                } else {
                    self.tie.saturating_sub(1).max(MIN_TIE)
                }
            }
            Field::Name | Field::Sector | Field::BringsNote | Field::WeBring => {}
        }
    }
}

/// Draws the form in `area` (the inside of the screen's block).
pub fn render(theme: &Theme, form: &PartnerForm, frame: &mut Frame, area: Rect) {
    let rows = FIELDS
        .iter()
        .map(|&field| FormRow {
            label: label(field),
            focused: field == form.focus,
            value: match form.texts.get(field) {
                Some(text) => FieldValue::Text(text, placeholder(field)),
                None => FieldValue::Choice(value(form, field)),
            },
        })
        .collect();
    let shown = Form {
        hint: strings::map_form_hint(),
        hint_rows: 2,
        gap: 1,
        label_width: 20,
        rows,
        error: form.error.as_deref(),
        note: None,
    };
    form_field::render(theme, shown, frame, area);
}

/// The shown value of a choice or toggle field.
fn value(form: &PartnerForm, field: Field) -> String {
    let toggle = |on: bool, kind: ResourceKind| {
        format!("[{}] {}", if on { "x" } else { " " }, kind.examples())
    };
    match field {
        Field::Layer => form.layer.title().to_string(),
        Field::Relationship => form.relationship.label().to_string(),
        Field::Tangible => toggle(form.brings[0], ResourceKind::Tangible),
        Field::Intangible => toggle(form.brings[1], ResourceKind::Intangible),
        Field::Relational => toggle(form.brings[2], ResourceKind::Relational),
        Field::Tie => format!(
            "{} {} · {}",
            tie_dots(form.tie),
            form.tie,
            strings::map_tie_meanings()[usize::from(form.tie.clamp(MIN_TIE, MAX_TIE) - 1)]
        ),
        Field::Name | Field::Sector | Field::BringsNote | Field::WeBring => String::new(),
    }
}

fn label(field: Field) -> &'static str {
    match field {
        Field::Name => strings::map_field_name(),
        Field::Sector => strings::map_field_sector(),
        Field::Layer => strings::map_field_layer(),
        Field::Relationship => strings::map_field_relationship(),
        Field::Tangible => strings::map_field_tangible(),
        Field::Intangible => strings::map_field_intangible(),
        Field::Relational => strings::map_field_relational(),
        Field::BringsNote => strings::map_field_brings_note(),
        Field::WeBring => strings::map_field_we_bring(),
        Field::Tie => strings::map_field_tie(),
    }
}

fn placeholder(field: Field) -> &'static str {
    match field {
        Field::Name => strings::map_hint_name(),
        Field::Sector => strings::map_hint_sector(),
        Field::BringsNote => strings::map_hint_brings_note(),
        Field::WeBring => strings::map_hint_we_bring(),
        _ => "",
    }
}
