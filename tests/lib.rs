//! Integration tests: whole-document snapshots of every fixture, and the
//! rules of each stage, each on a sentence of its own.

mod about;
mod cli;
mod figures;
mod hostile;
mod meaning;
mod projects;
mod properties;
mod snapshots;
mod targets;
