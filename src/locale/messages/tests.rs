//! The message files are complete and consistent: they parse, every
//! language has every message with the same variables, every id the code
//! asks for exists, and a mistake shows in the text instead of panicking.

use super::{files, messages, Lang, TOPICS};
use fluent_bundle::FluentResource;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};

/// The variables a pattern uses.
fn variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                variables(&v.value, out);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, out);
            }
        }
        _ => {}
    }
}

/// Every message of `lang`, with the variables it uses.
fn catalogue(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut all = BTreeMap::new();
    for (topic, text) in files(lang) {
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
        for entry in resource.entries() {
            if let Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(value) = &m.value {
                    variables(value, &mut vars);
                }
                let fresh = all.insert(m.id.name.to_string(), vars).is_none();
                assert!(fresh, "{}/{topic}.ftl: {} is defined twice", lang.code(), m.id.name);
            }
        }
    }
    all
}

#[test]
fn every_message_file_parses() {
    assert!(!TOPICS.is_empty());
    for lang in Lang::ALL {
        assert_eq!(messages(lang).problems, Vec::<String>::new(), "{lang}");
        for (topic, text) in files(lang) {
            assert!(FluentResource::try_new(text.to_string()).is_ok(), "{}/{topic}.ftl", lang.code());
        }
    }
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let reference = catalogue(Lang::Fr);
    assert!(reference.len() > 10);
    for lang in Lang::ALL {
        let other = catalogue(lang);
        let missing: Vec<_> = reference.keys().filter(|id| !other.contains_key(*id)).collect();
        let extra: Vec<_> = other.keys().filter(|id| !reference.contains_key(*id)).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{lang}: missing {missing:?}, not in French {extra:?}");
        for (id, vars) in &reference {
            assert_eq!(&other[id], vars, "{lang}: the variables of {id}");
        }
    }
}

/// The ids named in the Rust code of the locale layer: the first string of
/// each `text(`, `keyed(` and `say!(` call.
fn ids_in_code() -> Vec<(String, bool)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/locale");
    let mut found = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("src/locale") {
        let path = entry.expect("entry").path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let code = std::fs::read_to_string(&path).expect("source");
        for (call, prefix) in [(".text(\"", false), (".keyed(\"", true), ("say!(", false)] {
            for (at, _) in code.match_indices(call) {
                let rest = &code[at + call.len()..];
                let rest = if call == "say!(" {
                    match rest.find('"') {
                        Some(q) if !rest[..q].contains(';') => &rest[q + 1..],
                        _ => continue,
                    }
                } else {
                    rest
                };
                if let Some(end) = rest.find('"') {
                    found.push((rest[..end].to_string(), prefix));
                }
            }
        }
    }
    found
}

#[test]
fn every_id_the_code_asks_for_exists() {
    let ids = ids_in_code();
    assert!(ids.contains(&("numbers-date".to_string(), false)), "{ids:?}");
    for lang in Lang::ALL {
        let known = catalogue(lang);
        for (id, prefix) in &ids {
            let exists =
                if *prefix { known.keys().any(|k| k.starts_with(&format!("{id}-"))) } else { known.contains_key(id) };
            assert!(exists, "{lang}: no message {id}{}", if *prefix { "-…" } else { "" });
        }
    }
}

#[test]
fn a_missing_message_or_argument_shows_and_does_not_panic() {
    let m = messages(Lang::Fr);
    assert_eq!(m.text("no-such-message"), "{no-such-message}");
    assert_eq!(m.say("no-such-message", &[]), "{no-such-message}");
    assert_eq!(m.keyed("no-such", "key"), "{no-such-key}");
    // numbers-date needs $day, $month and $year.
    let text = m.say("numbers-date", &[]);
    assert!(text.contains("{$year}"), "{text}");
}
