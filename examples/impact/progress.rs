//! Progress on long runs: a bar on standard error when it is a terminal,
//! and nothing at all when it is not (pipes, files, CI logs stay clean).

use crate::locale::words;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use social_impact::locale::numbers::int;
use social_impact::progress::{Progress, Step};
use social_impact::Lang;
use std::io::IsTerminal;

/// A progress display for one command, or none when stderr is not a terminal.
pub struct Display {
    bar: Option<ProgressBar>,
    lang: Lang,
}

impl Display {
    /// A display on standard error, if it is a terminal.
    pub fn new(lang: Lang) -> Display {
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
            bar.set_style(spinner());
            bar
        });
        Display { bar, lang }
    }

    /// The callback for the library: a spinner with the rows read, then a
    /// bar over the analyses.
    pub fn progress(&self) -> Option<Progress> {
        let bar = self.bar.clone()?;
        let lang = self.lang;
        Some(Progress::new(move |step| match step {
            Step::Read(p) => {
                // The count is in the message, so it is grouped the
                // language's way (indicatif groups with commas).
                bar.set_message(format!("{} {}", words(lang).reading(p.file), int(p.rows, lang)));
                bar.set_position(p.rows);
                bar.tick();
            }
            Step::Analysed { done, total } => {
                if bar.length().is_none() {
                    bar.set_style(
                        ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len}")
                            .unwrap_or_else(|_| ProgressStyle::default_bar())
                            .progress_chars("=> "),
                    );
                    bar.set_message(words(lang).analysing());
                }
                bar.set_length(total as u64);
                bar.set_position(done as u64);
            }
            _ => {}
        }))
    }

    /// Clears the bar so that what is printed next starts on a clean line.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

fn spinner() -> ProgressStyle {
    ProgressStyle::with_template("{spinner} {msg} ({elapsed})").unwrap_or_else(|_| ProgressStyle::default_spinner())
}
