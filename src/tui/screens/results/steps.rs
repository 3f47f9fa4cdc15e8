//! Results' next steps: on a questionnaire whose items all describe their levels, every
//! facet weakest first with its score, advice and each question's next level, in place of
//! the advice per dimension and band.

use ratatui::text::Line;

use super::report::{MAP_DIMENSION, push_wrapped};
use crate::next_steps::{self, FacetSteps, Step};
use crate::text::sanitize;
use crate::tui::session::Session;
use crate::tui::theme::Theme;

/// The next steps' lines, or `None` when the questionnaire has agreement items (it keeps
/// its advice per dimension and band).
pub fn next_steps_lines(
    theme: &Theme,
    session: &Session,
    scores: &crate::scoring::Scores,
    width: usize,
) -> Option<Vec<Line<'static>>> {
    let facets = next_steps::next_steps(session.q(), &session.assessment.responses(), scores)?;
    let mut out = vec![Line::styled(next_steps::heading(), theme.title)];
    push_wrapped(
        &mut out,
        next_steps::intro(),
        width,
        "  ",
        "  ",
        theme.muted,
    );
    // The ecosystem map's hints go with the first (weakest) facet of the map's dimension.
    let mut map_hints = session
        .map_notes
        .as_ref()
        .map_or(&[][..], |m| m.hints.as_slice());
    for facet in &facets {
        out.push(Line::from(""));
        push_facet(theme, &mut out, facet, width);
        if facet.dimension == MAP_DIMENSION && !map_hints.is_empty() {
            for hint in std::mem::take(&mut map_hints) {
                push_wrapped(
                    &mut out,
                    &sanitize(hint, false),
                    width,
                    "    ◦ ",
                    "      ",
                    theme.muted,
                );
            }
        }
    }
    Some(out)
}

/// One facet: title and standing, its advice, then each question and its step.
fn push_facet(theme: &Theme, out: &mut Vec<Line<'static>>, facet: &FacetSteps, width: usize) {
    let title = format!(
        "{} · {}",
        sanitize(&facet.heading(), false),
        sanitize(&facet.standing(), false)
    );
    push_wrapped(out, &title, width, "  ", "    ", theme.key);
    if let Some(advice) = &facet.advice {
        push_wrapped(
            out,
            &sanitize(advice, false),
            width,
            "    ",
            "    ",
            theme.muted,
        );
    }
    for item in &facet.items {
        push_wrapped(
            out,
            &sanitize(&item.text, false),
            width,
            "    • ",
            "      ",
            theme.text,
        );
        let style = match item.step {
            Step::Next { .. } => theme.text,
            Step::Kept { .. } | Step::DontKnow | Step::Open => theme.muted,
        };
        push_wrapped(
            out,
            &sanitize(&item.step.sentence(), false),
            width,
            "      → ",
            "        ",
            style,
        );
    }
}
