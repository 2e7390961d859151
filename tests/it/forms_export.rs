//! Builds KoboToolbox and ODK Central exports of the crate's forms from
//! long-form observations, the way those tools name and fill their columns,
//! for the round-trip tests (`forms.rs`, and `forms_pyxform.rs` with the
//! columns of the real XForm).

use social_impact::catalogue::{Measure, Wave};
use social_impact::ReferenceSet;
use std::collections::HashMap;
use std::path::Path;

/// One long-form observation as written in a file.
#[derive(Debug, Clone)]
pub struct LongRow {
    pub organisation: String,
    pub beneficiary: String,
    pub indicator: String,
    pub wave: Wave,
    pub date: String,
    pub value: String,
    pub reason: String,
}

/// Reads a long-form CSV file (`,`), as `sample::write_csv` writes it.
pub fn read_long(path: &Path) -> Vec<LongRow> {
    let mut reader = csv::Reader::from_path(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    reader
        .records()
        .map(|r| {
            let r = r.expect("a CSV record");
            let get = |i: usize| r.get(i).unwrap_or("").to_string();
            LongRow {
                organisation: get(0),
                beneficiary: get(1),
                indicator: get(2),
                wave: Wave::parse(&get(3)).expect("a wave"),
                date: get(4),
                value: get(5),
                reason: get(6),
            }
        })
        .collect()
}

/// Which tool's naming.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tool {
    /// KoboToolbox: groups joined with `/`, `_id`, `_uuid`... columns.
    Kobo,
    /// ODK Central: groups joined with `-`, `SubmissionDate`, `KEY`... columns.
    OdkCentral,
}

impl Tool {
    fn name(self, path: &str) -> String {
        match self {
            Tool::Kobo => path.to_string(),
            Tool::OdkCentral => path.replace('/', "-"),
        }
    }

    fn metadata(self) -> &'static [&'static str] {
        match self {
            Tool::Kobo => &[
                "meta/instanceID",
                "_id",
                "_uuid",
                "_submission_time",
                "_validation_status",
                "_notes",
                "_status",
                "_submitted_by",
                "__version__",
                "_tags",
                "_index",
            ],
            Tool::OdkCentral => &[
                "meta-instanceID",
                "KEY",
                "SubmitterID",
                "SubmitterName",
                "AttachmentsPresent",
                "AttachmentsExpected",
                "Status",
                "ReviewState",
                "DeviceID",
                "Edits",
                "FormVersion",
            ],
        }
    }
}

/// The value the form stores for a long-form answer: choice names for
/// select questions (`1`/`0`, category codes, scale points), digits for
/// numbers.
pub fn form_value(set: &ReferenceSet, indicator: &str, raw: &str) -> String {
    let raw = raw.trim();
    if raw.is_empty() {
        return String::new();
    }
    let ind = set.registry().get(indicator).unwrap_or_else(|| panic!("{indicator} not in the set"));
    match &ind.definition().measure {
        Measure::Categorical { .. } => raw.to_lowercase(),
        Measure::Continuous { .. } => raw.replace(',', "."),
        _ => {
            let score = ind.score(raw).unwrap_or_else(|e| panic!("{indicator}: {raw:?}: {e}"));
            let value = score.map(|s| s.value).unwrap_or_else(|| panic!("{indicator}: {raw:?} has no score"));
            format!("{}", value.round() as i64)
        }
    }
}

/// One export of the forms of `waves`: the header (`columns(wave)` for
/// each wave, in order, then the tool's columns) and one row per
/// submission (person, wave and date; a second submission when the same
/// indicator is answered twice on one date).
pub fn export(
    set: &ReferenceSet,
    rows: &[LongRow],
    tool: Tool,
    columns: &dyn Fn(Wave) -> Vec<String>,
) -> (Vec<String>, Vec<Vec<String>>) {
    let mut paths: Vec<String> = Vec::new();
    for wave in Wave::ALL {
        if rows.iter().any(|r| r.wave == *wave) {
            for c in columns(*wave) {
                if !paths.contains(&c) {
                    paths.push(c);
                }
            }
        }
    }
    let header: Vec<String> =
        paths.iter().map(|p| tool.name(p)).chain(tool.metadata().iter().map(|m| m.to_string())).collect();
    if tool == Tool::OdkCentral {
        // ODK Central puts the submission date first.
        let mut h = vec!["SubmissionDate".to_string()];
        h.extend(header);
        return export_rows(set, rows, tool, &paths, h);
    }
    export_rows(set, rows, tool, &paths, header)
}

