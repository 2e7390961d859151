//! The message files of each language, read once into a Fluent bundle.
//!
//! Every word lives in a Project Fluent file, `locale/<code>/<topic>.ftl`
//! (embedded in the library), one message per phrase; the Rust code of a
//! topic asks for a message by its id and passes its data as Fluent
//! arguments. Plurals and the other choices a language makes are Fluent
//! selectors in the files: `{ $count -> [one] ... *[other] ... }` follows
//! the CLDR rules of the language (in French 0 and 1 are singular),
//! `[1]` matches the number exactly. Numbers are written by
//! [`numbers`](super::numbers) and passed as strings; where a plural
//! depends on one, the raw number comes as a separate argument.
//!
//! Fluent's own rules, which the files follow so that the text stays what
//! it was: blanks at the ends of a value are trimmed (a leading or trailing
//! space is written `{" "}`), a value is never empty (`{""}`), and `{`,
//! `}`, or `[`, `*`, `.` at the start of a continuation line are written as
//! string literals (`{"{"}`). No-break spaces are the characters themselves
//! (U+00A0, and U+202F before `%` and between thousands). No Unicode
//! isolation marks are put around arguments.
//!
//! Besides Fluent's own, one function: `QUOTED($x)`, the value between
//! straight double quotes with its quotes, backslashes and control
//! characters escaped as Rust's `{:?}` writes them, as English messages
//! quote a value read from a file (`unknown set "nope"`).
//!
//! A message missing from a file, or an argument missing from a call,
//! never panics: the text shows the id (`{report-footer}`) or the argument
//! (`{$name}`) instead, and the tests of this module catch both.

use super::Lang;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::HashMap;
use std::sync::{LazyLock, Mutex};

/// Each language's message files: `(topic, text)`. A third language adds
/// one arm, with its folder.
macro_rules! message_files {
    ($($topic:ident)*) => {
        /// The topics that have a message file in every language.
        #[cfg(test)]
        pub(crate) const TOPICS: &[&str] = &[$(stringify!($topic)),*];

        fn files(lang: Lang) -> Vec<(&'static str, &'static str)> {
            match lang {
                Lang::Fr => vec![$((stringify!($topic), include_str!(concat!("fr/", stringify!($topic), ".ftl")))),*],
                Lang::En => vec![$((stringify!($topic), include_str!(concat!("en/", stringify!($topic), ".ftl")))),*],
            }
        }
    };
}

message_files!(activity catalogue check errors form hardening ingest key_results layout loading network numbers report served set_options spellings sroi standardised summary vocabulary);

/// The messages of one language.
pub(crate) struct Messages {
    bundle: FluentBundle<FluentResource>,
    /// The text of every message that takes no argument, built once, so
    /// that words can be handed out as `&'static str`.
    fixed: HashMap<String, &'static str>,
    /// The fallbacks already handed out for missing ids (each leaked once).
    missing: Mutex<HashMap<String, &'static str>>,
    /// What went wrong reading the files (syntax errors, ids defined
    /// twice); empty when all is well, which a test checks.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) problems: Vec<String>,
}

/// The messages of `lang`, read on first use.
pub(crate) fn messages(lang: Lang) -> &'static Messages {
    static ALL: LazyLock<Vec<Messages>> = LazyLock::new(|| Lang::ALL.into_iter().map(Messages::read).collect());
    &ALL[lang.index()]
}

/// A value passed to a message: text, or a number a plural depends on.
pub(crate) trait Arg {
    /// The Fluent value.
    fn value(&self) -> FluentValue<'_>;
}

impl Arg for &str {
    fn value(&self) -> FluentValue<'_> {
        FluentValue::from(*self)
    }
}

impl Arg for String {
    fn value(&self) -> FluentValue<'_> {
        FluentValue::from(self.as_str())
    }
}

impl Arg for &String {
    fn value(&self) -> FluentValue<'_> {
        FluentValue::from(self.as_str())
    }
}

impl Arg for bool {
    /// `true` or `false`, for a selector.
    fn value(&self) -> FluentValue<'_> {
        FluentValue::from(if *self { "true" } else { "false" })
    }
}

impl Arg for f64 {
    /// A finite number; anything else as text, since plural rules need a
    /// finite number.
    fn value(&self) -> FluentValue<'_> {
        if self.is_finite() {
            FluentValue::from(*self)
        } else {
            FluentValue::from(self.to_string())
        }
    }
}

