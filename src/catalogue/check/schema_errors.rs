//! Checking a document against its published JSON Schema, and turning the
//! validator's errors into located problems (the words are the locale
//! layer's).
//!
//! The validator reports `oneOf`/`anyOf` failures as one error with the
//! errors of every branch inside. A person wants the branch they meant: the
//! one whose discriminator (the JSON type, or the `type` field of a measure)
//! matched. Only when no branch matched do we say which values would be
//! accepted.

use super::pointer::join;
use super::{Bound, CheckKind, Format, Problem};
use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::{ValidationError, Validator};
use serde_json::Value;
use std::path::Path;
use std::sync::OnceLock;

fn validator(format: Format) -> Result<&'static Validator, String> {
    static DEFINITION: OnceLock<Result<Validator, String>> = OnceLock::new();
    static MANIFEST: OnceLock<Result<Validator, String>> = OnceLock::new();
    static SROI_MODEL: OnceLock<Result<Validator, String>> = OnceLock::new();
    let (cell, schema): (_, fn() -> Value) = match format {
        Format::Definition => (&DEFINITION, crate::catalogue::definition_schema),
        Format::Manifest => (&MANIFEST, crate::catalogue::manifest_schema),
        Format::SroiModel => (&SROI_MODEL, crate::costs::model_schema),
    };
    cell.get_or_init(|| jsonschema::draft202012::new(&schema()).map_err(|e| e.to_string()))
        .as_ref()
        .map_err(Clone::clone)
}

/// Every schema problem of `doc`, one per distinct location.
pub(super) fn schema_problems(file: &Path, format: Format, doc: &Value) -> Vec<Problem> {
    let validator = match validator(format) {
        Ok(v) => v,
        Err(e) => {
            // Only a broken build of the crate gets here; say so rather than
            // pretending the file is fine.
            return vec![Problem::at(file, "", CheckKind::SchemaDoesNotCompile { reason: e })];
        }
    };
    let mut out = Vec::new();
    for error in validator.iter_errors(doc) {
        flatten(file, &error, &mut out);
    }
    out
}

fn flatten(file: &Path, error: &ValidationError<'_>, out: &mut Vec<Problem>) {
    let path = error.instance_path.as_str();
    match &error.kind {
        ValidationErrorKind::AnyOf { context } | ValidationErrorKind::OneOfNotValid { context } => {
            let live: Vec<&Vec<ValidationError<'static>>> =
                context.iter().filter(|branch| !rejected_by_discriminator(branch, path)).collect();
            let best = live.into_iter().min_by_key(|branch| {
                let mut n = Vec::new();
                for e in branch.iter() {
                    flatten(file, e, &mut n);
                }
                n.len()
            });
            match best {
                Some(branch) => {
                    for e in branch {
                        flatten(file, e, out);
                    }
                }
                None => out.push(expected_one_of(file, error, context)),
            }
        }
        _ => leaf(file, error, out),
    }
}

/// Whether a branch failed on what tells the branches apart: the JSON type
/// of the value, a constant (a unit variant), or a measure's `type` field.
fn rejected_by_discriminator(branch: &[ValidationError<'static>], path: &str) -> bool {
    branch.iter().any(|e| {
        let p = e.instance_path.as_str();
        match &e.kind {
            ValidationErrorKind::Type { .. } => p == path,
            ValidationErrorKind::Constant { .. } | ValidationErrorKind::Enum { .. } => {
                p == path || p.strip_prefix(path) == Some("/type")
            }
            _ => false,
        }
    })
}

/// The message when no branch fits: the constants that would have been
/// accepted, where they were expected.
fn expected_one_of(file: &Path, error: &ValidationError<'_>, context: &[Vec<ValidationError<'static>>]) -> Problem {
    let path = error.instance_path.as_str();
    let mut at = path.to_string();
    let mut found: Option<Value> = None;
    let mut accepted: Vec<String> = Vec::new();
    for e in context.iter().flatten() {
        let p = e.instance_path.as_str();
        let values: Vec<&Value> = match &e.kind {
            ValidationErrorKind::Constant { expected_value } => vec![expected_value],
            ValidationErrorKind::Enum { options } => options.as_array().map(|a| a.iter().collect()).unwrap_or_default(),
            _ => continue,
        };
        if p != path && p.strip_prefix(path) != Some("/type") {
            continue;
        }
        at = p.to_string();
        found = Some(e.instance.clone().into_owned());
        for v in values {
            let text = v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string());
            if !accepted.contains(&text) {
                accepted.push(text);
            }
        }
    }
    if accepted.is_empty() {
        // No constant to offer: the branches differ by JSON type only.
        let mut types: Vec<String> = Vec::new();
        for e in context.iter().flatten() {
            if let (ValidationErrorKind::Type { kind }, true) = (&e.kind, e.instance_path.as_str() == path) {
                for t in type_names(kind) {
                    if !types.contains(&t) {
                        types.push(t);
                    }
                }
            }
        }
        let kind = if types.is_empty() {
            CheckKind::SchemaOther { detail: shorten(&error.to_string()) }
        } else {
            CheckKind::WrongType { found: short_value(&error.instance), expected: types }
        };
        return Problem::at(file, path, kind);
    }
    let found = found.map(|v| short_value(&v)).unwrap_or_default();
    Problem::at(file, at, CheckKind::NotAccepted { found, expected: accepted })
}