fn export_rows(
    set: &ReferenceSet,
    rows: &[LongRow],
    tool: Tool,
    paths: &[String],
    header: Vec<String>,
) -> (Vec<String>, Vec<Vec<String>>) {
    type Key = (String, String, Wave, String);
    /// Per indicator: the stored value and the missing reason.
    type Answers = HashMap<String, (String, String)>;
    let mut order: Vec<Key> = Vec::new();
    let mut submissions: HashMap<Key, Vec<Answers>> = HashMap::new();
    for r in rows {
        let key = (r.organisation.clone(), r.beneficiary.clone(), r.wave, r.date.clone());
        let list = submissions.entry(key.clone()).or_insert_with(|| {
            order.push(key.clone());
            Vec::new()
        });
        let answer = (form_value(set, &r.indicator, &r.value), r.reason.trim().to_string());
        match list.iter_mut().find(|s| !s.contains_key(&r.indicator)) {
            Some(s) => {
                s.insert(r.indicator.clone(), answer);
            }
            None => list.push(HashMap::from([(r.indicator.clone(), answer)])),
        }
    }
    let mut out = Vec::new();
    for key in &order {
        let (org, ben, wave, date) = key;
        for answers in &submissions[key] {
            let n = out.len() + 1;
            let mut cells: Vec<String> = Vec::with_capacity(header.len());
            if tool == Tool::OdkCentral {
                cells.push(format!("{date}T18:04:11.512Z"));
            }
            for path in paths {
                let name = path.rsplit('/').next().unwrap_or(path);
                let cell = match name {
                    "start" => format!("{date}T10:00:00.000+01:00"),
                    "end" => format!("{date}T10:25:00.000+01:00"),
                    "wave" => wave.as_str().to_string(),
                    "form_version" => set.version().to_string(),
                    "organisation" => org.clone(),
                    "beneficiary" => ben.clone(),
                    "date" => date.clone(),
                    "age" => "17".to_string(),
                    other => match other.strip_suffix(social_impact::collection::MISSING_SUFFIX) {
                        Some(id) => answers.get(id).map(|a| a.1.clone()).unwrap_or_default(),
                        None => answers.get(other).map(|a| a.0.clone()).unwrap_or_default(),
                    },
                };
                cells.push(cell);
            }
            for m in tool.metadata() {
                cells.push(match *m {
                    "_id" | "_index" => n.to_string(),
                    "_uuid" => format!("3f2c{n:08}-aa51-4b7e-9d2f-0c1e{n:08}"),
                    "meta/instanceID" | "meta-instanceID" | "KEY" => format!("uuid:3f2c{n:08}-aa51-4b7e-9d2f"),
                    "_submission_time" => format!("{date}T18:04:11"),
                    "__version__" => "vQ8kB3nZr2GcV5mJp7sT".to_string(),
                    "_status" => "submitted_via_web".to_string(),
                    "_notes" | "_tags" => "[]".to_string(),
                    "SubmitterID" => "12".to_string(),
                    "SubmitterName" => "enqueteur1".to_string(),
                    "AttachmentsPresent" | "AttachmentsExpected" | "Edits" => "0".to_string(),
                    "FormVersion" => set.version().to_string(),
                    _ => String::new(),
                });
            }
            out.push(cells);
        }
    }
    (header, out)
}

/// Writes an export as CSV with `delimiter`.
pub fn write_csv(path: &Path, delimiter: u8, header: &[String], rows: &[Vec<String>]) {
    let mut w = csv::WriterBuilder::new().delimiter(delimiter).from_path(path).expect("create the export");
    w.write_record(header).expect("write the header");
    for r in rows {
        w.write_record(r).expect("write a row");
    }
    w.flush().expect("flush the export");
}

/// Writes an export as an XLSX workbook, every cell as text, as Kobo's
/// XLSX export does for select answers.
pub fn write_xlsx(path: &Path, header: &[String], rows: &[Vec<String>]) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (r, line) in std::iter::once(header).chain(rows.iter().map(Vec::as_slice)).enumerate() {
        for (c, text) in line.iter().enumerate() {
            if !text.is_empty() {
                sheet.write_string(r as u32, c as u16, text).expect("write a cell");
            }
        }
    }
    book.save(path).expect("save the workbook");
}
