//! The rules a JSON Schema cannot express, checked on the raw JSON value so
//! that a document with one wrong field still gets every other rule.

use super::pointer::join;
use super::{CheckKind, Problem};
use crate::catalogue::entry::{self, Form};
use crate::catalogue::{Dimension, EntryProblem, Wave};
use crate::ids::{IndicatorId, SetId, Version};
use crate::locale::Lang;
use crate::text::closest;
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Unknown indicators of a manifest named one by one; the rest are counted.
const SHOWN_UNKNOWN: usize = 20;

/// What the checker knows of an indicator defined somewhere: enough to
/// resolve names and check composite items.
#[derive(Debug, Clone, Default)]
pub(super) struct KnownDefinition {
    /// The measure type (`ordinal`, ...), when the definition says.
    pub(super) measure_type: Option<String>,
    /// The items, when it is a composite.
    pub(super) items: Vec<String>,
}

/// Every indicator that can be named: the files checked and the bundled
/// catalogue, the files winning when both define an id.
pub(super) type Known = BTreeMap<String, KnownDefinition>;

/// What a definition-file entry of a manifest names.
#[derive(Debug, Clone)]
pub(super) enum Target {
    /// Resolved, not read yet (while files are being read).
    Pending(Result<std::path::PathBuf, EntryProblem>),
    /// A definition (its id, when it has one), or a file whose own
    /// problems are reported in it.
    Definition(Option<String>),
    /// Not read, or not a definition.
    Refused(EntryProblem),
}

/// Reads what [`KnownDefinition`] needs from a definition's JSON.
pub(super) fn known_of(def: &Map<String, Value>) -> KnownDefinition {
    KnownDefinition {
        measure_type: def.get("measure").and_then(|m| m.get("type")).and_then(Value::as_str).map(str::to_string),
        items: composite_items(def).into_iter().map(|(_, id)| id.to_string()).collect(),
    }
}

fn composite_items(def: &Map<String, Value>) -> Vec<(usize, &str)> {
    let items = def.get("composite").and_then(|c| c.get("items")).and_then(Value::as_array);
    items
        .into_iter()
        .flatten()
        .enumerate()
        .filter_map(|(j, item)| item.get("indicator").and_then(Value::as_str).map(|id| (j, id)))
        .collect()
}

/// The items leading from `item` back to `own`, when composites loop.
/// Each indicator is visited once, so a loop elsewhere cannot hang it.
pub(super) fn cycle_through(own: &str, item: &str, known: &Known) -> Option<Vec<String>> {
    let mut visited = BTreeSet::new();
    let mut stack = vec![(item.to_string(), vec![item.to_string()])];
    while let Some((id, path)) = stack.pop() {
        if id == own {
            return Some(path);
        }
        if !visited.insert(id.clone()) {
            continue;
        }
        for next in known.get(&id).map(|k| k.items.as_slice()).unwrap_or_default() {
            let mut p = path.clone();
            p.push(next.clone());
            stack.push((next.clone(), p));
        }
    }
    None
}

/// Collects problems for one file.
pub(super) struct Checker<'a> {
    file: &'a Path,
    /// The problems found so far.
    pub(super) problems: Vec<Problem>,
}

impl<'a> Checker<'a> {
    pub(super) fn new(file: &'a Path) -> Self {
        Checker { file, problems: Vec::new() }
    }

    fn push(&mut self, pointer: String, kind: CheckKind) {
        self.problems.push(Problem::at(self.file, pointer, kind));
    }

