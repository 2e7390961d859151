//! The crate's one integration-test binary (one link, many modules): each
//! concern has its own module under `tests/it/`; add yours to `it/mod.rs`.

mod it;
