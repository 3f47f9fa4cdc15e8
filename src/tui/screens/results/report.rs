//! The text of Results: what the questionnaire is, scores with bars, the weakest areas,
//! next steps or advice, notes and flags, and what the ecosystem map shows beside
//! complementary strengths.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::scoring::Scores;
use crate::strings;
use crate::text::sanitize;
use crate::tui::session::{MapNotes, Session};
use crate::tui::theme::Theme;
use crate::tui::widgets::option_list::wrap;

use super::score_row::{band_style, coverage_text, score_line, value_text};
use crate::tr;

fn heading(theme: &Theme, text: &str) -> Line<'static> {
    Line::from(Span::styled(text.to_string(), theme.title))
}

/// The draft or partial label (if any), the overall score, and every dimension and facet
/// with bars.
pub fn score_lines(
    theme: &Theme,
    session: &Session,
    scores: &Scores,
    width: u16,
) -> Vec<Line<'static>> {
    let (q, map) = (session.q(), session.map_notes.as_ref());
    let width = usize::from(width);
    let mut out = Vec::new();
    let heading = |text: &str| heading(theme, text);

    if let Some(caveat) = crate::documents::caveat(session.assessment.status, scores) {
        // First of all: a draft's or partial result's numbers never stand unlabelled.
        let caveat = sanitize(&caveat, false);
        push_wrapped(&mut out, &caveat, width, "", "  ", theme.warning);
        out.push(Line::from(""));
    }
    // What the results rest on, before any number (a quick check says it is a first look).
    if let Some(note) = &q.results_note {
        let note = sanitize(note, false);
        push_wrapped(&mut out, &note, width, "", "", theme.muted);
        out.push(Line::from(""));
    }

    out.push(heading(strings::overall()));
    let overall = &scores.overall;
    out.push(Line::from(vec![
        Span::styled(
            format!("  {}  ", value_text(overall)),
            band_style(theme, q, overall).add_modifier(ratatui::style::Modifier::BOLD),
        ),
        Span::styled(
            overall.band.clone().unwrap_or_default(),
            band_style(theme, q, overall),
        ),
        Span::styled(format!("   {}", coverage_text(overall)), theme.muted),
    ]));
    if let Some(missing) = scores.overall_missing() {
        // What the overall score lacks, in place of a band meaning it does not have.
        push_wrapped(
            &mut out,
            &sanitize(&missing.to_string(), false),
            width,
            "  ",
            "  ",
            theme.muted,
        );
    }
    if let Some(meaning) = overall
        .band
        .as_deref()
        .and_then(|b| q.bands.iter().find(|x| x.name == b))
    {
        push_wrapped(
            &mut out,
            &sanitize(&meaning.meaning, false),
            width,
            "  ",
            "  ",
            theme.muted,
        );
    }
    out.push(Line::from(""));

    out.push(heading(strings::by_dimension()));
    let bar_width = 10;
    let name_width = width.saturating_sub(bar_width + 28).clamp(16, 40);
    for dimension in &scores.dimensions {
        out.extend(score_line(
            theme,
            q,
            (&dimension.title, &dimension.score, dimension.missing()),
            (name_width, bar_width, width),
            2,
        ));
        for facet in &dimension.facets {
            out.extend(score_line(
                theme,
                q,
                (&facet.title, &facet.score, facet.missing()),
                (name_width, bar_width, width),
                4,
            ));
        }
        if dimension.id == MAP_DIMENSION {
            push_map_lines(theme, &mut out, map, width);
        }
    }
    let gaps = scores
        .dimensions
        .iter()
        .flat_map(|d| std::iter::once(&d.score).chain(d.facets.iter().map(|f| &f.score)))
        .any(|s| s.knowledge_gap());
    if gaps {
        push_wrapped(
            &mut out,
            strings::knowledge_gap(),
            width,
            "  ",
            "    ",
            theme.warning,
        );
    }
    out
}

/// The dimension beside which the ecosystem map's notes are shown.
pub(super) const MAP_DIMENSION: &str = "complementary_strengths";

/// What the ecosystem map shows, under complementary strengths.
fn push_map_lines(
    theme: &Theme,
    out: &mut Vec<Line<'static>>,
    map: Option<&MapNotes>,
    width: usize,
) {
    let Some(map) = map.filter(|m| !m.lines.is_empty()) else {
        return;
    };
    let heading = match &map.saved {
        Some(day) => format!("    {}", tr!("tui-map-notes-of", day = day.as_str())),
        None => format!("    {}", strings::map_notes()),
    };
    out.push(Line::from(Span::styled(heading, theme.key)));
    for line in &map.lines {
        push_wrapped(
            out,
            &sanitize(line, false),
            width,
            "      ◦ ",
            "        ",
            theme.muted,
        );
    }
}

