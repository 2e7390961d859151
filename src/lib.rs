//! social-impact (bootstrapping).
