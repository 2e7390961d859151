//! Integration tests, one module per capability, all in one test binary.

mod conformance;
pub mod support;