    /// The rules of one indicator definition found at `base` (`""` for a
    /// definition file, `/indicators/3` for an inline one).
    pub(super) fn definition(&mut self, def: &Map<String, Value>, base: &str, known: &Known) {
        if let Some(id) = def.get("id").and_then(Value::as_str) {
            self.indicator_id(id, join(base, "id"));
        }
        if let Some(v) = def.get("version") {
            self.version(v, join(base, "version"));
        }
        if let Some(d) = def.get("dimension").and_then(Value::as_str) {
            if !Dimension::ALL.iter().any(|x| x.as_str() == d) {
                let suggestion = suggest(d, Dimension::ALL.iter().map(|x| x.as_str()));
                self.push(join(base, "dimension"), CheckKind::UnknownDimension { found: d.to_string(), suggestion });
            }
        }
        if let Some(waves) = def.get("waves").and_then(Value::as_array) {
            for (i, w) in waves.iter().enumerate() {
                self.wave(w, format!("{}/{i}", join(base, "waves")));
            }
        }
        for field in ["label", "definition", "question"] {
            self.text(def.get(field), join(base, field));
        }
        self.optional_text(def.get("rationale"), join(base, "rationale"));
        if let Some(measure) = def.get("measure").and_then(Value::as_object) {
            self.measure(measure, &join(base, "measure"));
        }
        self.composite(def, base, known);
        if let Some(applies) = def.get("applies_to").and_then(Value::as_object) {
            let age = |k: &str| applies.get(k).and_then(Value::as_i64);
            if let (Some(lo), Some(hi)) = (age("min_age"), age("max_age")) {
                if lo > hi {
                    self.push(join(&join(base, "applies_to"), "min_age"), CheckKind::AgesReversed { min: lo, max: hi });
                }
            }
        }
        if let Some(refs) = def.get("references").and_then(Value::as_array) {
            for (i, r) in refs.iter().enumerate() {
                self.optional_text(r.get("label"), format!("{}/{i}/label", join(base, "references")));
            }
        }
    }

    /// Numbers the loader reads as whole numbers must be ones it can hold:
    /// `-0` (read as a fraction) and numbers past 64 bits are refused here
    /// by the loader's own check.
    fn whole_numbers(&mut self, measure: &Map<String, Value>, at: &str) {
        for found in crate::catalogue::numbers::measure(measure, at) {
            let kind = CheckKind::NumberOutOfRange { field: found.field, value: found.value, unsigned: found.unsigned };
            self.push(found.pointer, kind);
        }
    }

    fn measure(&mut self, measure: &Map<String, Value>, at: &str) {
        self.whole_numbers(measure, at);
        match measure.get("type").and_then(Value::as_str) {
            Some("binary") => {
                if let Some(labels) = measure.get("labels").and_then(Value::as_object) {
                    for k in ["yes", "no"] {
                        self.text(labels.get(k), join(&join(at, "labels"), k));
                    }
                }
            }
            Some("ordinal") => self.ordinal(measure, at),
            Some("categorical") => self.categorical(measure, at),
            Some("continuous") => {
                let (min, max) =
                    (measure.get("min").and_then(Value::as_f64), measure.get("max").and_then(Value::as_f64));
                if let (Some(min), Some(max)) = (min, max) {
                    if min >= max {
                        self.push(join(at, "min"), CheckKind::RangeReversed { min, max });
                    }
                }
            }
            _ => {}
        }
    }

    fn ordinal(&mut self, measure: &Map<String, Value>, at: &str) {
        let (Some(min), Some(max)) =
            (measure.get("min").and_then(Value::as_i64), measure.get("max").and_then(Value::as_i64))
        else {
            return;
        };
        if min >= max {
            self.push(join(at, "min"), CheckKind::ScaleReversed { min, max });
        }
        if let Some(t) = measure.get("positive_threshold").and_then(Value::as_i64) {
            if min < max && !(min..=max).contains(&t) {
                self.push(join(at, "positive_threshold"), CheckKind::ThresholdOutsideScale { threshold: t, min, max });
            }
        }
        if let Some(levels) = measure.get("levels").and_then(Value::as_object) {
            for (key, text) in levels {
                let point = key.trim().parse::<i64>().ok();
                let at_level = join(&join(at, "levels"), key);
                if min < max && !point.is_some_and(|p| (min..=max).contains(&p)) {
                    self.push(at_level.clone(), CheckKind::LevelOutsideScale { key: key.clone(), min, max });
                }
                self.text(Some(text), at_level);
            }
        }
    }

