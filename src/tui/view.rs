//! `render`: draws the whole screen from the state alone.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::action::Action;
use super::app::{App, Overlay, Screen};
use super::overlays::{goto, help, save_failed, underneath};
use super::screens::{
    compare_view, evidence_view, history, home, intro, map, plan, plan_review, question, results,
    review, round_view, setup, trend_view,
};
use super::session::Step;
use super::widgets::chrome;
use crate::strings;
use crate::text::is_hidden;
use crate::tr;

/// Smallest terminal the wizard draws in.
pub const MIN_WIDTH: u16 = 60;
/// Smallest terminal height the wizard draws in.
pub const MIN_HEIGHT: u16 = 20;

/// Draws the wizard, then [`scrub`]s the frame.
pub fn render(app: &App, frame: &mut Frame) {
    draw(app, frame);
    scrub(frame.buffer_mut());
}

/// Removes from every cell of a drawn frame what must never reach the terminal: control
/// and invisible formatting characters (`crate::text::is_hidden`). Text from files is
/// sanitised where it is drawn; this catches everything else (text typed or pasted
/// into an editor, a message naming a path). ratatui already leaves out control
/// characters, but it attaches a zero-width character such as U+202E (right-to-left
/// override) to the cell before it, and the terminal would then reorder the line.
pub fn scrub(buffer: &mut Buffer) {
    for cell in &mut buffer.content {
        if cell.symbol().chars().any(is_hidden) {
            let clean: String = cell.symbol().chars().filter(|&c| !is_hidden(c)).collect();
            // A cell left empty would draw nothing; a blank keeps the columns.
            cell.set_symbol(if clean.is_empty() { " " } else { &clean });
        }
    }
}

fn draw(app: &App, frame: &mut Frame) {
    let area = frame.area();
    let theme = &app.theme;
    if body(area).is_none() {
        return render_too_small(app, frame, area);
    }
    let [body, status, bar] = split(area);
    match (&app.screen, &app.session) {
        (Screen::Home, _) => home::render(app, frame, body),
        (Screen::Setup(form), _) => setup::render(app, form, frame, body),
        (Screen::Wizard(Step::Intro(d)), Some(s)) => intro::render(app, s, *d, frame, body),
        (Screen::Wizard(Step::Question(i)), Some(s)) => question::render(app, s, *i, frame, body),
        (Screen::Wizard(Step::Review), Some(s)) => review::render(app, s, frame, body),
        (Screen::Results(state), Some(s)) => results::render(app, s, state, frame, body),
        (Screen::Map(state), _) => map::render(app, state, frame, body),
        (Screen::History(state), _) => history::render(app, state, frame, body),
        (Screen::Compare(view), _) => compare_view::render(app, view, frame, body),
        (Screen::Trend(view), _) => trend_view::render(app, view, frame, body),
        (Screen::Round(view), _) => round_view::render(app, view, frame, body),
        (Screen::Evidence(view), _) => evidence_view::render(app, view, frame, body),
        (Screen::Plan(screen), _) => plan::render(app, screen, frame, body),
        (Screen::PlanReview(step), Some(s)) => plan_review::render(app, s, step, frame, body),
        _ => {}
    }
    let digits = digits_up_to(app);
    if let (Some(Overlay::GoTo(state) | Overlay::Help(Some(state))), Some(s)) =
        (&app.overlay, &app.session)
    {
        goto::render(app, s, state, frame, body);
    }
    if let Some(problem) = &app.save_problem {
        save_failed::render(app, problem, frame, body);
    }
    if let Some(found) = &app.underneath {
        underneath::render(app, found, frame, body);
    }
    if app.help_open() {
        help::render(theme, app.context_under_help(), digits, frame, body);
    }
    if let Some(line) = &app.status {
        let style = if line.is_error {
            theme.error
        } else {
            theme.good
        };
        frame.render_widget(
            Paragraph::new(Line::from(Span::styled(line.text.clone(), style))),
            status,
        );
    }
    frame.render_widget(
        chrome::help_bar(theme, app.context(), digits, bar.width),
        bar,
    );
}

