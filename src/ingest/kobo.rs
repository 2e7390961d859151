//! Exports of the crate's forms from KoboToolbox and ODK Central, read as
//! wide-form observations.
//!
//! What such an export looks like (CSV with `;` or `,`, or XLSX):
//! - question columns named by the form's XML names, possibly behind group
//!   paths: `ids/organisation`, `excl.autonomy.scale/excl.autonomy.item_mail`
//!   (KoboToolbox joins groups with `/`, ODK Central with `-`);
//! - each indicator's missing-reason question beside it,
//!   `<indicator id>.missing_reason` ([`crate::collection::MISSING_SUFFIX`]);
//! - the tools' own columns (`_id`, `_uuid`, `_submission_time`, `_index`,
//!   `__version__`, `start`, `end`, `meta/instanceID`, `SubmissionDate`,
//!   `KEY`...) and the form's helpers (`age`, `form_version`), left out
//!   without a message.
//!
//! A header is read this way only when it looks like such an export (a tool
//! column, a group path or a missing-reason column), so that ordinary files
//! keep their messages about unknown columns.

use super::columns::Role;
use super::problem::{Location, Problem, ProblemKind};
use crate::catalogue::Wave;
use crate::collection::{FORM_HELPERS, FORM_VERSION, MISSING_SUFFIX};
use crate::set::ReferenceSet;
use std::collections::HashSet;
use std::path::Path;
use std::sync::Arc;

/// Columns KoboToolbox and ODK Central add to every export (compared in
/// lowercase, after the group path). Kobo's own columns also all start with
/// `_` (`_id`, `_uuid`, `__version__`...).
const TOOL_COLUMNS: &[&str] = &[
    "start",
    "end",
    "today",
    "deviceid",
    "username",
    "phonenumber",
    "simserial",
    "subscriberid",
    "audit",
    "instanceid",
    "instancename",
    "rootuuid",
    "deprecatedid",
    "uuid",
    "submissiondate",
    "key",
    "submitterid",
    "submittername",
    "attachmentspresent",
    "attachmentsexpected",
    "status",
    "reviewstate",
    "edits",
    "formversion",
];

/// What one column of an export is.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Column {
    /// A column of the tool or a helper of the form: left out silently.
    Tool,
    /// The set version the form was made from.
    FormVersion,
    /// Why an indicator's answer is missing.
    MissingReason(String),
    /// A question, by its name without the group path: matched like any
    /// header (record fields, indicator ids).
    Question(String),
}

/// The header of an export, column by column.
#[derive(Debug, Clone)]
pub(crate) struct ExportHeader {
    columns: Vec<Column>,
}

/// The last segment of a group path, cut at `/` (KoboToolbox) or, when
/// that leaves a name the form does not have, at `-` (ODK Central).
fn candidates(name: &str) -> impl Iterator<Item = &str> {
    let name = name.trim();
    let slash = name.rsplit('/').next().unwrap_or(name);
    let dash = slash.rsplit('-').next().unwrap_or(slash);
    [slash, dash].into_iter()
}

fn is_tool(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.starts_with('_') || TOOL_COLUMNS.contains(&lower.as_str())
}

fn is_question(name: &str, set: Option<&ReferenceSet>) -> bool {
    super::Field::from_header(name).is_some() || set.is_some_and(|s| s.registry().contains(name))
}

fn classify(name: &str, set: Option<&ReferenceSet>) -> Column {
    let mut fallback = None;
    for candidate in candidates(name) {
        if candidate == FORM_VERSION {
            return Column::FormVersion;
        }
        if let Some(id) = candidate.strip_suffix(MISSING_SUFFIX) {
            // `group-x.missing_reason` (ODK Central) is cut at `-` next.
            if set.is_none_or(|s| s.registry().contains(id)) {
                return Column::MissingReason(id.to_string());
            }
            continue;
        }
        // Before the record fields: the form's `age` is not `age_at_entry`.
        if FORM_HELPERS.contains(&candidate) {
            return Column::Tool;
        }
        if is_question(candidate, set) {
            return Column::Question(candidate.to_string());
        }
        if is_tool(candidate) {
            return Column::Tool;
        }
        fallback.get_or_insert(candidate);
    }
    Column::Question(fallback.unwrap_or(name).to_string())
}

