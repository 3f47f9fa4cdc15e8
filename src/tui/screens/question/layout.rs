//! Where the parts of a question screen go, at every size the wizard draws in.
//!
//! The question and its options are never cut: they are what is answered. The note and
//! the flag come next: they are the user's own. The explanation (the advisor's prompt and
//! the help) takes the rest and scrolls when it is longer, with a "more" row saying so.
//! Blank rows and the dimension's progress bar only fill room that is left over.

use ratatui::layout::Rect;

use crate::assessment::Mode;
use crate::limits;
use crate::questionnaire::ItemRef;
use crate::strings;
use crate::text::{sanitize, wrap};
use unicode_width::UnicodeWidthStr;

use crate::tui::session::Session;
use crate::tui::widgets::limited_input::counter;
use crate::tui::widgets::option_list;

/// Columns kept at the right of a single explanation row for the "more" marker (arrows
/// and keys).
pub const COMPACT_MORE: u16 = 13;

/// Columns before the note's text: its label (as wide as the language's word for it),
/// with continuation lines indented as far.
pub fn note_indent() -> u16 {
    u16::try_from(strings::note_label().width() + 2).unwrap_or(u16::MAX)
}

/// Where the parts of a question screen go inside its frame.
pub struct QuestionLayout {
    /// Dimension › facet.
    pub crumb: Rect,
    /// The progress bar of the dimension (no rows when the terminal has none to spare).
    pub gauge: Rect,
    /// The item text.
    pub text: Rect,
    /// The options, "don't know" last.
    pub options: Rect,
    /// First row (from the top of `options`) and height of each option.
    pub option_rows: Vec<(u16, u16)>,
    /// The explanation: the advisor's prompt (interviews) and the help, scrolled.
    pub explanation: Rect,
    /// The explanation's lines, wrapped to the screen's width.
    pub explanation_lines: Explanation,
    /// The note, shown or being edited.
    pub note: Rect,
    /// The flag, or the hint while the note is edited.
    pub flag: Rect,
}

/// The explanation of a question, wrapped.
pub struct Explanation {
    /// The advisor's prompt (only in an interview).
    pub probe: Vec<String>,
    /// What the question means.
    pub help: Vec<String>,
}

impl Explanation {
    /// How many lines it takes.
    pub fn len(&self) -> u16 {
        (self.probe.len() + self.help.len()) as u16
    }
}

impl QuestionLayout {
    /// Rows of the explanation area that show text: all of them, or all but the "more"
    /// row when the explanation is longer.
    pub fn explanation_text_rows(&self) -> u16 {
        let rows = self.explanation.height;
        if self.explanation_lines.len() > rows && rows > 1 {
            rows - 1
        } else {
            rows
        }
    }

    /// The explanation has a single row: the "more" marker shares it, at its right end.
    pub fn explanation_compact(&self) -> bool {
        self.explanation.height == 1 && self.explanation_lines.len() > 1
    }

    /// How far the explanation can scroll, and by how much a page moves.
    pub fn explanation_scroll(&self) -> (u16, u16) {
        let shown = self.explanation_text_rows();
        let limit = self.explanation_lines.len().saturating_sub(shown);
        (limit, shown.saturating_sub(1))
    }
}

/// The explanation of question `r`, wrapped to `width`.
pub fn explanation(session: &Session, r: &ItemRef<'_>, width: u16) -> Explanation {
    let width = usize::from(width);
    // In an interview the advisor's prompt comes first: it is what they read out next.
    let probe = if session.assessment.mode == Mode::Interview {
        let probe = sanitize(&r.item.probe, false);
        wrap(&format!("{}: {probe}", strings::probe_label()), width)
    } else {
        Vec::new()
    };
    let help = sanitize(&r.item.help, false);
    let help = wrap(&format!("{}: {help}", strings::help_label()), width);
    Explanation { probe, help }
}

/// The lines of a note as shown (not edited), wrapped beside its label.
pub fn note_lines(note: &str, width: u16) -> Vec<String> {
    wrap(note, usize::from(width.saturating_sub(note_indent())))
}

/// Rows the open note editor needs to show all its text at `width` (a column is kept
/// for the cursor at the end of a full line).
fn editor_rows(session: &Session, width: u16) -> u16 {
    let columns = usize::from(width.saturating_sub(note_indent() + 1));
    session.note_editor.as_ref().map_or(1, |editor| {
        editor
            .lines()
            .iter()
            .map(|line| wrap(line, columns).len())
            .sum::<usize>()
            .max(1) as u16
    })
}

