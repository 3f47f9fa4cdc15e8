//! Drawing Home: the introduction, the menu and the assessments in view.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{HighlightSpacing, List, ListItem, Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

use super::{Entry, HomeState, Row};
use crate::strings;
use crate::tr;
use crate::tui::app::App;
use crate::tui::widgets::chrome;
use crate::tui::widgets::option_list::wrap;

/// The symbol before the highlighted row.
const HIGHLIGHT_SYMBOL: &str = "› ";

/// Draws Home.
pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let theme = app.theme;
    let [intro, list] = areas(chrome::inner(area));
    // Only the rows in view are built: Home stays as quick with thousands of
    // assessments as with a few.
    let drawn = drawn_rows(&app.home);
    let selected = visual_index(&app.home);
    let window = chrome::visible_rows(list.height, selected, drawn.len());
    let items: Vec<ListItem<'static>> = drawn[window.clone()]
        .iter()
        .map(|row| drawn_item(app, *row, list.width))
        .collect();
    let buf = frame.buffer_mut();
    chrome::screen_block(&theme, strings::home_title(), None).render(area, buf);
    Paragraph::new(strings::home_intro())
        .style(theme.muted)
        .wrap(Wrap { trim: true })
        .render(intro, buf);
    List::new(items)
        .highlight_symbol(HIGHLIGHT_SYMBOL)
        .highlight_spacing(HighlightSpacing::Always)
        .render(list, buf);
    // The highlight, drawn over its row as ratatui's List draws a selected row.
    if window.contains(&selected) {
        let row = Rect {
            y: list.y + (selected - window.start) as u16,
            height: 1,
            ..list
        };
        buf.set_style(row, theme.cursor);
        let symbol_width = Line::from(HIGHLIGHT_SYMBOL).width() as u16;
        Line::from(HIGHLIGHT_SYMBOL).render(
            Rect {
                width: symbol_width.min(row.width),
                ..row
            },
            buf,
        );
    }
}

/// A row of Home's list: an entry, or the blank and heading rows between the menu and
/// the assessments, or the note about unreadable files at the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Drawn {
    Entry(Entry),
    Blank,
    Heading,
    Skipped,
}

/// Every row of Home's list, top to bottom.
fn drawn_rows(home: &HomeState) -> Vec<Drawn> {
    let mut drawn = Vec::new();
    for entry in home.entries() {
        drawn.push(Drawn::Entry(entry));
        if entry == Entry::Quit {
            drawn.extend([Drawn::Blank, Drawn::Heading]);
        }
    }
    if !home.data.skipped.is_empty() {
        drawn.push(Drawn::Skipped);
    }
    drawn
}

/// The list item of one drawn row.
fn drawn_item(app: &App, row: Drawn, width: u16) -> ListItem<'static> {
    let theme = &app.theme;
    match row {
        Drawn::Entry(entry) => entry_item(app, entry, width),
        Drawn::Blank => ListItem::new(""),
        Drawn::Heading => match &app.home.data.unavailable {
            // In full, wrapped: the heading is the last row (no assessments follow), so its
            // height moves no selectable row.
            Some(why) => {
                let text = format!("{} {why}", strings::assessments_unavailable());
                let lines: Vec<Line<'static>> = wrap(&text, usize::from(width.saturating_sub(2)))
                    .into_iter()
                    .map(|line| Line::from(Span::styled(line, theme.warning)))
                    .collect();
                ListItem::new(lines)
            }
            None => {
                let heading = if app.home.data.rows.is_empty() {
                    strings::no_assessments()
                } else {
                    strings::recent()
                };
                ListItem::new(Line::from(Span::styled(heading, theme.title)))
            }
        },
        Drawn::Skipped => ListItem::new(Line::from(Span::styled(
            skipped_line(app.home.data.skipped.len(), app.home.data.conflicts),
            theme.warning,
        ))),
    }
}

/// What Home says of the files it skipped: conflicts first, with the command that
/// merges them, then the others.
fn skipped_line(skipped: usize, conflicts: usize) -> String {
    let others = skipped.saturating_sub(conflicts);
    match (conflicts, others) {
        (0, _) => tr!("tui-home-skipped", count = others),
        (n, 0) => tr!("tui-home-conflicts", count = n),
        (n, _) => tr!(
            "tui-home-conflicts-and-skipped",
            count = n,
            skipped = others
        ),
    }
}

