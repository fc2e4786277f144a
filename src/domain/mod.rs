//! Pacta's own rules, with no I/O: the vocabularies of the registry, the pact
//! lifecycle and its deadlines, the canonical text of a pact version, pact
//! numbers and the registry's search filters.
//!
//! Everything here is plain data and pure functions, tested next to the code.
//! `db` turns rows into these types, `web` and `views` display them.

pub mod account;
pub mod amendment;
pub mod attachment;
pub mod call;
pub mod city;
pub mod drafting;
pub mod filter;
pub mod import;
pub mod lifecycle;
pub mod map;
pub mod notification;
pub mod number;
pub mod open_data;
pub mod policy;
pub mod proposal;
pub mod registry_index;
pub mod renewal;
pub mod report;
pub mod search;
pub mod signing;
pub mod template;
pub mod text;
pub mod vocab;