macro_rules! whole_args {
    ($($t:ty)*) => {$(
        impl Arg for $t {
            fn value(&self) -> FluentValue<'_> {
                FluentValue::from(*self)
            }
        }
    )*};
}
whole_args!(u32 u64 usize i64);

impl Messages {
    fn read(lang: Lang) -> Messages {
        let id = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        bundle.set_use_isolating(false);
        let mut problems = Vec::new();
        if let Err(e) = bundle.add_function("QUOTED", quoted) {
            problems.push(format!("{}: QUOTED: {e}", lang.code()));
        }
        let mut ids = Vec::new();
        for (topic, text) in files(lang) {
            let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(resource, errors)| {
                problems.extend(errors.iter().map(|e| format!("{}/{topic}.ftl: {e}", lang.code())));
                resource
            });
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    ids.push(m.id.name.to_string());
                }
            }
            if let Err(errors) = bundle.add_resource(resource) {
                problems.extend(errors.iter().map(|e| format!("{}/{topic}.ftl: {e}", lang.code())));
            }
        }
        let mut fixed = HashMap::new();
        for id in ids {
            let Some(pattern) = bundle.get_message(&id).and_then(|m| m.value()) else { continue };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, None, &mut errors);
            if errors.is_empty() {
                fixed.insert(id, &*Box::leak(text.into_owned().into_boxed_str()));
            }
        }
        Messages { bundle, fixed, missing: Mutex::new(HashMap::new()), problems }
    }

    /// The text of message `id`, which takes no argument.
    pub(crate) fn text(&self, id: &str) -> &'static str {
        self.fixed.get(id).copied().unwrap_or_else(|| self.fallback(id))
    }

    /// The text of message `<id>-<key>`: the words of one case of an enum
    /// (`report-wave-entry`).
    pub(crate) fn keyed(&self, id: &str, key: &str) -> &'static str {
        self.text(&format!("{id}-{key}"))
    }

    /// Message `id` with its arguments.
    pub(crate) fn say(&self, id: &str, args: &[(&str, &dyn Arg)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return self.fallback(id).to_string();
        };
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent_args.set(*name, value.value());
        }
        let mut errors = Vec::new();
        // An argument the message needs but was not given is written
        // `{$name}`: visible, and caught by the tests.
        self.bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned()
    }

    /// What stands for a message that is not in the files: its id in
    /// braces, as Fluent writes a missing reference.
    fn fallback(&self, id: &str) -> &'static str {
        let mut missing = self.missing.lock().unwrap_or_else(|e| e.into_inner());
        missing.entry(id.to_string()).or_insert_with(|| Box::leak(format!("{{{id}}}").into_boxed_str()))
    }
}

/// The Fluent function `QUOTED($x)`: the text between straight double
/// quotes, its quotes, backslashes and control characters escaped as in
/// Rust source (`"a \"b\""`), for a value read from a file.
fn quoted<'a>(positional: &[FluentValue<'a>], _named: &FluentArgs) -> FluentValue<'a> {
    match positional {
        [FluentValue::String(s)] => FluentValue::from(format!("{s:?}")),
        [FluentValue::Number(n)] => FluentValue::from(format!("{:?}", n.as_string())),
        _ => FluentValue::Error,
    }
}

/// Calls [`Messages::say`] with the arguments named as the variables:
/// `say!(m, "numbers-date", day, month, year)` passes `$day`, `$month` and `$year`.
macro_rules! say {
    ($m:expr, $id:expr $(, $arg:ident)* $(,)?) => {
        $m.say($id, &[$((stringify!($arg), &$arg as &dyn $crate::locale::messages::Arg)),*])
    };
}
pub(crate) use say;

/// Methods of a topic's words (a struct with a field `m: &'static
/// Messages`) that each return the text of a message taking no argument:
/// `fixed_texts! { /// doc \n kind = "summary-kind"; }` is
/// `pub(crate) fn kind(&self) -> &'static str { self.m.text("summary-kind") }`.
macro_rules! fixed_texts {
    ($($(#[$doc:meta])* $name:ident = $id:literal;)*) => {
        $($(#[$doc])* pub(crate) fn $name(&self) -> &'static str { self.m.text($id) })*
    };
}
pub(crate) use fixed_texts;

#[cfg(test)]
pub(crate) mod tests;
