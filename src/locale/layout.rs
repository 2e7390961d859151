//! The words of the report's layout: how the items of a composite scale
//! are folded under their scale. Each language's are in its `layout.ftl`.

use super::messages::{messages, say, Messages};
use super::Lang;

/// The layout's words in one language.
#[derive(Clone, Copy)]
pub(crate) struct LayoutWords {
    m: &'static Messages,
    lang: Lang,
}

/// The layout's words in `lang`.
pub(crate) fn layout(lang: Lang) -> LayoutWords {
    LayoutWords { m: messages(lang), lang }
}

impl LayoutWords {
    /// What the fold under a scale holds: "The scale's 6 items".
    pub(crate) fn scale_items(self, count: usize) -> String {
        let n = super::numbers::int(count as u64, self.lang);
        say!(self.m, "layout-scale-items", n, count)
    }

    /// How the fold opens, and that a printed report holds every item.
    pub(crate) fn items_hint(self) -> &'static str {
        self.m.text("layout-items-hint")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fold_says_how_many_items_it_holds() {
        assert_eq!(layout(Lang::En).scale_items(6), "The scale's 6 items");
        assert_eq!(layout(Lang::Fr).scale_items(6), "Les 6 questions de l'échelle");
        assert_eq!(layout(Lang::Fr).scale_items(1), "La question de l'échelle");
        assert!(!layout(Lang::Fr).items_hint().starts_with('{'));
    }
}
