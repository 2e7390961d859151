//! How a word typed in a data file is compared with the words the crate
//! knows (wave names, missing reasons, column names): in lower case, without
//! accents, spaces, dashes and apostrophes read as `_`. So `Entrée`,
//! `ENTREE` and `entree` are one word, and `Après la sortie` is
//! `apres_la_sortie`.
//!
//! The published collection schemas accept the same spellings: their
//! patterns are built from the same letters ([`forms_of`]).

/// The accented letters of French and its neighbours, by base letter.
const ACCENTED: [(char, &str); 8] =
    [('a', "àáâãäå"), ('c', "ç"), ('e', "èéêë"), ('i', "ìíîï"), ('n', "ñ"), ('o', "òóôõö"), ('u', "ùúûü"), ('y', "ýÿ")];

/// The letter without its accent (lower-case letters only).
pub(crate) fn fold_accent(c: char) -> char {
    ACCENTED.iter().find(|(_, forms)| forms.contains(c)).map_or(c, |(base, _)| *base)
}

/// The accented lower-case forms of a base letter (`e` → `èéêë`); empty
/// for a letter that has none.
pub(crate) fn forms_of(base: char) -> &'static str {
    ACCENTED.iter().find(|(b, _)| *b == base).map_or("", |(_, forms)| forms)
}

/// Whether `word` is already in its compared form ([`key`] would give it
/// back unchanged): lower-case ASCII letters, digits and `/`, single `_`
/// between them. The common spellings of data files (`entry`, `follow_up`)
/// are, and are then compared without building the key.
pub(crate) fn is_key(word: &str) -> bool {
    let mut previous = b'_';
    !word.starts_with('_')
        && word.bytes().all(|b| {
            let ok = matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'/') || (b == b'_' && previous != b'_');
            previous = b;
            ok
        })
}

/// A word as compared: trimmed, lower case, accents removed, runs of
/// spaces, dashes and apostrophes turned into one `_`.
pub(crate) fn key(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.trim().chars().flat_map(char::to_lowercase) {
        if matches!(c, ' ' | '-' | '_' | '\'' | '’' | '\u{a0}' | '\u{202f}') {
            if !out.ends_with('_') {
                out.push('_');
            }
        } else {
            out.push(fold_accent(c));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_accents_and_separators_are_folded() {
        assert_eq!(key(" Entrée "), "entree");
        assert_eq!(key("ENTRÉE"), "entree");
        assert_eq!(key("Après la sortie"), "apres_la_sortie");
        assert_eq!(key("après-la  sortie"), "apres_la_sortie");
        assert_eq!(key("Refus de répondre"), "refus_de_repondre");
        assert_eq!(key("follow_up"), "follow_up");
        assert_eq!(forms_of('e'), "èéêë");
        assert_eq!(forms_of('z'), "");
    }

    #[test]
    fn words_already_in_key_form_are_told() {
        for word in ["entry", "follow_up", "n/a", "apres_la_sortie", "wave2"] {
            assert!(is_key(word), "{word}");
            assert_eq!(key(word), word);
        }
        for word in ["Entry", "follow__up", "_entry", " entry", "entrée", "après la sortie", "a-b"] {
            assert!(!is_key(word), "{word}");
        }
    }
}
