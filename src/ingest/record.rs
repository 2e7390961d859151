//! The middle layer of reading: a header decides what each column means
//! (long or wide form), and each row becomes one or more [`RawRecord`]s,
//! still text, not yet checked.

use super::columns::{normalise_header, shown_name, Field, Role};
use super::kobo::ExportHeader;
use super::problem::{Location, Problem, ProblemKind};
use super::source::{json_object_cells, Event, Source};
use crate::ids::IndicatorId;
use crate::progress::FileRole;
use crate::set::ReferenceSet;
use crate::text::closest;
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Arc;

/// One cell of a record: the column it came from (as written in the file)
/// and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawCell {
    /// The column's name as written in the file (or the JSON key).
    pub column: Arc<str>,
    /// The text, as read (numbers from JSON or workbooks as digits, dates
    /// from workbooks as `YYYY-MM-DD`).
    pub text: String,
}

/// An enrolment or observation record as read, before any check: the
/// fields present, each with its column, and where the record is.
///
/// The validators take one of these: [`super::validate_observation_record`],
/// [`super::validate_enrolment_record`]. Build one from a JSON object with
/// [`RawRecord::from_json`], or field by field with [`RawRecord::set`].
///
/// ```
/// use social_impact::ingest::{Field, RawRecord};
/// let mut r = RawRecord::new("observations.csv", social_impact::ingest::Location::Line(2));
/// r.set(Field::Value, "7,5");
/// assert_eq!(r.text(Field::Value), "7,5");
/// assert_eq!(r.text(Field::Wave), "");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawRecord {
    /// The file it was read from.
    pub file: Arc<Path>,
    /// Where in the file.
    pub location: Location,
    cells: [Option<RawCell>; 12],
}

fn slot(field: Field) -> usize {
    Field::ALL.iter().position(|f| *f == field).unwrap_or(0)
}

impl RawRecord {
    /// An empty record from `file`, at `location`.
    pub fn new(file: impl AsRef<Path>, location: Location) -> RawRecord {
        RawRecord { file: Arc::from(file.as_ref()), location, cells: Default::default() }
    }

    /// Sets a field, under its canonical column name.
    pub fn set(&mut self, field: Field, text: impl Into<String>) -> &mut Self {
        self.cells[slot(field)] = Some(RawCell { column: Arc::from(field.as_str()), text: text.into() });
        self
    }

    /// Sets a field read from `column`.
    pub fn set_cell(&mut self, field: Field, cell: RawCell) -> &mut Self {
        self.cells[slot(field)] = Some(cell);
        self
    }

    /// The field, when present (a JSON record may lack a key; a CSV record
    /// has every column of its header, empty or not).
    pub fn get(&self, field: Field) -> Option<&RawCell> {
        self.cells[slot(field)].as_ref()
    }

    /// The field's text; empty when absent.
    pub fn text(&self, field: Field) -> &str {
        self.get(field).map_or("", |c| c.text.as_str())
    }

    /// The column a field was read from, or its canonical name.
    pub fn column(&self, field: Field) -> &str {
        self.get(field).map_or(field.as_str(), |c| &c.column)
    }

    /// A long-form record from one JSON object (keys matched like CSV
    /// headers; numbers, booleans and null accepted as values). Keys that
    /// are no field are ignored; a nested value is a problem.
    ///
    /// # Errors
    ///
    /// The [`Problem`] of a value that is an array or an object.
    pub fn from_json(value: &serde_json::Value) -> Result<RawRecord, Box<Problem>> {
        let file = Path::new("<json>");
        let location = Location::Record { index: 1, line: 1 };
        let serde_json::Value::Object(object) = value else {
            return Err(Box::new(Problem::new(ProblemKind::NotAnObject, file, location)));
        };
        let (names, cells, nested) = json_object_cells(object);
        if let Some(key) = nested.first() {
            return Err(Box::new(Problem::new(ProblemKind::NestedValue, file, location).with_column(*key)));
        }
        let mut record = RawRecord::new(file, location);
        for (name, text) in names.into_iter().zip(cells) {
            if let (Some(field), Some(text)) = (Field::from_header(name), text) {
                record.set_cell(field, RawCell { column: Arc::from(name), text });
            }
        }
        Ok(record)
    }
}

