//! Integration-test modules, one per concern.

mod collection_schemas;
#[cfg(feature = "check")]
mod definitions;
mod published_schemas;
