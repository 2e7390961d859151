//! Reading and validating data, in French.
//!
//! The spaces before `:`, `;`, `?`, `!` and inside « » are no-break spaces
//! (U+00A0), typed as such; a unit test of `locale::ingest` checks that no
//! ordinary space slipped in.

use super::{quoted, Fr};
use crate::indicator::value::{BINARY_FALSE, BINARY_TRUE};
use crate::indicator::{Expected, ScoreError};
use crate::ingest::{DateError, Field, FileRole, FileSummary, Form, Location, ProblemKind, Severity, SupportBound};
use crate::locale::hardening::HardeningWords as _;
use crate::locale::ingest::{list, whole, IngestWords, ProblemLine};
use crate::locale::Lang;
use std::path::Path;

/// `n` followed by the singular or the plural (French: 0 and 1 singular).
fn count(n: impl Into<u64>, one: &str, many: &str) -> String {
    let n = n.into();
    format!("{} {}", whole(n, Lang::Fr), if n <= 1 { one } else { many })
}

fn fields(fields: &[Field]) -> String {
    fields.iter().map(|f| f.as_str()).collect::<Vec<_>>().join(", ")
}

fn date_error(e: &DateError) -> String {
    match e {
        DateError::Unreadable => "date illisible".into(),
        DateError::TwoDigitYear => "année sur 2 chiffres : le siècle est ambigu, écrivez l'année sur 4 chiffres".into(),
        DateError::YearOutOfRange { year } => format!("année {year} hors de la plage 1900-2200"),
        DateError::MonthDayOrder => {
            "mois supérieur à 12 : la date semble écrite mois/jour (ordre américain) ; écrivez JJ/MM/AAAA".into()
        }
        DateError::NoSuchDay => "ce jour n'existe pas".into(),
    }
}

fn suggestion(s: &impl std::fmt::Display) -> String {
    format!("peut-être {} ?", quoted(&s.to_string()))
}

