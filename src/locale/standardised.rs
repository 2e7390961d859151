//! The words of the comparison standardised on age band and sex, beside
//! the raw funnel. Each language's words are in its `standardised.ftl`.

use super::messages::{fixed_texts, messages, say, Messages};
use super::numbers::int;
use super::Lang;
use crate::catalogue::StandardiseFactor;
use crate::report::NotStandardised;

/// The words of the standardised comparison, in one language.
#[derive(Clone, Copy)]
pub(crate) struct StandardisedWords {
    m: &'static Messages,
    lang: Lang,
}

/// The words of the standardised comparison in `lang`.
pub(crate) fn standardised(lang: Lang) -> StandardisedWords {
    StandardisedWords { m: messages(lang), lang }
}

impl StandardisedWords {
    fixed_texts! {
        /// What standardisation does and does not correct.
        explain = "standardised-explain";
        /// Said instead of the table when no organisation has a figure.
        none = "standardised-none";
    }

    /// The heading: `Standardised on age band and sex`.
    pub(crate) fn heading(&self, factors: &[StandardiseFactor]) -> &'static str {
        let age = factors.contains(&StandardiseFactor::AgeBand);
        let sex = factors.contains(&StandardiseFactor::Sex);
        self.m.text(match (age, sex) {
            (true, false) => "standardised-heading-age-band",
            (false, true) => "standardised-heading-sex",
            _ => "standardised-heading-age-band-sex",
        })
    }

    /// When an organisation has no standardised figure (in the methods,
    /// once); `min_cell` as written.
    pub(crate) fn rule(&self, min_cell: &str) -> String {
        say!(self.m, "standardised-rule", min_cell)
    }

    /// The strata used, under the table: `bands` the set's age bands merged
    /// in each age group (`None`: age band not a factor), by sex or not.
    pub(crate) fn used(&self, bands: Option<u32>, sex: bool) -> String {
        let strata = match bands {
            Some(count) => {
                let bands = int(u64::from(count), self.lang);
                let id = if sex { "standardised-used-age-sex" } else { "standardised-used-age" };
                say!(self.m, id, count, bands)
            }
            None => self.m.text("standardised-used-sex").to_string(),
        };
        say!(self.m, "standardised-used", strata)
    }

    /// The table's caption.
    pub(crate) fn caption(&self, indicator: &str, at_wave: &str, network: &str) -> String {
        say!(self.m, "standardised-caption", indicator, at_wave, network)
    }

    /// Column headings: raw result, standardised result, interval.
    pub(crate) fn columns(&self) -> [&'static str; 3] {
        [
            self.m.text("standardised-raw"),
            self.m.text("standardised-standardised"),
            self.m.text("standardised-interval"),
        ]
    }

    /// Why there is no standardised figure, in a table cell.
    pub(crate) fn reason(&self, reason: NotStandardised) -> &'static str {
        self.m.text(match reason {
            NotStandardised::SmallStratum => "standardised-small-stratum",
            NotStandardised::MissingStratum => "standardised-missing-stratum",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_names_the_factors_and_the_minimum() {
        let en = standardised(Lang::En);
        assert_eq!(en.heading(&[StandardiseFactor::Sex]), "Standardised on sex");
        assert_eq!(
            en.heading(&[StandardiseFactor::AgeBand, StandardiseFactor::Sex]),
            "Standardised on age band and sex"
        );
        assert!(en.rule("11").contains("at least 11 people"));
        assert_eq!(en.used(Some(1), false), "Strata used here: the set's age bands.");
        assert_eq!(en.used(Some(2), true), "Strata used here: age groups of 2 of the set's adjacent bands, by sex.");
        assert_eq!(en.used(None, true), "Strata used here: sex.");
        let fr = standardised(Lang::Fr);
        assert!(fr.rule("11").contains("au moins 11 personnes"));
        assert_eq!(
            fr.used(Some(4), false),
            "Strates retenues ici\u{202f}: des groupes d'âge de 4 tranches voisines du référentiel."
        );
        assert_eq!(fr.reason(NotStandardised::MissingStratum), "Non calculé (une strate vide)");
    }
}
