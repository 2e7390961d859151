//! A reference set resolved: its manifest plus the indicators that score it.
//!
//! This module sits above both the definition format ([`catalogue`](crate::catalogue))
//! and the indicator trait ([`indicator`](crate::indicator)): it is where a
//! manifest's ids become a [`Registry`] of scoring indicators. So the
//! catalogue knows nothing of indicators, and indicators know only the
//! definition format.
//!
//! It also opens sets from a [`Catalogue`]: by id
//! ([`Catalogue::reference_set`]) or from a manifest file
//! ([`Catalogue::reference_set_at`]), or either as a [`SetSource`].
//!
//! ```
//! use social_impact::catalogue::Catalogue;
//! use social_impact::set::SetSource;
//! let catalogue = Catalogue::bundled()?;
//! let set = catalogue.open_set(&SetSource::Id("exclusion-2023".parse()?))?;
//! assert!(set.registry().len() >= 18);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use crate::catalogue::{
    read_manifest, suggestion, AgeBands, Catalogue, CatalogueError, ChangeSpec, Domain, EntryProblem, IndicatorEntry,
    Measure, Result, SetManifest, SetProblem, StandardiseFactor, TimeToEventSpec, Wave,
};
use crate::ids::{IndicatorId, SetId, Version};
use crate::indicator::{Indicator, Registry, RegistryError};
use crate::text::LocalizedText;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Where a set comes from: a set of the catalogue, named by id, or a
/// manifest file whose indicator ids are resolved in the catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SetSource {
    /// A set of the catalogue (for the bundled one, `exclusion-2023` or
    /// `child-protection-2024`).
    Id(SetId),
    /// A set manifest file (inline definitions need nothing else, definition
    /// files are read relative to the manifest's folder; ids are looked up
    /// in the catalogue).
    Path(PathBuf),
}

impl Catalogue {
    /// The set with that id, its indicators resolved in this catalogue.
    ///
    /// # Errors
    ///
    /// [`CatalogueError::UnknownSet`] when no set has that id (with the
    /// closest id as a hint), or an error of [`ReferenceSet::resolve`].
    pub fn reference_set(&self, id: &str) -> Result<ReferenceSet> {
        let manifest = self.manifest(id).ok_or_else(|| self.unknown_set(id))?;
        ReferenceSet::resolve(manifest.clone(), self)
    }

    /// The set of the manifest file at `path`, its indicator ids resolved in
    /// this catalogue.
    ///
    /// # Errors
    ///
    /// [`CatalogueError::Io`], [`CatalogueError::Syntax`] or
    /// [`CatalogueError::Format`] when the file cannot be read or is not a
    /// manifest; [`CatalogueError::Problems`] when it, or a definition file
    /// it names (`{"file": "definitions/x.json"}`, relative to the
    /// manifest's folder), does not load: every problem `check-definitions`
    /// finds, located; or an error of [`ReferenceSet::resolve`].
    pub fn reference_set_at(&self, path: &Path) -> Result<ReferenceSet> {
        ReferenceSet::resolve(read_manifest(path, self)?, self)
    }

    /// The set `source` names: [`reference_set`](Self::reference_set) or
    /// [`reference_set_at`](Self::reference_set_at).
    ///
    /// # Errors
    ///
    /// Those of the function it calls.
    pub fn open_set(&self, source: &SetSource) -> Result<ReferenceSet> {
        match source {
            SetSource::Id(id) => self.reference_set(id.as_str()),
            SetSource::Path(path) => self.reference_set_at(path),
        }
    }
}

/// A reference set ready to score data: the manifest's parameters and a
/// [`Registry`] holding one indicator per entry, in the manifest's order.
///
/// Custom indicators can be added with [`ReferenceSet::register`].
#[derive(Debug, Clone)]
pub struct ReferenceSet {
    manifest: SetManifest,
    registry: Registry,
}

