//! English: for researchers and funders who read English.

/// The English words of every topic.
#[derive(Debug, Clone, Copy)]
pub(crate) struct En;

mod network;
mod report;
mod sroi;
mod summary;
mod vocabulary;
