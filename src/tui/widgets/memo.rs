//! Cells drawn once and copied into later frames while what they show is unchanged.
//!
//! ratatui redraws every frame from scratch, and drawing text costs it a few hundred
//! instructions per character (grapheme segmentation, width lookup, style patching).
//! Home draws some 1,300 characters on every key press although a key there only moves
//! the highlight: the unchanging part is drawn once and copied (a few instructions per
//! cell), which halves the time from key press to screen change.
//!
//! A memo is a pure cache: what it copies is exactly what drawing from the same inputs
//! would give, so `render` still depends on the state alone.

use std::cell::RefCell;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// The last drawing of one part of a screen and the inputs it was drawn from.
#[derive(Debug)]
pub struct Memo<K> {
    last: RefCell<Option<(K, Buffer)>>,
}

impl<K> Default for Memo<K> {
    fn default() -> Self {
        Self {
            last: RefCell::new(None),
        }
    }
}

impl<K: PartialEq> Memo<K> {
    /// Fills `area` of `buf` as `draw` would from `inputs` on a blank buffer: by calling
    /// `draw` when the inputs or the area differ from the last call's, otherwise by copying
    /// the cells it drew then. `draw` must depend on nothing but `inputs` and the area.
    pub fn draw(
        &self,
        inputs: K,
        area: Rect,
        buf: &mut Buffer,
        draw: impl FnOnce(&K, &mut Buffer),
    ) {
        let mut last = self.last.borrow_mut();
        let unchanged = matches!(&*last, Some((drawn_from, cells)) if *drawn_from == inputs && cells.area == area);
        if !unchanged {
            let mut cells = Buffer::empty(area);
            draw(&inputs, &mut cells);
            *last = Some((inputs, cells));
        }
        if let Some((_, cells)) = &*last {
            copy_cells(cells, buf);
        }
    }
}

/// Copies every cell of `from` that lies inside `to`.
fn copy_cells(from: &Buffer, to: &mut Buffer) {
    let area = from.area.intersection(to.area);
    let width = usize::from(area.width);
    for y in area.top()..area.bottom() {
        let source = from.index_of(area.x, y);
        let target = to.index_of(area.x, y);
        to.content[target..target + width].clone_from_slice(&from.content[source..source + width]);
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use ratatui::style::{Color, Style};

    use super::*;

    fn draw_text(text: &str, buf: &mut Buffer, calls: &Cell<u32>) {
        calls.set(calls.get() + 1);
        let area = buf.area;
        buf.set_string(area.x, area.y, text, Style::default().fg(Color::Red));
    }

    #[test]
    fn draws_once_for_the_same_inputs_and_copies_the_same_cells() {
        let memo = Memo::default();
        let calls = Cell::new(0);
        let area = Rect::new(2, 1, 6, 2);
        let mut expected = Buffer::empty(Rect::new(0, 0, 10, 4));
        draw_text("hello", &mut expected, &calls);
        let mut first = Buffer::empty(Rect::new(0, 0, 10, 4));
        let mut second = Buffer::empty(Rect::new(0, 0, 10, 4));
        calls.set(0);
        memo.draw("hello", area, &mut first, |_, b| {
            draw_text("hello", b, &calls)
        });
        memo.draw("hello", area, &mut second, |_, b| {
            draw_text("hello", b, &calls)
        });
        assert_eq!(calls.get(), 1, "the second frame is copied, not drawn");
        assert_eq!(first, second);
        assert_eq!(first[(2, 1)].symbol(), "h");
        assert_eq!(first[(6, 1)].symbol(), "o");
        assert_eq!(first[(6, 1)].fg, Color::Red);
        assert_eq!(
            first[(1, 1)].symbol(),
            " ",
            "nothing outside the area is touched"
        );
    }

    #[test]
    fn draws_again_when_the_inputs_or_the_area_change() {
        let memo = Memo::default();
        let calls = Cell::new(0);
        let mut buf = Buffer::empty(Rect::new(0, 0, 10, 4));
        memo.draw("one", Rect::new(0, 0, 5, 1), &mut buf, |_, b| {
            draw_text("one", b, &calls)
        });
        memo.draw("two", Rect::new(0, 0, 5, 1), &mut buf, |_, b| {
            draw_text("two", b, &calls)
        });
        assert_eq!(buf[(0, 0)].symbol(), "t");
        memo.draw("two", Rect::new(0, 1, 5, 1), &mut buf, |_, b| {
            draw_text("two", b, &calls)
        });
        assert_eq!(calls.get(), 3);
        assert_eq!(buf[(0, 1)].symbol(), "t");
    }

    #[test]
    fn copies_only_what_fits_the_frame() {
        let memo = Memo::default();
        let calls = Cell::new(0);
        let mut small = Buffer::empty(Rect::new(0, 0, 3, 1));
        memo.draw("hello", Rect::new(0, 0, 5, 1), &mut small, |_, b| {
            draw_text("hello", b, &calls)
        });
        assert_eq!(small[(2, 0)].symbol(), "l");
    }
}
