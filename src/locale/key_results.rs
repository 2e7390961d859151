//! The words of a set's key outcomes (its `headline` indicators) on the
//! first page when only their status can be shown: a figure at one wave,
//! without a change. Each language's words are in its `key_results.ftl`.

use super::messages::{fixed_texts, messages, say, Messages};
use super::Lang;

/// The words of a key outcome shown by its status alone, in one language.
#[derive(Clone, Copy)]
pub(crate) struct KeyResultWords {
    m: &'static Messages,
}

/// The words of key outcomes in `lang`.
pub(crate) fn key_results(lang: Lang) -> KeyResultWords {
    KeyResultWords { m: messages(lang) }
}

/// The facts of a status sentence, written in the report's language:
/// `value` (`41 %`), `n` (`1 022`, with `count` its number), `at_wave`
/// (`at exit`), `ci` (` (95 % CI ...)` with its leading space, or empty).
pub(crate) struct StatusFacts<'a> {
    pub(crate) value: &'a str,
    pub(crate) n: &'a str,
    pub(crate) count: u64,
    pub(crate) at_wave: &'a str,
    pub(crate) ci: &'a str,
}

impl KeyResultWords {
    fixed_texts! {
        /// The tag of a key outcome without a change: `Key outcome`.
        tag = "key-results-tag";
        /// The introduction of the first page's results when the set names
        /// key outcomes.
        intro = "key-results-intro";
    }

    /// Where the figure of the earlier wave would be: `no figure at entry`.
    pub(crate) fn no_figure(&self, at_wave: &str) -> String {
        say!(self.m, "key-results-no-figure", at_wave)
    }

    /// The sentence of a proportion: `41 % of the 1,022 people asked at
    /// exit were in “stable”`; `positive` is the verb phrase of the report.
    pub(crate) fn share(&self, f: &StatusFacts<'_>, positive: &str) -> String {
        let StatusFacts { value, n, count, at_wave, ci } = *f;
        say!(self.m, "key-results-share", value, n, count, at_wave, positive, ci)
    }

    /// The sentence of a mean; `scale` is ` on a scale from 1 to 10` or empty.
    pub(crate) fn mean(&self, f: &StatusFacts<'_>, scale: &str) -> String {
        let StatusFacts { value, n, count, at_wave, ci } = *f;
        say!(self.m, "key-results-mean", value, scale, n, count, at_wave, ci)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_says_a_status_with_its_base_and_plural() {
        let facts = |count: u64, n: &'static str| StatusFacts { value: "41 %", n, count, at_wave: "x", ci: "" };
        let fr = key_results(Lang::Fr);
        assert_eq!(
            fr.share(&facts(1022, "1\u{202f}022"), "étaient logés"),
            "41 % des 1\u{202f}022 personnes interrogées x étaient logés."
        );
        assert_eq!(fr.share(&facts(1, "1"), "étaient logés"), "41 % de la seule personne interrogée x étaient logés.");
        let en = key_results(Lang::En);
        assert_eq!(en.share(&facts(1, "1"), "were housed"), "41 % of the 1 person asked x were housed.");
        assert_eq!(
            en.mean(&facts(12, "12"), " on a scale from 1 to 5"),
            "On average 41 % on a scale from 1 to 5 for the 12 people asked x."
        );
        for lang in Lang::ALL {
            let w = key_results(lang);
            assert!(
                !w.tag().starts_with('{') && !w.intro().starts_with('{') && !w.no_figure("x").contains('{'),
                "{lang}"
            );
        }
    }
}