/// Which file a table is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TableKind {
    Enrolments,
    Observations,
}

/// How observation rows are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Form {
    /// One row per answer: `indicator` and `value` columns (canonical).
    Long,
    /// One row per person and wave, one column per indicator id.
    Wide,
}

impl Form {
    /// `long` or `wide`.
    pub fn as_str(self) -> &'static str {
        match self {
            Form::Long => "long",
            Form::Wide => "wide",
        }
    }
}

/// The enrolment columns: the first seven fields, in BRIEF section 5's order.
const ENROLMENT_FIELDS: &[Field] = Field::ALL.split_at(7).0;
const ENROLMENT_REQUIRED: &[Field] = &[Field::Organisation, Field::Beneficiary, Field::EntryDate];
const LONG_FIELDS: &[Field] = &[
    Field::Organisation,
    Field::Beneficiary,
    Field::Indicator,
    Field::Wave,
    Field::Date,
    Field::Value,
    Field::MissingReason,
];
const LONG_REQUIRED: &[Field] =
    &[Field::Organisation, Field::Beneficiary, Field::Indicator, Field::Wave, Field::Date, Field::Value];
const WIDE_FIELDS: &[Field] = &[Field::Organisation, Field::Beneficiary, Field::Wave, Field::Date];

/// What the columns of a header mean.
#[derive(Debug, Clone)]
pub(crate) struct Layout {
    names: Vec<Arc<str>>,
    roles: Vec<Role>,
    pub(crate) form: Option<Form>,
    /// False when required columns are missing or duplicated: rows are then
    /// counted and left out without further messages.
    pub(crate) usable: bool,
    /// Whether the header is that of a KoboToolbox or ODK Central export.
    pub(crate) export: bool,
}

/// Unknown columns warned of one by one; the rest are counted.
const SHOWN_UNKNOWN_COLUMNS: usize = 20;

