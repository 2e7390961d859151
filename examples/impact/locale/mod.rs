//! Every word the command line shows that the library does not already
//! say, in French and English, after the library's own `src/locale/`
//! pattern: one method per phrase, taking the data and returning the
//! words. [`words`] is the only place that tells the languages apart, so a
//! third language is a new file here and one line in [`words`].

mod en;
mod fr;
mod help_en;
mod help_fr;

use social_impact::catalogue::Aggregation;
use social_impact::progress::FileRole;
use social_impact::Lang;

/// The labels of `impact indicators show`, in the order they are printed.
pub struct ShowLabels {
    pub definition: &'static str,
    pub question: &'static str,
    pub why: &'static str,
    pub measure: &'static str,
    pub direction: &'static str,
    pub waves: &'static str,
    pub respondent: &'static str,
    pub ages: &'static str,
}

/// What a sample run wrote, as `generate-sample` and `demo` tell it.
pub struct SampleFacts<'a> {
    pub set: &'a str,
    pub version: &'a str,
    pub organisations: u64,
    pub people: u64,
    pub in_support: u64,
    pub lost: u64,
    pub observations: u64,
    pub per_person: f64,
    pub missing: u64,
    pub duplicates: u64,
    pub seed: u64,
    pub as_of: &'a str,
}

/// What `impact report` tells after writing a file.
pub struct ReportFacts<'a> {
    pub path: &'a str,
    pub people: u64,
    pub indicators: u64,
    pub rejected: u64,
    pub warnings: u64,
}

/// The words of the `impact` program.
pub trait CliWords: Sync {
    /// The column headings of `impact sets`.
    fn sets_header(&self) -> [&'static str; 4];
    /// The column headings of `impact indicators`.
    fn indicators_header(&self) -> [&'static str; 5];
    /// What stands between a label and its value (`:` in English, a
    /// no-break space and `:` in French).
    fn colon(&self) -> &'static str;
    /// The labels of `impact indicators show`.
    fn show_labels(&self) -> ShowLabels;
    /// The tail of an ordinal range that has a positive threshold.
    fn positive_threshold(&self, threshold: &str) -> String;
    /// The line of a continuous measure.
    fn continuous(&self, unit: &str, min: &str, max: &str) -> String;
    /// The mark of a reversed item of a composite.
    fn reversed(&self) -> &'static str;
    /// How a composite combines its items.
    fn aggregation(&self, aggregation: Aggregation) -> &'static str;
    /// The line of a composite indicator.
    fn composite(&self, aggregation: &str, min_answered: usize, items: &str) -> String;
    /// The line of one reference of an indicator.
    fn reference(&self, kind: &str, code: &str) -> String;
    /// An indicator id that is not known, with those that are.
    fn unknown_indicator(&self, id: &str, suggestion: Option<&str>, some_known: &str, others: usize) -> String;
    /// `pseudonymise` asked to write a workbook.
    fn csv_output_only(&self) -> &'static str;
    /// A folder that could not be created.
    fn cannot_create(&self, dir: &str, error: &str) -> String;
    /// Sample data that could not be written.
    fn cannot_write_sample(&self, dir: &str, error: &str) -> String;
    /// The demo's line on the sample data of one set.
    fn demo_sample(&self, people: u64, observations: u64, organisations: u64) -> String;
    /// One file written.
    fn wrote(&self, path: &str) -> String;
    /// The line `impact report` prints after writing its file.
    fn report_written(&self, facts: &ReportFacts<'_>) -> String;
    /// One sample file written, with its rows.
    fn wrote_rows(&self, path: &str, rows: u64) -> String;
    /// The demo's closing sentence.
    fn demo_closing(&self) -> &'static str;
    /// The summary line of `generate-sample`.
    fn sample_summary(&self, facts: &SampleFacts<'_>) -> String;
    /// The line listing the sample's organisations and their sizes.
    fn sample_organisations(&self, sizes: &str) -> String;
    /// The progress message while a file is read.
    fn reading(&self, file: FileRole) -> &'static str;
    /// The progress message while indicators are analysed.
    fn analysing(&self) -> &'static str;
    /// `report` (or `demo`) refused because the data have errors.
    fn data_have_errors(&self) -> &'static str;
    /// `impact report --sroi` asked for the JSON format.
    fn sroi_not_in_json(&self) -> &'static str;
    /// `impact report --summary` asked for the JSON format.
    fn summary_not_in_json(&self) -> &'static str;
    /// A refused write of an existing file, with how to allow it.
    fn exists_use_force(&self, refusal: &str) -> String;
    /// `key new` wrote a key (nothing of it is shown).
    fn key_written(&self, path: &str) -> String;
    /// `schema --excel-fr` asked for a JSON Schema.
    fn excel_fr_is_csv(&self) -> &'static str;
}

/// The words of `lang`: the only `match` on the language in the program.
pub fn words(lang: Lang) -> &'static dyn CliWords {
    match lang {
        Lang::Fr => &fr::Fr,
        Lang::En => &en::En,
    }
}

/// The headings and marks of `--help`.
pub struct HelpHeadings {
    /// Before the usage line.
    pub usage: &'static str,
    /// Above the list of commands (clap adds the colon: French ends with a no-break space).
    pub commands: &'static str,
    /// The placeholder of a command in a usage line.
    pub command: &'static str,
    /// Above the options.
    pub options: &'static str,
    /// Above the positional arguments.
    pub arguments: &'static str,
    /// The help of `-h`/`--help`.
    pub help: &'static str,
    /// The help of `-V`/`--version`.
    pub version: &'static str,
}

/// Why a flag's value was refused by the program's own parsers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FlagReason {
    /// Not a bundled set id nor a manifest path; the ids that exist.
    Set { known: String },
    /// Not a wave; the waves.
    Wave { accepted: String },
    /// Not an outcome area; the areas.
    Dimension { accepted: String },
    /// Not a calendar date `YYYY-MM-DD`.
    Date,
    /// Not a share of rows above 0 and at most `max_percent` %.
    Share { max_percent: u32 },
    /// Not a language the program speaks; those it speaks.
    Lang { accepted: String },
    /// Not a whole number (or out of range).
    WholeNumber,
    /// Not a number.
    Number,
    /// Another reason, in the library's words.
    Other(String),
}

/// A command line clap refused, as facts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseFailure {
    /// What was wrong.
    pub kind: ParseFailureKind,
    /// The usage line of the command, without its title.
    pub usage: Option<String>,
}

/// What was wrong with a command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseFailureKind {
    /// An option no command has, with the closest one.
    UnknownArgument { argument: String, suggestion: Option<String> },
    /// A command that does not exist, with the closest one.
    UnknownCommand { command: String, suggestion: Option<String> },
    /// A value outside a closed list.
    NotAccepted { argument: String, value: String, accepted: Vec<String> },
    /// A value a parser refused, and why.
    Invalid { argument: String, value: String, reason: Option<FlagReason> },
    /// Required options not given.
    Missing { arguments: Vec<String> },
    /// No command given.
    MissingCommand,
    /// Two options that do not go together.
    Conflict { argument: String, other: String },
    /// Too many or too few values.
    ValueCount { argument: String },
    /// Anything else clap refuses.
    Other,
}

