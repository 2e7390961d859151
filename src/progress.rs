//! How a long run goes, told to a callback: one type for reading the files
//! and for analysing them, so that a display (a terminal bar, a web page's
//! spinner) is written once. The library never prints: programs decide what
//! to show, and where.
//!
//! ```
//! use social_impact::progress::{Progress, Step};
//! use std::sync::atomic::{AtomicU64, Ordering};
//! use std::sync::Arc;
//!
//! let rows = Arc::new(AtomicU64::new(0));
//! let seen = Arc::clone(&rows);
//! let progress = Progress::new(move |step| {
//!     if let Step::Read(read) = step {
//!         seen.store(read.rows, Ordering::Relaxed);
//!     }
//! });
//! # let _ = progress;
//! ```

use std::sync::Arc;

/// Which file a read is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileRole {
    /// The enrolments file.
    Enrolments,
    /// The observations file.
    Observations,
}

/// How far a read has gone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct ReadProgress {
    /// The file being read.
    pub file: FileRole,
    /// Data rows read so far in it.
    pub rows: u64,
    /// Whether the file has been read to the end.
    pub done: bool,
}

/// One step of a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Step {
    /// Rows read in a file (every [`Progress::EVERY`] rows, and at its end).
    Read(ReadProgress),
    /// Analyses done (indicators, then time-to-event analyses) out of `total`.
    Analysed {
        /// Analyses done so far.
        done: usize,
        /// Analyses in all.
        total: usize,
    },
}

/// A progress callback, for a display such as a terminal progress bar.
#[derive(Clone)]
pub struct Progress(Arc<dyn Fn(Step) + Send + Sync>);

impl std::fmt::Debug for Progress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Progress(<callback>)")
    }
}

impl Progress {
    /// Rows between two calls while reading: often enough for a display,
    /// rarely enough to cost nothing.
    pub const EVERY: u64 = 8192;

    /// A progress told to `callback`.
    pub fn new(callback: impl Fn(Step) + Send + Sync + 'static) -> Progress {
        Progress(Arc::new(callback))
    }

    /// Tells a step.
    pub fn tell_step(&self, step: Step) {
        (self.0)(step);
    }

    /// Tells rows read in a file.
    pub(crate) fn tell(&self, file: FileRole, rows: u64, done: bool) {
        self.tell_step(Step::Read(ReadProgress { file, rows, done }));
    }

    /// Tells analyses done.
    pub(crate) fn analysed(&self, done: usize, total: usize) {
        self.tell_step(Step::Analysed { done, total });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    #[test]
    fn steps_reach_the_callback_in_order() {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&seen);
        let progress = Progress::new(move |s| sink.lock().expect("not poisoned").push(s));
        progress.tell(FileRole::Observations, 8192, false);
        progress.analysed(1, 3);
        let seen = seen.lock().expect("not poisoned");
        assert_eq!(
            *seen,
            vec![
                Step::Read(ReadProgress { file: FileRole::Observations, rows: 8192, done: false }),
                Step::Analysed { done: 1, total: 3 },
            ]
        );
    }
}
