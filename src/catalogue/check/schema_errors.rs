//! Checking a document against its published JSON Schema, and turning the
//! validator's errors into located messages for people.
//!
//! The validator reports `oneOf`/`anyOf` failures as one error with the
//! errors of every branch inside. A person wants the branch they meant: the
//! one whose discriminator (the JSON type, or the `type` field of a measure)
//! matched. Only when no branch matched do we say which values would be
//! accepted.

use super::{Problem, Rule};
use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::{ValidationError, Validator};
use serde_json::Value;
use std::path::Path;
use std::sync::OnceLock;

/// Which format a document is checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Format {
    /// An indicator definition file.
    Definition,
    /// A reference-set manifest.
    Manifest,
    /// An avoided-cost model (`impact-sroi-model/1`).
    SroiModel,
}

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
            return vec![Problem::at(file, "", Rule::Schema, format!("the published schema does not compile: {e}"))];
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
        let message = if types.is_empty() {
            shorten(&error.to_string())
        } else {
            let expected: Vec<String> = types.iter().map(|t| article(t)).collect();
            format!(
                "{} is {}, of the wrong type: expected {}",
                field_name(path),
                short_value(&error.instance),
                expected.join(" or ")
            )
        };
        return Problem::at(file, path, Rule::Schema, message);
    }
    let found = found.map(|v| short_value(&v)).unwrap_or_default();
    Problem::at(
        file,
        at.clone(),
        Rule::Schema,
        format!("{} {found} is not accepted: expected one of {}", field_name(&at), accepted.join(", ")),
    )
}

fn leaf(file: &Path, error: &ValidationError<'_>, out: &mut Vec<Problem>) {
    let path = error.instance_path.as_str();
    let instance = short_value(&error.instance);
    let name = field_name(path);
    let message = match &error.kind {
        ValidationErrorKind::Required { property } => {
            let property = property.as_str().unwrap_or_default();
            let at = format!("{path}/{}", super::rules::escape(property));
            out.push(Problem::at(
                file,
                at.clone(),
                Rule::Schema,
                format!("missing field {}: the format requires it", field_name(&at)),
            ));
            return;
        }
        ValidationErrorKind::AdditionalProperties { unexpected }
        | ValidationErrorKind::UnevaluatedProperties { unexpected } => {
            for u in unexpected {
                let at = format!("{path}/{}", super::rules::escape(u));
                out.push(Problem::at(
                    file,
                    at,
                    Rule::Schema,
                    format!(
                        "unknown field {u:?} in {}: remove it or check its spelling (`impact meta-schema` lists the fields)",
                        if path.is_empty() { "the document".to_string() } else { name.clone() }
                    ),
                ));
            }
            return;
        }
        ValidationErrorKind::Type { kind } => {
            let expected: Vec<String> = type_names(kind).iter().map(|t| article(t)).collect();
            format!("{name} is {instance}, of the wrong type: expected {}", expected.join(" or "))
        }
        ValidationErrorKind::Minimum { limit } => format!("{name} {instance} is below the minimum {limit}"),
        ValidationErrorKind::Maximum { limit } => format!("{name} {instance} is above the maximum {limit}"),
        ValidationErrorKind::ExclusiveMinimum { limit } => format!("{name} {instance} must be above {limit}"),
        ValidationErrorKind::ExclusiveMaximum { limit } => format!("{name} {instance} must be below {limit}"),
        ValidationErrorKind::MinItems { limit } => {
            format!(
                "{name} has too few entries: at least {limit} {}",
                if *limit == 1 { "is needed" } else { "are needed" }
            )
        }
        ValidationErrorKind::MinLength { .. } => format!("{name} is empty: write a value"),
        ValidationErrorKind::Pattern { pattern } => {
            format!("{name} {instance} is not written as expected: it must match the pattern {pattern}")
        }
        ValidationErrorKind::Constant { expected_value } => {
            format!("{name} {instance} is not accepted: expected {}", short_value(expected_value))
        }
        ValidationErrorKind::Enum { options } => {
            format!("{name} {instance} is not accepted: expected one of {options}")
        }
        _ => shorten(&error.to_string()),
    };
    out.push(Problem::at(file, path, Rule::Schema, message));
}

/// `measure.max` for `/measure/max`; `the document` for the root.
pub(super) fn field_name(pointer: &str) -> String {
    if pointer.is_empty() {
        return "the document".to_string();
    }
    pointer
        .trim_start_matches('/')
        .split('/')
        .map(|s| s.replace("~1", "/").replace("~0", "~"))
        .collect::<Vec<_>>()
        .join(".")
}

fn type_names(kind: &TypeKind) -> Vec<String> {
    match kind {
        TypeKind::Single(t) => vec![t.to_string()],
        TypeKind::Multiple(ts) => ts.iter().map(|t| t.to_string()).collect(),
    }
}

fn article(t: &str) -> String {
    match t.chars().next() {
        Some('a' | 'e' | 'i' | 'o' | 'u') => format!("an {t}"),
        _ => format!("a {t}"),
    }
}

/// A value as JSON, cut to a readable length.
pub(super) fn short_value(v: &Value) -> String {
    match v {
        Value::Object(_) => "an object".to_string(),
        Value::Array(_) => "a list".to_string(),
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
