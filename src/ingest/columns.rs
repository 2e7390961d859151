//! Column names: the fields the crate reads, and the names people give them.
//!
//! Headers are matched ignoring case, accents, surrounding spaces and the
//! difference between spaces, dashes and underscores, so `Date d'entrée`,
//! `DATE_ENTREE` and ` date-entree ` all mean `entry_date`.

/// A field of an enrolment or an observation record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Field {
    /// The organisation code (both files).
    Organisation,
    /// The raw beneficiary id (both files); pseudonymised on reading.
    Beneficiary,
    /// First day of support (enrolments).
    EntryDate,
    /// Last day of support, empty while it goes on (enrolments).
    ExitDate,
    /// Age in years at entry (enrolments).
    AgeAtEntry,
    /// Sex (enrolments).
    Sex,
    /// Service or scheme (enrolments).
    Service,
    /// The indicator id (long-form observations).
    Indicator,
    /// The wave (observations).
    Wave,
    /// The date of the observation.
    Date,
    /// The raw answer (long-form observations).
    Value,
    /// Why the answer is missing (observations).
    MissingReason,
}

impl Field {
    /// Every field: the seven enrolment columns first, then the observation
    /// columns (the readers take the enrolment columns as the first seven).
    pub const ALL: [Field; 12] = [
        Field::Organisation,
        Field::Beneficiary,
        Field::EntryDate,
        Field::ExitDate,
        Field::AgeAtEntry,
        Field::Sex,
        Field::Service,
        Field::Indicator,
        Field::Wave,
        Field::Date,
        Field::Value,
        Field::MissingReason,
    ];

    /// The canonical column name, as in BRIEF section 5.
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Organisation => "organisation",
            Field::Beneficiary => "beneficiary",
            Field::EntryDate => "entry_date",
            Field::ExitDate => "exit_date",
            Field::AgeAtEntry => "age_at_entry",
            Field::Sex => "sex",
            Field::Service => "service",
            Field::Indicator => "indicator",
            Field::Wave => "wave",
            Field::Date => "date",
            Field::Value => "value",
            Field::MissingReason => "missing_reason",
        }
    }

    /// Other names accepted for the column (after normalisation, see
    /// [`normalise_header`]), French ones first.
    pub fn aliases(self) -> &'static [&'static str] {
        match self {
            Field::Organisation => {
                &["organisme", "structure", "association", "organization", "org", "code_organisation", "etablissement"]
            }
            Field::Beneficiary => &[
                "beneficiaire",
                "personne",
                "id_beneficiaire",
                "id_personne",
                "beneficiary_id",
                "person",
                "person_id",
                "identifiant",
            ],
            Field::EntryDate => &["date_entree", "date_d_entree", "entree", "date_debut", "start_date", "entry"],
            Field::ExitDate => &["date_sortie", "date_de_sortie", "sortie", "date_fin", "end_date", "exit"],
            Field::AgeAtEntry => &["age", "age_entree", "age_a_l_entree", "age_a_entree"],
            Field::Sex => &["sexe", "genre", "gender"],
            Field::Service => &["dispositif"],
            Field::Indicator => &["indicateur", "indicator_id", "id_indicateur"],
            Field::Wave => &["vague", "temps", "temps_de_collecte"],
            Field::Date => &["date_observation", "date_collecte", "date_de_collecte", "observation_date"],
            Field::Value => &["valeur", "reponse", "answer"],
            Field::MissingReason => &[
                "motif_absence",
                "motif_d_absence",
                "raison_absence",
                "motif_manquant",
                "motif_de_non_reponse",
                "motif_non_reponse",
            ],
        }
    }

    /// Whether `self` is a date field.
    pub fn is_date(self) -> bool {
        matches!(self, Field::EntryDate | Field::ExitDate | Field::Date)
    }

    /// The field a header names, if any.
    pub fn from_header(header: &str) -> Option<Field> {
        let n = normalise_header(header);
        Field::ALL.into_iter().find(|f| f.as_str() == n || f.aliases().contains(&n.as_str()))
    }
}

display_as!(as_str: Field);

/// A header as compared: lowercase, accents removed, spaces, dashes and
/// apostrophes turned into `_`, runs of `_` collapsed, surrounding ones
/// removed. Dots are kept, so indicator ids stay as they are.
///
/// ```
/// use social_impact::ingest::normalise_header;
/// assert_eq!(normalise_header(" Date d'Entrée "), "date_d_entree");
/// assert_eq!(normalise_header("\u{feff}Bénéficiaire"), "beneficiaire");
/// ```
pub fn normalise_header(header: &str) -> String {
    let mut out = String::with_capacity(header.len());
    for c in header.chars().flat_map(char::to_lowercase) {
        let c = crate::spelling::fold_accent(c);
        if c.is_alphanumeric() || c == '.' {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('_') && !c.is_control() && c != '\u{feff}' {
            out.push('_');
        }
    }
    while out.ends_with('_') {
        out.pop();
    }
    out
}

/// Longest column name shown whole in a message; longer ones are cut.
const SHOWN_NAME_CHARS: usize = 60;

/// A column name (or JSON key) as shown in a message: control characters
/// escaped, cut after 60 characters with `…`, so that a 100 MB header cell
/// is never echoed whole.
pub(crate) fn shown_name(name: &str) -> String {
    let mut out: String = name
        .chars()
        .take(SHOWN_NAME_CHARS)
        .flat_map(|c| if c.is_control() { c.escape_default().collect::<Vec<_>>() } else { vec![c] })
        .collect();
    if name.chars().nth(SHOWN_NAME_CHARS).is_some() {
        out.push('…');
    }
    out
}

/// What a column of a file is used for.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Role {
    /// One of the record fields.
    Field(Field),
    /// An indicator column of a wide-form observation file.
    Indicator(String),
    /// The missing reason of an indicator, in a form export (see `kobo`).
    MissingReason(String),
    /// The set version a form export was made from (see `kobo`).
    FormVersion,
    /// Not used.
    Ignored,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_headers() {
        assert_eq!(Field::from_header("Organisme"), Some(Field::Organisation));
        assert_eq!(Field::from_header(" STRUCTURE "), Some(Field::Organisation));
        assert_eq!(Field::from_header("Bénéficiaire"), Some(Field::Beneficiary));
        assert_eq!(Field::from_header("Date d'entrée"), Some(Field::EntryDate));
        assert_eq!(Field::from_header("date_sortie"), Some(Field::ExitDate));
        assert_eq!(Field::from_header("Âge"), Some(Field::AgeAtEntry));
        assert_eq!(Field::from_header("age"), Some(Field::AgeAtEntry));
        assert_eq!(Field::from_header("motif absence"), Some(Field::MissingReason));
        assert_eq!(Field::from_header("Indicateur"), Some(Field::Indicator));
        assert_eq!(Field::from_header("valeur"), Some(Field::Value));
        assert_eq!(Field::from_header("comment"), None);
    }

    #[test]
    fn long_names_are_cut() {
        let long = "x".repeat(1_000_000);
        assert_eq!(shown_name(&long).chars().count(), 61);
        assert_eq!(shown_name("a\nb"), "a\\nb");
        assert_eq!(shown_name("bénéficiaire"), "bénéficiaire");
    }
}
