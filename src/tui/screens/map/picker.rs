//! Choosing whose map to open: organizations known from assessments and existing maps,
//! plus a new one.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{ListItem, Paragraph, Wrap};

use super::fit;
use crate::strings;
use crate::text::sanitize;
use crate::tr;
use crate::tui::theme::Theme;
use crate::tui::widgets::chrome;

/// An organization the picker offers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganizationRow {
    /// Its name.
    pub name: String,
    /// Its latest map: the day it was saved (`YYYY-MM-DD`) and the number of partners.
    pub latest: Option<(String, usize)>,
}

/// The picker's state.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Picker {
    /// The organizations, once listed.
    pub rows: Option<Vec<OrganizationRow>>,
    /// Selected entry: 0 is "new organization", then the rows.
    pub selected: usize,
}

/// What choosing an entry means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    /// Start a map for an organization not listed.
    NewOrganization,
    /// Open this organization's map.
    Organization(String),
}

impl Picker {
    /// Number of entries (the "new organization" entry included).
    fn len(&self) -> usize {
        1 + self.rows.as_ref().map_or(0, Vec::len)
    }

    /// Moves the selection by `step` entries, staying in range.
    pub fn move_by(&mut self, step: isize) {
        let last = self.len() - 1;
        self.selected = self.selected.saturating_add_signed(step).min(last);
    }

    /// The selected entry.
    pub fn choice(&self) -> Choice {
        match self
            .selected
            .checked_sub(1)
            .and_then(|i| self.rows.as_ref()?.get(i))
        {
            Some(row) => Choice::Organization(row.name.clone()),
            None => Choice::NewOrganization,
        }
    }
}

/// Draws the picker inside `area`.
pub fn render(theme: &Theme, picker: &Picker, frame: &mut Frame, area: Rect) {
    let [hint, list] = Layout::vertical([Constraint::Length(3), Constraint::Min(1)]).areas(area);
    frame.render_widget(
        Paragraph::new(strings::map_picker_hint())
            .style(theme.muted)
            .wrap(Wrap { trim: true }),
        hint,
    );
    let width = usize::from(list.width).saturating_sub(2);
    let mut items = vec![ListItem::new(format!(
        "+ {}",
        strings::map_new_organization()
    ))];
    match &picker.rows {
        None => items.push(ListItem::new(Line::from(Span::styled(
            strings::map_loading(),
            theme.muted,
        )))),
        Some(rows) => {
            let name_width = rows
                .iter()
                .map(|r| unicode_width::UnicodeWidthStr::width(r.name.as_str()))
                .max()
                .unwrap_or(0)
                .clamp(10, width / 2);
            for row in rows {
                let name = fit(&sanitize(&row.name, false), name_width);
                let detail = match &row.latest {
                    Some((day, count)) => tr!("tui-map-of", day = day.as_str(), count = *count),
                    None => strings::map_no_map_yet().to_string(),
                };
                let pad =
                    name_width.saturating_sub(unicode_width::UnicodeWidthStr::width(name.as_str()));
                items.push(ListItem::new(Line::from(vec![
                    Span::styled(format!("◎ {name}{}  ", " ".repeat(pad)), theme.text),
                    Span::styled(detail, theme.muted),
                ])));
            }
        }
    }
    chrome::cursor_list(frame, theme, items, picker.selected, list);
}
