//! The index's rebuild progress on standard error: one line redrawn in place and cleared
//! when done, only when standard error is a terminal (a pipe or a log gets nothing, and
//! standard output, which scripts read, never does). The store decides when it is worth
//! showing (a rebuild past half a second) and how often it is redrawn.

use std::io::{self, IsTerminal, Write};

use crate::store::RebuildProgress;

/// Cells of the bar itself.
const BAR_WIDTH: usize = 24;

/// The progress bar, when standard error is a terminal.
pub fn on_terminal() -> Option<RebuildProgress> {
    io::stderr()
        .is_terminal()
        .then(|| RebuildProgress::new(draw))
}

fn draw(done: usize, total: usize) {
    let mut err = io::stderr().lock();
    // `\r` returns to the line's start; ESC [2K clears it (the bar's last drawing).
    let text = if done >= total {
        "\r\x1b[2K".to_string()
    } else {
        format!("\r{}", line(done, total))
    };
    // A failed write only loses the bar.
    let _ = err.write_all(text.as_bytes()).and_then(|()| err.flush());
}

/// `Reading assessment files into the index [#########...............] 15000 of 40000
/// files`: the same length whatever `done` is, so a redraw leaves nothing behind.
pub fn line(done: usize, total: usize) -> String {
    let filled = (done.min(total) * BAR_WIDTH)
        .checked_div(total)
        .unwrap_or(BAR_WIDTH);
    format!(
        "{} [{}{}] {}",
        crate::strings::index_rebuilding(),
        "#".repeat(filled),
        ".".repeat(BAR_WIDTH - filled),
        crate::strings::index_progress(done, total)
    )
}

#[cfg(test)]
mod tests {
    use super::line;

    #[test]
    fn the_line_keeps_its_length_and_fills_in_proportion() {
        let start = line(0, 40_000);
        let middle = line(10_000, 40_000);
        let end = line(39_999, 40_000);
        assert_eq!(start.len(), middle.len());
        assert_eq!(start.len(), end.len());
        // A quarter of 24 cells.
        assert!(middle.contains(&format!("[{}{}]", "#".repeat(6), ".".repeat(18))));
        assert!(middle.ends_with("10000 of 40000 files"));
        assert!(start.ends_with("    0 of 40000 files"));
        assert!(line(0, 0).contains(&"#".repeat(24)));
    }
}
