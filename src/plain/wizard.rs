//! Walking through an assessment's questions line by line, then the review and results.
//! The store is used as the full-screen wizard uses it: the draft is saved after every
//! change, with the position to resume from.

use std::io::{BufRead, Write};

use color_eyre::eyre::{Result, WrapErr};

use super::command::{self, Command};
use super::console::Console;
use super::{render, underneath};
use crate::app::{Answers, DraftLocks, Navigator, Opened, Step};
use crate::assessment::{Assessment, Response, now};
use crate::error::InvalidInput;
use crate::limits;
use crate::questionnaire::{Loaded, Questionnaire};
use crate::store::Store;
use crate::strings;
use crate::text::sanitize;

/// How the walk arrives at a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Motion {
    /// Moving on in order: a new part shows its intro first (an intro is not a stop of
    /// its own here: it is printed above the part's first question).
    Onward,
    /// Back or a jump: straight to the question.
    Jump,
}

/// What a step ended with.
enum Flow {
    /// Go to a step.
    Go(Step, Motion),
    /// The run is over with this exit status.
    Done(u8),
}

/// An open assessment being answered.
struct Walk<'c, R, W> {
    console: &'c mut Console<R, W>,
    store: &'c Store,
    locks: &'c mut DraftLocks,
    assessment: Assessment,
    loaded: Loaded,
    /// The part whose intro was shown last.
    introduced: Option<usize>,
    /// The user came to this question from the review: moving on returns there.
    back_to_review: bool,
    /// The answers given in this run, for `u`.
    answers: Answers,
}

/// Answers the opened draft (saved through `locks`, which hold its lock) until it is
/// finished, left, or the input ends; returns the exit status.
pub fn walk<R: BufRead, W: Write>(
    console: &mut Console<R, W>,
    store: &Store,
    locks: &mut DraftLocks,
    opened: Opened,
) -> Result<u8> {
    let Opened {
        assessment,
        questionnaire: loaded,
    } = opened;
    let id = assessment.id.clone();
    console.note_saved_work(format!(
        "The answers before it are saved in draft {id}; `ecoready resume {id}` continues it."
    ));
    console
        .say("Type the number of your answer and press Enter; ? shows help and every command.")?;
    let mut walk = Walk {
        console,
        store,
        locks,
        assessment,
        loaded,
        introduced: None,
        back_to_review: false,
        answers: Answers::default(),
    };
    let mut step = walk.navigator().resume();
    let mut motion = Motion::Onward;
    loop {
        walk.assessment.position = walk.navigator().position_of(step);
        let flow = match step {
            // Shown with the part's first question, as moving on into it shows it.
            Step::Intro(_) => Ok(Flow::Go(walk.navigator().next(step), Motion::Onward)),
            Step::Question(i) => walk.question(i, motion),
            Step::Review => walk.review(),
        };
        match flow {
            Ok(Flow::Go(next, how)) => (step, motion) = (next, how),
            Ok(Flow::Done(code)) => return Ok(code),
            // The draft changed on disk and the user left it (their version kept).
            Err(e) if underneath::left(&e) => return Ok(0),
            Err(e) => return Err(e),
        }
    }
}

