//! Builds realistic reports for the rendering tests straight through the
//! library, from the conformance cases (`tests/fixtures/conformance/c*`),
//! so that rendering is tested whatever state the file readers are in.

use crate::it::support::fixture;
use social_impact::analysis::{analyse, AnalysisOptions};
use social_impact::catalogue::{Catalogue, Wave};
use social_impact::data::{
    DatasetBuilder, Date, Enrolment, MissingReason, Observation, PseudonymKey, Pseudonymiser, Sex,
};
use social_impact::report::Report;
use social_impact::{IndicatorId, OrganisationCode, ReferenceSet};

fn date(s: &str) -> Option<Date> {
    if s.is_empty() {
        None
    } else {
        Some(s.parse().unwrap_or_else(|e| panic!("bad date {s:?}: {e}")))
    }
}

fn rows(path: &std::path::Path) -> Vec<csv::StringRecord> {
    let mut reader = csv::Reader::from_path(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    reader.records().map(|r| r.unwrap_or_else(|e| panic!("{}: {e}", path.display()))).collect()
}

/// The report and set of conformance case `case` (`c1`, `c2`), analysed
/// with the case's own parameters.
pub fn conformance_report(case: &str) -> (Report, ReferenceSet) {
    let dir = fixture(&format!("conformance/{case}"));
    let set =
        Catalogue::default().reference_set_at(&dir.join("set.json")).unwrap_or_else(|e| panic!("set of {case}: {e}"));
    (conformance_report_with(case, &set), set)
}

/// The report of conformance case `case`'s data and parameters, against
/// `set` (the case's set, changed by the test).
pub fn conformance_report_with(case: &str, set: &ReferenceSet) -> Report {
    let dir = fixture(&format!("conformance/{case}"));
    let params: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("params.json")).unwrap_or_default())
            .unwrap_or_else(|e| panic!("params of {case}: {e}"));
    // A fixed key: pseudonyms, hence the order people are folded in, are
    // the same on every run, so sums are too, to the last bit.
    let ids = Pseudonymiser::new(&PseudonymKey::from_bytes(b"render tests".to_vec()));
    let mut data = DatasetBuilder::new(set);
    for row in rows(&dir.join("enrolments.csv")) {
        data.add_enrolment(Enrolment {
            organisation: OrganisationCode::new(&row[0]).expect("organisation code"),
            beneficiary: ids.pseudonymise(&row[1]),
            entry_date: date(&row[2]).expect("entry date"),
            exit_date: date(&row[3]),
            age_at_entry: row[4].parse().ok(),
            sex: Sex::parse(&row[5]),
            service: None,
        });
    }
    for row in rows(&dir.join("observations.csv")) {
        data.add_observation(Observation {
            organisation: OrganisationCode::new(&row[0]).expect("organisation code"),
            beneficiary: ids.pseudonymise(&row[1]),
            indicator: IndicatorId::new(&row[2]).expect("indicator id"),
            wave: Wave::parse(&row[3]).expect("wave"),
            date: date(&row[4]).expect("observation date"),
            value: row[5].to_string(),
            missing_reason: MissingReason::parse(&row[6]),
        })
        .unwrap_or_else(|e| panic!("observation of {case}: {e}"));
    }
    let options = AnalysisOptions {
        confidence: params["confidence"].as_f64().unwrap_or(0.95),
        min_cell: params["min_cell"].as_u64().unwrap_or(11) as u32,
        as_of: params["as_of"].as_str().and_then(date),
    };
    analyse(set, &data.build(), &options).unwrap_or_else(|e| panic!("analysis of {case}: {e}"))
}

/// `target/artifacts/` under the crate (created), where tests leave files
/// for people to look at: rendered reports, screenshots. Not in git.
pub fn artifacts() -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/artifacts");
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    dir
}
