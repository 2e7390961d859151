#![deny(missing_docs)]
//! social-impact (bootstrapping).

pub mod stats;
