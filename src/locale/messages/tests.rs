//! The message files are complete and consistent: they parse, every
//! language has every message and reads what any language shows in it, every id the code
//! asks for exists, and a mistake shows in the text instead of panicking.

use super::{files, messages, Lang, TOPICS};
use fluent_bundle::FluentResource;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};

/// The variables a message uses: those it shows (placed in the text, or
/// passed to a function) and those it only chooses on (selectors).
#[derive(Debug, Default, PartialEq, Eq)]
struct Variables {
    shown: BTreeSet<String>,
    chosen: BTreeSet<String>,
}

impl Variables {
    /// Every variable the message reads.
    fn all(&self) -> BTreeSet<&String> {
        self.shown.iter().chain(&self.chosen).collect()
    }
}

fn variables(pattern: &Pattern<&str>, out: &mut Variables) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut Variables) {
    match expression {
        Expression::Select { selector, variants } => {
            if let InlineExpression::VariableReference { id } = selector {
                out.chosen.insert(id.name.to_string());
            } else {
                inline_variables(selector, out);
            }
            for v in variants {
                variables(&v.value, out);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut Variables) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.shown.insert(id.name.to_string());
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
fn catalogue(lang: Lang) -> BTreeMap<String, Variables> {
    let mut all = BTreeMap::new();
    for (topic, text) in files(lang) {
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
        for entry in resource.entries() {
            if let Entry::Message(m) = entry {
                let mut vars = Variables::default();
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

/// Every language has every message, and a value one language shows is
/// read by every language, shown or chosen on (a language may choose on a
/// variable another has no use for: French agrees a verb with a count that
/// English leaves alone; and one may show the code of a wave where another
/// shows its name, choosing on the other).
#[test]
fn every_language_has_every_message_reading_what_any_shows() {
    let catalogues: Vec<_> = Lang::ALL.into_iter().map(|lang| (lang, catalogue(lang))).collect();
    let reference = &catalogues[0].1;
    assert!(reference.len() > 10);
    for (lang, other) in &catalogues {
        let missing: Vec<_> = reference.keys().filter(|id| !other.contains_key(*id)).collect();
        let extra: Vec<_> = other.keys().filter(|id| !reference.contains_key(*id)).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{lang}: missing {missing:?}, not in French {extra:?}");
    }
    for id in reference.keys() {
        let shown: BTreeSet<&String> = catalogues.iter().flat_map(|(_, c)| &c[id].shown).collect();
        for (lang, c) in &catalogues {
            let read = c[id].all();
            let unread: Vec<_> = shown.iter().filter(|v| !read.contains(*v)).collect();
            assert!(unread.is_empty(), "{lang}: {id} does not read {unread:?}, which another language shows");
        }
    }
}

/// The Rust code of the locale layer, file by file.
fn locale_code() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/locale");
    let mut code = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("src/locale") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "rs") {
            code.push(std::fs::read_to_string(&path).expect("source"));
        }
    }
    code
}

/// The ids named in the Rust code of the locale layer: the first string of
/// each `text(`, `keyed(` and `say!(` call.
fn ids_in_code() -> Vec<(String, bool)> {
    let mut found = Vec::new();
    for code in locale_code() {
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
        // `fixed_texts! { /// doc \n name = "id"; ... }`: each `= "id";`.
        for (at, _) in code.match_indices("fixed_texts! {") {
            let body = &code[at..];
            let body = &body[..body.find("\n    }").unwrap_or(body.len())];
            for line in body.lines().map(str::trim).filter(|l| !l.starts_with("///")) {
                if let Some(id) = line.split_once("= \"").and_then(|(_, rest)| rest.strip_suffix("\";")) {
                    found.push((id.to_string(), false));
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
    assert!(ids.contains(&("summary-kind".to_string(), false)), "{ids:?}");
    for lang in Lang::ALL {
        let known = catalogue(lang);
        for (id, prefix) in &ids {
            let exists =
                if *prefix { known.keys().any(|k| k.starts_with(&format!("{id}-"))) } else { known.contains_key(id) };
            assert!(exists, "{lang}: no message {id}{}", if *prefix { "-…" } else { "" });
        }
    }
}

/// The `say!` calls of the locale layer's Rust code: the id and the names
/// of the arguments passed.
fn say_calls_in_code() -> Vec<(String, BTreeSet<String>)> {
    let mut found = Vec::new();
    for code in locale_code() {
        for (at, _) in code.match_indices("say!(") {
            let rest = &code[at + "say!(".len()..];
            let Some(q) = rest.find('"').filter(|q| !rest[..*q].contains(';')) else { continue };
            let rest = &rest[q + 1..];
            let (Some(end), Some(close)) = (rest.find('"'), rest.find(')')) else { continue };
            let args = rest[end + 1..close].split(',').map(str::trim).filter(|a| !a.is_empty());
            found.push((rest[..end].to_string(), args.map(String::from).collect()));
        }
    }
    found
}

/// Every variable a message reads, in any language, is one the code
/// passes, and every argument the code passes is read by some language;
/// a message the code asks for with `text` reads none.
#[test]
fn every_variable_is_passed_and_every_argument_read() {
    let calls = say_calls_in_code();
    assert!(calls.iter().any(|(id, args)| id == "numbers-date" && args.contains("year")), "{calls:?}");
    let catalogues: Vec<_> = Lang::ALL.into_iter().map(|lang| (lang, catalogue(lang))).collect();
    for (id, args) in &calls {
        let mut read = BTreeSet::new();
        for (lang, known) in &catalogues {
            let Some(vars) = known.get(id) else { continue };
            let unknown: Vec<_> = vars.all().into_iter().filter(|v| !args.contains(*v)).collect();
            assert!(unknown.is_empty(), "{lang}: {id} reads {unknown:?}, which the code does not pass");
            read.extend(vars.all());
        }
        let unread: Vec<_> = args.iter().filter(|a| !read.contains(a)).collect();
        assert!(unread.is_empty(), "{id}: no language reads {unread:?}");
    }
    for (id, _) in ids_in_code().iter().filter(|(_, prefix)| !prefix) {
        if calls.iter().any(|(said, _)| said == id) {
            continue;
        }
        for (lang, known) in &catalogues {
            let reads = known.get(id).map(Variables::all).unwrap_or_default();
            assert!(reads.is_empty(), "{lang}: {id} is asked for without arguments but reads {reads:?}");
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
