//! The integration test binary: see `it/mod.rs`.

mod it;