/// The layout of question `index` inside `inner`: shared by drawing, by mouse clicks (so
/// a click lands on the option drawn there) and by `fit` (how far the explanation scrolls).
pub fn layout(session: &Session, index: usize, inner: Rect) -> Option<QuestionLayout> {
    let r = session.item(index)?;
    let width = inner.width;
    let text_height = wrap(&sanitize(&r.item.text, false), usize::from(width)).len() as u16;
    let labels: Vec<String> = session
        .q()
        .choices(r.item)
        .iter()
        .map(|c| sanitize(&c.label, false))
        .chain(std::iter::once(strings::dont_know().to_string()))
        .collect();
    let counts = option_list::line_counts(labels.iter().map(String::as_str), width);
    let mut option_rows = Vec::new();
    let mut options_height = 0u16;
    for count in counts {
        option_rows.push((options_height, count as u16));
        options_height += count as u16;
    }
    let explanation_lines = explanation(session, &r, width);
    let editing = session.note_editor.is_some();
    let note_height = if editing {
        editor_rows(session, width)
    } else {
        note_lines(session.assessment.note(&r.item.id), width).len() as u16
    };
    let flagged = session.assessment.is_flagged(&r.item.id);

    // Rows are handed out in order of need; what is left at the end goes to the
    // explanation, so the note sits at the bottom of the frame.
    let mut free = inner
        .height
        .saturating_sub(1 + text_height + options_height);
    let mut take = |want: u16| {
        let got = want.min(free);
        free -= got;
        got
    };
    let mut note = take(1);
    let wanted = explanation_lines.len();
    // A row of the explanation, with the "more" marker at its end when there is more (see
    // `explanation_compact`).
    let mut explanation = take(wanted.min(1));
    let mut flag;
    if editing {
        // While typing, the note shows whole first (the editor scrolls to its cursor when
        // even that is too little). The hint under it repeats the help bar's Esc, unless
        // it counts how much room the note has left: then it comes first.
        let counting = session
            .note_editor
            .as_ref()
            .is_some_and(|editor| counter(editor, limits::NOTE).is_some());
        flag = take(u16::from(counting));
        note += take(note_height.saturating_sub(note));
        flag += take(1 - flag);
        explanation += take(wanted.saturating_sub(explanation));
    } else {
        // A second row gives the marker a row of its own; it comes before the flag's row,
        // since without one the flag goes into the frame's title (see `render`).
        explanation += take(wanted.min(2).saturating_sub(explanation));
        flag = take(u16::from(flagged));
        explanation += take(wanted.saturating_sub(explanation));
        note += take(note_height.saturating_sub(note));
    }
    let gap_before_options = take(1);
    let gap_before_explanation = take(1);
    let gauge = take(1);
    let gap_before_text = take(1);
    // The flag's row stays, empty, where there is room: the note does not jump when a
    // question is flagged.
    flag += take(1 - flag);
    explanation += free;

    // A single row shares its width with the marker: the text is wrapped narrower.
    let explanation_lines = if explanation == 1 && wanted > 1 {
        self::explanation(session, &r, width.saturating_sub(COMPACT_MORE))
    } else {
        explanation_lines
    };

    let mut top = inner.y;
    // Kept inside the frame even when a questionnaire's own text and options are taller
    // than the terminal.
    let mut next = |height: u16| {
        let area = Rect::new(inner.x, top, width, height).intersection(inner);
        top = top.saturating_add(height);
        area
    };
    let crumb = next(1);
    let gauge = next(gauge);
    next(gap_before_text);
    let text = next(text_height);
    next(gap_before_options);
    let options = next(options_height);
    next(gap_before_explanation);
    let explanation = next(explanation);
    let note = next(note);
    let flag = next(flag);
    Some(QuestionLayout {
        crumb,
        gauge,
        text,
        options,
        option_rows,
        explanation,
        explanation_lines,
        note,
        flag,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Opened;
    use crate::assessment::{Assessment, Setup, now};
    use crate::questionnaire::builtin;
    use crate::tui::view::{MIN_HEIGHT, MIN_WIDTH, body};
    use crate::tui::widgets::chrome;

    /// Every question of the built-in questionnaire, in both modes, with a note far
    /// longer than a line and a flag, laid out in the smallest terminal the wizard draws
    /// in: the question and options whole, a row for the note, and the explanation either
    /// whole or with a line and the row saying there is more.
    #[test]
    fn every_built_in_question_fits_the_smallest_terminal() {
        let loaded = builtin("ecosystem-readiness").expect("the built-in questionnaire");
        let q = &loaded.questionnaire;
        let viewport = Rect::new(0, 0, MIN_WIDTH, MIN_HEIGHT);
        let inner = chrome::inner(body(viewport).expect("drawn at the minimum"));
        for mode in [Mode::SelfAssessment, Mode::Interview] {
            let setup = Setup {
                mode,
                ..Setup::default()
            };
            let mut assessment = Assessment::start("a".into(), setup, q, &loaded.digest, now());
            for r in q.items() {
                assessment.set_note(q, &r.item.id, "word ".repeat(80), now());
                assessment.toggle_flag(q, &r.item.id, now());
            }
            let session = Session::new(Opened {
                assessment,
                questionnaire: loaded.clone(),
            });
            for r in q.items() {
                let areas = layout(&session, r.index, inner).expect("a question");
                let text = wrap(&r.item.text, usize::from(inner.width)).len() as u16;
                let options: u16 = areas.option_rows.iter().map(|(_, h)| h).sum();
                let id = &r.item.id;
                assert_eq!(areas.text.height, text, "{id} {mode:?}");
                assert_eq!(areas.options.height, options, "{id} {mode:?}");
                assert!(areas.note.height >= 1, "{id} {mode:?}");
                let lines = areas.explanation_lines.len();
                assert!(
                    areas.explanation.height >= lines.min(1),
                    "{id} {mode:?}: {} rows for {lines} lines",
                    areas.explanation.height
                );
                assert!(areas.explanation_text_rows() >= 1, "{id} {mode:?}");
                assert!(areas.flag.bottom() <= inner.bottom(), "{id} {mode:?}");
            }
        }
    }
}
