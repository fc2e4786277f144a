//! HTML views: plain functions from data to `maud::Markup`, with every
//! string taken from the translations. They never touch the database.

pub mod account;
pub mod amendments;
pub mod attachments;
pub mod auth;
pub mod calls;
pub mod city;
pub mod commons;
pub mod components;
pub mod dashboard;
pub mod disputes;
pub mod drafting;
pub mod errors;
pub mod forms;
pub mod home;
pub mod imports;
pub mod invitations;
pub mod jobs;
pub mod layout;
pub mod map;
pub mod notifications;
pub mod open_data;
pub mod pacts;
pub mod parties;
pub mod proposals;
pub mod registry;
pub mod renewals;
pub mod reports;
pub mod review;
pub mod seal;
pub mod second_factor;
pub mod settings;
pub mod signing;
pub mod statistics;
pub mod templates;
pub mod verify;
