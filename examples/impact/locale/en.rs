//! The words of `impact` in English.

use super::{CliWords, SampleFacts, ShowLabels};
use social_impact::progress::FileRole;

/// English.
pub struct En;

impl CliWords for En {
    fn sets_header(&self) -> [&'static str; 4] {
        ["set", "version", "indicators", "title"]
    }
    fn indicators_header(&self) -> [&'static str; 5] {
        ["indicator", "dimension", "measure", "waves", "label"]
    }
    fn show_labels(&self) -> ShowLabels {
        ShowLabels {
            definition: "Definition",
            question: "Question",
            why: "Why",
            measure: "Measure",
            direction: "Direction",
            waves: "Waves",
            respondent: "Respondent",
            ages: "Ages",
        }
    }
    fn positive_threshold(&self, threshold: &str) -> String {
        format!(", positive threshold {threshold}")
    }
    fn continuous(&self, unit: &str, min: &str, max: &str) -> String {
        format!("  unit {unit}, min {min}, max {max}")
    }
    fn reversed(&self) -> &'static str {
        " (reversed)"
    }
    fn composite(&self, aggregation: &str, min_answered: usize, items: &str) -> String {
        format!("Composite ({aggregation}, at least {min_answered} answered): {items}")
    }
    fn reference(&self, kind: &str, code: &str) -> String {
        format!("Reference: {kind} {code}")
    }
    fn unknown_indicator(&self, id: &str, known: &str) -> String {
        format!("unknown indicator {id:?}. Known indicators: {known}")
    }
    fn csv_output_only(&self) -> &'static str {
        "the output is written as CSV: give a .csv file name"
    }
    fn cannot_create(&self, dir: &str, error: &str) -> String {
        format!("cannot create {dir}: {error}")
    }
    fn cannot_write_sample(&self, dir: &str, error: &str) -> String {
        format!("cannot write the sample data into {dir}: {error}")
    }
    fn demo_sample(&self, people: u64, observations: u64, organisations: u64) -> String {
        format!(
            "  sample data (fictional): {people} people, {observations} observations, {organisations} organisations"
        )
    }
    fn wrote(&self, path: &str) -> String {
        format!("wrote: {path}")
    }
    fn wrote_rows(&self, path: &str, rows: u64) -> String {
        format!("wrote {path} ({rows} rows)")
    }
    fn demo_closing(&self) -> &'static str {
        "Open report.html in a browser. The figures come from fictional data: they illustrate the tool, not a real association."
    }
    fn sample_summary(&self, f: &SampleFacts<'_>) -> String {
        format!(
            "synthetic sample of set {} {}: {} organisations, {} people ({} still in support, {} lost before exit), \
             {} observations ({:.1} per person; {} missing answers, {} duplicates), seed {}, as of {}",
            f.set,
            f.version,
            f.organisations,
            f.people,
            f.in_support,
            f.lost,
            f.observations,
            f.per_person,
            f.missing,
            f.duplicates,
            f.seed,
            f.as_of
        )
    }
    fn sample_organisations(&self, sizes: &str) -> String {
        format!("organisations: {sizes}")
    }
    fn reading(&self, file: FileRole) -> &'static str {
        match file {
            FileRole::Enrolments => "reading enrolments: rows",
            FileRole::Observations => "reading observations: rows",
        }
    }
    fn analysing(&self) -> &'static str {
        "analysing indicators"
    }
    fn data_have_errors(&self) -> &'static str {
        "the data have errors: no report was written (see `impact validate`)"
    }
    fn exists_use_force(&self, refusal: &str) -> String {
        format!("{refusal}; add --force to replace it, or choose another name")
    }
    fn excel_fr_is_csv(&self) -> &'static str {
        "--excel-fr writes a CSV template: use it with --format csv-template (or without --format)"
    }
    fn key_written(&self, path: &str) -> String {
        format!(
            "pseudonymisation key written: {path} (readable by you only). Keep it secret and back it up: without it \
             the same pseudonyms cannot be made again, and anyone who has it can make them."
        )
    }
}
