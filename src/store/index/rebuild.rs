//! Reading the assessment files the index has no current entry for: on every core when
//! there are many (a cold index of 40,000 files is minutes of parsing on one), and saying
//! how far it got when it takes long enough to be noticed.

use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use super::Listed;
use crate::assessment::{Assessment, Status};
use crate::questionnaire::Questionnaire;
use crate::scoring::Scores;
use crate::store::{Store, Summary, id_of_file, name_problem, read_assessment};

/// What reading one file gave: its summary and every score, or why it cannot be used.
pub(super) type Summarised = Result<(Summary, Option<Scores>), String>;

/// Files below which one thread reads them all: a thread costs more than it saves.
const PARALLEL_FROM_FILES: usize = 64;

/// Files a thread takes at a time from the shared counter.
const CHUNK: usize = 16;

/// How long a rebuild runs before its progress is shown: shorter ones would only flash.
pub const SHOW_PROGRESS_AFTER: Duration = Duration::from_millis(500);

/// How often the progress is said while it is shown: often enough to move smoothly,
/// seldom enough not to flicker or cost time.
const PROGRESS_EVERY: Duration = Duration::from_millis(100);

/// Where a rebuild says how far it got: `(files read, files to read)`. Called only once
/// the rebuild has taken [`SHOW_PROGRESS_AFTER`], at most every [`PROGRESS_EVERY`], and,
/// when it was called at all, a last time with both numbers equal (the rebuild is done:
/// the sink clears what it showed).
pub type ProgressSink<'a> = &'a mut dyn FnMut(usize, usize);

/// A [`ProgressSink`] a store keeps for every listing it makes: the command line's
/// progress bar on a terminal ([`Store::with_rebuild_progress`]).
#[derive(Clone)]
pub struct RebuildProgress(Arc<Mutex<dyn FnMut(usize, usize) + Send>>);

impl RebuildProgress {
    /// Progress said to `sink`.
    pub fn new(sink: impl FnMut(usize, usize) + Send + 'static) -> Self {
        Self(Arc::new(Mutex::new(sink)))
    }
}

impl std::fmt::Debug for RebuildProgress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RebuildProgress")
    }
}

/// Paces the calls of a [`ProgressSink`].
struct Pacer<'a> {
    sink: ProgressSink<'a>,
    started: Instant,
    said: Option<Instant>,
}

impl<'a> Pacer<'a> {
    fn new(sink: ProgressSink<'a>) -> Self {
        Self {
            sink,
            started: Instant::now(),
            said: None,
        }
    }

    fn progress(&mut self, done: usize, total: usize) {
        let now = Instant::now();
        let due = match self.said {
            None => now.duration_since(self.started) >= SHOW_PROGRESS_AFTER,
            Some(said) => now.duration_since(said) >= PROGRESS_EVERY,
        };
        if due && done < total {
            (self.sink)(done, total);
            self.said = Some(now);
        }
    }

    fn finish(self, total: usize) {
        if self.said.is_some() {
            (self.sink)(total, total);
        }
    }
}

impl Store {
    /// This store, saying how far rebuilding the index got to `progress` whenever a
    /// listing reads files for long.
    pub fn with_rebuild_progress(mut self, progress: RebuildProgress) -> Self {
        self.rebuild_progress = Some(progress);
        self
    }