impl ReferenceSet {
    /// Resolves a manifest: ids are looked up in `catalogue`, inline
    /// definitions and those read from definition files are taken as they
    /// are. Checks that the time-to-event
    /// analyses and composite items name indicators of the set.
    ///
    /// # Errors
    ///
    /// [`CatalogueError::UnknownIndicator`] for an id the catalogue does not
    /// hold, [`CatalogueError::InvalidSet`] for an indicator listed twice, a
    /// time-to-event analysis, composite item or headline naming an
    /// indicator outside the set, or a definition file not read (a manifest
    /// deserialised by hand: open it with [`Catalogue::reference_set_at`]
    /// instead).
    pub fn resolve(manifest: SetManifest, catalogue: &Catalogue) -> Result<ReferenceSet> {
        let mut registry = Registry::new();
        let set_id = manifest.id.to_string();
        let invalid = |problem: SetProblem| CatalogueError::InvalidSet { set: set_id.clone(), problem };
        for (k, entry) in manifest.indicators.iter().enumerate() {
            let definition = match entry {
                IndicatorEntry::Inline(def) => (**def).clone(),
                IndicatorEntry::File(file) => match file.definition() {
                    Some(def) => (**def).clone(),
                    None => {
                        return Err(invalid(SetProblem::Entry {
                            pointer: format!("/indicators/{k}"),
                            problem: EntryProblem::FileNotRead { file: file.file.clone() },
                        }))
                    }
                },
                IndicatorEntry::Id(id) => {
                    catalogue.definition(id.as_str()).map(|d| (**d).clone()).ok_or_else(|| {
                        CatalogueError::UnknownIndicator {
                            id: id.to_string(),
                            named_by: manifest.id.to_string(),
                            suggestion: suggestion(id.as_str(), catalogue.definitions().map(|d| d.id.as_str())),
                        }
                    })?
                }
            };
            registry.register_definition(definition).map_err(|RegistryError::Duplicate(id)| {
                invalid(SetProblem::ListedTwice { indicator: id.to_string() })
            })?;
        }
        let set = ReferenceSet { manifest, registry };
        if let Some(id) = set.manifest.headline.iter().find(|id| !set.registry.contains(id.as_str())) {
            return Err(invalid(SetProblem::HeadlineNotInSet { indicator: id.to_string() }));
        }
        for tte in &set.manifest.time_to_event {
            if !set.registry.contains(tte.indicator.as_str()) {
                return Err(invalid(SetProblem::TimeToEventNotInSet {
                    analysis: tte.id.to_string(),
                    indicator: tte.indicator.to_string(),
                }));
            }
        }
        for ind in set.registry.iter() {
            if let Some(composite) = &ind.definition().composite {
                for item in &composite.items {
                    if !set.registry.contains(item.indicator.as_str()) {
                        return Err(invalid(SetProblem::CompositeItemNotInSet {
                            composite: ind.id().to_string(),
                            item: item.indicator.to_string(),
                        }));
                    }
                }
            }
        }
        // A composite that is its own item (directly or through others) is
        // refused, as `check-definitions` refuses it.
        for ind in set.registry.iter() {
            let own = ind.id().as_str();
            let mut visited = std::collections::BTreeSet::new();
            let mut stack: Vec<String> = ind
                .definition()
                .composite
                .iter()
                .flat_map(|c| c.items.iter().map(|i| i.indicator.to_string()))
                .collect();
            while let Some(id) = stack.pop() {
                if id == own {
                    return Err(invalid(SetProblem::CompositeCycle { composite: own.to_string() }));
                }
                if !visited.insert(id.clone()) {
                    continue;
                }
                if let Some(next) = set.registry.get(&id).and_then(|i| i.definition().composite.clone()) {
                    stack.extend(next.items.iter().map(|i| i.indicator.to_string()));
                }
            }
        }
        Ok(set)
    }

    /// Adds a custom indicator after the set's own.
    ///
    /// # Errors
    ///
    /// [`RegistryError::Duplicate`] when the set already has an indicator of
    /// that id.
    pub fn register(&mut self, indicator: Arc<dyn Indicator>) -> std::result::Result<(), RegistryError> {
        self.registry.register(indicator)
    }

    /// The indicators that score this set.
    pub fn registry(&self) -> &Registry {
        &self.registry
    }

    /// The manifest as loaded.
    pub fn manifest(&self) -> &SetManifest {
        &self.manifest
    }

    /// The set's id.
    pub fn id(&self) -> &SetId {
        &self.manifest.id
    }

    /// The set's version.
    pub fn version(&self) -> &Version {
        &self.manifest.version
    }

    /// The set's title.
    pub fn title(&self) -> &LocalizedText {
        &self.manifest.title
    }

    /// The set's domain.
    pub fn domain(&self) -> Domain {
        self.manifest.domain
    }

    /// The waves between which change is measured.
    pub fn change(&self) -> ChangeSpec {
        self.manifest.change
    }

    /// The wave at which organisations are compared.
    pub fn comparison_wave(&self) -> Wave {
        self.manifest.comparison_wave
    }

    /// The items of the composite scale at position `k` of the registry,
    /// resolved to their positions (empty when `k` is not a composite).
    pub fn scale_items(&self, k: usize) -> Vec<ScaleItem> {
        let Some(composite) = self.registry.iter().nth(k).and_then(|ind| ind.definition().composite.clone()) else {
            return Vec::new();
        };
        composite
            .items
            .iter()
            .filter_map(|item| {
                let position = self.registry.ids().position(|id| *id == item.indicator)?;
                let bounds = match &self.registry.get(item.indicator.as_str())?.definition().measure {
                    Measure::Ordinal { min, max, .. } => Some((*min, *max)),
                    _ => None,
                };
                Some(ScaleItem { position, reverse: item.reverse, bounds })
            })
            .collect()
    }

    /// The time-to-event analyses.
    pub fn time_to_event(&self) -> &[TimeToEventSpec] {
        &self.manifest.time_to_event
    }

    /// The age bands people are broken down by: the manifest's, or
    /// [`DEFAULT_AGE_BANDS`](crate::catalogue::DEFAULT_AGE_BANDS) when it
    /// declares none.
    pub fn age_bands(&self) -> &AgeBands {
        static DEFAULT: std::sync::OnceLock<AgeBands> = std::sync::OnceLock::new();
        self.manifest.age_bands.as_ref().unwrap_or_else(|| DEFAULT.get_or_init(AgeBands::default))
    }

    /// The set's headline indicators, in the manifest's order: each is an
    /// indicator of the set (checked by [`ReferenceSet::resolve`]).
    pub fn headline(&self) -> &[IndicatorId] {
        &self.manifest.headline
    }

    /// The factors the comparison across organisations may be standardised on.
    pub fn standardise(&self) -> &[StandardiseFactor] {
        &self.manifest.standardise
    }
}

/// One item of a composite scale, resolved in its set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScaleItem {
    /// Position of the item's indicator in the set's registry.
    pub position: usize,
    /// Whether the item is reverse-coded.
    pub reverse: bool,
    /// The item's scale, when it is ordinal.
    pub bounds: Option<(i64, i64)>,
}

impl ScaleItem {
    /// The item score as it counts in the scale: `min + max - x` when
    /// reverse-coded on an ordinal scale, `x` otherwise.
    pub fn aligned(&self, x: f64) -> f64 {
        match (self.reverse, self.bounds) {
            (true, Some((lo, hi))) => (lo + hi) as f64 - x,
            _ => x,
        }
    }
}
