//! The list of every question, to jump anywhere (answering out of order is normal).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, List, ListItem, ListState};

use crate::assessment::Response;
use crate::strings;
use crate::tr;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::outcome::Outcome;
use crate::tui::overlays::Overlay;
use crate::tui::screens::review::item_line;
use crate::tui::session::Session;
use crate::tui::widgets::chrome;

/// The go-to list's state: the selected question (the question count means Review).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoToState {
    /// Selected row.
    pub selected: usize,
}

impl GoToState {
    /// The go-to list's part of `update`, over the open assessment; `body` is where the
    /// screen is drawn, for clicks.
    pub fn update(
        &mut self,
        session: &mut Session,
        action: &Action,
        body: Option<Rect>,
    ) -> Outcome {
        let last = session.item_count();
        self.selected = match action {
            Action::Click { column, row } => {
                let list = body.map(|b| popup_area(b).inner(ratatui::layout::Margin::new(1, 1)));
                let clicked = list
                    .and_then(|l| chrome::list_row_at(l, self.selected, last + 1, *column, *row));
                if let Some(index) = clicked {
                    self.selected = index;
                    return self.update(session, &Action::Confirm, body);
                }
                self.selected
            }
            Action::Up => self.selected.saturating_sub(1),
            Action::Down => (self.selected + 1).min(last),
            Action::PageUp => self.selected.saturating_sub(10),
            Action::PageDown => (self.selected + 10).min(last),
            Action::First => 0,
            Action::Last => last,
            Action::Confirm => {
                session.back_to_review = false;
                let step = session.navigator().go_to(self.selected);
                return Outcome::All(vec![Outcome::Overlay(None), Outcome::Go(step)]);
            }
            Action::Leave | Action::GoTo => return Outcome::Overlay(None),
            Action::ToggleHelp => {
                return Outcome::Overlay(Some(Overlay::Help(Some(self.clone()))));
            }
            _ => self.selected,
        };
        Outcome::Nothing
    }
}

/// Where the list window goes over the screen body.
fn popup_area(body: Rect) -> Rect {
    chrome::centered(
        body,
        body.width.saturating_sub(6),
        body.height.saturating_sub(4),
    )
}

/// Draws the list over the screen.
pub fn render(app: &App, session: &Session, state: &GoToState, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let popup = popup_area(area);
    frame.render_widget(Clear, popup);
    let block = chrome::screen_block(
        theme,
        strings::goto_title(),
        Some(tr!("tui-goto-legend").into()),
    );
    let mut items: Vec<ListItem> = session
        .q()
        .items()
        .map(|r| {
            let mark = match session.assessment.response(&r.item.id) {
                Some(Response::Value(_)) => "✓",
                Some(Response::DontKnow) => "?",
                None => " ",
            };
            let flag = if session.assessment.is_flagged(&r.item.id) {
                "⚑"
            } else {
                " "
            };
            ListItem::new(Line::from(vec![
                Span::styled(format!("{mark}{flag} "), theme.good),
                Span::styled(item_line(session, r.index), theme.text),
            ]))
        })
        .collect();
    items.push(ListItem::new(Line::from(Span::styled(
        format!("   {}", strings::goto_review()),
        theme.title,
    ))));
    let mut list_state = ListState::default().with_selected(Some(state.selected));
    frame.render_stateful_widget(
        List::new(items)
            .block(block)
            .highlight_style(theme.cursor)
            .highlight_symbol("› "),
        popup,
        &mut list_state,
    );
}
