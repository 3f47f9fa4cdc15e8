//! Where the assessment stands among peers, on Results: the same sentences `show` prints,
//! each saying how many firms and which source it rests on.

use ratatui::text::{Line, Span};

use super::report::push_wrapped;
use crate::peers::{PeerStanding, heading};
use crate::text::sanitize;
use crate::tui::theme::Theme;

/// The standing's heading and sentences, then a blank line; nothing before it is known
/// (or for a draft).
pub(super) fn push_peer_lines(
    theme: &Theme,
    peers: Option<&PeerStanding>,
    width: usize,
    out: &mut Vec<Line<'static>>,
) {
    let Some(peers) = peers else {
        return;
    };
    out.push(Line::from(Span::styled(heading().to_string(), theme.title)));
    for (n, line) in peers.lines().iter().enumerate() {
        // The first sentence says what the figures rest on; then each source's heading,
        // with its figures indented under it.
        let style = if n == 0 { theme.muted } else { theme.text };
        let (first, rest) = match line.strip_prefix("  ") {
            Some(_) => ("    ", "      "),
            None => ("  ", "    "),
        };
        push_wrapped(
            out,
            &sanitize(line.trim_start(), false),
            width,
            first,
            rest,
            style,
        );
    }
    out.push(Line::from(""));
}
