//! Every word the crate shows a person, in each language it writes.
//!
//! Messages, report headings, sentences, glossary entries and number formats
//! live here and nowhere else: the rest of the crate carries *data* (what was
//! expected, where, which value) and asks this layer for the words.
//!
//! The words are in Project Fluent message files, `locale/<lang>/<topic>.ftl`,
//! embedded and read once per language by `messages.rs`. Each topic has one
//! Rust implementation for every language: a `Copy` struct holding the
//! language's messages, one method per phrase taking the data it needs and
//! building the message's arguments (for `summary`, `summary(lang)` returns
//! it). The topics: `numbers` (the number and date conventions), `spellings`
//! (the accepted names of waves, reasons and sexes), `summary` (the board
//! summary), `network` (the network commands and the member's opening),
//! `sroi` (avoided costs), `vocabulary` (the names of the definition
//! format's vocabularies), `report` (the outcome report's labels, sentences,
//! glossary and methods), `errors` (errors that stop a command),
//! `catalogue` (catalogue errors), `hardening` (file safety and limits),
//! `form` (collection tools), `check` (the definition checker), `ingest`
//! (reading and validation problems, the validation summary), `loading`
//! (definition files), `layout` (the fold of a scale's items),
//! `key_results`, `set_options` and `standardised`. English quotes the
//! names it cites with Rust's escapes, through the Fluent function
//! `QUOTED`. French follows its typography: a no-break space before `:`,
//! `;`, `?`, `!` and `%` (narrow before `%`), a decimal comma,
//! « guillemets », plurals agreed (`1 erreur`, `2 erreurs`), one term per
//! notion (*personne accompagnée*, *structure*, *vague de collecte*).
//!
//! Adding a language is a change to this folder only: a `Lang` variant and
//! one arm in `messages::message_files!`, with its folder of `.ftl` files.
//! The tests of `messages` check that every file parses, every language has
//! every message and reads every value any language shows, every id the code asks
//! for exists, and every variable a message reads is one the code passes.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub(crate) mod activity;
pub(crate) mod catalogue;
pub(crate) mod check;
pub(crate) mod errors;
pub(crate) mod form;
pub(crate) mod hardening;
pub(crate) mod ingest;
pub(crate) mod key_results;
pub(crate) mod layout;
pub(crate) mod loading;
pub(crate) mod messages;
pub mod network;
pub mod numbers;
pub(crate) mod served;
pub(crate) mod set_options;
pub(crate) mod spellings;
pub(crate) mod sroi;
pub(crate) mod standardised;
pub(crate) mod summary;
pub mod vocabulary;

pub(crate) use catalogue::catalogue;
pub(crate) use check::check;
pub(crate) use errors::errors;
pub(crate) use ingest::ingest;
pub(crate) use loading::loading;

/// The language of `std::fmt::Display` for the crate's errors and
/// problems: English, as Rust error chains are read. Programs that show
/// problems to people ask for a language instead (`render(lang)`).
pub(crate) const ERROR_LANG: Lang = Lang::En;

/// The language of the column names of a CSV template for French Excel
/// (`collection::TemplateStyle::excel_fr`).
pub(crate) const EXCEL_FR_HEADERS: Lang = Lang::Fr;

/// The text of `text` in `lang`.
pub(crate) fn pick(text: &crate::text::LocalizedText, lang: Lang) -> &str {
    match lang {
        Lang::Fr => &text.fr,
        Lang::En => &text.en,
    }
}
pub(crate) mod report;

/// A language the crate writes in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// French, the language of the pilots and the default for bundled sets.
    Fr,
    /// English.
    En,
}

impl Lang {
    /// Both languages, French first.
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// The place of the language in [`Lang::ALL`], for the tables built
    /// once per language.
    pub(crate) fn index(self) -> usize {
        match self {
            Lang::Fr => 0,
            Lang::En => 1,
        }
    }

    /// The ISO 639-1 code: `fr` or `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }
}

impl Default for Lang {
    /// French, the language of the pilots.
    fn default() -> Self {
        Lang::Fr
    }
}

display_as!(code: Lang);

impl std::str::FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "fr" | "fra" | "fre" | "french" | "francais" | "français" => Ok(Lang::Fr),
            "en" | "eng" | "english" | "anglais" => Ok(Lang::En),
            _ => Err(UnknownLang(s.to_string())),
        }
    }
}

/// The error for a language code that is neither French nor English.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language {0:?}: expected `fr` or `en`")]
pub struct UnknownLang(pub String);