    fn categorical(&mut self, measure: &Map<String, Value>, at: &str) {
        let Some(categories) = measure.get("categories").and_then(Value::as_array) else {
            return;
        };
        let at_cats = join(at, "categories");
        let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
        for (j, cat) in categories.iter().enumerate() {
            let at_cat = format!("{at_cats}/{j}");
            if let Some(code) = cat.get("code").and_then(Value::as_str) {
                if !is_code(code) {
                    self.push(join(&at_cat, "code"), CheckKind::InvalidCategoryCode { code: code.to_string() });
                }
                match seen.get(code) {
                    Some(first) => self.push(
                        join(&at_cat, "code"),
                        CheckKind::DuplicateCategoryCode {
                            code: code.to_string(),
                            first: format!("{at_cats}/{first}/code"),
                        },
                    ),
                    None => {
                        seen.insert(code, j);
                    }
                }
            }
            self.text(cat.get("label"), join(&at_cat, "label"));
        }
        let any_positive = categories.iter().any(|c| c.get("positive").and_then(Value::as_bool) == Some(true));
        if !categories.is_empty() && !any_positive {
            self.push(at_cats, CheckKind::NoPositiveCategory);
        }
    }

    fn composite(&mut self, def: &Map<String, Value>, base: &str, known: &Known) {
        let at_items = format!("{base}/composite/items");
        if let Some(own) = def.get("id").and_then(Value::as_str) {
            for (j, id) in composite_items(def) {
                if let Some(path) = cycle_through(own, id, known) {
                    let kind = CheckKind::CompositeCycle { id: own.to_string(), through: path };
                    self.push(format!("{at_items}/{j}/indicator"), kind);
                }
            }
        }
        let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
        for (j, id) in composite_items(def) {
            let at = format!("{at_items}/{j}/indicator");
            if IndicatorId::new(id).is_err() {
                self.indicator_id(id, at);
                continue;
            }
            if let Some(first) = seen.get(id) {
                let first = format!("{at_items}/{first}/indicator");
                self.push(at, CheckKind::CompositeDuplicateItem { id: id.to_string(), first });
                continue;
            }
            seen.insert(id, j);
            match known.get(id) {
                None => {
                    let suggestion = suggest(id, known.keys().map(String::as_str));
                    self.push(at, CheckKind::CompositeUnknownItem { id: id.to_string(), suggestion });
                }
                Some(k) => match k.measure_type.as_deref() {
                    Some("ordinal") | None => {}
                    Some(other) => self.push(
                        at,
                        CheckKind::CompositeItemNotOrdinal { id: id.to_string(), measure: other.to_string() },
                    ),
                },
            }
        }
    }

