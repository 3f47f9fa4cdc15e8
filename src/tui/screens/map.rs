//! The ecosystem map screen: partners by layer, with forms to add, edit and remove them.

use color_eyre::eyre::Result;
use ratatui::Frame;
use ratatui::layout::Rect;

use crate::store::Store;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::keymap::Context;

/// The map screen's state.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MapState {}

impl MapState {
    /// What keys mean on the map screen now.
    pub fn context(&self) -> Context {
        Context::Map
    }
}

/// Store work the map screen asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum MapEffect {}

/// Results of map effects, fed back into `update`.
#[derive(Debug, Clone, PartialEq)]
pub enum MapMsg {}

/// Opens the map screen, for an organization if one is given.
pub fn open(app: &mut App, _organization: Option<String>) {
    app.screen = crate::tui::app::Screen::Map(Box::default());
}

/// The map screen's part of `update`.
pub fn update(app: &mut App, action: Action) {
    if action == Action::Leave {
        app.go_home();
    }
}

/// A result of a map effect.
pub fn on_message(_app: &mut App, message: MapMsg) {
    match message {}
}

/// Runs a map effect against the store.
pub fn perform(_store: &Store, effect: MapEffect) -> Result<Option<Action>> {
    match effect {}
}

/// Draws the map screen.
pub fn render(_app: &App, _state: &MapState, _frame: &mut Frame, _area: Rect) {}