fn leaf(file: &Path, error: &ValidationError<'_>, out: &mut Vec<Problem>) {
    let path = error.instance_path.as_str();
    let found = short_value(&error.instance);
    let out_of_bounds =
        |bound: Bound, limit: &Value| CheckKind::OutOfBounds { found: found.clone(), bound, limit: limit.to_string() };
    let kind = match &error.kind {
        ValidationErrorKind::Required { property } => {
            let property = property.as_str().unwrap_or_default();
            out.push(Problem::at(file, join(path, property), CheckKind::MissingField));
            return;
        }
        ValidationErrorKind::AdditionalProperties { unexpected }
        | ValidationErrorKind::UnevaluatedProperties { unexpected } => {
            for u in unexpected {
                let kind = CheckKind::UnknownField { field: u.clone(), parent: path.to_string() };
                out.push(Problem::at(file, join(path, u), kind));
            }
            return;
        }
        ValidationErrorKind::Type { kind } => CheckKind::WrongType { found, expected: type_names(kind) },
        ValidationErrorKind::Minimum { limit } => out_of_bounds(Bound::Minimum, limit),
        ValidationErrorKind::Maximum { limit } => out_of_bounds(Bound::Maximum, limit),
        ValidationErrorKind::ExclusiveMinimum { limit } => out_of_bounds(Bound::ExclusiveMinimum, limit),
        ValidationErrorKind::ExclusiveMaximum { limit } => out_of_bounds(Bound::ExclusiveMaximum, limit),
        ValidationErrorKind::MinItems { limit } => CheckKind::TooFewEntries { min: *limit },
        ValidationErrorKind::MinLength { .. } => CheckKind::EmptyValue,
        ValidationErrorKind::Pattern { pattern } => CheckKind::PatternMismatch { found, pattern: pattern.clone() },
        ValidationErrorKind::Constant { expected_value } => {
            CheckKind::NotAccepted { found, expected: vec![short_value(expected_value)] }
        }
        ValidationErrorKind::Enum { options } => {
            let expected = options
                .as_array()
                .map(|a| a.iter().map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string)).collect())
                .unwrap_or_else(|| vec![options.to_string()]);
            CheckKind::NotAccepted { found, expected }
        }
        _ => CheckKind::SchemaOther { detail: shorten(&error.to_string()) },
    };
    out.push(Problem::at(file, path, kind));
}

fn type_names(kind: &TypeKind) -> Vec<String> {
    match kind {
        TypeKind::Single(t) => vec![t.to_string()],
        TypeKind::Multiple(ts) => ts.iter().map(|t| t.to_string()).collect(),
    }
}

/// A value as JSON, cut to a readable length; objects and lists by their
/// JSON type alone (`object`, `array`), which the locale layer names.
pub(super) fn short_value(v: &Value) -> String {
    match v {
        Value::Object(_) => "{…}".to_string(),
        Value::Array(_) => "[…]".to_string(),
        other => shorten(&other.to_string()),
    }
}

fn shorten(s: &str) -> String {
    const MAX: usize = 80;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(MAX).collect::<String>())
    }
}
