//! The words of `impact` in English.

use super::{CliWords, ReportFacts, SampleFacts, ShowLabels};
use social_impact::catalogue::Aggregation;
use social_impact::locale::numbers::int;
use social_impact::progress::FileRole;
use social_impact::Lang;

/// English.
pub struct En;

impl CliWords for En {
    fn sets_header(&self) -> [&'static str; 4] {
        ["set", "version", "indicators", "title"]
    }
    fn indicators_header(&self) -> [&'static str; 5] {
        ["indicator", "dimension", "measure", "waves", "label"]
    }
    fn colon(&self) -> &'static str {
        ":"
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
    fn aggregation(&self, aggregation: Aggregation) -> &'static str {
        match aggregation {
            Aggregation::Mean => "mean of the items",
            Aggregation::Sum => "sum of the items",
        }
    }
    fn composite(&self, aggregation: &str, min_answered: usize, items: &str) -> String {
        format!("Composite ({aggregation}, at least {min_answered} answered): {items}")
    }
    fn reference(&self, kind: &str, code: &str) -> String {
        format!("Reference: {kind} {code}")
    }
    fn unknown_indicator(&self, id: &str, suggestion: Option<&str>, some_known: &str, others: usize) -> String {
        let hint = suggestion.map(|s| format!(" (did you mean \"{s}\"?)")).unwrap_or_default();
        let rest = match others {
            0 => String::new(),
            1 => " and 1 other (`impact indicators` lists them all)".into(),
            n => format!(" and {n} others (`impact indicators` lists them all)"),
        };
        format!("unknown indicator \"{id}\"{hint}. Known indicators: {some_known}{rest}")
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
    fn report_written(&self, f: &ReportFacts<'_>) -> String {
        let n = |n: u64| int(n, Lang::En);
        let plural = |n: u64, one: &'static str, many: &'static str| if n == 1 { one } else { many };
        format!(
            "wrote: {} — {} {}, {} {}, {} {} left out, {} {}",
            f.path,
            n(f.people),
            plural(f.people, "person", "people"),
            n(f.indicators),
            plural(f.indicators, "indicator", "indicators"),
            n(f.rejected),
            plural(f.rejected, "row", "rows"),
            n(f.warnings),
            plural(f.warnings, "warning", "warnings"),
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
    fn sroi_not_in_json(&self) -> &'static str {
        "--sroi adds a section to the HTML or Markdown report (--format html or md); the JSON report stays impact-report/1: \
         write it, then `impact sroi --model MODEL --report report.json` for the SROI result in JSON (impact-sroi/1). Nothing was written"
    }
    fn summary_not_in_json(&self) -> &'static str {
        "--summary writes the board summary as HTML or Markdown (--format html or md); the JSON report has every \
         figure already. Nothing was written"
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
