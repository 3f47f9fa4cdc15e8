//! Drawing Home: the introduction, the menu and the assessments in view.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{HighlightSpacing, List, ListItem, Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

use super::{Entry, HomeState, Row};
use crate::strings;
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
    chrome::screen_block(&theme, strings::HOME_TITLE, None).render(area, buf);
    Paragraph::new(strings::HOME_INTRO)
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
                let text = format!("{} {why}", strings::ASSESSMENTS_UNAVAILABLE);
                let lines: Vec<Line<'static>> = wrap(&text, usize::from(width.saturating_sub(2)))
                    .into_iter()
                    .map(|line| Line::from(Span::styled(line, theme.warning)))
                    .collect();
                ListItem::new(lines)
            }
            None => {
                let heading = if app.home.data.rows.is_empty() {
                    strings::NO_ASSESSMENTS
                } else {
                    strings::RECENT
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
    let unreadable = format!("{others} file(s) could not be read and were skipped");
    match (conflicts, others) {
        (0, _) => unreadable,
        (n, 0) => format!("{n} conflict(s): `ecoready conflicts`"),
        (n, _) => format!("{n} conflict(s): `ecoready conflicts`; {unreadable}"),
    }
}

fn entry_item(app: &App, entry: Entry, width: u16) -> ListItem<'static> {
    match entry {
        Entry::New => ListItem::new(format!("+ {}", strings::MENU_NEW)),
        Entry::Resume => {
            let draft = app.home.draft_to_resume().map_or(String::new(), |r| {
                let whose = whose_draft(r.advisor.as_deref(), app.home.me.as_deref());
                format!(" ({}, {} answered{whose})", r.organization, r.answered)
            });
            ListItem::new(format!("↻ {}{draft}", strings::MENU_RESUME))
        }
        Entry::Map => ListItem::new(format!("◎ {}", strings::MENU_MAPS)),
        Entry::History => ListItem::new(format!("≡ {}", strings::MENU_HISTORY)),
        Entry::Evidence => ListItem::new(format!("σ {}", strings::MENU_EVIDENCE)),
        Entry::Quit => ListItem::new(format!("× {}", strings::MENU_QUIT)),
        Entry::Assessment(i) => ListItem::new(assessment_line(app, &app.home.data.rows[i], width)),
    }
}