/// A terminal too small for the screens: what the user needs and nothing else (the keys
/// of the screens do not act; see `App::context`). A failed save is shown even here.
fn render_too_small(app: &App, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    if app.help_open() {
        return help::render(theme, app.context_under_help(), 9, frame, area);
    }
    if let Some(problem) = &app.save_problem {
        return save_failed::render(app, problem, frame, area);
    }
    if let Some(found) = &app.underneath {
        return underneath::render(app, found, frame, area);
    }
    let key = |action| {
        super::keymap::key_for(super::keymap::Context::TooSmall, action).unwrap_or_default()
    };
    let message = format!(
        "{}\n{}\n{}",
        strings::too_small(),
        tr!(
            "tui-too-small-size",
            min_width = MIN_WIDTH,
            min_height = MIN_HEIGHT,
            width = area.width,
            height = area.height
        ),
        tr!(
            "tui-too-small-keys",
            quit_key = key(&Action::Quit),
            help_key = key(&Action::ToggleHelp)
        ),
    );
    frame.render_widget(
        Paragraph::new(message)
            .style(theme.warning)
            .wrap(Wrap { trim: true }),
        area,
    );
}

/// The screen's body, status line and help bar (the last two rows; the body gets the
/// rest). Plain arithmetic: ratatui's constraint solver costs a tenth of a millisecond
/// on the first frame for a split this simple.
fn split(area: Rect) -> [Rect; 3] {
    let body_height = area.height.saturating_sub(2);
    let row = |n: u16| {
        Rect {
            y: area.y.saturating_add(body_height + n),
            height: 1,
            ..area
        }
        .intersection(area)
    };
    [
        Rect {
            height: body_height,
            ..area
        },
        row(0),
        row(1),
    ]
}

/// Where screens draw in a terminal of this size (`None` when it is too small): shared
/// with mouse handling so clicks land where things are drawn.
pub fn body(viewport: Rect) -> Option<Rect> {
    (viewport.width >= MIN_WIDTH && viewport.height >= MIN_HEIGHT).then(|| split(viewport)[0])
}

/// The highest digit that answers the current question (for help texts).
fn digits_up_to(app: &App) -> u8 {
    match (&app.screen, &app.session) {
        (Screen::Wizard(Step::Question(i)), Some(s)) => s.choices(*i).len().clamp(1, 9) as u8,
        _ => 9,
    }
}

#[cfg(test)]
mod tests {
    use ratatui::buffer::Buffer;
    use ratatui::layout::{Constraint, Layout, Rect};
    use ratatui::text::Line;
    use ratatui::widgets::Widget;

    use super::split;

    #[test]
    fn split_gives_what_the_constraint_layout_gave() {
        for (width, height) in [(60, 20), (80, 24), (120, 40), (200, 3), (61, 57)] {
            let area = Rect::new(3, 2, width, height);
            let solved: [Rect; 3] = Layout::vertical([
                Constraint::Min(1),
                Constraint::Length(1),
                Constraint::Length(1),
            ])
            .areas(area);
            assert_eq!(split(area), solved, "{width}x{height}");
        }
    }

    #[test]
    fn scrub_removes_zero_width_characters_ratatui_attaches_to_a_cell() {
        let mut buffer = Buffer::empty(Rect::new(0, 0, 8, 1));
        Line::from("ab\u{202e}cd\u{200b}").render(buffer.area, &mut buffer);
        // ratatui keeps U+202E with the "b" before it, where the terminal would see it.
        assert!(
            buffer
                .content
                .iter()
                .any(|c| c.symbol().contains('\u{202e}'))
        );
        super::scrub(&mut buffer);
        let text: String = buffer.content.iter().map(|c| c.symbol()).collect();
        assert_eq!(text, "abcd    ");
    }
}
