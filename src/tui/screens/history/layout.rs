//! Where History draws what: shared by drawing and by clicks, so a click lands on the
//! row drawn under it.

use ratatui::layout::{Constraint, Layout, Rect};
use unicode_width::UnicodeWidthStr;

use crate::tr;

/// Where History draws what, inside its frame.
#[derive(Debug, Clone, Copy)]
pub struct Areas {
    /// The search and the filters.
    pub filters: Rect,
    /// The blank line under them, which says how many conflicts there are, if any.
    pub notice: Rect,
    /// The organizations' title and column names.
    pub organizations_head: Rect,
    /// The organizations.
    pub organizations: Rect,
    /// The line between the two lists.
    pub divider: Rect,
    /// The assessments' title and column names.
    pub assessments_head: Rect,
    /// The selected organization's assessments.
    pub assessments: Rect,
}

/// The areas of History inside its frame: a line of filters, then the organizations and
/// their assessments side by side, each under its title and column names, with a line
/// between them so the assessments read as their own list.
pub fn layout(inner: Rect) -> Areas {
    let [filters, notice, lists] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(1),
    ])
    .areas(inner);
    // At least as wide as the organizations' column name in the language shown (with the
    // room the list's cursor takes), so it is never cut.
    let heading = u16::try_from(tr!("tui-history-name-column").width() + 2).unwrap_or(u16::MAX);
    let left_width = (inner.width / 4).clamp(21, 36).max(heading);
    let [left, divider, right] = Layout::horizontal([
        Constraint::Length(left_width),
        Constraint::Length(3),
        Constraint::Min(20),
    ])
    .areas(lists);
    let head = |area: Rect| -> [Rect; 2] {
        Layout::vertical([Constraint::Length(2), Constraint::Min(0)]).areas(area)
    };
    let [organizations_head, organizations] = head(left);
    let [assessments_head, assessments] = head(right);
    Areas {
        filters,
        notice,
        organizations_head,
        organizations,
        divider,
        assessments_head,
        assessments,
    }
}