    /// Runs `f` with the store's progress sink, or one that shows nothing.
    pub(super) fn with_progress<R>(&self, f: impl FnOnce(ProgressSink<'_>) -> R) -> R {
        match &self.rebuild_progress {
            Some(RebuildProgress(sink)) => {
                let mut sink = sink.lock().unwrap_or_else(PoisonError::into_inner);
                f(&mut *sink)
            }
            None => f(&mut |_, _| {}),
        }
    }

    /// Reads every listed file, on as many threads as the machine has cores when there
    /// are many, and gives each with what reading it gave (in no particular order).
    pub(super) fn summarise_all(
        &self,
        files: Vec<Listed>,
        sink: ProgressSink<'_>,
    ) -> Vec<(Listed, Summarised)> {
        let total = files.len();
        let mut pacer = Pacer::new(sink);
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let threads = cores.min(total / PARALLEL_FROM_FILES).max(1);
        let read = if threads == 1 {
            let mut questionnaires = QuestionnaireCache::default();
            let mut read = Vec::with_capacity(total);
            for (done, file) in files.into_iter().enumerate() {
                pacer.progress(done, total);
                let summarised = self.summarise(&file.path, &mut questionnaires);
                read.push((file, summarised));
            }
            read
        } else {
            self.summarise_in_parallel(files, threads, &mut pacer)
        };
        pacer.finish(total);
        read
    }

    /// `threads` threads take the files a chunk at a time; this one says the progress.
    fn summarise_in_parallel(
        &self,
        files: Vec<Listed>,
        threads: usize,
        pacer: &mut Pacer<'_>,
    ) -> Vec<(Listed, Summarised)> {
        let total = files.len();
        let next = AtomicUsize::new(0);
        let done = AtomicUsize::new(0);
        let listed = &files;
        let mut summarised: Vec<(usize, Summarised)> = std::thread::scope(|scope| {
            let workers: Vec<_> = (0..threads)
                .map(|_| {
                    scope.spawn(|| {
                        let mut questionnaires = QuestionnaireCache::default();
                        let mut read = Vec::new();
                        loop {
                            let from = next.fetch_add(CHUNK, Ordering::Relaxed);
                            if from >= total {
                                return read;
                            }
                            for (i, file) in listed.iter().enumerate().skip(from).take(CHUNK) {
                                read.push((i, self.summarise(&file.path, &mut questionnaires)));
                            }
                            done.fetch_add(CHUNK.min(total - from), Ordering::Relaxed);
                        }
                    })
                })
                .collect();
            while !workers.iter().all(|w| w.is_finished()) {
                pacer.progress(done.load(Ordering::Relaxed), total);
                std::thread::sleep(Duration::from_millis(20));
            }
            workers
                .into_iter()
                .flat_map(|w| match w.join() {
                    Ok(read) => read,
                    // A panic aborts a release build; in a test it is reported again here.
                    Err(panic) => std::panic::resume_unwind(panic),
                })
                .collect()
        });
        // Every file was read exactly once: in the files' order, the results pair with them.
        summarised.sort_unstable_by_key(|(i, _)| *i);
        files
            .into_iter()
            .zip(summarised.into_iter().map(|(_, result)| result))
            .collect()
    }

    /// Reads one assessment file: its summary and every score (`None`, and the summary
    /// says why, when its questionnaire cannot be loaded).
    fn summarise(&self, path: &Path, questionnaires: &mut QuestionnaireCache) -> Summarised {
        let id = id_of_file(path).ok_or_else(|| name_problem(path))?;
        let mut assessment = read_assessment(path, &id).map_err(|e| e.describe())?;
        let scores = match (assessment.status, assessment.scores.take()) {
            (Status::Complete, Some(snapshot)) => Ok(snapshot.with_coverage_rules()),
            _ => questionnaires
                .get(self, &assessment)
                .map(|q| assessment.current_scores(q))
                .map_err(str::to_string),
        };
        let responses = assessment
            .answers
            .iter()
            .filter(|a| a.response.is_some())
            .count();
        assessment.answers = Vec::new();
        let summary = Summary::from_file(assessment, responses, &scores);
        Ok((summary, scores.ok()))
    }
}

/// Questionnaires loaded once per digest while summarising.
#[derive(Default)]
struct QuestionnaireCache(HashMap<String, Result<Questionnaire, String>>);

impl QuestionnaireCache {
    fn get(&mut self, store: &Store, assessment: &Assessment) -> Result<&Questionnaire, &str> {
        let reference = &assessment.questionnaire;
        self.0
            .entry(reference.digest.clone())
            .or_insert_with(|| {
                store
                    .questionnaire_for(reference)
                    .map(|loaded| loaded.questionnaire)
                    .map_err(|e| format!("{e:#}"))
            })
            .as_ref()
            .map_err(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pacer_started(ago: Duration, sink: ProgressSink<'_>) -> Pacer<'_> {
        Pacer {
            sink,
            started: Instant::now() - ago,
            said: None,
        }
    }

    #[test]
    fn a_quick_rebuild_shows_nothing() {
        let mut said = Vec::new();
        let mut sink = |done, total| said.push((done, total));
        let mut pacer = pacer_started(Duration::ZERO, &mut sink);
        for done in 0..10 {
            pacer.progress(done, 10);
        }
        pacer.finish(10);
        assert!(said.is_empty(), "{said:?}");
    }

    #[test]
    fn a_long_rebuild_is_shown_now_and_then_and_cleared_at_the_end() {
        let mut said = Vec::new();
        let mut sink = |done, total| said.push((done, total));
        let mut pacer = pacer_started(SHOW_PROGRESS_AFTER, &mut sink);
        pacer.progress(3, 10);
        // Right after: not drawn again (no flicker).
        pacer.progress(4, 10);
        std::thread::sleep(PROGRESS_EVERY);
        pacer.progress(5, 10);
        pacer.finish(10);
        assert_eq!(said, [(3, 10), (5, 10), (10, 10)]);
    }
}
