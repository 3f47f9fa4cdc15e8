//! The round view: several respondents of one firm in one round, per dimension and facet
//! the mean, the range and the agreement index, with contested dimensions marked.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::agreement::{RoundView, Spread};
use crate::i18n;
use crate::strings;
use crate::text::same_name;
use crate::text::sanitize;
use crate::tr;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::app::Effect;
use crate::tui::outcome::Outcome;
use crate::tui::screens::history::{self, HistoryEffect};
use crate::tui::theme::Theme;
use crate::tui::widgets::area_table::{area_lines, area_rows};
use crate::tui::widgets::option_list::wrap;
use crate::tui::widgets::{chrome, scroll};

/// The round screen: the round view and the scroll position.
#[derive(Debug, Clone, PartialEq)]
pub struct RoundScreen {
    /// The round shown.
    pub round: RoundView,
    /// How far the text can scroll (see [`RoundScreen::fit`]).
    limit: u16,
    /// Lines scrolled off the top.
    pub scroll: u16,
}

impl RoundScreen {
    /// A screen for a round view, at the top.
    pub fn new(round: RoundView) -> Self {
        Self {
            round,
            scroll: 0,
            limit: 0,
        }
    }

    /// Computes how far the text scrolls in a screen body of this size (call when the
    /// terminal's size changes).
    pub fn fit(&mut self, theme: &Theme, body: Rect) {
        let area = chrome::inner(body);
        self.limit = scroll::limit(&[(area, lines(theme, &self.round, area.width))]);
        self.scroll = self.scroll.min(self.limit);
    }

    /// The screen's part of `update`: `r` shows the organization's next older round
    /// (after the oldest, the newest again); the rest scrolls as every report does.
    pub fn update(&mut self, action: &Action) -> Outcome {
        if *action == Action::Round {
            return self.other_round();
        }
        history::update_report(&mut self.scroll, self.limit, action)
    }

    fn other_round(&self) -> Outcome {
        let rounds = &self.round.rounds;
        if rounds.len() < 2 {
            return Outcome::Say(strings::only_one_round().to_string(), false);
        }
        let here = rounds
            .iter()
            .position(|r| same_name(r, &self.round.round))
            .unwrap_or(0);
        let next = rounds[(here + 1) % rounds.len()].clone();
        Outcome::Effect(Effect::History(HistoryEffect::Round(
            self.round.organization.clone(),
            next,
        )))
    }
}

fn spread_spans(theme: &Theme, spread: &Spread) -> Vec<Span<'static>> {
    let not_available = || tr!("tui-not-available").to_string();
    let number = |v: Option<f64>| v.map_or_else(not_available, |v| i18n::decimal(v, 1));
    let range = match (spread.min, spread.max) {
        (Some(min), Some(max)) => format!("{}-{}", i18n::decimal(min, 0), i18n::decimal(max, 0)),
        _ => not_available(),
    };
    let rwg = spread
        .rwg
        .map_or_else(not_available, |r| i18n::decimal(r, 2));
    let mut spans = vec![
        Span::styled(format!("{:>6} ", number(spread.mean)), theme.text),
        Span::styled(format!("{range:>9} "), theme.muted),
        Span::styled(format!("{rwg:>5}"), theme.text),
    ];
    // Where the area mixes answer scales, say which one its (lowest) agreement is on.
    let scales = spread.by_scale.iter().filter(|s| s.rwg.is_some()).count();
    if let (true, Some(scale)) = (scales > 1, &spread.rwg_scale) {
        spans.push(Span::styled(
            format!(" ({})", sanitize(scale, false)),
            theme.muted,
        ));
    }
    if spread.contested {
        spans.push(Span::styled(
            format!("  {}", strings::contested()),
            theme.error,
        ));
    }
    spans
}

