//! The map screen's state and how actions and store results change it. Pure: the store
//! work it needs comes back as an [`Outcome`] for the app to carry out.

use ratatui_textarea::TextArea;

use super::MapEffect;
use super::form::{FormOutcome, PartnerForm};
use super::picker::{Choice, Picker};
use crate::ecomap::{EcosystemMap, Layer, sector_key};
use crate::limits;
use crate::strings;
use crate::text::sanitize;
use crate::tr;
use crate::tui::action::Action;
use crate::tui::app::Effect;
use crate::tui::keymap::Context;
use crate::tui::outcome::Outcome;
use crate::tui::widgets::limited_input::input_within;

/// Rows one PageUp or PageDown moves.
const PAGE: isize = 10;

/// What the map screen shows.
#[derive(Debug, Clone, Default)]
pub enum View {
    /// Waiting for the store.
    #[default]
    Loading,
    /// Choosing an organization.
    Picker(Picker),
    /// Typing the name of a new organization.
    Name {
        /// The name typed so far.
        text: Box<TextArea<'static>>,
        /// Why it cannot be used yet.
        error: Option<String>,
    },
    /// The map.
    Map,
    /// Adding or editing a partner.
    Form(Box<PartnerForm>),
    /// Asking before removing the partner with this id.
    ConfirmRemove(String),
}

/// The map screen's state.
#[derive(Debug, Clone, Default)]
pub struct MapState {
    /// What is showing.
    pub view: View,
    /// The organization at the centre, once chosen.
    pub organization: Option<String>,
    /// Every saved version of its map, oldest first.
    pub history: Vec<EcosystemMap>,
    /// The map shown and edited: the latest version with the latest change.
    pub map: Option<EcosystemMap>,
    /// The latest change has not been saved (yet, or saving failed).
    pub unsaved: bool,
    /// The focused layer, as an index into [`Layer::ALL`].
    pub focus: usize,
    /// The selected row in each layer's column.
    pub selected: [usize; 3],
    /// Show only this layer.
    pub layer_filter: Option<Layer>,
    /// Show only partners whose sector has this key (`""`: partners without a sector).
    pub sector_filter: Option<String>,
    /// The map was opened from the picker, so leaving goes back to it.
    pub from_picker: bool,
    /// Map files that could not be read.
    pub skipped: usize,
    /// The last entry of `history` is the merge of versions saved in parallel, shown but
    /// not saved as a file.
    pub merged: bool,
    /// What merging versions saved in parallel did (on opening or on the last save),
    /// shown above the map until the next save or opening.
    pub notice: Option<String>,
}

impl MapState {
    /// Waiting for an organization's maps.
    pub fn loading(from_picker: bool) -> Self {
        Self {
            from_picker,
            ..Self::default()
        }
    }

    /// Waiting for the list of organizations.
    pub fn picking() -> Self {
        Self {
            view: View::Picker(Picker::default()),
            ..Self::default()
        }
    }

    /// What keys mean on the map screen now.
    pub fn context(&self) -> Context {
        match &self.view {
            View::Loading | View::Map => Context::Map,
            View::Picker(_) => Context::MapPicker,
            View::Name { .. } => Context::MapName,
            View::Form(form) if form.on_choice() => Context::MapFormChoice,
            View::Form(_) => Context::MapForm,
            View::ConfirmRemove(_) => Context::Confirm,
        }
    }

    /// Applies a key's action.
    pub fn step(&mut self, action: Action) -> Outcome {
        match &mut self.view {
            View::Loading => match action {
                Action::Leave => Outcome::Home,
                _ => Outcome::Nothing,
            },
            View::Picker(picker) => {
                match action {
                    Action::Up => picker.move_by(-1),
                    Action::Down => picker.move_by(1),
                    Action::PageUp => picker.move_by(-PAGE),
                    Action::PageDown => picker.move_by(PAGE),
                    Action::Confirm => {
                        return match picker.choice() {
                            Choice::NewOrganization => {
                                self.view = View::Name {
                                    text: Box::default(),
                                    error: None,
                                };
                                Outcome::Nothing
                            }
                            Choice::Organization(name) => self.load(name),
                        };
                    }
                    Action::ToggleHelp => return Outcome::Help,
                    Action::Leave => return Outcome::Home,
                    _ => {}
                }
                Outcome::Nothing
            }
            View::Name { text, error } => match action {
                Action::Type(key) => {
                    *error = input_within(text, key, limits::ORGANIZATION);
                    Outcome::Nothing
                }
                Action::Confirm => {
                    let name = text
                        .lines()
                        .first()
                        .map_or(String::new(), |l| sanitize(l.trim(), false));
                    if name.is_empty() {
                        *error = Some(strings::map_need_name().to_string());
                        Outcome::Nothing
                    } else {
                        self.load(name)
                    }
                }
                Action::Leave => self.back_to_picker(),
                _ => Outcome::Nothing,
            },
            View::Form(form) => match form.update(action) {
                FormOutcome::Editing => Outcome::Nothing,
                FormOutcome::Cancelled => {
                    self.view = View::Map;
                    Outcome::Nothing
                }
                FormOutcome::Done => {
                    let form = form.clone();
                    self.view = View::Map;
                    self.save_partner(&form)
                }
            },
            View::ConfirmRemove(id) => {
                let id = id.clone();
                self.view = View::Map;
                match action {
                    Action::Yes => self.remove_partner(&id),
                    _ => Outcome::Nothing,
                }
            }
            View::Map => self.step_map(action),
        }
    }