/// Reads a header: what each column is, and the problems of the header
/// (missing, duplicated and unknown columns). Unknown columns are reported
/// once per file (`warned` remembers them across the headers of a JSON file).
pub(crate) fn analyse_header(
    kind: TableKind,
    set: Option<&ReferenceSet>,
    path: &Path,
    names: Vec<Arc<str>>,
    location: &Location,
    warned: &mut HashSet<String>,
) -> (Layout, Vec<Problem>) {
    let mut problems = Vec::new();
    // A form export names columns by group path and adds its own columns:
    // `keys` are the names matched (the question names), `None` for the
    // columns the export reader places itself.
    let export = ExportHeader::detect(&names, set);
    let keys: Vec<Option<&str>> = match &export {
        Some(e) => (0..names.len()).map(|i| e.key(i)).collect(),
        None => names.iter().map(|n| Some(&**n)).collect(),
    };
    let fields: Vec<Option<Field>> = keys.iter().map(|k| k.and_then(Field::from_header)).collect();
    let form = match kind {
        TableKind::Enrolments => None,
        TableKind::Observations => {
            let long = fields.iter().any(|f| matches!(f, Some(Field::Indicator | Field::Value)));
            let looks_wide = keys
                .iter()
                .zip(&fields)
                .any(|(k, f)| f.is_none() && k.is_some_and(|n| IndicatorId::new(normalise_header(n)).is_ok()));
            Some(if !long && looks_wide { Form::Wide } else { Form::Long })
        }
    };
    let (allowed, required) = match form {
        None => (ENROLMENT_FIELDS, ENROLMENT_REQUIRED),
        Some(Form::Long) => (LONG_FIELDS, LONG_REQUIRED),
        Some(Form::Wide) => (WIDE_FIELDS, WIDE_FIELDS),
    };
    let mut roles = Vec::with_capacity(names.len());
    let mut seen: HashMap<Role, usize> = HashMap::new();
    let mut reported: HashSet<String> = HashSet::new();
    let mut unknown_count = 0usize;
    let mut usable = true;
    for (i, (name, field)) in names.iter().zip(&fields).enumerate() {
        let Some(key) = keys[i] else {
            // A column the export reader places (see `kobo`).
            roles.push(export.as_ref().map_or(Role::Ignored, |e| e.role(i, set)));
            continue;
        };
        let role = match field {
            Some(f) if allowed.contains(f) => Role::Field(*f),
            _ if form == Some(Form::Wide) => {
                let id = normalise_header(key);
                let known = set.and_then(|s| s.registry().get(&id).map(|ind| ind.id().to_string()));
                match known {
                    Some(id) => Role::Indicator(id),
                    None if IndicatorId::new(id.clone()).is_ok() => {
                        let suggestion = set.and_then(|s| {
                            let ids = s.registry().ids();
                            closest(&id, ids.map(|i| i.as_str())).and_then(|c| IndicatorId::new(c).ok())
                        });
                        let kind = ProblemKind::UnknownIndicatorColumn { suggestion };
                        problems.push(Problem::new(kind, path, location.clone()).with_column(shown_name(name)));
                        reported.insert(name.to_string());
                        Role::Ignored
                    }
                    None => Role::Ignored,
                }
            }
            _ => Role::Ignored,
        };
        // Columns already reported (an unknown indicator) are not warned of
        // again; a set, not a scan of the problems, so that a header of a
        // million columns costs linear time.
        if role == Role::Ignored && !reported.contains(&**name) {
            if warned.insert(name.to_string()) {
                unknown_count += 1;
                if unknown_count > SHOWN_UNKNOWN_COLUMNS {
                    roles.push(role);
                    continue;
                }
                let kind = ProblemKind::UnusedColumn { field: *field, used: allowed.to_vec() };
                problems.push(Problem::new(kind, path, location.clone()).with_column(shown_name(name)));
            }
        } else if role != Role::Ignored {
            if let Some(first) = seen.get(&role) {
                usable = false;
                let first_name = shown_name(&names[*first]);
                let kind = ProblemKind::DuplicateColumn {
                    name: shown_name(name),
                    first: first_name,
                    first_position: first + 1,
                };
                problems.push(Problem::new(kind, path, location.clone()).with_column(shown_name(name)));
            } else {
                seen.insert(role.clone(), i);
            }
        }
        roles.push(role);
    }
    if unknown_count > SHOWN_UNKNOWN_COLUMNS {
        let more = unknown_count - SHOWN_UNKNOWN_COLUMNS;
        problems.push(Problem::new(ProblemKind::MoreUnknownColumns { more }, path, location.clone()));
    }
    let missing: Vec<Field> = required.iter().copied().filter(|f| !roles.contains(&Role::Field(*f))).collect();
    if !missing.is_empty() {
        usable = false;
        // The header of the other file: one error that says so, instead of
        // a warning per column.
        let (given_as, other, telling): (FileRole, &[Field], &[Field]) = match kind {
            TableKind::Enrolments => (
                FileRole::Enrolments,
                &[Field::Indicator, Field::Wave, Field::Date, Field::Value, Field::MissingReason],
                &[Field::Indicator, Field::Wave, Field::Value],
            ),
            TableKind::Observations => (
                FileRole::Observations,
                &[Field::EntryDate, Field::ExitDate, Field::AgeAtEntry, Field::Sex, Field::Service],
                &[Field::EntryDate, Field::ExitDate],
            ),
        };
        let found: Vec<Field> = other.iter().copied().filter(|f| fields.contains(&Some(*f))).collect();
        if found.iter().any(|f| telling.contains(f)) {
            let kind = ProblemKind::LooksLikeOtherFile { given_as, found };
            return (
                Layout { names, roles, form, usable, export: export.is_some() },
                vec![Problem::new(kind, path, location.clone())],
            );
        }
        problems.push(Problem::new(ProblemKind::MissingColumns { form, missing }, path, location.clone()));
    }
    if form == Some(Form::Wide) && !roles.iter().any(|r| matches!(r, Role::Indicator(_))) {
        usable = false;
    }
    (Layout { names, roles, form, usable, export: export.is_some() }, problems)
}

