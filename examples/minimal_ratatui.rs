//! The reference program of ecoready's benchmark (`bench/run.sh`): the least any ratatui
//! 0.30 program costs. Alternate screen, one bordered list of five items, Up/Down move the
//! selection, `q` quits. ecoready's start-up, key latency and memory are measured against it.

use std::io;

use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind};
use ratatui::widgets::{Block, List, ListState};

fn main() -> io::Result<()> {
    let mut terminal = ratatui::init();
    let items = ["Alpha", "Bravo", "Charlie", "Delta", "Echo"];
    let mut state = ListState::default().with_selected(Some(0));
    let outcome = loop {
        if let Err(e) = terminal.draw(|frame| {
            let list = List::new(items)
                .block(Block::bordered().title("Minimal ratatui"))
                .highlight_symbol("> ");
            frame.render_stateful_widget(list, frame.area(), &mut state);
        }) {
            break Err(e);
        }
        match event::read() {
            Ok(Event::Key(key)) if key.kind == KeyEventKind::Press => match key.code {
                KeyCode::Char('q') => break Ok(()),
                KeyCode::Down => state.select_next(),
                KeyCode::Up => state.select_previous(),
                _ => {}
            },
            Ok(_) => {}
            Err(e) => break Err(e),
        }
    };
    ratatui::restore();
    outcome
}
