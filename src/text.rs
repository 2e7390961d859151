//! Bilingual text and the language a person reads.
//!
//! Every piece of text a respondent or a reader sees exists in French and in
//! English: the pilots are French, the research community reads English.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use crate::locale::{Lang, UnknownLang};

/// A text in French and English.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LocalizedText {
    /// French text.
    #[schemars(length(min = 1))]
    pub fr: String,
    /// English text.
    #[schemars(length(min = 1))]
    pub en: String,
}

impl LocalizedText {
    /// Builds a text from its French and English versions.
    pub fn new(fr: impl Into<String>, en: impl Into<String>) -> Self {
        LocalizedText { fr: fr.into(), en: en.into() }
    }

    /// The text in `lang`.
    ///
    /// ```
    /// use social_impact::{LocalizedText, Lang};
    /// let t = LocalizedText::new("Logement", "Housing");
    /// let english: Lang = "en".parse()?;
    /// assert_eq!(t.get(english), "Housing");
    /// # Ok::<(), social_impact::text::UnknownLang>(())
    /// ```
    pub fn get(&self, lang: Lang) -> &str {
        crate::locale::pick(self, lang)
    }

    /// The languages whose text is empty or only white space.
    pub fn missing(&self) -> Vec<Lang> {
        Lang::ALL.into_iter().filter(|l| self.get(*l).trim().is_empty()).collect()
    }
}

/// The closest of `candidates` to `wanted` within a small edit distance (a
/// third of the longer text, at least 2), for "did you mean" hints.
///
/// ```
/// use social_impact::text::closest;
/// assert_eq!(closest("excl.housing.situaton", ["excl.housing.situation", "excl.work.activity"]), Some("excl.housing.situation"));
/// assert_eq!(closest("nothing", ["excl.housing.situation"]), None);
/// ```
pub fn closest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (edit_distance(wanted, c), c))
        .filter(|(d, c)| *d <= (c.len().max(wanted.len()) / 3).max(2))
        .min()
        .map(|(_, c)| c)
}

/// Levenshtein distance between two short texts, in characters, for "did
/// you mean" hints. Only the first 200 characters of `a` are compared, so a
/// 10,000-character cell costs no more than a name.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().take(200).enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != *cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions() {
        assert_eq!(closest("t.housing.ladr", ["t.housing.ladder", "t.rights.coverage"]), Some("t.housing.ladder"));
        assert_eq!(closest("zzz", ["t.housing.ladder"]), None);
    }
}
