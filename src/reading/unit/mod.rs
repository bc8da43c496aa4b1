//! Units and magnitudes: what follows a number.

mod table;

use std::sync::LazyLock;

use crate::model::Dimension;
use crate::words::Prefixes;

/// One unit of the table in [`table`].
#[derive(Debug)]
pub(crate) struct Unit {
    /// What the text says (`个月`).
    pub word: &'static str,
    /// The unit as reported (`月`).
    pub name: &'static str,
    pub dimension: Dimension,
    /// The base unit of [`Si`](crate::Si), where one applies.
    pub base: Option<&'static str>,
    /// One `word` in `base` units.
    pub factor: f64,
    /// Characters that, right after `word`, make it part of another word.
    pub not_before: &'static str,
    /// A word that must come shortly before the number (`电` for `度`).
    pub after_word: Option<&'static str>,
    /// Only after Arabic digits or a magnitude (`300万方`): after a bare
    /// Chinese numeral the word means something else (`三方会谈`).
    pub measured_only: bool,
    /// A word that makes the number before it no figure: an anniversary
    /// (`建党100周年`).
    pub names_no_figure: bool,
}

impl Unit {
    const fn not_before(self, not_before: &'static str) -> Unit {
        Unit { not_before, ..self }
    }

    const fn after_word(self, word: &'static str) -> Unit {
        Unit { after_word: Some(word), ..self }
    }

    const fn measured_only(self) -> Unit {
        Unit { measured_only: true, ..self }
    }

    /// Whether the unit measures a span of time (`年`, `个月`), not an age (`岁`).
    pub(crate) fn spans_time(&self) -> bool {
        self.dimension == Dimension::Duration && self.word != "岁"
    }

    const fn names_no_figure(self) -> Unit {
        Unit { names_no_figure: true, ..self }
    }
}

static UNIT_WORDS: LazyLock<Prefixes<&Unit>> = LazyLock::new(|| Prefixes::new(table::UNITS.iter().map(|u| (u.word, u))));
static MAGNITUDE_WORDS: LazyLock<Prefixes<i32>> = LazyLock::new(|| Prefixes::new(table::MAGNITUDES.iter().copied()));

/// The chars that units and magnitudes start with.
pub(crate) fn first_chars() -> impl Iterator<Item = char> {
    let units = table::UNITS.iter().map(|u| u.word);
    let magnitudes = table::MAGNITUDES.iter().map(|&(word, _)| word);
    units.chain(magnitudes).filter_map(|word| word.chars().next())
}

/// The longest unit at the start of `text`, unless the characters after it
/// make it part of another word.
pub(crate) fn unit_at(text: &str) -> Option<&'static Unit> {
    let (word, unit) = UNIT_WORDS.longest(text)?;
    let rest = &text[word.len()..];
    // 5所以上: a bound after the unit (not 所以, 所属).
    let bound_follows = || ["以上", "以内", "以下"].iter().any(|bound| rest.starts_with(bound));
    match rest.chars().next() {
        Some(c) if unit.not_before.contains(c) && !bound_follows() => None,
        _ => Some(unit),
    }
}

/// Whether a figure's unit measures a span of time (`年`, `月`), not an
/// age (`岁`): the time-frame rules apply to it.
pub(crate) fn is_time_span(figure: &crate::model::Figure) -> bool {
    figure.dimension == Dimension::Duration && figure.unit != "岁"
}

/// The longest magnitude at the start of `text`: its length in bytes and
/// its power of ten.
pub(crate) fn magnitude_at(text: &str) -> Option<(usize, i32)> {
    MAGNITUDE_WORDS.longest(text).map(|(word, power)| (word.len(), power))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_word_wins() {
        assert_eq!(unit_at("平方公里").map(|u| u.word), Some("平方公里"));
        assert_eq!(unit_at("千瓦时,").map(|u| u.word), Some("千瓦时"));
        assert_eq!(unit_at("个百分点").map(|u| u.name), Some("个百分点"));
        assert_eq!(unit_at("个月").map(|u| u.name), Some("月"));
        assert!(unit_at("所以").is_none());
        assert_eq!(unit_at("所以上、").map(|u| u.word), Some("所"));
        assert_eq!(unit_at("人次").map(|u| u.word), Some("人次"));
        assert_eq!(magnitude_at("万亿元"), Some(("万亿".len(), 12)));
        assert_eq!(magnitude_at("千万元"), Some(("千万".len(), 7)));
    }

    #[test]
    fn words_that_only_start_with_a_unit_are_not_units() {
        assert!(unit_at("项目").is_none());
        // (方面 counts the parts of a plan: no 方 of volume.)
        assert_eq!(unit_at("方面").map(|u| u.name), Some("方面"));
        assert!(unit_at("支持").is_none());
        assert!(unit_at("年代").is_none());
        assert_eq!(unit_at("项,").map(|u| u.word), Some("项"));
    }

    #[test]
    fn table_has_no_duplicates_and_sane_factors() {
        let mut words: Vec<&str> = table::UNITS.iter().map(|u| u.word).collect();
        words.sort_unstable();
        let before = words.len();
        words.dedup();
        assert_eq!(before, words.len(), "a unit word is listed twice");
        for unit in table::UNITS {
            assert!(unit.factor > 0.0 && unit.factor.is_finite(), "{}", unit.word);
            assert!(!unit.word.is_empty() && !unit.name.is_empty());
            if unit.base.is_none() {
                assert_eq!(unit.factor, 1.0, "{} has a factor but no base unit", unit.word);
            }
        }
    }

    #[test]
    fn every_unit_is_found_as_itself() {
        for unit in table::UNITS {
            let found = unit_at(unit.word).map(|u| u.word);
            assert_eq!(found, Some(unit.word), "{} is shadowed", unit.word);
        }
    }
}
