//! The improvement plan on Results: the plan this check-in reviewed, each priority's
//! review beside its facet's like-for-like change, and the plan made from it, in the
//! sentences plain mode prints too ([`crate::app::plan::progress_lines`]).

use ratatui::text::Line;

use super::report::push_wrapped;
use crate::app::plan::{LineKind, progress_lines};
use crate::strings;
use crate::tui::session::Session;
use crate::tui::theme::Theme;

/// The plan section, then a blank line; nothing until the plans are read, and nothing
/// for a draft that neither reviews nor holds a plan.
pub(super) fn push_plan_lines(
    theme: &Theme,
    session: &Session,
    width: usize,
    out: &mut Vec<Line<'static>>,
) {
    let Some(plans) = &session.plans else {
        return;
    };
    if !plans.complete && plans.reviewed.is_none() {
        return;
    }
    for line in progress_lines(plans, strings::plan_make_key()) {
        let style = match line.kind {
            LineKind::Heading => theme.title,
            LineKind::Text | LineKind::Priority | LineKind::Detail => theme.text,
            LineKind::Muted | LineKind::QuietDetail => theme.muted,
        };
        let (first, rest) = line.kind.indent();
        push_wrapped(out, &line.text, width, first, rest, style);
    }
    out.push(Line::from(""));
}