    /// The rules of a set manifest. `known` already holds the set's inline
    /// definitions and those of its definition files; `files` says what
    /// each definition-file entry names.
    pub(super) fn manifest(&mut self, m: &Map<String, Value>, known: &Known, files: &BTreeMap<usize, Target>) {
        if let Some(id) = m.get("id").and_then(Value::as_str) {
            if let Err(e) = SetId::new(id) {
                self.push("/id".into(), CheckKind::InvalidId { reason: e.to_string() });
            }
        }
        if let Some(v) = m.get("version") {
            self.version(v, "/version".into());
        }
        self.text(m.get("title"), "/title".into());
        self.optional_text(m.get("description"), "/description".into());
        if let Some(change) = m.get("change").and_then(Value::as_object) {
            for k in ["from", "to"] {
                if let Some(w) = change.get(k) {
                    self.wave(w, format!("/change/{k}"));
                }
            }
        }
        if let Some(w) = m.get("comparison_wave") {
            self.wave(w, "/comparison_wave".into());
        }
        let entries = m.get("indicators").and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
        let mut members: BTreeMap<&str, usize> = BTreeMap::new();
        let mut unknown = 0usize;
        for (j, entry) in entries.iter().enumerate() {
            let at = format!("/indicators/{j}");
            let id = match entry::form(entry) {
                None => {
                    self.push(at, CheckKind::Entry { problem: entry::not_an_entry(entry) });
                    continue;
                }
                Some(Form::File(obj)) => match self.file_entry(obj, &at, files.get(&j)) {
                    Some(id) => id,
                    None => continue,
                },
                Some(Form::Id(id)) => {
                    if IndicatorId::new(id).is_err() {
                        self.indicator_id(id, at.clone());
                        continue;
                    }
                    if !known.contains_key(id) {
                        unknown += 1;
                    }
                    // A few are named (with a closest match), the rest counted:
                    // a manifest of 10,000 indicators stays quick to check.
                    if !known.contains_key(id) && unknown <= SHOWN_UNKNOWN {
                        let suggestion = suggest(id, known.keys().map(String::as_str));
                        self.push(at.clone(), CheckKind::SetUnknownIndicator { id: id.to_string(), suggestion });
                    }
                    id
                }
                Some(Form::Inline(def)) => {
                    self.definition(def, &at, known);
                    match def.get("id").and_then(Value::as_str) {
                        Some(id) => id,
                        None => continue,
                    }
                }
            };
            match members.get(id) {
                Some(first) => self.push(
                    at,
                    CheckKind::SetDuplicateIndicator { id: id.to_string(), first: format!("/indicators/{first}") },
                ),
                None => {
                    members.insert(id, j);
                }
            }
        }
        if unknown > SHOWN_UNKNOWN {
            self.push("/indicators".into(), CheckKind::MoreUnknownIndicators { more: unknown - SHOWN_UNKNOWN });
        }
        for (id, j) in &members {
            let Some(k) = known.get(*id) else { continue };
            let missing: Vec<String> = k
                .items
                .iter()
                .filter(|i| known.contains_key(i.as_str()) && !members.contains_key(i.as_str()))
                .cloned()
                .collect();
            if !missing.is_empty() {
                self.push(format!("/indicators/{j}"), CheckKind::CompositeItemNotInSet { id: id.to_string(), missing });
            }
        }
        if let Some(ttes) = m.get("time_to_event").and_then(Value::as_array) {
            for (k, tte) in ttes.iter().enumerate() {
                let at = format!("/time_to_event/{k}");
                if let Some(id) = tte.get("id").and_then(Value::as_str) {
                    self.indicator_id(id, format!("{at}/id"));
                }
                if let Some(ind) = tte.get("indicator").and_then(Value::as_str) {
                    if !members.contains_key(ind) {
                        let suggestion = suggest(ind, members.keys().copied());
                        self.push(
                            format!("{at}/indicator"),
                            CheckKind::TimeToEventNotInSet { id: ind.to_string(), suggestion },
                        );
                    }
                }
                self.text(tte.get("label"), format!("{at}/label"));
            }
        }
        self.set_options(m, &members);
    }

    /// The optional `age_bands`, `headline` and `standardise` of a manifest
    /// (their types and ranges are the schema's).
    fn set_options(&mut self, m: &Map<String, Value>, members: &BTreeMap<&str, usize>) {
        let bounds: Vec<(usize, u64)> = m
            .get("age_bands")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
            .filter_map(|(k, v)| v.as_u64().map(|b| (k, b)))
            .collect();
        if let Some(&(0, first)) = bounds.first() {
            if first != 0 {
                self.push("/age_bands/0".into(), CheckKind::AgeBandsFirstNotZero { first });
            }
        }
        for pair in bounds.windows(2) {
            let ((_, previous), (k, bound)) = (pair[0], pair[1]);
            if bound <= previous {
                self.push(format!("/age_bands/{k}"), CheckKind::AgeBandsNotIncreasing { bound, previous });
            }
        }
        let mut seen: BTreeMap<String, String> = BTreeMap::new();
        for field in ["headline", "standardise"] {
            let entries = m.get(field).and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
            for (k, entry) in entries.iter().enumerate() {
                let Some(text) = entry.as_str() else { continue };
                let at = format!("/{field}/{k}");
                if let Some(first) = seen.get(&format!("{field}/{text}")) {
                    self.push(at, CheckKind::RepeatedEntry { found: text.to_string(), first: first.clone() });
                    continue;
                }
                seen.insert(format!("{field}/{text}"), at.clone());
                if field == "headline" && IndicatorId::new(text).is_ok() && !members.contains_key(text) {
                    let suggestion = suggest(text, members.keys().copied());
                    self.push(at, CheckKind::HeadlineNotInSet { id: text.to_string(), suggestion });
                }
            }
        }
    }

