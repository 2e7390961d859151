//! What a form asks at one wave of a set, independent of how it is written
//! (XLSForm workbook, printable questionnaire): the identification
//! questions, then each indicator of the wave in the set's order, the items
//! of a composite scale grouped under it and asked one by one (its score is
//! computed at import, never asked).
//!
//! The names chosen here are what the readers map back
//! ([`crate::ingest`] reads KoboToolbox and ODK Central exports): the record
//! fields keep their names (`organisation`, `beneficiary`, `date`, `wave`),
//! each indicator is named by its id, and its missing reason by the id plus
//! [`MISSING_SUFFIX`].

use super::CollectionError;
use crate::catalogue::{Applicability, IndicatorDefinition, Measure, Wave};
use crate::data::MissingReason;
use crate::locale::form::{form as words, FormWords};
use crate::set::ReferenceSet;
use crate::text::{Lang, LocalizedText};

/// The name of the organisation question (the record field's name).
pub const ORGANISATION: &str = "organisation";
/// The name of the beneficiary question.
pub const BENEFICIARY: &str = "beneficiary";
/// The name of the interview-date question.
pub const DATE: &str = "date";
/// The name of the (fixed, calculated) wave field.
pub const WAVE: &str = "wave";
/// The name of the (fixed, calculated) field holding the set's version.
pub const FORM_VERSION: &str = "form_version";
/// The name of the age question, asked only when some question depends on
/// age; it is read by the form's logic, not imported.
pub const AGE: &str = "age";
/// The name of the opening note.
pub const INSTRUCTIONS: &str = "instructions";
/// The name of the identification group.
pub const IDS_GROUP: &str = "ids";
/// What follows an indicator id in the name of its missing-reason question:
/// `excl.housing.situation.missing_reason`.
pub const MISSING_SUFFIX: &str = ".missing_reason";
/// The name of the choice list of missing reasons.
#[cfg_attr(not(feature = "xlsx"), allow(dead_code))] // Read by the XLSForm writer.
pub(crate) const MISSING_LIST: &str = "missing_reason";

/// The fields a form carries that are not imported (helpers of the form's
/// own logic).
pub const FORM_HELPERS: &[&str] = &[AGE, FORM_VERSION, INSTRUCTIONS];

/// The name of the missing-reason question of indicator `id`.
pub fn missing_reason_name(id: &str) -> String {
    format!("{id}{MISSING_SUFFIX}")
}

/// The `form_id` of the form for `set` at `wave`: set id, wave and set
/// version, so that a new version of the set is a new form version.
///
/// ```
/// use social_impact::catalogue::{Catalogue, Wave};
/// let set = Catalogue::bundled()?.reference_set("exclusion-2023")?;
/// assert_eq!(social_impact::collection::form_id(&set, Wave::Entry), "exclusion-2023-entry-v1.0.0");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn form_id(set: &ReferenceSet, wave: Wave) -> String {
    format!("{}-{}-v{}", set.id(), wave.as_str(), set.version())
}

/// One choice of a list: its name (the value exported) and its label.
#[derive(Debug, Clone)]
#[cfg_attr(not(feature = "xlsx"), allow(dead_code))] // Read by the XLSForm writer.
pub(crate) struct Choice {
    pub(crate) name: String,
    pub(crate) label: LocalizedText,
}

/// How a question is answered.
#[derive(Debug, Clone)]
#[cfg_attr(not(feature = "xlsx"), allow(dead_code))] // Read by the XLSForm writer.
pub(crate) enum Answer {
    /// One choice of a list (binary, categorical, ordinal with every point
    /// labelled).
    Choices { list: String, choices: Vec<Choice> },
    /// A whole number in `min..=max` (ordinal, count); `points` are the
    /// scale points that have a label, for the hint.
    Integer { min: i64, max: Option<i64>, points: Vec<(String, LocalizedText)> },
    /// A quantity in a unit, within optional bounds.
    Decimal { unit: String, min: Option<f64>, max: Option<f64> },
}

/// One indicator's question.
#[derive(Debug, Clone)]
pub(crate) struct Question<'s> {
    pub(crate) definition: &'s IndicatorDefinition,
    pub(crate) answer: Answer,
}

