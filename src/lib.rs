//! Pacta: the registry that cities and citizens use to run collaboration
//! pacts, from proposal to signed agreement and beyond.
//!
//! The crate is laid out by responsibility:
//!
//! - [`domain`]: Pacta's own rules, pure and tested (lifecycle, vocabularies,
//!   canonical text, filters);
//! - [`db`]: database access over SQLite and PostgreSQL (one codebase);
//! - [`web`]: routes and thin handlers; [`views`]: HTML as functions of data;
//! - [`i18n`]: translations; [`config`], [`app`], [`clock`], [`error`],
//!   [`telemetry`]: the plumbing; [`demo`]: the demo data loader;
//!   [`cli`]: the `pacta` command.

pub mod accounts;
pub mod agreements;
pub mod amendments;
pub mod app;
pub mod cli;
pub mod clock;
pub mod config;
pub mod db;
pub mod demo;
pub mod domain;
pub mod error;
pub mod i18n;
pub mod imports;
pub mod jobs;
pub mod mail;
pub mod notify;
pub mod pdf;
pub mod photos;
pub mod proposals;
pub mod renewals;
pub mod seal;
pub mod security;
pub mod signatures;
pub mod synthetic;
pub mod telemetry;
pub mod terms;
pub mod views;
pub mod web;