impl Layout {
    /// Gives `emit` the records of one row: one for an enrolment or a long-form answer;
    /// one per filled indicator cell in wide form (an empty cell there means
    /// "not collected", not a missing answer).
    pub(crate) fn records(
        &self,
        path: &Arc<Path>,
        location: &Location,
        cells: Vec<Option<String>>,
        mut emit: impl FnMut(RawRecord),
    ) {
        let mut base = RawRecord { file: path.clone(), location: location.clone(), cells: Default::default() };
        let mut indicator_cells = Vec::new();
        let mut reasons: Vec<(&Arc<str>, &String, String)> = Vec::new();
        for ((name, role), cell) in self.names.iter().zip(&self.roles).zip(cells) {
            let Some(text) = cell else { continue };
            match role {
                Role::Field(f) => {
                    base.set_cell(*f, RawCell { column: name.clone(), text });
                }
                Role::Indicator(id) => indicator_cells.push((name, id, text)),
                Role::MissingReason(id) if !text.trim().is_empty() => reasons.push((name, id, text)),
                Role::MissingReason(_) | Role::FormVersion | Role::Ignored => {}
            }
        }
        if self.form != Some(Form::Wide) {
            emit(base);
            return;
        }
        // A cell is a record when it holds an answer, or when the form's
        // missing-reason question says why it holds none.
        for (name, id, text) in indicator_cells {
            let reason = reasons.iter().find(|(_, r, _)| *r == id);
            if text.trim().is_empty() && reason.is_none() {
                continue;
            }
            let mut r = base.clone();
            r.set_cell(Field::Indicator, RawCell { column: name.clone(), text: id.clone() });
            r.set_cell(Field::Value, RawCell { column: name.clone(), text });
            if let Some((column, _, why)) = reason {
                r.set_cell(Field::MissingReason, RawCell { column: (*column).clone(), text: why.clone() });
            }
            emit(r);
        }
    }
}

/// What a table yields: records (with the ordinal of their row), or problems.
#[derive(Debug)]
#[allow(clippy::large_enum_variant)] // Records are the common case; boxing them would cost more.
pub(crate) enum TableItem {
    Record { row: u64, record: RawRecord },
    Problem(Problem),
}

/// A file read as a table of raw records.
pub(crate) struct Table<'s> {
    path: Arc<Path>,
    source: Box<dyn Source>,
    kind: TableKind,
    set: Option<&'s ReferenceSet>,
    layout: Option<Layout>,
    warned: HashSet<String>,
    queue: std::collections::VecDeque<TableItem>,
    pub(crate) rows_read: u64,
    pub(crate) rows_left_out: u64,
    pub(crate) form: Option<Form>,
    header_line: Option<Location>,
    finished: bool,
    /// The waves of a form export already checked for lacking questions.
    export_waves: HashSet<crate::catalogue::Wave>,
    /// Whether the file has one header for all its rows (CSV, workbook),
    /// so that a column it lacks is lacking on every row.
    tabular: bool,
    /// The optional fields the header has no column for, once a tabular
    /// header is read.
    pub(crate) absent: Option<Vec<Field>>,
}

/// The optional enrolment fields whose absence changes the results: told
/// once for the file.
const TOLD_WHEN_ABSENT: &[Field] = &[Field::ExitDate, Field::AgeAtEntry];