impl Question<'_> {
    /// The indicator id, the question's name.
    pub(crate) fn name(&self) -> &str {
        self.definition.id.as_str()
    }

    /// The ages it is asked at, when not every age.
    pub(crate) fn ages(&self) -> Option<&Applicability> {
        self.definition.applies_to.as_ref().filter(|a| a.min_age.is_some() || a.max_age.is_some())
    }

    /// The hint: who answers, for which ages, and the labelled scale points
    /// or the range, in `lang`.
    pub(crate) fn hint(&self, lang: Lang) -> String {
        let w = words(lang);
        let mut parts = vec![w.respondent_hint(self.definition.respondent).to_string()];
        if let Some(a) = self.ages() {
            parts.push(w.ages_hint(a.min_age, a.max_age));
        }
        match &self.answer {
            Answer::Choices { .. } => {}
            Answer::Integer { min, max, points } => {
                if points.is_empty() {
                    parts.push(w.whole_number_range(*min, *max));
                } else {
                    let labelled: Vec<String> =
                        points.iter().map(|(p, label)| w.scale_point(p, label.get(lang))).collect();
                    parts.push(format!("{}.", labelled.join(w.scale_point_separator())));
                }
            }
            Answer::Decimal { unit, min, max } => parts.push(w.quantity_range(unit, *min, *max)),
        }
        parts.retain(|p| !p.is_empty());
        parts.join(" ")
    }

    /// The constraint message, in `lang`, for questions that have a range.
    #[cfg_attr(not(feature = "xlsx"), allow(dead_code))] // Read by the XLSForm writer.
    pub(crate) fn constraint_message(&self, lang: Lang) -> Option<String> {
        let w = words(lang);
        match &self.answer {
            Answer::Choices { .. } => None,
            Answer::Integer { min, max, .. } => Some(w.whole_number_range(*min, *max)),
            Answer::Decimal { unit, min, max } => {
                (min.is_some() || max.is_some()).then(|| w.quantity_range(unit, *min, *max))
            }
        }
    }
}

/// A block of the form: one question, or a composite scale and its items.
#[derive(Debug, Clone)]
pub(crate) enum Block<'s> {
    Single(Question<'s>),
    Scale { definition: &'s IndicatorDefinition, items: Vec<Question<'s>> },
}

/// Everything one form asks.
#[derive(Debug, Clone)]
pub(crate) struct FormPlan<'s> {
    pub(crate) set: &'s ReferenceSet,
    pub(crate) wave: Wave,
    pub(crate) blocks: Vec<Block<'s>>,
}

impl<'s> FormPlan<'s> {
    /// The plan of the form for `set` at `wave`.
    ///
    /// Fails when no indicator of the set is asked at `wave`.
    pub(crate) fn new(set: &'s ReferenceSet, wave: Wave) -> Result<FormPlan<'s>, CollectionError> {
        let defs = super::records::indicators_at(set, Some(wave))?;
        // Items of the scales asked at this wave are asked inside their scale.
        let scale_items: Vec<&str> = defs
            .iter()
            .filter_map(|d| d.composite.as_ref())
            .flat_map(|c| c.items.iter().map(|i| i.indicator.as_str()))
            .collect();
        let mut blocks = Vec::new();
        for def in &defs {
            if scale_items.contains(&def.id.as_str()) {
                continue;
            }
            match &def.composite {
                Some(composite) => {
                    let items: Vec<Question<'s>> = composite
                        .items
                        .iter()
                        .filter_map(|item| defs.iter().find(|d| d.id == item.indicator))
                        .map(|d| question(d))
                        .collect();
                    if !items.is_empty() {
                        blocks.push(Block::Scale { definition: def, items });
                    }
                }
                None => blocks.push(Block::Single(question(def))),
            }
        }
        Ok(FormPlan { set, wave, blocks })
    }

    /// Every indicator question, scale items included, in order.
    pub(crate) fn questions(&self) -> impl Iterator<Item = &Question<'s>> {
        self.blocks.iter().flat_map(|b| match b {
            Block::Single(q) => std::slice::from_ref(q).iter(),
            Block::Scale { items, .. } => items.iter(),
        })
    }

    /// Whether some question depends on age (the form then asks it).
    pub(crate) fn asks_age(&self) -> bool {
        self.questions().any(|q| q.ages().is_some())
    }

    /// The form's id.
    pub(crate) fn form_id(&self) -> String {
        form_id(self.set, self.wave)
    }

    /// The form's title in `lang`.
    pub(crate) fn title(&self, lang: Lang) -> String {
        words(lang).form_title(self.set.title().get(lang), self.wave)
    }
}

