//! The registry: the indicators a set scores, bundled and custom side by side.

use super::{DeclarativeIndicator, Indicator};
use crate::catalogue::IndicatorDefinition;
use crate::ids::IndicatorId;
use std::sync::Arc;

/// Why an indicator could not be registered.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RegistryError {
    /// An indicator with the same id is already registered.
    #[error("an indicator with id {0:?} is already registered; use `Registry::replace` to swap it")]
    Duplicate(IndicatorId),
}

/// An ordered collection of indicators, looked up by id.
///
/// Order matters: it is the order of the set's manifest, and the order of
/// the report.
///
/// ```
/// use social_impact::catalogue::Catalogue;
/// let set = Catalogue::bundled()?.reference_set("exclusion-2023")?;
/// let housing = set.registry().get("excl.housing.situation").expect("bundled");
/// assert_eq!(housing.score("tenancy")?.map(|s| s.positive), Some(Some(true)));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Registry {
    order: Vec<IndicatorId>,
    by_id: foldhash::HashMap<IndicatorId, Arc<dyn Indicator>>,
}

impl Registry {
    /// An empty registry.
    pub fn new() -> Self {
        Registry::default()
    }

    /// Adds an indicator at the end.
    ///
    /// # Errors
    ///
    /// [`RegistryError::Duplicate`] when its id is already taken.
    pub fn register(&mut self, indicator: Arc<dyn Indicator>) -> Result<(), RegistryError> {
        let id = indicator.id().clone();
        if self.by_id.contains_key(&id) {
            return Err(RegistryError::Duplicate(id));
        }
        self.order.push(id.clone());
        self.by_id.insert(id, indicator);
        Ok(())
    }

    /// Adds a declarative indicator built from a definition.
    ///
    /// # Errors
    ///
    /// [`RegistryError::Duplicate`] when its id is already taken.
    pub fn register_definition(&mut self, definition: IndicatorDefinition) -> Result<(), RegistryError> {
        self.register(Arc::new(DeclarativeIndicator::new(definition)))
    }

    /// Puts `indicator` in the place of the one with the same id (keeping its
    /// position), or adds it at the end. Returns the one it replaced.
    pub fn replace(&mut self, indicator: Arc<dyn Indicator>) -> Option<Arc<dyn Indicator>> {
        let id = indicator.id().clone();
        let old = self.by_id.insert(id.clone(), indicator);
        if old.is_none() {
            self.order.push(id);
        }
        old
    }

    /// The indicator with that id.
    pub fn get(&self, id: &str) -> Option<&Arc<dyn Indicator>> {
        self.by_id.get(id)
    }

    /// Whether an indicator of that id is registered.
    pub fn contains(&self, id: &str) -> bool {
        self.get(id).is_some()
    }

    /// The indicators, in order.
    pub fn iter(&self) -> impl Iterator<Item = &Arc<dyn Indicator>> {
        self.order.iter().filter_map(|id| self.by_id.get(id))
    }

    /// The ids, in order.
    pub fn ids(&self) -> impl Iterator<Item = &IndicatorId> {
        self.order.iter()
    }

    /// How many indicators are registered.
    pub fn len(&self) -> usize {
        self.order.len()
    }

    /// Whether none is.
    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }
}