impl ExportHeader {
    /// The header read as an export, when it looks like one.
    pub(crate) fn detect(names: &[Arc<str>], set: Option<&ReferenceSet>) -> Option<ExportHeader> {
        let looks_exported = names.iter().any(|n| {
            let n = n.trim();
            n.contains('/')
                || n.ends_with(MISSING_SUFFIX)
                || n.starts_with('_')
                || ["meta-instanceid", "submissiondate", "key"].contains(&n.to_ascii_lowercase().as_str())
        });
        looks_exported.then(|| ExportHeader { columns: names.iter().map(|n| classify(n, set)).collect() })
    }

    /// The name column `i` is matched by (its question name without the
    /// group path), or `None` for the columns read here: tool columns,
    /// form helpers and missing reasons, whose role [`Self::role`] gives.
    pub(crate) fn key(&self, i: usize) -> Option<&str> {
        match self.columns.get(i) {
            Some(Column::Question(name)) => Some(name),
            _ => None,
        }
    }

    /// The role of a column that is not a question (see [`Self::key`]).
    pub(crate) fn role(&self, i: usize, set: Option<&ReferenceSet>) -> Role {
        match self.columns.get(i) {
            Some(Column::MissingReason(id)) if set.is_none_or(|s| s.registry().contains(id)) => {
                Role::MissingReason(id.clone())
            }
            Some(Column::FormVersion) => Role::FormVersion,
            _ => Role::Ignored,
        }
    }

    /// The export's message for the first row of each wave: the questions
    /// of the set at that wave the form did not ask (an older form), with
    /// the form version the export says. `None` when nothing is lacking,
    /// the wave is unreadable (the row's own check says so) or already told.
    pub(crate) fn lacking(
        set: &ReferenceSet,
        roles: &[Role],
        cells: &[Option<String>],
        told: &mut HashSet<Wave>,
        path: &Path,
        location: &Location,
    ) -> Option<Problem> {
        let text_of = |wanted: &Role| {
            roles.iter().zip(cells).find(|(r, _)| *r == wanted).and_then(|(_, c)| c.as_deref()).unwrap_or("").trim()
        };
        let wave = Wave::from_data(text_of(&Role::Field(super::Field::Wave)))?;
        if !told.insert(wave) {
            return None;
        }
        let present: HashSet<&str> = roles
            .iter()
            .filter_map(|r| match r {
                Role::Indicator(id) => Some(id.as_str()),
                _ => None,
            })
            .collect();
        // A composite scale is never asked: its items are.
        let missing: Vec<String> = set
            .registry()
            .iter()
            .map(|i| i.definition())
            .filter(|d| d.waves.contains(&wave) && d.composite.is_none() && !present.contains(d.id.as_str()))
            .map(|d| d.id.to_string())
            .collect();
        if missing.is_empty() {
            return None;
        }
        let version = text_of(&Role::FormVersion);
        let set_version = set.version().to_string();
        let kind = ProblemKind::ExportLacksQuestions { wave, form_version: version.to_string(), set_version, missing };
        Some(Problem::new(kind, path, location.clone()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(names: &[&str]) -> Option<ExportHeader> {
        let set = crate::Catalogue::bundled().ok()?.reference_set("exclusion-2023").ok()?;
        let names: Vec<Arc<str>> = names.iter().map(|n| Arc::from(*n)).collect();
        ExportHeader::detect(&names, Some(&set))
    }

    #[test]
    fn kobo_and_odk_central_columns() {
        let names = [
            "start",
            "end",
            "ids/organisation",
            "group_x/excl.housing.situation",
            "excl.housing.situation.missing_reason",
            "excl.autonomy.scale-excl.autonomy.item_mail",
            "meta-instanceID",
            "meta/instanceID",
            "__version__",
            "_submission_time",
            "SubmissionDate",
            "KEY",
            "ids/age",
            "form_version",
            "comment",
        ];
        let h = header(&names).unwrap_or_else(|| panic!("an export header"));
        let keys: Vec<Option<&str>> = (0..names.len()).map(|i| h.key(i)).collect();
        assert_eq!(
            keys,
            [
                None,
                None,
                Some("organisation"),
                Some("excl.housing.situation"),
                None,
                Some("excl.autonomy.item_mail"),
                None,
                None,
                None,
                None,
                None,
                None,
                None,
                None,
                Some("comment"),
            ]
        );
        assert_eq!(h.role(4, None), Role::MissingReason("excl.housing.situation".into()));
        assert_eq!(h.role(13, None), Role::FormVersion);
        assert_eq!(h.role(0, None), Role::Ignored);
    }

    #[test]
    fn ordinary_headers_are_not_exports() {
        assert!(header(&["organisation", "beneficiary", "wave", "date", "excl.housing.situation"]).is_none());
    }
}
