//! Integration tests: whole-document snapshots of every fixture, and the
//! rules of each stage, each on a sentence of its own.

mod about;
mod cli;
mod figures;
mod hostile;
mod input;
mod meaning;
mod page;
mod projects;
mod properties;
mod snapshots;
mod targets;
