//! Reading: what the text says, as written — the outline of numbered
//! sections ([`segment`]), where clauses, sentences and noun phrases end
//! ([`clause`]), numerals ([`numeral`]), units and magnitudes
//! ([`unit`]), and the figures they make ([`figure`]).

pub(crate) mod clause;
pub(crate) mod figure;
pub(crate) mod numeral;
pub(crate) mod segment;
pub(crate) mod unit;