    /// A definition-file entry at `at`: its only field is `file`, a text
    /// naming a definition file that is read. The id of its definition,
    /// when it has one.
    fn file_entry<'v>(&mut self, obj: &Map<String, Value>, at: &str, target: Option<&'v Target>) -> Option<&'v str> {
        for field in obj.keys().filter(|k| k.as_str() != entry::FILE_FIELD) {
            let kind = CheckKind::UnknownField { field: field.clone(), parent: at.to_string() };
            self.push(join(at, field), kind);
        }
        let at_file = join(at, entry::FILE_FIELD);
        let file = obj.get(entry::FILE_FIELD)?;
        if !file.is_string() {
            let found = match file {
                Value::Object(_) => "{…}".to_string(),
                Value::Array(_) => "[…]".to_string(),
                other => other.to_string(),
            };
            self.push(at_file, CheckKind::WrongType { found, expected: vec!["string".into()] });
            return None;
        }
        match target? {
            Target::Definition(id) => id.as_deref(),
            Target::Refused(problem) => {
                self.push(at_file, CheckKind::Entry { problem: problem.clone() });
                None
            }
            Target::Pending(_) => None,
        }
    }

    fn indicator_id(&mut self, id: &str, at: String) {
        if let Err(e) = IndicatorId::new(id) {
            self.push(at, CheckKind::InvalidId { reason: e.to_string() });
        }
    }

    fn version(&mut self, v: &Value, at: String) {
        if let Some(s) = v.as_str() {
            if Version::new(s).is_err() {
                self.push(at, CheckKind::NotSemver { version: s.to_string() });
            }
        }
    }

    fn wave(&mut self, w: &Value, at: String) {
        if let Some(s) = w.as_str() {
            if !Wave::ALL.iter().any(|x| x.as_str() == s) {
                let suggestion = suggest(s, Wave::ALL.iter().map(|x| x.as_str()));
                self.push(at, CheckKind::UnknownWave { found: s.to_string(), suggestion });
            }
        }
    }

    fn optional_text(&mut self, v: Option<&Value>, at: String) {
        if v.is_some_and(|v| !v.is_null()) {
            self.text(v, at);
        }
    }

    /// A bilingual text: both `fr` and `en`, neither blank. A missing text
    /// object is left to the schema (it names the missing field).
    fn text(&mut self, v: Option<&Value>, at: String) {
        let Some(obj) = v.and_then(Value::as_object) else { return };
        for lang in Lang::ALL {
            let blank = match obj.get(lang.code()) {
                None => false,
                Some(Value::String(s)) if s.trim().is_empty() => true,
                _ => continue,
            };
            self.push(join(&at, lang.code()), CheckKind::MissingText { lang, blank });
        }
    }
}

/// The closest candidate, when one is close.
fn suggest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    closest(wanted, candidates).map(str::to_string)
}

fn is_code(s: &str) -> bool {
    let mut c = s.chars();
    matches!(c.next(), Some('a'..='z' | '0'..='9')) && c.all(|c| matches!(c, 'a'..='z' | '0'..='9' | '_'))
}

/// Ids defined in more than one file: for each later file, the id and the
/// file that defined it first.
pub(super) fn duplicates<'v>(docs: impl Iterator<Item = (&'v Path, &'v str)>) -> Vec<(&'v Path, &'v str, &'v Path)> {
    let mut first: BTreeMap<&str, &Path> = BTreeMap::new();
    let mut dups = Vec::new();
    let mut seen_pairs: BTreeSet<(&Path, &str)> = BTreeSet::new();
    for (path, id) in docs {
        if !seen_pairs.insert((path, id)) {
            continue;
        }
        match first.get(id) {
            Some(other) => dups.push((path, id, *other)),
            None => {
                first.insert(id, path);
            }
        }
    }
    dups
}