/// The weakest areas, the next steps (or, with agreement items, the advice for the bands
/// reached), and notes and flags.
pub fn advice_lines(
    theme: &Theme,
    session: &Session,
    scores: &Scores,
    width: u16,
) -> Vec<Line<'static>> {
    let q = session.q();
    let width = usize::from(width);
    let mut out = vec![heading(theme, strings::weakest())];
    let weakest_dimension = scores
        .weakest_dimension
        .as_deref()
        .and_then(|id| scores.dimension(id));
    match weakest_dimension {
        Some(d) => {
            let text = tr!(
                "tui-weakest-dimension",
                title = sanitize(&d.title, false),
                score = value_text(&d.score)
            );
            push_wrapped(&mut out, &text, width, "  ", "    ", theme.text);
        }
        None => push_wrapped(
            &mut out,
            strings::not_enough(),
            width,
            "  ",
            "  ",
            theme.muted,
        ),
    }
    if let Some(facet) = &scores.weakest_facet
        && let Some(f) = scores
            .dimension(&facet.dimension)
            .and_then(|d| d.facets.iter().find(|f| f.id == facet.facet))
    {
        let text = tr!(
            "tui-weakest-facet",
            title = sanitize(&f.title, false),
            score = value_text(&f.score)
        );
        push_wrapped(&mut out, &text, width, "  ", "    ", theme.text);
    }
    out.push(Line::from(""));
    super::peers::push_peer_lines(theme, session.peers.as_ref(), width, &mut out);
    super::plan::push_plan_lines(theme, session, width, &mut out);

    match super::steps::next_steps_lines(theme, session, scores, width) {
        Some(steps) => {
            out.extend(steps);
            // A questionnaire may give advice per band as well; the map's hints are
            // already with the next steps.
            if !q.advice.is_empty() {
                out.push(Line::from(""));
                push_band_advice(theme, session, scores, (width, false), &mut out);
            }
        }
        None => push_band_advice(theme, session, scores, (width, true), &mut out),
    }

    let noted: Vec<String> = q
        .items()
        .filter_map(|r| {
            let answer = session.assessment.answer(&r.item.id)?;
            let flag = if answer.flagged { "⚑ " } else { "" };
            (answer.flagged || !answer.note.is_empty()).then(|| {
                let number = tr!("tui-question-number", number = r.index + 1);
                format!("{number} {flag}{}", sanitize(&answer.note, false))
            })
        })
        .collect();
    if !noted.is_empty() {
        out.push(Line::from(""));
        out.push(heading(theme, strings::notes_heading()));
        for note in noted {
            push_wrapped(&mut out, &note, width, "  ", "    ", theme.text);
        }
    }
    out
}

/// The questionnaire's advice for the band each scored dimension reached, with the
/// ecosystem map's hints beside its dimension when `map_hints`.
fn push_band_advice(
    theme: &Theme,
    session: &Session,
    scores: &Scores,
    (width, map_hints): (usize, bool),
    out: &mut Vec<Line<'static>>,
) {
    let q = session.q();
    out.push(heading(theme, strings::advice()));
    for dimension in &scores.dimensions {
        let Some(band) = &dimension.score.band else {
            continue;
        };
        let steps = q.advice_for(&dimension.id, band);
        if steps.is_empty() {
            continue;
        }
        let title = format!("{} · {band}", sanitize(&dimension.title, false));
        push_wrapped(out, &title, width, "  ", "  ", theme.key);
        let map_hints = session
            .map_notes
            .as_ref()
            .filter(|_| map_hints && dimension.id == MAP_DIMENSION)
            .map_or(&[][..], |m| m.hints.as_slice());
        for step in steps.iter().chain(map_hints) {
            push_wrapped(
                out,
                &sanitize(step, false),
                width,
                "    • ",
                "      ",
                theme.text,
            );
        }
    }
}

/// Appends `text` wrapped to `width`, the first line led by `first`, the rest by `rest`.
pub(super) fn push_wrapped(
    out: &mut Vec<Line<'static>>,
    text: &str,
    width: usize,
    first: &str,
    rest: &str,
    style: Style,
) {
    let room = width.saturating_sub(first.chars().count().max(rest.chars().count()));
    for (n, piece) in wrap(text, room).into_iter().enumerate() {
        let lead = if n == 0 { first } else { rest };
        out.push(Line::from(Span::styled(format!("{lead}{piece}"), style)));
    }
}