/// The choices of the missing reasons, in both languages.
pub(crate) fn missing_choices() -> Vec<Choice> {
    MissingReason::ALL
        .iter()
        .map(|r| Choice { name: r.as_str().to_string(), label: both(|w| w.missing_reason(*r).to_string()) })
        .collect()
}

/// A text in both languages from the collection tools' words.
pub(crate) fn both(f: impl Fn(FormWords) -> String) -> LocalizedText {
    LocalizedText::new(f(words(Lang::ALL[0])), f(words(Lang::ALL[1])))
}

/// The question of one indicator.
fn question(def: &IndicatorDefinition) -> Question<'_> {
    let list = def.id.as_str().replace('.', "_");
    let answer = match &def.measure {
        Measure::Binary { labels } => {
            let (yes, no) = match labels {
                Some(l) => (l.yes.clone(), l.no.clone()),
                None => (both(|w| w.yes().to_string()), both(|w| w.no().to_string())),
            };
            let list = if labels.is_some() { list } else { "yes_no".to_string() };
            Answer::Choices {
                list,
                choices: vec![Choice { name: "1".into(), label: yes }, Choice { name: "0".into(), label: no }],
            }
        }
        Measure::Categorical { categories } => Answer::Choices {
            list,
            choices: categories.iter().map(|c| Choice { name: c.code.clone(), label: c.label.clone() }).collect(),
        },
        Measure::Ordinal { min, max, levels, .. } => {
            let labelled = |p: i64| levels.get(&p.to_string());
            let every_point = *max >= *min && (*min..=*max).all(|p| labelled(p).is_some());
            if every_point {
                Answer::Choices {
                    list,
                    choices: (*min..=*max)
                        .filter_map(|p| labelled(p).map(|l| Choice { name: p.to_string(), label: l.clone() }))
                        .collect(),
                }
            } else {
                let mut points: Vec<(i64, LocalizedText)> =
                    levels.iter().filter_map(|(k, v)| k.parse::<i64>().ok().map(|p| (p, v.clone()))).collect();
                points.sort_by_key(|(p, _)| *p);
                Answer::Integer {
                    min: *min,
                    max: Some(*max),
                    points: points.into_iter().map(|(p, l)| (p.to_string(), l)).collect(),
                }
            }
        }
        Measure::Count { max } => {
            Answer::Integer { min: 0, max: max.and_then(|m| i64::try_from(m).ok()), points: Vec::new() }
        }
        Measure::Continuous { unit, min, max } => Answer::Decimal { unit: unit.clone(), min: *min, max: *max },
    };
    Question { definition: def, answer }
}

/// The columns of a KoboToolbox export of the form for `set` at `wave`, as
/// the tool names them with group paths (`ids/organisation`,
/// `excl.autonomy.scale/excl.autonomy.item_mail`), in the form's order,
/// without the tool's own columns (`_id`, `_uuid`...) nor the opening note.
/// ODK Central names the same columns with `-` between groups.
///
/// # Errors
///
/// [`CollectionError::NoIndicatorAtWave`] when no indicator of the set is
/// asked at `wave`.
///
/// ```
/// use social_impact::catalogue::{Catalogue, Wave};
/// let set = Catalogue::bundled()?.reference_set("exclusion-2023")?;
/// let columns = social_impact::collection::export_columns(&set, Wave::Entry)?;
/// assert_eq!(&columns[..5], ["start", "end", "wave", "form_version", "ids/organisation"]);
/// assert!(columns.contains(&"excl.housing.situation.missing_reason".to_string()));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn export_columns(set: &ReferenceSet, wave: Wave) -> Result<Vec<String>, CollectionError> {
    let plan = FormPlan::new(set, wave)?;
    let mut columns: Vec<String> = ["start", "end", WAVE, FORM_VERSION].map(String::from).to_vec();
    let mut ids = vec![ORGANISATION, BENEFICIARY, DATE];
    if plan.asks_age() {
        ids.push(AGE);
    }
    columns.extend(ids.iter().map(|n| format!("{IDS_GROUP}/{n}")));
    let mut push = |prefix: &str, q: &Question<'_>| {
        columns.push(format!("{prefix}{}", q.name()));
        columns.push(format!("{prefix}{}", missing_reason_name(q.name())));
    };
    for block in &plan.blocks {
        match block {
            Block::Single(q) => push("", q),
            Block::Scale { definition, items } => {
                let prefix = format!("{}/", definition.id);
                for q in items {
                    push(&prefix, q);
                }
            }
        }
    }
    Ok(columns)
}
