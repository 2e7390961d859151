//! `impact demo`: the main job on embedded defaults. Sample data for both
//! bundled sets are generated (deterministic, fictional organisations), read
//! back through the same readers as real files, analysed, and reported in
//! JSON, HTML and Markdown; the set's illustrative avoided-cost model is a
//! section of the HTML and Markdown report and a document of its own.

use crate::cli_error::CliError;
use crate::locale::words;
use crate::report_cmd::{self, ReportFormat};
use crate::sroi_cmd::{self, SroiFormat};
use clap::Args;
use social_impact::analysis::AnalysisOptions;
use social_impact::catalogue::Catalogue;
use social_impact::costs::SroiOptions;
use social_impact::ingest::IngestOptions;
use social_impact::report::render::{self, RenderOptions};
use social_impact::sample::{write_csv_with, SampleSpec};
use social_impact::Lang;
use std::path::PathBuf;

/// The sets the demo reports on, and the sample each gets.
const SETS: [&str; 2] = ["exclusion-2023", "child-protection-2024"];
const ORGANISATIONS: usize = 5;
const PEOPLE: usize = 2000;
const SEED: u64 = 1;

#[derive(Args)]
pub struct DemoArgs {
    /// Folder to write into (created if needed).
    #[arg(long, short = 'o', visible_alias = "out", default_value = "impact-demo")]
    output: PathBuf,
    /// Headline results printed per set.
    #[arg(long, default_value_t = 2)]
    headlines: usize,
    /// Replace existing files in the folder even if the demo did not write it.
    #[arg(long)]
    force: bool,
}

/// The file the demo leaves in its folder: a folder holding it was written
/// by the demo, whose files it may replace without --force.
const MARK: &str = ".impact-demo";

pub fn demo(args: DemoArgs, lang: Lang) -> Result<(), CliError> {
    let catalogue = Catalogue::bundled()?;
    let w = words(lang);
    let ours = args.output.join(MARK).is_file();
    let policy = crate::output::policy(args.force || ours, []);
    std::fs::create_dir_all(&args.output)
        .map_err(|e| CliError::new(w.cannot_create(&args.output.display().to_string(), &e.to_string())))?;
    for set_id in SETS {
        let set = catalogue.reference_set(set_id)?;
        let dir = args.output.join(set_id);
        let data = dir.join("data");
        let summary = write_csv_with(&set, &SampleSpec::new(ORGANISATIONS, PEOPLE, SEED), &data, &policy)
            .map_err(|e| CliError::new(w.cannot_write_sample(&data.display().to_string(), &e.to_string())))?;
        let run = report_cmd::run(
            &set,
            &data.join("enrolments.csv"),
            &data.join("observations.csv"),
            IngestOptions::default(),
            &AnalysisOptions::default(),
            None,
            lang,
        )?;
        let mut options = RenderOptions::new(lang);
        options.notes = run.notes(lang);
        let report = run.report;
        // The set's illustrative avoided-cost model, on the report just
        // made: a section of the HTML and Markdown report, and a document
        // of its own.
        let mut sroi_options = SroiOptions::default();
        sroi_options.seed = SEED;
        let section = report_cmd::sroi_section(set_id, &set, &report, &sroi_options, lang)?;
        options.sroi = Some(section.clone());
        let mut written = Vec::new();
        for (format, name) in
            [(ReportFormat::Json, "report.json"), (ReportFormat::Html, "report.html"), (ReportFormat::Md, "report.md")]
        {
            let path = dir.join(name);
            let text = report_cmd::render(&report, &set, format, &options)?;
            crate::output::write(&path, text.as_bytes(), &policy, lang)?;
            written.push(path);
        }
        // The board summary, as `impact report --summary` writes it.
        let mut board = options.clone();
        (board.summary, board.sroi) = (true, None);
        for (format, name) in [(ReportFormat::Html, "board-summary.html"), (ReportFormat::Md, "board-summary.md")] {
            let path = dir.join(name);
            let text = report_cmd::render(&report, &set, format, &board)?;
            crate::output::write(&path, text.as_bytes(), &policy, lang)?;
            written.push(path);
        }
        println!("{} — {}", set_id, set.title().get(lang));
        println!("{}", w.demo_sample(PEOPLE as u64, summary.observations, summary.organisations.len() as u64));
        for path in &written {
            println!("  {}", w.wrote(&path.display().to_string()));
        }
        for (indicator, sentence) in render::headlines(&report, &set, &options).into_iter().take(args.headlines) {
            println!("  • {} — {sentence}", indicator.label.get(lang));
        }
        for (format, name) in
            [(SroiFormat::Json, "sroi.json"), (SroiFormat::Html, "sroi.html"), (SroiFormat::Md, "sroi.md")]
        {
            let path = dir.join(name);
            let text = sroi_cmd::write_text(&section.result, &section.model, format, lang)?;
            crate::output::write(&path, text.as_bytes(), &policy, lang)?;
            println!("  {}", w.wrote(&path.display().to_string()));
        }
        println!("  • {}", social_impact::costs::render::summary(&section.result, lang));
        println!();
    }
    // Written last, so that a folder the demo could not fill is not marked.
    let mark = b"Written by `impact demo`: its files here may be replaced by the next run.\n";
    crate::output::write(&args.output.join(MARK), mark, &crate::output::policy(true, []), lang)?;
    println!("{}", w.demo_closing());
    Ok(())
}