/// The words of `--help` and of refused command lines.
pub trait HelpWords: Sync {
    /// Headings and flag help.
    fn headings(&self) -> HelpHeadings;
    /// What stands before a colon (a no-break space in French).
    fn colon(&self) -> &'static str;
    /// The about line of the command at `path` (`""` for `impact`,
    /// `"indicators show"`); `None` keeps the doc comment (English).
    fn about(&self, path: &str) -> Option<&'static str>;
    /// The help of argument `id` of the command at `path`.
    fn arg(&self, path: &str, id: &str) -> Option<&'static str>;
    /// The help of one accepted value of an argument.
    fn value(&self, path: &str, id: &str, value: &str) -> Option<&'static str>;
    /// The mark listing accepted values.
    fn accepted_values(&self, values: &str) -> String;
    /// The mark giving the default.
    fn default_value(&self, value: &str) -> String;
    /// A refused command line, in full.
    fn parse_failure(&self, failure: &ParseFailure) -> String;
}

/// The help words of `lang`.
pub fn help_words(lang: Lang) -> &'static dyn HelpWords {
    match lang {
        Lang::Fr => &help_fr::Fr,
        Lang::En => &help_en::En,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_agrees_plurals_and_spaces_before_colons() {
        let fr = words(Lang::Fr);
        assert_eq!(fr.wrote_rows("a.csv", 1), "écrit\u{a0}: a.csv (1 ligne)");
        assert_eq!(fr.wrote_rows("a.csv", 2), "écrit\u{a0}: a.csv (2 lignes)");
        assert_eq!(fr.sample_organisations("ASSO-A (3)"), "structures\u{a0}: ASSO-A (3)");
        assert!(fr.demo_sample(1, 2, 1).contains("1 personne, 2 observations, 1 structure"));
    }

    #[test]
    fn english_stays_as_it_was() {
        let en = words(Lang::En);
        assert_eq!(en.wrote_rows("a.csv", 2), "wrote a.csv (2 rows)");
        assert_eq!(en.wrote("a.json"), "wrote: a.json");
        assert_eq!(
            en.demo_sample(2000, 10, 5),
            "  sample data (fictional): 2000 people, 10 observations, 5 organisations"
        );
    }

    #[test]
    fn every_language_has_every_heading() {
        for lang in [Lang::Fr, Lang::En] {
            let w = words(lang);
            assert!(w.sets_header().iter().chain(w.indicators_header().iter()).all(|h| !h.is_empty()));
            assert!(!w.reading(FileRole::Enrolments).is_empty() && !w.analysing().is_empty());
        }
    }
}
