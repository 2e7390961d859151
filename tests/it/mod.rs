//! Integration tests, one module per capability, all in one test binary.

mod conformance;
mod render;
mod render_browser;
mod render_support;
pub mod support;
