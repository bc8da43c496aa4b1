//! Meaning: what the figures say, read from their clauses —
//! the indicator each measures ([`indicator`]), rankings ([`rank`]) and
//! named projects ([`project`]), the headline indicators they measure
//! ([`concept`]) — and whose report it is ([`about`]).

pub(crate) mod about;
pub(crate) mod concept;
pub(crate) mod indicator;
pub(crate) mod project;
pub(crate) mod rank;