impl<'s> Table<'s> {
    pub(crate) fn new(path: &Path, source: Box<dyn Source>, kind: TableKind, set: Option<&'s ReferenceSet>) -> Self {
        Table {
            path: Arc::from(path),
            source,
            kind,
            set,
            layout: None,
            warned: HashSet::new(),
            queue: Default::default(),
            rows_read: 0,
            rows_left_out: 0,
            form: None,
            header_line: None,
            finished: false,
            export_waves: HashSet::new(),
            tabular: false,
            absent: None,
        }
    }

    /// Says that the file has one header for all its rows (CSV, workbook),
    /// so that an optional column it lacks is told once for the file.
    pub(crate) fn tabular(mut self, tabular: bool) -> Self {
        self.tabular = tabular;
        self
    }

    pub(crate) fn next_item(&mut self) -> Option<TableItem> {
        loop {
            if let Some(item) = self.queue.pop_front() {
                return Some(item);
            }
            if self.finished {
                return None;
            }
            match self.source.next_event() {
                None => {
                    self.finished = true;
                    if let (Some(loc), 0) = (&self.header_line, self.rows_read) {
                        return Some(TableItem::Problem(Problem::new(
                            ProblemKind::HeaderOnly,
                            &self.path,
                            loc.clone(),
                        )));
                    }
                    return None;
                }
                Some(Event::Problem(p)) => {
                    if *p.location() != Location::File && p.is_error() && self.layout.is_some() {
                        self.rows_read += 1;
                        self.rows_left_out += 1;
                    }
                    return Some(TableItem::Problem(p));
                }
                Some(Event::Header { names, location }) => {
                    let (layout, problems) =
                        analyse_header(self.kind, self.set, &self.path, names, &location, &mut self.warned);
                    if self.form.is_none() {
                        self.form = layout.form;
                    }
                    if self.tabular && self.kind == TableKind::Enrolments && self.absent.is_none() && layout.usable {
                        let absent: Vec<Field> = ENROLMENT_FIELDS
                            .iter()
                            .copied()
                            .filter(|f| !layout.roles.contains(&Role::Field(*f)))
                            .collect();
                        let told: Vec<Field> =
                            absent.iter().copied().filter(|f| TOLD_WHEN_ABSENT.contains(f)).collect();
                        if !told.is_empty() {
                            let p = Problem::new(
                                ProblemKind::OptionalColumnsAbsent { missing: told },
                                &self.path,
                                location.clone(),
                            );
                            self.queue.push_back(TableItem::Problem(p));
                        }
                        self.absent = Some(absent);
                    }
                    self.header_line.get_or_insert(location);
                    self.layout = Some(layout);
                    self.queue.extend(problems.into_iter().map(TableItem::Problem));
                }
                Some(Event::Row { location, cells }) => {
                    self.rows_read += 1;
                    let Some(layout) = &self.layout else { continue };
                    if !layout.usable {
                        self.rows_left_out += 1;
                        continue;
                    }
                    let row = self.rows_read;
                    if let (true, Some(set)) = (layout.export, self.set) {
                        let told = &mut self.export_waves;
                        if let Some(p) = ExportHeader::lacking(set, &layout.roles, &cells, told, &self.path, &location)
                        {
                            self.queue.push_back(TableItem::Problem(p));
                        }
                    }
                    // The first record goes out at once when nothing waits
                    // before it (the common case: one record per row),
                    // without a trip through the queue.
                    let (queue, mut first) = (&mut self.queue, None);
                    layout.records(&self.path, &location, cells, |record| {
                        let item = TableItem::Record { row, record };
                        if first.is_none() && queue.is_empty() {
                            first = Some(item);
                        } else {
                            queue.push_back(item);
                        }
                    });
                    if first.is_some() {
                        return first;
                    }
                }
                // Only sources opened for rewriting give raw records.
                Some(Event::Raw { .. }) => continue,
            }
        }
    }
}