/// ", Bob's draft" when the draft to resume is not the configured advisor's own.
fn whose_draft(advisor: Option<&str>, me: Option<&str>) -> String {
    match strings::draft_owner(advisor, me) {
        strings::DraftOwner::Unsaid => String::new(),
        strings::DraftOwner::Colleague(advisor) => format!(", {advisor}'s draft"),
        strings::DraftOwner::NoAdvisor => ", no advisor".to_string(),
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
mod tests {
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;
    use ratatui::buffer::Buffer;
    use ratatui::widgets::{ListState, StatefulWidget};

    use super::super::HomeData;
    use super::*;
    use crate::assessment::{Mode, Status};
    use crate::tui::theme::{self, ThemeName};

    fn row(n: usize, status: Status) -> Row {
        Row {
            id: format!("20260301-0900{n:02}"),
            organization: format!("Firm {n} — Bäckerei"),
            respondent: format!("Respondent {n}"),
            round: n.is_multiple_of(2).then(|| format!("round {n}")),
            started: format!("2026-03-{:02}", n % 28 + 1),
            status,
            overall: (status == Status::Complete).then_some(40.0 + n as f64),
            band: (status == Status::Complete).then(|| "Defined".to_string()),
            answered: 10 + n,
            mode: Mode::SelfAssessment,
            sector: "food".into(),
            advisor: None,
            updated_at: chrono::DateTime::from_timestamp(1_772_000_000 + n as i64 * 3600, 0)
                .expect("a time")
                .fixed_offset(),
        }
    }

    fn app(rows: usize, selected: usize) -> App {
        let mut app = App::new(Vec::new(), theme::choose(Some(ThemeName::Default)));
        app.home.set_rows(HomeData {
            rows: (0..rows)
                .map(|n| {
                    row(
                        n,
                        if n.is_multiple_of(4) {
                            Status::Draft
                        } else {
                            Status::Complete
                        },
                    )
                })
                .collect(),
            skipped: vec!["a.yaml: broken".into()],
            conflicts: 0,
            unavailable: None,
        });
        app.home.selected = selected;
        app
    }

    fn drawn(app: &App, width: u16, height: u16) -> Buffer {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a terminal");
        terminal
            .draw(|frame| render(app, frame, frame.area()))
            .expect("drawn");
        terminal.backend().buffer().clone()
    }

    /// Home as ratatui's List draws it with the selection in its state, every row built
    /// (the rows as Home builds them: what is checked is the copying and the highlight).
    fn drawn_by_list(app: &App, width: u16, height: u16) -> Buffer {
        let area = Rect::new(0, 0, width, height);
        let mut buf = Buffer::empty(area);
        let theme = app.theme;
        chrome::screen_block(&theme, strings::HOME_TITLE, None).render(area, &mut buf);
        let [intro, list] = areas(chrome::inner(area));
        Paragraph::new(strings::HOME_INTRO)
            .style(theme.muted)
            .wrap(Wrap { trim: true })
            .render(intro, &mut buf);
        let items: Vec<ListItem> = drawn_rows(&app.home)
            .iter()
            .map(|row| drawn_item(app, *row, list.width))
            .collect();
        let mut state = ListState::default().with_selected(Some(visual_index(&app.home)));
        StatefulWidget::render(
            List::new(items)
                .highlight_style(theme.cursor)
                .highlight_symbol(HIGHLIGHT_SYMBOL),
            list,
            &mut buf,
            &mut state,
        );
        buf
    }

    #[test]
    fn conflicts_are_counted_apart_from_unreadable_files() {
        assert_eq!(
            skipped_line(3, 0),
            "3 file(s) could not be read and were skipped"
        );
        assert_eq!(skipped_line(2, 2), "2 conflict(s): `ecoready conflicts`");
        assert_eq!(
            skipped_line(3, 1),
            "1 conflict(s): `ecoready conflicts`; 2 file(s) could not be read and were skipped"
        );
    }

    #[test]
    fn assessments_that_cannot_be_listed_show_the_reason_in_full() {
        let mut app = app(0, 0);
        let reason = "cannot read the directory /home/ana/.local/share/ecoready/assessments: \
                      Permission denied (os error 13)";
        app.home.set_rows(HomeData {
            unavailable: Some(reason.to_string()),
            ..HomeData::default()
        });
        let buffer = drawn(&app, 60, 20);
        let text: String = (0..buffer.area.height)
            .map(|y| {
                (0..buffer.area.width)
                    .map(|x| buffer[(x, y)].symbol())
                    .collect::<String>()
                    .trim_matches(|c: char| c == '│' || c.is_whitespace())
                    .to_string()
            })
            .collect::<Vec<_>>()
            .join(" ");
        assert!(!text.contains(strings::NO_ASSESSMENTS), "{text}");
        let shown = format!("{} {reason}", strings::ASSESSMENTS_UNAVAILABLE);
        let words: Vec<&str> = shown.split_whitespace().collect();
        assert!(text.contains(&words.join(" ")), "wrapped, not cut: {text}");
    }

    #[test]
    fn resume_offers_the_draft_saved_last_as_the_command_line_does() {
        // Drafts are rows 0, 4, ..., 28; row 28 was saved last though listed last.
        let app = app(30, 0);
        let latest = app.home.draft_to_resume().expect("a draft");
        assert_eq!(latest.id, row(28, Status::Draft).id);
    }

    #[test]
    fn every_frame_equals_what_ratatuis_list_draws() {
        // Moving down the whole list and back up: the first frame is drawn, the others
        // mostly copied, and scrolling changes the rows in view.
        let rows = 30;
        let last = app(rows, 0).home.entries().len() - 1;
        let path = (0..=last).chain((0..last).rev());
        for (width, height) in [(80, 20), (120, 40)] {
            for selected in path.clone() {
                let app = app(rows, selected);
                assert_eq!(
                    drawn(&app, width, height),
                    drawn_by_list(&app, width, height),
                    "{width}x{height}, entry {selected} selected"
                );
            }
        }
    }

    #[test]
    fn a_narrow_home_gives_up_the_respondent_before_the_score() {
        let mut app = app(2, 0);
        app.home.data.rows[1].band = Some("Far-reaching".into());
        app.home.data.rows[1].organization = "Alder Bakery and Sourdough Cooperative".into();
        let screen = |buffer: &Buffer| {
            (0..buffer.area.height)
                .map(|y| {
                    (0..buffer.area.width)
                        .map(|x| buffer[(x, y)].symbol().to_string())
                        .collect::<String>()
                })
                .collect::<Vec<_>>()
                .join("\n")
        };
        let narrow = screen(&drawn(&app, 60, 20));
        assert!(narrow.contains("41.0 Far-reaching"), "{narrow}");
        assert!(narrow.contains("draft, 10 answered"), "{narrow}");
        assert!(!narrow.contains("Respondent 1"), "{narrow}");
        let wide = screen(&drawn(&app, 80, 24));
        assert!(wide.contains("Respondent 1"), "{wide}");
        assert!(wide.contains("41.0 Far-reaching"), "{wide}");
    }
}