impl IngestWords for Fr {
    fn severity(&self, severity: Severity) -> &'static str {
        match severity {
            Severity::Error => "erreur",
            Severity::Warning => "avertissement",
        }
    }

    fn location(&self, location: &Location) -> String {
        match location {
            Location::File => "fichier".into(),
            Location::Line(l) => format!("ligne {l}"),
            Location::Record { index, line } => format!("enregistrement {index} (ligne {line})"),
            Location::SheetRow { sheet, row } => format!("feuille {}, ligne {row}", quoted(sheet)),
        }
    }

    fn cut(&self, total_chars: usize) -> String {
        format!("… ({})", count(total_chars as u64, "caractère", "caractères"))
    }

    fn problem(&self, kind: &ProblemKind) -> String {
        use ProblemKind as K;
        match kind {
            K::PdfDocument => "c'est un document PDF, pas un tableau de données : exportez les données en CSV ou en XLSX".into(),
            K::NotData => "ce n'est pas un fichier texte (CSV, JSON) ni un classeur XLSX".into(),
            K::ReadStopped { reason } => format!("lecture interrompue : {reason}"),
            K::WorkbooksNotBuiltIn => "ce classeur ne peut pas être lu : la bibliothèque a été compilée sans la fonction `xlsx` ; enregistrez-le en CSV".into(),
            K::DamagedWorkbook => "le classeur ne peut pas être ouvert (fichier tronqué, endommagé ou protégé par mot de passe ?) : enregistrez-le de nouveau depuis Excel ou LibreOffice, ou exportez-le en CSV".into(),
            K::NoSuchSheet { wanted, .. } => format!("le classeur n'a pas de feuille {}", quoted(wanted)),
            K::UndecidableEncoding => "l'encodage du texte n'est ni UTF-8 ni Windows-1252 (Latin-1) : dans Excel, « Enregistrer sous » → « CSV UTF-8 (délimité par des virgules) » ; dans LibreOffice, cochez « Éditer les paramètres du filtre » et choisissez « Unicode (UTF-8) »".into(),
            K::ReadAsWindows1252 => "le fichier n'est pas en UTF-8 : il a été lu en Windows-1252 (Latin-1), comme l'écrit Excel ; vérifiez les accents, ou enregistrez-le en « CSV UTF-8 »".into(),
            K::FieldNotUtf8 { position } => format!("le champ n° {position} contient des octets qui ne sont pas de l'UTF-8 (le fichier mélange des encodages ?) : enregistrez le fichier en « CSV UTF-8 »"),
            K::EmptyFile => "le fichier est vide".into(),
            K::NoLine => "le fichier ne contient aucune ligne".into(),
            K::NoRecord => "le fichier ne contient aucun enregistrement".into(),
            K::EmptySheet { sheet } => format!("la feuille {} est vide", quoted(sheet)),
            K::HeaderOnly => "le fichier n'a qu'une ligne d'en-tête, aucune donnée".into(),
            K::MissingColumns { form, missing } => {
                let prefix = match form {
                    Some(Form::Wide) => "formulaire large (une colonne par indicateur) : ",
                    Some(Form::Long) => "formulaire long : ",
                    None => "",
                };
                let what = if missing.len() > 1 { "colonnes obligatoires absentes" } else { "colonne obligatoire absente" };
                format!("{prefix}{what} : {}", fields(missing))
            }
            K::NoBeneficiaryColumn => "aucune colonne de personne accompagnée à pseudonymiser".into(),
            K::DuplicateColumn { name, first, first_position } => format!(
                "la colonne {} répète la colonne {} (colonne n° {first_position})",
                quoted(name),
                quoted(first)
            ),
            K::UnusedColumn { field: Some(f), .. } => format!("colonne {} inutile dans ce fichier : ignorée", quoted(f.as_str())),
            K::UnusedColumn { field: None, .. } => "colonne inconnue : ignorée".into(),
            K::UnknownIndicatorColumn { .. } => "colonne d'indicateur inconnue du référentiel : ses valeurs sont ignorées".into(),
            K::FieldCount { found, expected } => format!(
                "la ligne a {}, l'en-tête en a {expected}",
                count(*found as u64, "champ", "champs")
            ),
            K::CellsBeyondHeader => "la ligne a des cellules remplies à droite de la dernière colonne nommée".into(),
            K::NotAnArray => "un fichier .json doit contenir un tableau d'objets `[{…}, {…}]` (ou un objet par ligne, en JSON Lines)".into(),
            K::MalformedJson { line, column, reason } => format!("JSON mal formé (ligne {line}, colonne {column}) : {reason}"),
            K::NotAnObject => "un enregistrement doit être un objet JSON `{\"organisation\": …}`".into(),
            K::UnreadableRecord => "enregistrement illisible".into(),
            K::NestedValue => "valeur imbriquée (tableau ou objet) non acceptée".into(),
            K::MissingValue => "valeur obligatoire absente".into(),
            K::InvalidOrganisation => "code de structure invalide".into(),
            K::InvalidAge { .. } => "âge invalide".into(),
            K::InvalidSex => "sexe non reconnu".into(),
            K::UnknownMissingReason => "motif d'absence inconnu".into(),
            K::MalformedDate(e) => date_error(e),
            K::UnknownIndicator { set, .. } => format!("indicateur absent du référentiel {}", quoted(set)),
            K::UnknownWave => "vague inconnue".into(),
            K::WaveNotAllowed { indicator, .. } => format!("{indicator} n'est pas recueilli à cette vague"),
            K::ValueNotAccepted { indicator, .. } => format!("réponse non acceptée pour {indicator}"),
            K::ExitBeforeEntry { entry } => format!("date de sortie antérieure à la date d'entrée ({entry})"),
            K::DuplicateEnrolment { first, identical: true } => {
                format!("inscription identique à la première ({}) : gardée une fois", self.location(first))
            }
            K::DuplicateEnrolment { first, identical: false } => format!(
                "seconde inscription de cette personne accompagnée dans cette structure (première : {}), avec d'autres dates ou informations",
                self.location(first)
            ),
            K::ObservationWithoutEnrolment { organisation, enrolments } => format!(
                "aucune inscription de cette personne accompagnée dans la structure {organisation} (fichier {})",
                enrolments.display()
            ),
            K::OutsideSupport { days, bound, .. } => {
                let days = count(days.unsigned_abs(), "jour", "jours");
                match bound {
                    SupportBound::BeforeEntry(d) => format!("observation datée {days} avant l'entrée ({d})"),
                    SupportBound::PostExitBeforeExit(d) => format!("observation après sortie datée {days} avant la sortie ({d})"),
                    SupportBound::AfterExit(d) => format!("observation datée {days} après la sortie ({d}) ; utilisez la vague « Après la sortie » (post_exit) si elle suit la sortie"),
                }
            }
            K::PostExitWithoutExit => "observation après sortie alors que l'inscription n'a pas de date de sortie".into(),
            K::NotApplicableAtAge { indicator, min_age, max_age, age } => {
                let range = match (min_age, max_age) {
                    (Some(a), Some(b)) => format!("de {a} à {}", count(*b, "an", "ans")),
                    (Some(a), None) => format!("de {} ou plus", count(*a, "an", "ans")),
                    (None, Some(b)) => format!("de {} ou moins", count(*b, "an", "ans")),
                    (None, None) => String::new(),
                };
                format!(
                    "{indicator} concerne les personnes {range} ; cette personne accompagnée a {} à cette date",
                    count(*age, "an", "ans")
                )
            }
            K::DuplicateObservation { indicator, wave } => format!(
                "{indicator} a déjà une observation à la vague « {} » pour cette personne accompagnée : la plus récente compte",
                crate::locale::report::report(Lang::Fr).wave_name(*wave)
            ),
            K::ConflictingDuplicates { indicator, wave, others, more } => {
                let mut rows: Vec<String> = others.iter().map(|l| self.location(l)).collect();
                if *more > 0 {
                    let n = whole(*more, Lang::Fr);
                    rows.push(if *more == 1 { format!("{n} autre") } else { format!("{n} autres") });
                }
                let rows = match rows.split_last() {
                    Some((last, rest)) if !rest.is_empty() => format!("{} et {last}", rest.join(", ")),
                    _ => rows.concat(),
                };
                if others.len() as u64 + more > 1 {
                    format!("{indicator} a, à la vague {wave} et à la même date, d'autres observations pour cette personne accompagnée ({rows}) qui ne disent pas toutes la même chose\u{a0}: la réponse est comptée comme manquante, quel que soit l'ordre des lignes")
                } else {
                    format!("{indicator} a, à la vague {wave} et à la même date, une autre observation pour cette personne accompagnée ({rows}) qui ne dit pas la même chose\u{a0}: la réponse est comptée comme manquante, quel que soit l'ordre des lignes")
                }
            }
            K::MissingReasonIgnored => "motif d'absence donné alors qu'une réponse est présente : la réponse est gardée".into(),
            K::NotRegularFile { kind } => self.input_not_regular(*kind),
            K::FileTooLarge { size, limit } => self.input_too_large(*size, *limit),
            K::WorkbookPartTooLarge { part, size, limit } => self.workbook_part_too_large(part, *size, *limit),
            K::SheetTooLarge { sheet, cells, limit } => self.sheet_too_large(sheet, *cells, *limit),
            K::UnboundedWorkbook { container } => self.unbounded_workbook(*container),
            K::CellTooLong { column, limit } => self.cell_too_long(*column, *limit),
            K::UnreadableCell => self.unreadable_cell(),
            K::WorkbookReaderFailed => self.workbook_reader_failed(),
            K::ErrorCell => self.error_cell(),
            K::Dates1904 => self.date_1904(),
            K::TooManyColumns { count, limit } => self.too_many_columns(*count, *limit),
            K::TooManyKeys { limit } => self.too_many_keys(*limit),
            K::RecordTooLong { limit } => self.record_too_long(*limit),
            K::MoreUnknownColumns { more } => self.more_unknown_columns(*more),
            K::Utf8AfterWindows1252 => self.utf8_after_cp1252(),
            K::AmbiguousIdColumns { candidates } => self.ambiguous_id_columns(candidates),
            K::IdNotScalar => self.id_not_scalar(),
            K::FormulasNeutralised { cells } => self.formulas_neutralised(*cells),
            K::ExportLacksQuestions { wave, form_version, set_version, missing } => {
                crate::locale::form::FormWords::export_lacks(self, *wave, form_version, set_version, missing)
            }
            K::OptionalValueIgnored { field, why } => {
                let read_as = match field {
                    Field::ExitDate => "la date de sortie est lue comme vide (accompagnement en cours)",
                    Field::AgeAtEntry => "l'âge est lu comme inconnu",
                    Field::Sex => "le sexe est lu comme inconnu",
                    _ => "la valeur est lue comme vide",
                };
                format!("{}\u{a0}; {read_as}, la personne est gardée", self.problem(why))
            }
            K::OptionalColumnsAbsent { missing } => {
                let mut consequences = Vec::new();
                if missing.contains(&Field::ExitDate) {
                    consequences.push(
                        "sans date de sortie, chaque accompagnement est compté comme en cours et les observations \
                         après la sortie ne sont pas rapprochées d'une sortie",
                    );
                }
                if missing.contains(&Field::AgeAtEntry) {
                    consequences.push("sans âge, les indicateurs réservés à certains âges ne sont pas vérifiés");
                }
                let columns = if missing.len() == 1 { "pas de colonne" } else { "pas de colonnes" };
                format!("{columns} {}\u{a0}: {}", fields(missing), consequences.join("\u{a0}; "))
            }
            K::LooksLikeOtherFile { given_as, found } => {
                let (other, this) = match given_as {
                    FileRole::Enrolments => ("d'observations", "d'inscriptions"),
                    FileRole::Observations => ("d'inscriptions", "d'observations"),
                };
                format!(
                    "cet en-tête est celui d'un fichier {other} (colonnes {}), pas d'un fichier {this}\u{a0}: les deux \
                     fichiers ont-ils été inversés\u{a0}?",
                    fields(found)
                )
            }
        }
    }

    fn accepted(&self, kind: &ProblemKind) -> Option<String> {
        use ProblemKind as K;
        Some(match kind {
            K::FileTooLarge { limit, .. } => self.raise_limit("Limits::max_workbook_file_bytes", *limit),
            K::WorkbookPartTooLarge { limit, .. } => self.raise_limit("Limits::max_workbook_part_bytes", *limit),
            K::SheetTooLarge { limit, .. } => self.raise_limit("Limits::max_sheet_cells", *limit),
            K::CellTooLong { limit, .. } => self.raise_limit("Limits::max_cell_chars", *limit as u64),
            K::TooManyColumns { limit, .. } | K::TooManyKeys { limit } => {
                self.raise_limit("Limits::max_columns", *limit as u64)
            }
            K::RecordTooLong { limit } => self.raise_limit("Limits::max_record_bytes", *limit),
            K::AmbiguousIdColumns { .. } => self.ambiguous_id_accepted(),
            K::ExportLacksQuestions { .. } => crate::locale::form::FormWords::export_lacks_advice(self).into(),
            K::OptionalValueIgnored { why, .. } => return self.accepted(why),
            K::OptionalColumnsAbsent { missing } => {
                format!("une colonne pour {} (ou un de ses noms français), même vide par endroits", fields(missing))
            }
            K::LooksLikeOtherFile { given_as: FileRole::Enrolments, .. } => {
                "ici le fichier des inscriptions (organisation, beneficiary, entry_date…), et le fichier des \
                 observations à sa place"
                    .into()
            }
            K::LooksLikeOtherFile { given_as: FileRole::Observations, .. } => {
                "ici le fichier des observations (organisation, beneficiary, indicator, wave, date, value…), et le \
                 fichier des inscriptions à sa place"
                    .into()
            }
            K::NoSuchSheet { sheets, .. } => {
                format!("une des feuilles {}", sheets.iter().map(|s| quoted(s)).collect::<Vec<_>>().join(", "))
            }
            K::MissingColumns { missing, .. } => {
                let aliases: Vec<String> =
                    missing.iter().map(|f| format!("{f} ({})", f.aliases().join(", "))).collect();
                format!("ces noms ou leurs équivalents : {}", aliases.join(" ; "))
            }
            K::NoBeneficiaryColumn => format!("beneficiary ou {}", Field::Beneficiary.aliases().join(", ")),
            K::DuplicateColumn { .. } => "une seule colonne par champ : supprimez ou renommez l'une des deux".into(),
            K::UnusedColumn { used, .. } => fields(used),
            K::UnknownIndicatorColumn { suggestion: Some(s) } => suggestion(s),
            K::FieldCount { .. } => {
                "autant de champs que de colonnes ; un champ qui contient le séparateur doit être entre guillemets"
                    .into()
            }
            K::CellsBeyondHeader => "une colonne nommée dans la ligne d'en-tête pour chaque cellule remplie".into(),
            K::NestedValue => "un texte, un nombre, true/false ou null".into(),
            K::InvalidOrganisation => {
                "1 à 64 lettres, chiffres, « - », « _ » ou « . », commençant par une lettre ou un chiffre (ex. ASSO1)"
                    .into()
            }
            K::InvalidAge { max } => format!("un nombre entier d'années de 0 à {max}, ou vide"),
            K::InvalidSex => "F, M ou X (aussi femme/homme/autre, female/male/other), ou vide".into(),
            K::UnknownMissingReason => {
                let codes: Vec<&str> = crate::data::MissingReason::ALL.iter().map(|r| r.as_str()).collect();
                let names: Vec<&str> = crate::data::MissingReason::ALL
                    .iter()
                    .map(|r| crate::locale::report::report(Lang::Fr).missing_reason(Some(*r)))
                    .collect();
                format!(
                    "{} (aussi {}, en majuscules ou minuscules, avec ou sans accents), ou vide",
                    codes.join(", "),
                    names.join(", ")
                )
            }
            K::MalformedDate(_) => {
                "une date AAAA-MM-JJ (2024-01-15) ou JJ/MM/AAAA (15/01/2024), l'année sur 4 chiffres".into()
            }
            K::UnknownIndicator { suggestion: Some(s), .. } => suggestion(s),
            K::UnknownIndicator { known, .. } => {
                format!("l'un de : {}", known.iter().map(|i| i.as_str()).collect::<Vec<_>>().join(", "))
            }
            K::UnknownWave => {
                let names: Vec<&str> = crate::catalogue::Wave::ALL
                    .iter()
                    .map(|w| crate::locale::report::report(Lang::Fr).wave_name(*w))
                    .collect();
                format!(
                    "{} (aussi {}, en majuscules ou minuscules, avec ou sans accents)",
                    crate::catalogue::Wave::accepted(),
                    names.join(", ")
                )
            }
            K::WaveNotAllowed { allowed, .. } => allowed.iter().map(|w| w.as_str()).collect::<Vec<_>>().join(", "),
            K::ValueNotAccepted { expected: e @ (Expected::Described(_) | Expected::IndicatorOfTheSet), .. } => {
                self.expected(e)
            }
            K::ValueNotAccepted { expected, .. } => format!("{} ; vide si la réponse manque", self.expected(expected)),
            K::ExitBeforeEntry { .. } => {
                "une date de sortie égale ou postérieure à l'entrée, ou vide si l'accompagnement continue".into()
            }
            K::DuplicateEnrolment { identical: false, .. } => {
                "une inscription par personne accompagnée et par structure dans un fichier".into()
            }
            K::ObservationWithoutEnrolment { .. } => {
                "une personne accompagnée inscrite dans la même structure, avec le même identifiant".into()
            }
            K::OutsideSupport { tolerance, .. } => format!(
                "une date entre l'entrée et la sortie, à {} près (la tolérance de dates)",
                count(tolerance.unsigned_abs(), "jour", "jours")
            ),
            _ => return None,
        })
    }

    fn problem_line(&self, p: &ProblemLine<'_>) -> String {
        let mut out = format!("{}, {}", p.file.display(), self.location(p.location));
        if let Some(c) = p.column {
            out.push_str(&format!(", colonne {}", quoted(c)));
        }
        out.push_str(&format!(" : {} [{}] : {}", self.severity(p.severity), p.code, p.message));
        if let Some(v) = p.value {
            out.push_str(&format!(" (valeur {})", quoted(v)));
        }
        if let Some(a) = p.accepted {
            out.push_str(&format!(". Accepté : {a}"));
        }
        out
    }

    fn expected(&self, expected: &Expected) -> String {
        match expected {
            Expected::YesNo => {
                let pairs: Vec<String> =
                    BINARY_TRUE.iter().zip(BINARY_FALSE).map(|(t, f)| format!("{t}/{f}")).collect();
                list(&pairs, " ou ")
            }
            Expected::WholeNumber { min, max: Some(max) } => format!("un nombre entier de {min} à {max}"),
            Expected::WholeNumber { min, max: None } => format!("un nombre entier, {min} ou plus"),
            Expected::OneOfCodes(codes) => format!("un des codes {}", codes.join(", ")),
            Expected::Number { unit, min, max } => {
                let n = |v: &f64| v.to_string().replace('.', ",");
                let range = match (min, max) {
                    (Some(a), Some(b)) => format!(" de {} à {}", n(a), n(b)),
                    (Some(a), None) => format!(" d'au moins {}", n(a)),
                    (None, Some(b)) => format!(" d'au plus {}", n(b)),
                    (None, None) => String::new(),
                };
                format!("un nombre{range} (en {unit}) ; la virgule décimale convient")
            }
            Expected::IndicatorOfTheSet => "un indicateur du référentiel".into(),
            Expected::Described(text) => text.fr.clone(),
        }
    }

    fn score_error(&self, e: &ScoreError) -> String {
        format!(
            "la valeur {} n'est pas acceptée pour {} : attendu {}",
            quoted(&e.value),
            e.indicator,
            self.expected(&e.expected)
        )
    }

    fn column_name(&self, field: Field) -> &'static str {
        match field {
            Field::Organisation => "Organisme",
            Field::Beneficiary => "Bénéficiaire",
            Field::EntryDate => "Date d'entrée",
            Field::ExitDate => "Date de sortie",
            Field::AgeAtEntry => "Âge à l'entrée",
            Field::Sex => "Sexe",
            Field::Service => "Dispositif",
            Field::Indicator => "Indicateur",
            Field::Wave => "Vague",
            Field::Date => "Date",
            Field::Value => "Valeur",
            Field::MissingReason => "Motif de non-réponse",
        }
    }

    fn file_role(&self, role: FileRole) -> &'static str {
        match role {
            FileRole::Enrolments => "Inscriptions",
            FileRole::Observations => "Observations",
        }
    }

    fn file_heading(&self, role: FileRole, path: &Path, detected: &[String]) -> String {
        format!("{} : {} ({})", self.file_role(role), path.display(), detected.join(", "))
    }

    fn delimiter(&self, delimiter: u8) -> String {
        match delimiter {
            b'\t' => "séparateur tabulation".into(),
            d => format!("séparateur {}", quoted(&(d as char).to_string())),
        }
    }

    fn sheet(&self, sheet: &str) -> String {
        format!("feuille {}", quoted(sheet))
    }

    fn form(&self, form: Form) -> String {
        match form {
            Form::Long => "forme longue".into(),
            Form::Wide => "forme large".into(),
        }
    }

    fn rows(&self, f: &FileSummary) -> String {
        let agreed =
            |n: u64, one: &str, many: &str| format!("{} {}", whole(n, Lang::Fr), if n <= 1 { one } else { many });
        format!(
            "{}, {}, {} ; {}",
            count(f.rows_read, "ligne lue", "lignes lues"),
            agreed(f.rows_accepted, "acceptée", "acceptées"),
            agreed(f.rows_left_out(), "écartée", "écartées"),
            count(f.records_accepted, "enregistrement gardé", "enregistrements gardés"),
        )
    }

    fn left_out_with_enrolment(&self, n: u64) -> String {
        format!(
            "{} avec l'inscription en erreur de leur personne accompagnée",
            count(n, "observation écartée", "observations écartées")
        )
    }

    fn totals(&self, errors: u64, warnings: u64) -> String {
        format!("Erreurs : {} ; avertissements : {}", whole(errors, Lang::Fr), whole(warnings, Lang::Fr))
    }

    fn errors_word(&self, n: u64) -> &'static str {
        if n <= 1 {
            "erreur"
        } else {
            "erreurs"
        }
    }

    fn warnings_word(&self, n: u64) -> &'static str {
        if n <= 1 {
            "avertissement"
        } else {
            "avertissements"
        }
    }

    fn errors_heading(&self) -> &'static str {
        "Erreurs à corriger\u{a0}:"
    }

    fn warnings_heading(&self, examples: usize) -> String {
        format!(
            "Avertissements ({} par type au plus\u{a0}; --all-warnings les liste tous)\u{a0}:",
            count(examples as u64, "exemple", "exemples")
        )
    }

    fn more_of_kind(&self, n: u64, code: &str) -> String {
        format!("… et {} de ce type ({code})", count(n, "autre", "autres"))
    }

    fn problems_heading(&self) -> &'static str {
        "Problèmes :"
    }

    fn not_shown(&self, n: u64) -> String {
        format!(
            "… et {} non {}",
            count(n, "autre problème", "autres problèmes"),
            if n <= 1 { "affiché" } else { "affichés" }
        )
    }

    fn refusal(&self, errors: u64) -> String {
        format!("{} : corrigez les fichiers avant de produire un rapport", count(errors, "erreur", "erreurs"))
    }

    fn pseudonymised(&self, rows: u64, output: &Path) -> String {
        format!("{} dans {}", count(rows, "ligne pseudonymisée", "lignes pseudonymisées"), output.display())
    }

    fn not_written(&self, output: &Path) -> String {
        format!("{} n'a pas été écrit", output.display())
    }
}
