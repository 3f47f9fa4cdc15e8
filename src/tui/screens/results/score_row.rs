//! One score as a row of Results: title, bar, value, band and coverage, or what the score
//! lacks; and the words and colours of a score that the rest of Results shares.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::i18n;
use crate::questionnaire::Questionnaire;
use crate::scoring::{Missing, Score};
use crate::strings;
use crate::text::sanitize;
use crate::tr;
use crate::tui::theme::Theme;
use crate::tui::widgets::chrome;

/// One area: title, bar, value and band with coverage; for a score without a value, what
/// is missing instead, on the next line when the row has no room for it.
pub(super) fn score_line(
    theme: &Theme,
    q: &Questionnaire,
    (title, score, missing): (&str, &Score, Option<Missing>),
    (name_width, bar_width, width): (usize, usize, usize),
    indent: usize,
) -> Vec<Line<'static>> {
    let name_room = name_width + 2 - indent;
    // Room for the questionnaire's longest band name ("Far-reaching"), so the coverage
    // after it stays in one column; never less than the 11 the row was laid out with.
    let band_room = q
        .bands
        .iter()
        .map(|b| b.label().width())
        .max()
        .unwrap_or(0)
        .max(11);
    let title = sanitize(title, false);
    let title = chrome::ellipsize(&title, name_room);
    let style = band_style(theme, q, score);
    let bar = match score.value {
        Some(v) => chrome::bar(v / 100.0, bar_width),
        None => " ".repeat(bar_width),
    };
    let mut spans = vec![
        Span::raw(" ".repeat(indent)),
        Span::styled(
            format!("{title:<name_room$} "),
            if indent == 2 { theme.text } else { theme.muted },
        ),
    ];
    if let Some(missing) = missing {
        // No bar and no band: the room says what the score lacks.
        let missing = missing.to_string();
        let used = indent + name_room + 1;
        let inline = format!("{}: {missing}", value_text(score));
        if used + inline.width() <= width {
            spans.push(Span::styled(inline, theme.muted));
            return vec![Line::from(spans)];
        }
        spans.push(Span::styled(value_text(score), theme.muted));
        let below = Line::from(Span::styled(
            format!("{}{missing}", " ".repeat(indent + 2)),
            theme.muted,
        ));
        return vec![Line::from(spans), below];
    }
    spans.extend([
        Span::styled(bar, theme.bar),
        Span::styled(format!(" {:>5} ", value_text(score)), style),
        Span::styled(
            format!(
                "{:<band_room$}",
                score
                    .band
                    .as_deref()
                    .map(|b| q.band_label(b))
                    .unwrap_or_default()
            ),
            style,
        ),
        Span::styled(format!(" {}/{}", score.answered, score.total), theme.muted),
    ]);
    if score.knowledge_gap() {
        spans.push(Span::styled(
            format!(" {}", strings::KNOWLEDGE_GAP_MARK),
            theme.warning,
        ));
    }
    vec![Line::from(spans)]
}

/// A score with one decimal, or "n/a" when there were not enough answers.
pub fn value_text(score: &Score) -> String {
    match score.value {
        Some(v) => i18n::decimal(v, 1),
        None => tr!("tui-not-available").to_string(),
    }
}

pub(super) fn coverage_text(score: &Score) -> String {
    match score.value {
        Some(_) => tr!(
            "tui-coverage",
            answered = score.answered,
            count = score.total,
            percent = i18n::percent(score.coverage() * 100.0, 0)
        ),
        None => tr!(
            "tui-coverage-not-enough",
            not_enough = strings::not_enough(),
            answered = score.answered,
            count = score.total
        ),
    }
}

pub(super) fn band_style(theme: &Theme, q: &Questionnaire, score: &Score) -> Style {
    match score
        .band
        .as_deref()
        .and_then(|b| q.bands.iter().position(|x| x.name == b))
    {
        Some(position) => theme.band(position, q.bands.len()),
        None => theme.muted,
    }
}