/// Every line of the round view for a width.
pub fn lines(theme: &Theme, round: &RoundView, width: u16) -> Vec<Line<'static>> {
    let width = usize::from(width);
    let name_width = width.saturating_sub(36).clamp(16, 40);
    let mut out = vec![Line::from(Span::styled(
        tr!("tui-round-respondents", count = round.respondents.len()),
        theme.muted,
    ))];
    for r in &round.respondents {
        let score = r.overall.map_or_else(
            || tr!("tui-not-available").to_string(),
            |v| i18n::decimal(v, 1),
        );
        out.push(Line::from(format!(
            "  {}  {:<20} {:<16} {score:>6}",
            r.date.format("%Y-%m-%d"),
            chrome::ellipsize(&sanitize(&r.name, false), 20),
            chrome::ellipsize(&sanitize(&r.role, false), 16),
        )));
    }
    if !round.left_out.is_empty() {
        out.push(Line::from(Span::styled(
            strings::round_left_out().to_string(),
            theme.muted,
        )));
        for l in &round.left_out {
            let line = format!(
                "  {}: {}",
                sanitize(&l.name, false),
                sanitize(&l.reason, false)
            );
            for piece in wrap(&line, width) {
                out.push(Line::from(Span::styled(piece, theme.muted)));
            }
        }
    }
    out.push(Line::from(""));
    out.push(Line::from(Span::styled(
        format!(
            "{:<name_width$} {:>6} {:>9} {:>5}",
            "",
            tr!("tui-round-mean"),
            tr!("tui-round-range"),
            tr!("tui-round-rwg")
        ),
        theme.muted,
    )));
    let rows = area_rows(&round.overall, &round.dimensions, |d| {
        let facets = d.facets.iter().map(|f| (f.title.as_str(), &f.spread));
        (d.title.as_str(), &d.spread, facets.collect())
    });
    out.extend(area_lines(theme, name_width, &rows, |spread| {
        spread_spans(theme, spread)
    }));
    out.push(Line::from(""));
    if let Some(lowest) = &round.lowest {
        let mut spans = vec![Span::styled(
            format!(
                "{} {} {:.2} ({})",
                strings::lowest_agreement(),
                sanitize(&lowest.title, false),
                lowest.rwg,
                sanitize(&lowest.scale, false)
            ),
            theme.text,
        )];
        if lowest.contested {
            spans.push(Span::styled(
                format!("  {}", strings::contested()),
                theme.error,
            ));
        }
        out.push(Line::from(spans));
    }
    for piece in wrap(strings::rwg_explained(), width) {
        out.push(Line::from(Span::styled(piece, theme.muted)));
    }
    agenda_lines(&mut out, theme, round, width);
    out
}

/// The items answered far apart, each respondent's answer and note under it.
fn agenda_lines(out: &mut Vec<Line<'static>>, theme: &Theme, round: &RoundView, width: usize) {
    out.push(Line::from(""));
    out.push(Line::from(Span::styled(
        format!("{} ({})", strings::round_agenda(), round.agenda.len()),
        theme.text,
    )));
    for piece in wrap(strings::round_agenda_explained(), width) {
        out.push(Line::from(Span::styled(piece, theme.muted)));
    }
    if round.agenda.is_empty() && round.respondents.len() > 1 {
        out.push(Line::from(Span::styled(
            format!("  {}", strings::round_agenda_empty()),
            theme.muted,
        )));
    }
    for item in &round.agenda {
        out.push(Line::from(""));
        let heading = tr!(
            "tui-round-agenda-item",
            text = sanitize(&item.text, false),
            facet = sanitize(&item.facet, false),
            apart = i18n::decimal(item.apart, 0)
        );
        for piece in wrap(&heading, width) {
            out.push(Line::from(Span::styled(piece, theme.text)));
        }
        for (answer, respondent) in item.answers.iter().zip(&round.respondents) {
            let mut line = format!(
                "{}: {}",
                sanitize(&respondent.name, false),
                answer.answer.as_deref().unwrap_or(strings::not_answered())
            );
            if !answer.note.trim().is_empty() {
                line.push_str(&format!(" · {}", sanitize(answer.note.trim(), false)));
            }
            let pad = "  ";
            for piece in wrap(&line, width.saturating_sub(pad.len()).max(1)) {
                out.push(Line::from(Span::styled(
                    format!("{pad}{piece}"),
                    theme.muted,
                )));
            }
        }
    }
}

/// Draws the round view.
pub fn render(app: &App, view: &RoundScreen, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let round = &view.round;
    let mut title = format!(
        "{} · {} · {}",
        strings::round_title(),
        sanitize(&round.organization, false),
        sanitize(&round.round, false)
    );
    // Rounds are listed newest first; `r` walks towards the oldest.
    let at = round.rounds.iter().position(|r| same_name(r, &round.round));
    if let (Some(at), true) = (at, round.rounds.len() > 1) {
        title.push_str(&tr!(
            "tui-round-which",
            number = at + 1,
            count = round.rounds.len()
        ));
    }
    let inner = chrome::framed(frame, chrome::screen_block(theme, title, None), area);
    scroll::render(frame, lines(theme, round, inner.width), view.scroll, inner);
}
