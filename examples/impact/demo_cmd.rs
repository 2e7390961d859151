//! `impact demo`: the main job on embedded defaults. Sample data for both
//! bundled sets are generated (deterministic, fictional organisations), read
//! back through the same readers as real files, analysed, and reported in
//! JSON, HTML and Markdown.

use crate::cli_error::CliError;
use crate::report_cmd::{self, ReportArgs, ReportFormat};
use crate::sroi_cmd::{self, SroiArgs, SroiFormat};
use clap::Args;
use social_impact::catalogue::Catalogue;
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
    #[arg(long, default_value = "impact-demo")]
    out: PathBuf,
    /// Language of the reports and of what is printed.
    #[arg(long, default_value = "fr")]
    lang: Lang,
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

pub fn demo(args: DemoArgs) -> Result<(), CliError> {
    let catalogue = Catalogue::bundled()?;
    let fr = args.lang == Lang::Fr;
    let ours = args.out.join(MARK).is_file();
    let policy = crate::output::policy(args.force || ours, []);
    std::fs::create_dir_all(&args.out)
        .map_err(|e| CliError::new(format!("cannot create {}: {e}", args.out.display())))?;

    for set_id in SETS {
        let set = catalogue.reference_set(set_id)?;
        let dir = args.out.join(set_id);
        let data = dir.join("data");
        let summary = write_csv_with(&set, &SampleSpec::new(ORGANISATIONS, PEOPLE, SEED), &data, &policy)
            .map_err(|e| CliError::new(format!("cannot write the sample data into {}: {e}", data.display())))?;
        let report_args = ReportArgs {
            set: set_id.to_string(),
            enrolments: data.join("enrolments.csv"),
            observations: data.join("observations.csv"),
            format: ReportFormat::Json,
            out: None,
            min_cell: 11,
            confidence: 0.95,
            as_of: None,
            pseudonymise_key: None,
            lang: args.lang,
            sheet: None,
            force: false,
        };
        let (set, report, notes) = report_cmd::compute(&report_args)?;
        let mut options = RenderOptions::new(args.lang);
        options.notes = notes;
        let mut written = Vec::new();
        for (format, name) in
            [(ReportFormat::Json, "report.json"), (ReportFormat::Html, "report.html"), (ReportFormat::Md, "report.md")]
        {
            let path = dir.join(name);
            let text = report_cmd::render(&report, &set, format, &options)?;
            crate::output::write(&path, text.as_bytes(), &policy, args.lang)?;
            written.push(path);
        }
        println!("{} — {}", set_id, set.title().get(args.lang));
        if fr {
            println!(
                "  données d'exemple (fictives) : {} personnes, {} observations, {} structures",
                PEOPLE,
                summary.observations,
                summary.organisations.len()
            );
        } else {
            println!(
                "  sample data (fictional): {} people, {} observations, {} organisations",
                PEOPLE,
                summary.observations,
                summary.organisations.len()
            );
        }
        for path in &written {
            println!("  {} {}", if fr { "écrit :" } else { "wrote:" }, path.display());
        }
        for (indicator, sentence) in render::headlines(&report, &set, &options).into_iter().take(args.headlines) {
            println!("  • {} — {sentence}", indicator.label.get(args.lang));
        }
        // The set's illustrative avoided-cost model, on the report just written.
        let sroi_args = |format| SroiArgs {
            model: set_id.to_string(),
            report: dir.join("report.json"),
            format,
            lang: args.lang,
            draws: 10_000,
            seed: SEED,
            confidence: None,
            organisation: None,
            output: None,
        };
        let (model, result) = sroi_cmd::compute(&sroi_args(SroiFormat::Json))?;
        for (format, name) in
            [(SroiFormat::Json, "sroi.json"), (SroiFormat::Html, "sroi.html"), (SroiFormat::Md, "sroi.md")]
        {
            let path = dir.join(name);
            let text = sroi_cmd::write_text(&result, &model, format, args.lang)?;
            social_impact::fsio::write_atomic(&path, text.as_bytes())
                .map_err(|e| CliError::new(format!("cannot write {}: {e}", path.display())))?;
            println!("  {} {}", if fr { "écrit :" } else { "wrote:" }, path.display());
        }
        println!("  • {}", social_impact::costs::render::summary(&result, args.lang));
        println!();
    }
    // Written last, so that a folder the demo could not fill is not marked.
    let mark = b"Written by `impact demo`: its files here may be replaced by the next run.\n";
    crate::output::write(&args.out.join(MARK), mark, &crate::output::policy(true, []), args.lang)?;
    println!(
        "{}",
        if fr {
            "Ouvrez report.html dans un navigateur. Les chiffres viennent de données fictives : ils illustrent l'outil, pas une association réelle."
        } else {
            "Open report.html in a browser. The figures come from fictional data: they illustrate the tool, not a real association."
        }
    );
    Ok(())
}