    fn step_map(&mut self, action: Action) -> Outcome {
        let layer = self.focus_layer();
        let count = self.visible(layer).len() as isize;
        let mut move_by = |step: isize| {
            let at = self.selected_in(layer) as isize;
            self.selected[layer.index()] = (at + step).clamp(0, (count - 1).max(0)) as usize;
        };
        match action {
            Action::Up => move_by(-1),
            Action::Down => move_by(1),
            Action::PageUp => move_by(-PAGE),
            Action::PageDown => move_by(PAGE),
            Action::Back | Action::Forward if self.layer_filter.is_none() => {
                let last = Layer::ALL.len() - 1;
                self.focus = match action {
                    Action::Back => self.focus.saturating_sub(1),
                    _ => (self.focus + 1).min(last),
                };
            }
            Action::AddPartner => return self.add_partner(layer),
            Action::Confirm => {
                let form = match self.selected_partner() {
                    Some(partner) => PartnerForm::edit(partner),
                    None => return self.add_partner(layer),
                };
                self.view = View::Form(Box::new(form));
            }
            Action::Remove => {
                if let Some(partner) = self.selected_partner() {
                    self.view = View::ConfirmRemove(partner.id.clone());
                }
            }
            Action::CycleLayerFilter => {
                self.layer_filter = match self.layer_filter {
                    None => Some(Layer::ALL[0]),
                    Some(layer) => Layer::ALL.get(layer.index() + 1).copied(),
                };
                if let Some(layer) = self.layer_filter {
                    self.focus = layer.index();
                }
            }
            Action::CycleSectorFilter => {
                let keys = self.sector_keys();
                self.sector_filter = match &self.sector_filter {
                    None => keys.first().cloned(),
                    Some(current) => keys
                        .iter()
                        .position(|k| k == current)
                        .and_then(|at| keys.get(at + 1))
                        .cloned(),
                };
            }
            Action::ToggleHelp => return Outcome::Help,
            Action::Leave if self.from_picker => return self.back_to_picker(),
            Action::Leave => return Outcome::Home,
            _ => {}
        }
        Outcome::Nothing
    }

    /// Before the program leaves at once (Ctrl-C): a partner form with a name is saved as
    /// Enter would save it, so nothing typed is lost; returns the save to run.
    pub fn finish_on_quit(&mut self) -> Option<MapEffect> {
        let View::Form(form) = &self.view else {
            return None;
        };
        if form.text(super::FormField::Name).is_empty() {
            return None;
        }
        let form = form.clone();
        self.view = View::Map;
        match self.save_partner(&form) {
            Outcome::Effect(Effect::Map(effect)) => Some(effect),
            _ => None,
        }
    }

    fn load(&mut self, organization: String) -> Outcome {
        *self = Self::loading(true);
        Outcome::Effect(Effect::Map(MapEffect::Load(organization)))
    }

    fn back_to_picker(&mut self) -> Outcome {
        *self = Self::picking();
        Outcome::Effect(Effect::Map(MapEffect::ListOrganizations))
    }

    /// Opens the form for a new partner in `layer`, unless the map is full (a map file
    /// must stay readable: [`limits::MAX_PARTNERS`]).
    fn add_partner(&mut self, layer: Layer) -> Outcome {
        if self
            .map
            .as_ref()
            .is_some_and(|map| map.partners.len() >= limits::MAX_PARTNERS)
        {
            return Outcome::Say(tr!("tui-map-full", most = limits::MAX_PARTNERS), true);
        }
        self.view = View::Form(Box::new(PartnerForm::add(layer)));
        Outcome::Nothing
    }

    /// Adds or replaces the partner the form describes, selects it, and saves.
    fn save_partner(&mut self, form: &PartnerForm) -> Outcome {
        let Some(map) = &mut self.map else {
            return Outcome::Nothing;
        };
        let id = match &form.editing {
            Some(id) => id.clone(),
            None => map.new_partner_id(&form.text(super::FormField::Name)),
        };
        let mut partner = form.partner(id.clone());
        let (layer, sector) = (partner.layer, sector_key(&partner.sector));
        match map.partners.iter_mut().find(|p| p.id == id) {
            Some(existing) => {
                // Unchanged, it keeps its edit time; changed, the save stamps a new one.
                partner.edited_at = existing.edited_at;
                *existing = partner;
            }
            None => map.partners.push(partner),
        }
        // Keep the saved partner in view: drop a filter that would hide it.
        if self.layer_filter.is_some_and(|l| l != layer) {
            self.layer_filter = None;
        }
        if self.sector_filter.as_ref().is_some_and(|s| *s != sector) {
            self.sector_filter = None;
        }
        self.focus = layer.index();
        if let Some(at) = self.visible(layer).iter().position(|p| p.id == id) {
            self.selected[layer.index()] = at;
        }
        self.save()
    }

    fn remove_partner(&mut self, id: &str) -> Outcome {
        let Some(map) = &mut self.map else {
            return Outcome::Nothing;
        };
        map.partners.retain(|p| p.id != id);
        self.save()
    }

    fn save(&mut self) -> Outcome {
        let Some(map) = &self.map else {
            return Outcome::Nothing;
        };
        self.unsaved = true;
        Outcome::Effect(Effect::Map(MapEffect::Save(Box::new(map.clone()))))
    }
}