impl<R: BufRead, W: Write> Walk<'_, R, W> {
    fn q(&self) -> &Questionnaire {
        &self.loaded.questionnaire
    }

    fn navigator(&self) -> Navigator<'_> {
        Navigator::new(&self.loaded.questionnaire, &self.assessment)
    }

    /// Shows question `index` (after its part's intro when moving on into a new part) and
    /// reads commands until one leaves it.
    fn question(&mut self, index: usize, motion: Motion) -> Result<Flow> {
        let Some(r) = self.q().item_at(index) else {
            return Ok(Flow::Go(Step::Review, Motion::Onward));
        };
        let (item, dimension) = (r.item.id.clone(), r.dimension_index);
        let choices = self.q().choices(r.item);
        let mut lines = Vec::new();
        if motion == Motion::Onward && self.introduced != Some(dimension) {
            let answered = self.navigator().answered_in_dimension(dimension);
            lines.extend(render::intro(self.q(), dimension, answered));
        }
        lines.extend(render::question(self.q(), r, &self.assessment));
        let help = render::question_help(r, self.assessment.mode, choices.len());
        self.introduced = Some(dimension);
        self.console.say_lines(&lines)?;
        let prompt = render::question_prompt(choices.len());
        loop {
            let Some(line) = self.console.ask(&prompt)? else {
                return self.end_of_input();
            };
            let command = match command::parse(&line) {
                Ok(command) => command,
                Err(problem) => {
                    self.console
                        .reject(&format!("{problem}; type ? for help"))?;
                    continue;
                }
            };
            match command {
                Command::Answer(n) if n <= choices.len() => {
                    return self.answer(index, &item, Response::Value(choices[n - 1].value));
                }
                Command::Answer(n) => self.console.reject(&format!(
                    "{n} is not an option here: choose 1-{}, or 0 for \"don't know\"",
                    choices.len()
                ))?,
                Command::DontKnow => return self.answer(index, &item, Response::DontKnow),
                Command::Help => self.console.say_lines(&help)?,
                Command::Note(text) => {
                    if let Some(flow) = self.note(&item, text)? {
                        return Ok(flow);
                    }
                }
                Command::Flag => self.toggle_flag(&item)?,
                Command::Undo => {
                    match self
                        .answers
                        .undo(&self.loaded.questionnaire, &mut self.assessment, now())
                    {
                        Some(index) => {
                            self.save()?;
                            self.console.say(strings::answer_undone())?;
                            self.back_to_review = false;
                            return Ok(Flow::Go(Step::Question(index), Motion::Jump));
                        }
                        None => self.console.say(strings::nothing_to_undo())?,
                    }
                }
                Command::Back => match self.navigator().previous_question(index) {
                    Some(previous) => {
                        self.back_to_review = false;
                        return Ok(Flow::Go(Step::Question(previous), Motion::Jump));
                    }
                    None => self.console.say("This is the first question.")?,
                },
                Command::GoTo(wanted) => {
                    if let Some(flow) = self.go_to(wanted)? {
                        self.back_to_review = false;
                        return Ok(flow);
                    }
                }
                Command::Skip | Command::Enter => {
                    return Ok(Flow::Go(self.after(index), Motion::Onward));
                }
                Command::Leave => return self.leave(),
            }
        }
    }

    /// Records a response, saves, and moves on.
    fn answer(&mut self, index: usize, item: &str, response: Response) -> Result<Flow> {
        let q = &self.loaded.questionnaire;
        self.answers
            .give(q, &mut self.assessment, index, item, response, now());
        let next = self.after(index);
        self.assessment.position = self.navigator().position_of(next);
        self.save()?;
        Ok(Flow::Go(next, Motion::Onward))
    }

    /// `n TEXT`, or `n` alone and the text on the next line: sets (or with no text,
    /// removes) the note. `Some` when the input ended instead.
    fn note(&mut self, item: &str, text: Option<String>) -> Result<Option<Flow>> {
        let text = match text {
            Some(text) => text,
            None => match self.console.ask("Note (an empty line removes it):")? {
                Some(text) => text,
                None => return self.end_of_input().map(Some),
            },
        };
        let note = sanitize(text.trim(), true);
        if let Err(message) = limits::NOTE.check(&note) {
            // The note is not saved; interactive, the question is asked again and the
            // typed text is still on the screen above to shorten.
            self.console
                .reject(&format!("{message}; the note was not saved"))?;
            return Ok(None);
        }
        let said = if note.is_empty() {
            "Note removed."
        } else {
            "Note saved."
        };
        let q = &self.loaded.questionnaire;
        self.assessment.set_note(q, item, note, now());
        self.save()?;
        self.console.say(said)?;
        Ok(None)
    }

    /// `f`: flags the question for review, or removes the flag.
    fn toggle_flag(&mut self, item: &str) -> Result<()> {
        let q = &self.loaded.questionnaire;
        self.assessment.toggle_flag(q, item, now());
        self.save()?;
        let said = if self.assessment.is_flagged(item) {
            "Flagged for review."
        } else {
            "Flag removed."
        };
        self.console.say(said)
    }

    /// The step after question `index`: the next question (after its part's intro), or
    /// the review (at the end, or when the user came from there).
    fn after(&mut self, index: usize) -> Step {
        let from_review = std::mem::take(&mut self.back_to_review);
        self.navigator().after_answer(index, from_review)
    }

    /// `g N`, or `g` alone: the list of questions, then the number on the next line.
    /// `None` when the user stays where they are.
    fn go_to(&mut self, wanted: Option<usize>) -> Result<Option<Flow>> {
        let count = self.q().item_count();
        let wanted = match wanted {
            Some(n) => n,
            None => {
                let list = render::question_list(self.q(), &self.assessment);
                self.console.say_lines(&list)?;
                let prompt = format!("Go to question (1-{count}, Enter to stay):");
                let Some(line) = self.console.ask(&prompt)? else {
                    return self.end_of_input().map(Some);
                };
                match line.trim() {
                    "" => return Ok(None),
                    text => match text.parse::<usize>() {
                        Ok(n) => n,
                        Err(_) => {
                            let problem = format!("\"{text}\" is not a question number");
                            self.console.reject(&problem)?;
                            return Ok(None);
                        }
                    },
                }
            }
        };
        if (1..=count).contains(&wanted) {
            let step = self.navigator().go_to(wanted - 1);
            return Ok(Some(Flow::Go(step, Motion::Jump)));
        }
        let problem = format!("there is no question {wanted}; they are numbered 1 to {count}");
        self.console.reject(&problem)?;
        Ok(None)
    }

    /// The review; Enter finishes.
    fn review(&mut self) -> Result<Flow> {
        let lines = render::review(self.q(), &self.assessment);
        self.console.say_lines(&lines)?;
        loop {
            let Some(line) = self.console.ask(render::REVIEW_PROMPT)? else {
                return self.end_of_input();
            };
            match command::parse(&line) {
                Ok(Command::Enter) => match self.finish_anyway()? {
                    Some(true) => return self.finish(),
                    Some(false) => self.console.say_lines(&lines)?,
                    None => return self.end_of_input(),
                },
                Ok(Command::GoTo(wanted)) => {
                    if let Some(flow) = self.go_to(wanted)? {
                        self.back_to_review = true;
                        return Ok(flow);
                    }
                }
                Ok(Command::Back) => {
                    let last = self.navigator().previous(Step::Review);
                    return Ok(Flow::Go(last, Motion::Jump));
                }
                Ok(Command::Leave) => return self.leave(),
                Ok(Command::Help) => {
                    let help = render::commands(command::REVIEW_COMMANDS, 0);
                    self.console.say_lines(&help)?;
                }
                Ok(_) => self.console.reject(
                    "this is the review: press Enter to finish, or g N to go to a question",
                )?,
                Err(problem) => self
                    .console
                    .reject(&format!("{problem}; type ? for help"))?,
            }
        }
    }

    /// With questions unanswered or a dimension that would have no score, names them and
    /// asks whether to finish anyway: `Some(true)` finishes, `Some(false)` goes back to the
    /// review, `None` is the end of the input. Nothing missing finishes without asking.
    fn finish_anyway(&mut self) -> Result<Option<bool>> {
        let Some(unfinished) = self.navigator().unfinished() else {
            return Ok(Some(true));
        };
        self.console.say(&sanitize(&unfinished.sentence(), false))?;
        let Some(answer) = self.console.ask(render::FINISH_ANYWAY_PROMPT)? else {
            return Ok(None);
        };
        Ok(Some(matches!(
            answer.trim().to_lowercase().as_str(),
            "y" | "yes"
        )))
    }

    /// Completes the assessment, saves it and prints the results.
    fn finish(&mut self) -> Result<Flow> {
        let q = self.q().clone();
        self.assessment.complete(&q, now());
        self.save()?;
        let id = self.assessment.id.clone();
        let scores = self.assessment.current_scores(&q);
        let peers = crate::app::peers::standing(self.store, &self.assessment, &scores);
        let results = render::results(&self.assessment, &q, peers.standing);
        self.console.say(results.trim_end())?;
        super::plan::say_progress(self.console, self.store, &self.assessment, &q)?;
        self.console.say(&render::saved_as(&id))?;
        super::plan::offer_picking(self.console, self.store, &self.assessment, &q)?;
        Ok(Flow::Done(0))
    }

    /// `q`: the draft is saved and the run ends.
    fn leave(&mut self) -> Result<Flow> {
        self.save()?;
        let id = &self.assessment.id;
        let said = format!("Draft saved. `ecoready resume {id}` continues it.");
        self.console.say(&said)?;
        Ok(Flow::Done(0))
    }

    /// The input ended before the assessment was finished: the draft is saved. A person
    /// (Ctrl-D) has simply left; a script that stops early is reported.
    fn end_of_input(&mut self) -> Result<Flow> {
        self.save()?;
        let id = &self.assessment.id;
        if self.console.interactive() {
            let said = format!("Draft saved. `ecoready resume {id}` continues it.");
            self.console.say(&said)?;
            return Ok(Flow::Done(0));
        }
        Err(InvalidInput(format!(
            "the input ended after line {} before the assessment was finished; the draft is \
             saved (`ecoready resume {id}` continues it; end the input with a line `q` to \
             leave a draft on purpose)",
            self.console.line()
        ))
        .into())
    }

    /// Saves the draft. Interactive, a failure is reported and the walk goes on (the next
    /// change tries again); piped, it ends the run.
    fn save(&mut self) -> Result<()> {
        match self.locks.save(self.store, &self.assessment) {
            Ok(()) => Ok(()),
            Err(e) if underneath::is_conflict(&e) => {
                let (mine, q) = (&self.assessment, &self.loaded.questionnaire);
                let with = (self.store, &mut *self.locks);
                self.assessment = underneath::ask(self.console, with, &e, mine, q)?;
                Ok(())
            }
            Err(e) if self.console.interactive() => {
                let said = format!("Could not save: {e:#}. The next change tries again.");
                self.console.say(&sanitize(&said, false))
            }
            Err(e) => {
                Err(e).wrap_err_with(|| format!("could not save assessment {}", self.assessment.id))
            }
        }
    }
}
