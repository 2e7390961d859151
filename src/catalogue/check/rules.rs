//! The rules a JSON Schema cannot express, checked on the raw JSON value so
//! that a document with one wrong field still gets every other rule.

use super::schema_errors::field_name;
use super::{Problem, Rule};
use crate::catalogue::{did_you_mean, Dimension, Wave};
use crate::ids::{IndicatorId, SetId, Version};
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

/// Escapes one JSON-pointer segment (RFC 6901).
pub(crate) fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

fn join(base: &str, segment: &str) -> String {
    format!("{base}/{}", escape(segment))
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

    fn push(&mut self, pointer: String, rule: Rule, message: String) {
        self.problems.push(Problem::at(self.file, pointer, rule, message));
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
                let hint = suggest(d, Dimension::ALL.iter().map(|x| x.as_str()));
                self.push(
                    join(base, "dimension"),
                    Rule::UnknownDimension,
                    format!("unknown dimension {d:?}: expected one of {}{hint}", Dimension::accepted()),
                );
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
                    self.push(
                        join(&join(base, "applies_to"), "min_age"),
                        Rule::MinNotBelowMax,
                        format!(
                            "applies_to.min_age {lo} is above applies_to.max_age {hi}: give the youngest age first"
                        ),
                    );
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
    /// as the loader refuses them.
    fn whole_numbers(&mut self, measure: &Map<String, Value>, at: &str) {
        let (fields, unsigned): (&[&str], bool) = match measure.get("type").and_then(Value::as_str) {
            Some("ordinal") => (&["min", "max", "positive_threshold"], false),
            Some("count") => (&["max"], true),
            _ => return,
        };
        for field in fields {
            let Some(Value::Number(n)) = measure.get(*field) else { continue };
            let fits = if unsigned { n.as_u64().is_some() } else { n.as_i64().is_some() };
            if !fits {
                let range =
                    if unsigned { "0 to 18446744073709551615" } else { "-9223372036854775808 to 9223372036854775807" };
                self.push(
                    join(at, field),
                    Rule::NumberOutOfRange,
                    format!("measure.{field} {n} is not a whole number the loader can hold: write a whole number from {range} (not -0, no decimal point)"),
                );
            }
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
                        self.push(
                            join(at, "min"),
                            Rule::MinNotBelowMax,
                            format!("measure.min {min} is not below measure.max {max}: the range needs min < max"),
                        );
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
            self.push(
                join(at, "min"),
                Rule::MinNotBelowMax,
                format!(
                    "measure.min {min} is not below measure.max {max}: a scale needs min < max, e.g. min 1 and max 10"
                ),
            );
        }
        if let Some(t) = measure.get("positive_threshold").and_then(Value::as_i64) {
            if min < max && !(min..=max).contains(&t) {
                self.push(
                    join(at, "positive_threshold"),
                    Rule::ThresholdOutsideScale,
                    format!(
                        "measure.positive_threshold {t} is outside the scale {min}..{max}: use a point of the scale"
                    ),
                );
            }
        }
        if let Some(levels) = measure.get("levels").and_then(Value::as_object) {
            for (key, text) in levels {
                let point = key.trim().parse::<i64>().ok();
                let at_level = join(&join(at, "levels"), key);
                if min < max && !point.is_some_and(|p| (min..=max).contains(&p)) {
                    self.push(
                        at_level.clone(),
                        Rule::LevelOutsideScale,
                        format!(
                            "measure.levels key {key:?} is not a point of the scale {min}..{max}: key each label by a whole number from {min} to {max}"
                        ),
                    );
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
                    self.push(
                        join(&at_cat, "code"),
                        Rule::InvalidId,
                        format!("category code {code:?} is not a valid code: use lowercase letters, digits and '_', starting with a letter or digit, e.g. street"),
                    );
                }
                match seen.get(code) {
                    Some(first) => self.push(
                        join(&at_cat, "code"),
                        Rule::DuplicateCategoryCode,
                        format!("category code {code:?} is used twice (also at {at_cats}/{first}/code): give each category its own code"),
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
            self.push(
                at_cats,
                Rule::NoPositiveCategory,
                "no category is positive: mark at least one category with \"positive\": true (otherwise the proportion positive is always 0)".to_string(),
            );
        }
    }

    fn composite(&mut self, def: &Map<String, Value>, base: &str, known: &Known) {
        let at_items = format!("{base}/composite/items");
        if let Some(own) = def.get("id").and_then(Value::as_str) {
            for (j, id) in composite_items(def) {
                if let Some(path) = cycle_through(own, id, known) {
                    self.push(
                        format!("{at_items}/{j}/indicator"),
                        Rule::CompositeCycle,
                        format!(
                            "composite {own:?} is one of its own items (through {}): a scale cannot be made of itself",
                            path.join(" → ")
                        ),
                    );
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
                self.push(
                    at,
                    Rule::CompositeDuplicateItem,
                    format!("composite item {id:?} is listed twice (also at {at_items}/{first}/indicator): list each item once"),
                );
                continue;
            }
            seen.insert(id, j);
            match known.get(id) {
                None => {
                    let hint = suggest(id, known.keys().map(String::as_str));
                    self.push(
                        at,
                        Rule::CompositeUnknownItem,
                        format!("composite item {id:?} is not an indicator of the catalogue: define it in a file checked with this one, or use a bundled indicator{hint}"),
                    );
                }
                Some(k) => match k.measure_type.as_deref() {
                    Some("ordinal") | None => {}
                    Some(other) => self.push(
                        at,
                        Rule::CompositeItemNotOrdinal,
                        format!("composite item {id:?} is a {other} indicator: the items of a scale must be ordinal (a bounded whole-number scale)"),
                    ),
                },
            }
        }
    }

    /// The rules of a set manifest that need no other file. `known` already
    /// holds the set's inline definitions.
    pub(super) fn manifest(&mut self, m: &Map<String, Value>, known: &Known) {
        if let Some(id) = m.get("id").and_then(Value::as_str) {
            if let Err(e) = SetId::new(id) {
                self.push("/id".into(), Rule::InvalidId, e.to_string());
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
            let id = match entry {
                Value::String(id) => {
                    if IndicatorId::new(id.as_str()).is_err() {
                        self.indicator_id(id, at.clone());
                        continue;
                    }
                    if !known.contains_key(id.as_str()) {
                        unknown += 1;
                    }
                    // A few are named (with a closest match), the rest counted:
                    // a manifest of 10,000 indicators stays quick to check.
                    if !known.contains_key(id.as_str()) && unknown <= SHOWN_UNKNOWN {
                        let hint = suggest(id, known.keys().map(String::as_str));
                        self.push(
                            at.clone(),
                            Rule::SetUnknownIndicator,
                            format!("indicator {id:?} is defined nowhere (not in the files checked, not in the bundled catalogue): add its definition file, or write the definition inline{hint}"),
                        );
                    }
                    id.as_str()
                }
                Value::Object(def) => {
                    self.definition(def, &at, known);
                    match def.get("id").and_then(Value::as_str) {
                        Some(id) => id,
                        None => continue,
                    }
                }
                _ => continue,
            };
            match members.get(id) {
                Some(first) => self.push(
                    at,
                    Rule::SetDuplicateIndicator,
                    format!("indicator {id:?} is listed twice (also at /indicators/{first}): list each indicator once"),
                ),
                None => {
                    members.insert(id, j);
                }
            }
        }
        if unknown > SHOWN_UNKNOWN {
            self.push(
                "/indicators".into(),
                Rule::SetUnknownIndicator,
                format!("and {} more indicators defined nowhere", unknown - SHOWN_UNKNOWN),
            );
        }
        for (id, j) in &members {
            let Some(k) = known.get(*id) else { continue };
            let missing: Vec<&str> = k
                .items
                .iter()
                .map(String::as_str)
                .filter(|i| known.contains_key(*i) && !members.contains_key(i))
                .collect();
            if !missing.is_empty() {
                self.push(
                    format!("/indicators/{j}"),
                    Rule::CompositeItemNotInSet,
                    format!(
                        "composite {id:?} uses items that are not in this set ({}): add them to indicators",
                        missing.join(", ")
                    ),
                );
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
                        let hint = suggest(ind, members.keys().copied());
                        self.push(
                            format!("{at}/indicator"),
                            Rule::TimeToEventNotInSet,
                            format!("time_to_event indicator {ind:?} is not in this set: name one of the set's indicators, or add it to indicators{hint}"),
                        );
                    }
                }
                self.text(tte.get("label"), format!("{at}/label"));
            }
        }
    }

    fn indicator_id(&mut self, id: &str, at: String) {
        if let Err(e) = IndicatorId::new(id) {
            self.push(at, Rule::InvalidId, e.to_string());
        }
    }

    fn version(&mut self, v: &Value, at: String) {
        if let Some(s) = v.as_str() {
            if Version::new(s).is_err() {
                self.push(
                    at,
                    Rule::NotSemver,
                    format!("version {s:?} is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.2.0)"),
                );
            }
        }
    }

    fn wave(&mut self, w: &Value, at: String) {
        if let Some(s) = w.as_str() {
            if !Wave::ALL.iter().any(|x| x.as_str() == s) {
                let hint = suggest(s, Wave::ALL.iter().map(|x| x.as_str()));
                self.push(
                    at,
                    Rule::UnknownWave,
                    format!("unknown wave {s:?}: expected one of {}{hint}", Wave::accepted()),
                );
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
        for (code, language) in [("fr", "French"), ("en", "English")] {
            let at_lang = join(&at, code);
            let problem = match obj.get(code) {
                None => "is missing",
                Some(Value::String(s)) if s.trim().is_empty() => "is blank",
                _ => continue,
            };
            let other = if code == "fr" { "English (en)" } else { "French (fr)" };
            self.push(
                at_lang.clone(),
                Rule::MissingText,
                format!(
                    "{} {problem}: write the text in {language} ({code}) as well as in {other}",
                    field_name(&at_lang)
                ),
            );
        }
    }
}

/// `" (did you mean \"x\"?)"` when a candidate is close, else nothing.
fn suggest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    let hint = did_you_mean(wanted, candidates);
    match hint.strip_prefix(": ") {
        Some(h) => format!(" ({h})"),
        None => hint,
    }
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
