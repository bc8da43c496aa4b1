//! Integration tests: whole-document snapshots of every fixture, and the
//! rules of each stage, each on a sentence of its own.

mod cli;
mod figures;
mod meaning;
mod projects;
mod snapshots;
