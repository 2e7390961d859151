//! The words of who was served (the report's `served` section): people by
//! age band, sex and service at entry. Each language's words are in its
//! `served.ftl`.

use super::messages::{fixed_texts, messages, say, Messages};
use super::Lang;
use crate::report::ServedSex;

/// The words of who was served, in one language.
#[derive(Clone, Copy)]
pub(crate) struct ServedWords {
    m: &'static Messages,
}

/// The words of who was served in `lang`.
pub(crate) fn served(lang: Lang) -> ServedWords {
    ServedWords { m: messages(lang) }
}

impl ServedWords {
    fixed_texts! {
        /// Heading: "Who was served".
        title = "served-title";
        /// Caption of the table by age band.
        by_age = "served-by-age";
        /// Caption of the table by sex.
        by_sex = "served-by-sex";
        /// Caption of the table by service.
        by_service = "served-by-service";
        /// Column: everyone of the group.
        total = "served-total";
        /// The group of people whose age is unknown.
        age_unknown = "served-age-unknown";
        /// The group of people whose service is not recorded.
        service_unknown = "served-service-unknown";
        /// When the report holds no breakdown.
        absent = "served-absent";
    }

    /// What the tables show and what is hidden (`min_cell` written,
    /// `count` its value).
    pub(crate) fn intro(&self, (min_cell, count): (&str, u64)) -> String {
        say!(self.m, "served-intro", min_cell, count)
    }

    /// An age band: `under 18`, `18 to 24`, `65 and over`.
    pub(crate) fn band(&self, (from, to): (u32, Option<u32>)) -> String {
        match to {
            Some(last) if from == 0 => {
                let under = (last + 1).to_string();
                say!(self.m, "served-age-under", under)
            }
            Some(last) => {
                let (from, to) = (from.to_string(), last.to_string());
                say!(self.m, "served-age-range", from, to)
            }
            None => {
                let from = from.to_string();
                say!(self.m, "served-age-from", from)
            }
        }
    }

    /// A sex, `None` when not recorded.
    pub(crate) fn sex(&self, sex: Option<ServedSex>) -> &'static str {
        self.m.text(match sex {
            Some(ServedSex::Female) => "served-sex-female",
            Some(ServedSex::Male) => "served-sex-male",
            Some(ServedSex::Other) => "served-sex-other",
            None => "served-sex-unknown",
        })
    }

    /// Under a network's table: how many of its people are in groups
    /// hidden in their organisation (`people`, `total` written; `count`
    /// the value of `people`).
    pub(crate) fn network_hidden(&self, (people, count): (&str, u64), total: &str) -> String {
        say!(self.m, "served-network-hidden", people, count, total)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_read_as_ages_in_each_language() {
        let en = served(Lang::En);
        assert_eq!(en.band((0, Some(17))), "Under 18");
        assert_eq!(en.band((18, Some(24))), "18 to 24");
        assert_eq!(en.band((65, None)), "65 and over");
        let fr = served(Lang::Fr);
        assert_eq!(fr.band((0, Some(17))), "Moins de 18 ans");
        assert_eq!(fr.band((65, None)), "65 ans et plus");
        assert_eq!(fr.network_hidden(("1", 1), "40"), "Le réseau additionne les groupes que montre chaque structure\u{a0}: 1 personne sur 40 est dans un groupe masqué dans sa structure, et dans aucune colonne ici.");
    }
}
