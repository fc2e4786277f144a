//! Pacta: the registry of collaboration pacts.
pub mod domain;
