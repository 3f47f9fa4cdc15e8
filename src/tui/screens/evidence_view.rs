//! Evidence: how reliable the scores are, over every firm in the data directory: per
//! dimension and facet alpha with its interval, the smallest real change and the retest
//! correlation, the items that stand out, and why a figure is missing where it is.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::documents::EvidenceDocument;
use crate::evidence::Reliability;
use crate::i18n;
use crate::questionnaire::Loaded;
use crate::report::evidence::{basis, item_note, one, reliability_note, two};
use crate::strings;
use crate::text::sanitize;
use crate::tr;
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::outcome::Outcome;
use crate::tui::theme::Theme;
use crate::tui::widgets::option_list::wrap;
use crate::tui::widgets::{chrome, scroll};

/// The evidence screen: the report's document, the questionnaire it is about (for the
/// export key) and the scroll position.
#[derive(Debug, Clone, PartialEq)]
pub struct EvidenceView {
    /// The figures shown.
    pub document: EvidenceDocument,
    /// The questionnaire they are about.
    pub questionnaire: Box<Loaded>,
    /// How far the text can scroll (see [`EvidenceView::fit`]).
    limit: u16,
    /// Lines scrolled off the top.
    pub scroll: u16,
}

impl EvidenceView {
    /// A view of the evidence on a questionnaire, at the top.
    pub fn new(document: EvidenceDocument, questionnaire: Box<Loaded>) -> Self {
        Self {
            document,
            questionnaire,
            limit: 0,
            scroll: 0,
        }
    }

    /// Computes how far the text scrolls in a screen body of this size (call when the
    /// terminal's size changes).
    pub fn fit(&mut self, theme: &Theme, body: Rect) {
        let area = chrome::inner(body);
        self.limit = scroll::limit(&[(area, lines(theme, &self.document, area.width))]);
        self.scroll = self.scroll.min(self.limit);
    }

    /// The screen's part of `update`: scrolling, help, and back to Home.
    pub fn update(&mut self, action: &Action) -> Outcome {
        if let Some(moved) = scroll::scrolled(self.scroll, action, self.limit) {
            self.scroll = moved;
            return Outcome::Nothing;
        }
        match action {
            Action::ToggleHelp => Outcome::Help,
            Action::Leave => Outcome::Home,
            _ => Outcome::Nothing,
        }
    }
}

/// Every line of the screen for a width.
pub fn lines(theme: &Theme, document: &EvidenceDocument, width: u16) -> Vec<Line<'static>> {
    let width = usize::from(width);
    let mut out: Vec<Line<'static>> = wrap(&sanitize(&basis(document), false), width)
        .into_iter()
        .map(|piece| Line::from(Span::styled(piece, theme.muted)))
        .collect();
    out.push(Line::from(""));
    // Firms, alpha with its interval, MDC95, retest: 1 + 5, 1 + 18, 1 + 6 and 1 + 14
    // columns after the name.
    let name_width = width.saturating_sub(47).clamp(10, 44);
    out.push(Line::from(Span::styled(
        format!(
            "{:<name_width$} {:>5} {:<18} {:>6} {}",
            strings::evidence_area(),
            strings::evidence_firms(),
            strings::evidence_alpha(),
            strings::evidence_mdc(),
            strings::evidence_retest()
        ),
        theme.muted,
    )));
    for d in &document.dimensions {
        area_lines(
            &mut out,
            theme,
            &d.title,
            &d.reliability,
            0,
            name_width,
            width,
        );
        for f in &d.facets {
            area_lines(
                &mut out,
                theme,
                &f.title,
                &f.reliability,
                2,
                name_width,
                width,
            );
        }
    }
    out.push(Line::from(""));
    let flagged: Vec<_> = document
        .items
        .iter()
        .filter(|item| !item.flags.is_empty())
        .collect();
    let heading = tr!(
        "tui-evidence-flagged",
        flagged_heading = strings::evidence_flagged(),
        flagged = flagged.len(),
        count = document.items.len()
    );
    out.push(Line::from(Span::styled(heading, theme.text)));
    if flagged.is_empty() {
        out.push(Line::from(Span::styled(
            format!("  {}", strings::evidence_none_flagged()),
            theme.muted,
        )));
    }
    for item in flagged {
        let line = format!(
            "{}: {}",
            sanitize(&item.id, false),
            sanitize(&item_note(item), false)
        );
        indented(&mut out, &line, 2, width, theme.text);
    }
    out.push(Line::from(""));
    for piece in wrap(strings::evidence_more(), width) {
        out.push(Line::from(Span::styled(piece, theme.muted)));
    }
    out
}

/// An area's row, and under it why a figure is missing.
fn area_lines(
    out: &mut Vec<Line<'static>>,
    theme: &Theme,
    title: &str,
    r: &Reliability,
    indent: usize,
    name_width: usize,
    width: usize,
) {
    let name = chrome::ellipsize(
        &format!("{:indent$}{}", "", sanitize(title, false)),
        name_width,
    );
    let alpha = match (r.alpha, r.alpha_ci95) {
        (Some(alpha), Some([lo, hi])) => format!(
            "{} ({}-{})",
            i18n::decimal(alpha, 2),
            i18n::decimal(lo, 2),
            i18n::decimal(hi, 2)
        ),
        (alpha, _) => two(alpha),
    };
    let style = if indent == 0 { theme.text } else { theme.muted };
    let retest = match r.retest.icc {
        Some(icc) => format!("{} ({})", i18n::decimal(icc, 2), r.retest.pairs),
        None => "-".to_string(),
    };
    out.push(Line::from(Span::styled(
        format!(
            "{name:<name_width$} {:>5} {alpha:<18} {:>6} {retest}",
            r.firms,
            one(r.mdc95),
        ),
        style,
    )));
    let note = reliability_note(r);
    if !note.is_empty() {
        indented(out, &sanitize(&note, false), indent + 2, width, theme.muted);
    }
}

/// `text` wrapped to `width`, every line indented by `indent` columns.
fn indented(out: &mut Vec<Line<'static>>, text: &str, indent: usize, width: usize, style: Style) {
    let pad = " ".repeat(indent);
    for piece in wrap(text, width.saturating_sub(indent).max(1)) {
        out.push(Line::from(Span::styled(format!("{pad}{piece}"), style)));
    }
}

/// Draws the evidence.
pub fn render(app: &App, view: &EvidenceView, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let q = &view.document.questionnaire;
    let title = format!(
        "{} · {} {}",
        strings::evidence_title(),
        sanitize(&q.id, false),
        sanitize(&q.version, false)
    );
    let inner = chrome::framed(frame, chrome::screen_block(theme, title, None), area);
    scroll::render(
        frame,
        lines(theme, &view.document, inner.width),
        view.scroll,
        inner,
    );
}
