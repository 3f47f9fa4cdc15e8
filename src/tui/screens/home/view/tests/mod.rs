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
        folder: None,
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
    chrome::screen_block(&theme, strings::home_title(), None).render(area, &mut buf);
    let [intro, list] = areas(chrome::inner(area));
    Paragraph::new(strings::home_intro())
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
    assert!(!text.contains(strings::no_assessments()), "{text}");
    let shown = format!("{} {reason}", strings::assessments_unavailable());
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