fn entry_item(app: &App, entry: Entry, width: u16) -> ListItem<'static> {
    match entry {
        Entry::New => ListItem::new(format!("+ {}", strings::menu_new())),
        Entry::Resume => {
            let draft = app.home.draft_to_resume().map_or(String::new(), |r| {
                let whose = whose_draft(r.advisor.as_deref(), app.home.me.as_deref());
                match whose {
                    Some(whose) => tr!(
                        "tui-home-resume-whose",
                        organization = r.organization.as_str(),
                        answered = r.answered,
                        whose = whose
                    ),
                    None => tr!(
                        "tui-home-resume-which",
                        organization = r.organization.as_str(),
                        answered = r.answered
                    ),
                }
            });
            ListItem::new(format!("↻ {}{draft}", strings::menu_resume()))
        }
        Entry::Map => ListItem::new(format!("◎ {}", strings::menu_maps())),
        Entry::History => ListItem::new(format!("≡ {}", strings::menu_history())),
        Entry::Evidence => ListItem::new(format!("σ {}", strings::menu_evidence())),
        Entry::Quit => ListItem::new(format!("× {}", strings::menu_quit())),
        Entry::Assessment(i) => ListItem::new(assessment_line(app, &app.home.data.rows[i], width)),
    }
}

/// "Bob's draft" when the draft to resume is not the configured advisor's own.
fn whose_draft(advisor: Option<&str>, me: Option<&str>) -> Option<String> {
    match strings::draft_owner(advisor, me) {
        strings::DraftOwner::Unsaid => None,
        strings::DraftOwner::Colleague(advisor) => {
            Some(tr!("tui-home-colleagues-draft", advisor = advisor))
        }
        strings::DraftOwner::NoAdvisor => Some(tr!("tui-home-no-advisor").to_string()),
    }
}

/// The introduction (three rows) and the list under it inside Home's frame (arithmetic,
/// as `view::split`: the constraint solver is the dearest part of a first frame).
fn areas(inner: Rect) -> [Rect; 2] {
    let intro_height = inner.height.min(3);
    [
        Rect {
            height: intro_height,
            ..inner
        },
        Rect {
            y: inner.y + intro_height,
            height: inner.height - intro_height,
            ..inner
        },
    ]
}

/// The entry drawn at a screen position, if any (the headings between menu and
/// assessments are not entries).
pub(super) fn entry_at(home: &HomeState, body: Rect, column: u16, row: u16) -> Option<usize> {
    let [_, list] = areas(chrome::inner(body));
    let drawn = drawn_rows(home);
    let visual = chrome::list_row_at(list, visual_index(home), drawn.len(), column, row)?;
    let Drawn::Entry(entry) = drawn[visual] else {
        return None;
    };
    home.entries().iter().position(|e| *e == entry)
}

/// Index of the selected entry among the drawn rows (which include the heading rows).
fn visual_index(home: &HomeState) -> usize {
    let entries = home.entries();
    let quit_at = entries.iter().position(|e| *e == Entry::Quit).unwrap_or(0);
    let selected = home.selected;
    if selected > quit_at {
        selected + 2
    } else {
        selected
    }
}

fn assessment_line(app: &App, row: &Row, width: u16) -> Line<'static> {
    let theme = &app.theme;
    let score = row.standing();
    let who = match &row.round {
        Some(round) => format!("{} · {round}", row.respondent),
        None => row.respondent.clone(),
    };
    // The score is never cut: on a narrow list the respondent's column gives way first,
    // then the organization's (date, two gaps, the highlight symbol and the score stay).
    let (org_most, who_most) = if width >= 110 { (32, 32) } else { (22, 18) };
    let room = usize::from(width).saturating_sub(12 + 2 + 2 + score.width());
    let org_width = org_most.min(room).max(8);
    let who_width = who_most.min(room.saturating_sub(org_width + 1));
    let who = if who_width < 6 {
        String::new()
    } else {
        format!("{:<who_width$} ", chrome::ellipsize(&who, who_width))
    };
    Line::from(vec![
        Span::styled(format!("{}  ", row.started), theme.muted),
        Span::styled(
            format!(
                "{:<org_width$} ",
                chrome::ellipsize(&row.organization, org_width)
            ),
            theme.text,
        ),
        Span::styled(who, theme.muted),
        Span::styled(score, theme.text),
    ])
}

#[cfg(test)]
mod tests;
