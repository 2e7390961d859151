//! The catalogue: indicator definitions and reference sets, bundled or read
//! from files.
//!
//! Two sets ship inside the crate (`exclusion-2023`, `child-protection-2024`,
//! embedded at build time from `indicators/`), so no file is needed at run
//! time. The same types serve definitions read from a folder or a manifest
//! path, so researchers can try their own.
//!
//! The catalogue holds definitions and manifests only; turning a manifest
//! into scoring indicators is [`ReferenceSet`](crate::ReferenceSet)'s job
//! (module [`set`](crate::set), which adds `Catalogue::reference_set`), so
//! this module depends on nothing but `ids`, `text`, `locale` and the oldest
//! age at entry of `data` (for [`AgeBands`]).
//!
//! ```
//! use social_impact::catalogue::Catalogue;
//! let catalogue = Catalogue::bundled()?;
//! let manifest = catalogue.manifest("exclusion-2023").expect("bundled set");
//! assert!(manifest.indicators.len() >= 18);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod age_bands;
mod bundled;
pub mod check;
mod definition;
mod entry;
mod error;
mod load;
mod locate;
mod manifest;
mod numbers;
mod pointer;
pub(crate) mod schema;
mod vocabulary;

pub use age_bands::{AgeBands, AgeBandsError, DEFAULT_AGE_BANDS};
pub use definition::{
    Aggregation, Applicability, BinaryLabels, Category, Composite, CompositeItem, IndicatorDefinition, Measure,
    MeasureType, Reference, ReferenceKind,
};
pub use entry::{EntryProblem, FileRefusal, PathRefusal};
pub use error::{CatalogueError, FormatProblem, Result, SetProblem};
pub use manifest::{ChangeSpec, DefinitionFile, IndicatorEntry, SetManifest, StandardiseFactor, TimeToEventSpec};
pub use schema::{definition_schema, manifest_schema, DEFINITION_SCHEMA_ID, DIALECT, MANIFEST_SCHEMA_ID};
pub use vocabulary::{DefinitionStatus, Dimension, Direction, Domain, Respondent, Wave};

pub(crate) use error::suggestion;
pub(crate) use load::read_manifest;

use crate::ids::{IndicatorId, SetId};
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::{Arc, OnceLock};

/// Indicator definitions and set manifests, looked up by id.
#[derive(Debug, Clone, Default)]
pub struct Catalogue {
    definitions: BTreeMap<IndicatorId, Arc<IndicatorDefinition>>,
    /// Where each definition came from, for messages.
    origins: BTreeMap<IndicatorId, String>,
    sets: BTreeMap<SetId, SetManifest>,
}

impl Catalogue {
    /// The catalogue bundled in the crate, parsed once on first use.
    ///
    /// It fails only if the crate was built from broken data files, which
    /// the crate's own tests rule out; the error is kept rather than turned
    /// into a panic all the same.
    ///
    /// # Errors
    ///
    /// [`CatalogueError::Format`] naming `<bundled indicators>`, only for a
    /// broken build.
    pub fn bundled() -> Result<&'static Catalogue> {
        static BUNDLED: OnceLock<std::result::Result<Catalogue, String>> = OnceLock::new();
        BUNDLED.get_or_init(|| bundled::load().map_err(|e| e.to_string())).as_ref().map_err(|reason| {
            CatalogueError::Format {
                path: "<bundled indicators>".into(),
                problem: FormatProblem::Bundled { reason: reason.clone() },
            }
        })
    }

    /// Reads every indicator definition and set manifest below `dir`
    /// (recursively; JSON Schema documents are skipped).
    ///
    /// # Errors
    ///
    /// Every [`CatalogueError`] of reading: a file that cannot be read
    /// (`Io`), is not JSON (`Syntax`) or not a definition or manifest
    /// (`Format`), or an id defined twice (`DuplicateIndicator`).
    pub fn from_dir(dir: impl AsRef<Path>) -> Result<Catalogue> {
        load::from_dir(dir.as_ref())
    }

    /// This catalogue with every definition and manifest below `dir` added
    /// (`impact --definitions DIR`): a researcher's own definitions beside
    /// the bundled ones, so that her manifest can name them by id. A
    /// definition of `dir` replaces one of this catalogue with the same id,
    /// as `check-definitions` lets the files it is given win; two
    /// definitions of one id inside `dir` are refused.
    ///
    /// # Errors
    ///
    /// [`CatalogueError::NotAFolder`] when `dir` is not a folder; those of
    /// [`Catalogue::from_dir`].
    pub fn with_definitions(&self, dir: impl AsRef<Path>) -> Result<Catalogue> {
        let dir = dir.as_ref();
        if !dir.is_dir() {
            return Err(CatalogueError::NotAFolder { path: dir.to_path_buf(), exists: dir.exists() });
        }
        let own = load::from_dir(dir)?;
        let mut out = self.clone();
        out.origins.extend(own.origins);
        out.definitions.extend(own.definitions);
        out.sets.extend(own.sets);
        Ok(out)
    }

    /// Adds a definition.
    ///
    /// # Errors
    ///
    /// [`CatalogueError::DuplicateIndicator`] when the id is taken.
    pub fn add_definition(&mut self, definition: IndicatorDefinition, origin: impl Into<String>) -> Result<()> {
        let origin = origin.into();
        if let Some(other) = self.origins.get(&definition.id) {
            return Err(CatalogueError::DuplicateIndicator {
                id: definition.id.to_string(),
                path: origin.into(),
                other: other.clone(),
            });
        }
        self.origins.insert(definition.id.clone(), origin);
        self.definitions.insert(definition.id.clone(), Arc::new(definition));
        Ok(())
    }

    /// Adds a set manifest, replacing one of the same id.
    pub fn add_set(&mut self, manifest: SetManifest) {
        self.sets.insert(manifest.id.clone(), manifest);
    }

    /// The definition with that id.
    pub fn definition(&self, id: &str) -> Option<&Arc<IndicatorDefinition>> {
        self.definitions.get(id)
    }

    /// Every definition, sorted by id.
    pub fn definitions(&self) -> impl Iterator<Item = &Arc<IndicatorDefinition>> {
        self.definitions.values()
    }

    /// Every set manifest, sorted by id.
    pub fn manifests(&self) -> impl Iterator<Item = &SetManifest> {
        self.sets.values()
    }

    /// The manifest of the set with that id.
    pub fn manifest(&self, id: &str) -> Option<&SetManifest> {
        self.sets.get(id)
    }

    /// The error for a set id this catalogue does not hold.
    pub(crate) fn unknown_set(&self, name: &str) -> CatalogueError {
        let ids: Vec<&str> = self.sets.keys().map(|k| k.as_str()).collect();
        CatalogueError::UnknownSet {
            name: name.to_string(),
            suggestion: suggestion(name, ids.iter().copied()),
            available: ids.iter().map(|s| s.to_string()).collect(),
        }
    }
}
