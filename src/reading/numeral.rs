//! Numerals: Arabic (`12,157`, `29.3`, `１２．５`), Chinese (`十三`, `一百零五`,
//! `两千六`, `二十九点三`), fractions (`百分之五十`, `三分之一`, `千分之三`), round
//! approximations (`十几`, `数百`, `上千`, `近百`) and round amounts (`千亿`, `万亿`).
//!
//! A small nom grammar; every production is total and its arithmetic checked,
//! so a numeral that overflows is a parse error, never a wrong number.

use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::character::complete::satisfy;
use nom::error::{Error as NomError, ErrorKind};
use nom::{IResult, Parser};

use crate::model::Bound;

/// A decimal number `mantissa × 10^exponent`, kept exact until the end so
/// that `164.8万` is 1648000 and not 1648000.0000000002.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Decimal {
    mantissa: u64,
    exponent: i32,
}

/// Largest value a figure may have. Beyond it a reading is nonsense, and
/// `f64` could no longer hold every integer exactly.
const MAX_VALUE: f64 = 1e16;

impl Decimal {
    pub(crate) const fn integer(n: u64) -> Decimal {
        Decimal { mantissa: n, exponent: 0 }
    }

    /// `self × 10^k`, or `None` when the result would be out of range.
    pub(crate) fn scaled(self, k: i32) -> Option<Decimal> {
        let exponent = self.exponent.checked_add(k)?;
        (-30..=30).contains(&exponent).then_some(Decimal { mantissa: self.mantissa, exponent })
    }

    /// The value as `f64`, or `None` when it is larger than any figure can be.
    pub(crate) fn to_f64(self) -> Option<f64> {
        let Decimal { mantissa, exponent } = self;
        let value = if exponent >= 0 {
            match 10u64.checked_pow(exponent as u32).and_then(|p| mantissa.checked_mul(p)) {
                Some(n) => n as f64,
                None => mantissa as f64 * 10f64.powi(exponent),
            }
        } else {
            // Both operands are exact doubles for the inputs we accept, so the
            // one division rounds correctly, like parsing the decimal string.
            mantissa as f64 / 10f64.powi(-exponent)
        };
        (value.is_finite() && value < MAX_VALUE).then_some(value)
    }
}

/// Which script a numeral is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Script {
    /// `0-9`, full-width `０-９`.
    Arabic,
    /// `一二三`, `十百千万亿`.
    Chinese,
}

/// A numeral read from text, before any magnitude or unit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Numeral {
    pub value: Decimal,
    pub script: Script,
    /// Set for round approximations: `数百` is over 100, `近百` under 100.
    pub approx: Option<Bound>,
    /// Set for `百分之…`, `千分之…`, `N分之M`: `value` is already in percent.
    pub percent: bool,
    /// Set when the numeral has a decimal point.
    pub point: bool,
    /// Set for a bare digit string without 十百千 (`二〇二四`, `三四`): a code
    /// or a year, or an approximate range, never a count.
    pub digit_string: bool,
}

type Res<'a, T> = IResult<&'a str, T>;

fn fail<T>(i: &str) -> Res<'_, T> {
    Err(nom::Err::Error(NomError::new(i, ErrorKind::Verify)))
}

/// Reads the numeral at the start of `i`.
///
/// `number := percent_of | fraction | round | arabic | chinese`
///
/// Fractions, `十几` and plain Chinese numerals all begin with a Chinese
/// integer: it is read once and what follows it decides.
pub(crate) fn number(i: &str) -> Res<'_, Numeral> {
    if let Ok(found) = percent_of(i) {
        return Ok(found);
    }
    if let Ok(found) = round_prefixed(i) {
        return Ok(found);
    }
    if let Ok(found) = bare_round(i) {
        return Ok(found);
    }
    if let Ok(found) = arabic(i) {
        return Ok(found);
    }
    // A digit string (`二〇二四`) is never followed by 分之 or 几: its
    // integer stops before its second digit.
    if let Ok(found) = digit_string(i) {
        return Ok(found);
    }
    let (rest, whole) = cn_integer(i)?;
    if let Some(numerator) = rest.strip_prefix("分之") {
        if let Ok(found) = fraction_of(i, whole, numerator) {
            return Ok(found);
        }
    }
    if let Some(after) = rest.strip_prefix('几') {
        return Ok((after, round_numeral(whole, Bound::Over))); // 十几
    }
    chinese_integer(i, rest, whole)
}

/// The digit an Arabic or full-width digit char stands for.
pub(crate) fn arabic_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// `arabic := digits ("," ddd)* (("." | "．") digits)?`
fn arabic(i: &str) -> Res<'_, Numeral> {
    let mut mantissa: u64 = 0;
    let mut exponent: i32 = 0;
    let mut push = |d: u32| -> Option<()> {
        mantissa = mantissa.checked_mul(10)?.checked_add(u64::from(d))?;
        Some(())
    };
    let (mut rest, lead) = digit_run(i)?;
    if lead.is_empty() {
        return fail(i);
    }
    if lead.len() == 1 {
        if let Some(spaced) = spaced_digits(i) {
            return Ok(spaced);
        }
    }
    for d in lead.chars().filter_map(arabic_digit) {
        if push(d).is_none() {
            return fail(i);
        }
    }
    // Thousands groups: only after a lead of 1-3 digits, each exactly three.
    if lead.chars().count() <= 3 {
        while let Some(after) = rest.strip_prefix(',') {
            let (after_group, group) = digit_run(after)?;
            if group.chars().count() != 3 {
                break;
            }
            for d in group.chars().filter_map(arabic_digit) {
                if push(d).is_none() {
                    return fail(i);
                }
            }
            rest = after_group;
        }
    }
    let mut point = false;
    if let Some(after) = rest.strip_prefix('.').or_else(|| rest.strip_prefix('．')) {
        let (after_frac, frac) = digit_run(after)?;
        if !frac.is_empty() {
            for d in frac.chars().filter_map(arabic_digit) {
                if push(d).is_none() {
                    return fail(i);
                }
                exponent -= 1;
            }
            point = true;
            rest = after_frac;
        }
    }
    let value = Decimal { mantissa, exponent };
    Ok((rest, Numeral { value, script: Script::Arabic, approx: None, percent: false, point, digit_string: false }))
}

/// `1 9 9 7`, `8 ．8`: single digits each set apart by one space, as
/// some text extraction writes every number, read as the digits together;
/// `None` unless `i` opens with such a run (a space inside, every digit
/// alone).
fn spaced_digits(i: &str) -> Option<(&str, Numeral)> {
    let bytes = i.as_bytes();
    let digit = |at: usize| i[at..].chars().next().and_then(arabic_digit).map(|d| (d, i[at..].chars().next().map_or(1, char::len_utf8)));
    let lone = |at: usize| digit(at).filter(|&(_, len)| digit(at + len).is_none());
    let (mut mantissa, mut exponent, mut spaced, mut point) = (0u64, 0i32, false, false);
    let (first, len) = lone(0)?;
    mantissa += u64::from(first);
    let mut at = len;
    loop {
        let mut next = at;
        if bytes.get(next) == Some(&b' ') {
            next += 1;
        }
        if !point {
            let mark = i[next..].strip_prefix('.').or_else(|| i[next..].strip_prefix('．'));
            if let Some(after) = mark {
                let after_mark = i.len() - after.len();
                let after_space = after_mark + usize::from(after.starts_with(' '));
                if lone(after_space).is_some() {
                    spaced |= next > at || after_space > after_mark;
                    point = true;
                    next = after_space;
                }
            }
        }
        let Some((d, len)) = lone(next) else { break };
        if next == at {
            // Two digits side by side: not a spaced run.
            return None;
        }
        spaced |= next > at;
        mantissa = mantissa.checked_mul(10)?.checked_add(u64::from(d))?;
        exponent -= i32::from(point);
        at = next + len;
    }
    let numeral = Numeral { value: Decimal { mantissa, exponent }, script: Script::Arabic, approx: None, percent: false, point, digit_string: false };
    spaced.then_some((&i[at..], numeral))
}

/// The longest run of Arabic digits at the start of `i` (possibly empty).
///
/// A run longer than [`MAX_DIGITS`] is no number at all: an error, found
/// without reading the rest of the run.
fn digit_run(i: &str) -> Res<'_, &str> {
    let mut end = i.len();
    for (n, (at, c)) in i.char_indices().enumerate() {
        if arabic_digit(c).is_none() {
            end = at;
            break;
        }
        if n == MAX_DIGITS {
            return Err(nom::Err::Error(NomError::new(i, ErrorKind::TooLarge)));
        }
    }
    Ok((&i[end..], &i[..end]))
}

/// More digits than any figure is written with.
const MAX_DIGITS: usize = 40;

/// The digit a Chinese digit char stands for (`〇`…`九`, `两` and the
/// financial forms included).
pub(crate) fn chinese_digit(c: char) -> Option<u32> {
    cn_digit_value(c).and_then(|d| u32::try_from(d).ok())
}

/// The value of a Chinese digit char, `两` and the financial forms included.
fn cn_digit_value(c: char) -> Option<u64> {
    Some(match c {
        '零' | '〇' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '兩' | '贰' | '貳' => 2,
        '三' | '叁' | '參' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// The value of a unit inside a Chinese numeral: `十百千` within a section,
/// `万亿` between sections.
fn cn_power_value(c: char) -> Option<u64> {
    Some(match c {
        '十' | '拾' => 10,
        '百' | '佰' => 100,
        '千' | '仟' => 1_000,
        '万' | '萬' => 10_000,
        '亿' | '億' => 100_000_000,
        _ => return None,
    })
}

/// The tens of a char that writes them alone: 廿 20, 卅 30, 卌 40.
fn tens_value(c: char) -> Option<u64> {
    Some(match c {
        '廿' => 2,
        '卅' => 3,
        '卌' => 4,
        _ => return None,
    })
}

/// One piece of a Chinese integer.
#[derive(Clone, Copy)]
enum Token {
    Digit(u64),
    Zero,
    /// 十 百 千
    Small(u64),
    /// 万 亿
    Big(u64),
    /// 廿 = 二十, 卅 = 三十, 卌 = 四十: the tens, in one char.
    Tens(u64),
}

fn cn_token(i: &str) -> Res<'_, Token> {
    let (rest, c) = satisfy(|c| cn_digit_value(c).is_some() || cn_power_value(c).is_some() || tens_value(c).is_some())(i)?;
    let token = match (cn_digit_value(c), cn_power_value(c), tens_value(c)) {
        (Some(0), _, _) => Token::Zero,
        (Some(d), _, _) => Token::Digit(d),
        (None, Some(p), _) if p >= 10_000 => Token::Big(p),
        (None, Some(p), _) => Token::Small(p),
        (None, None, tens) => Token::Tens(tens.unwrap_or(2)),
    };
    Ok((rest, token))
}

/// `cn_integer := (section big_unit*)+ colloquial_digit?`, where
/// `section := (digit? small_unit | 零)* digit?` and units fall from left to
/// right: `一百零五`, `二十四`, `三千五百万亿`, `一亿二千万`, `三万五` (35000).
///
/// Reading stops before a token that breaks the order (`十四五` reads `十四`).
/// Starts with a digit, `十` or `廿`; a bare `百`/`万` is not a number.
pub(crate) fn cn_integer(i: &str) -> Res<'_, u64> {
    let too_large = || nom::Err::Error(NomError::new(i, ErrorKind::TooLarge));
    let mut reader = CnInteger::default();
    let mut rest = i;
    while let Ok((after, token)) = cn_token(rest) {
        match reader.push(token) {
            Ok(()) => rest = after,
            Err(Halt::Stop) => break,
            Err(Halt::Overflow) => return Err(too_large()),
        }
    }
    if rest.len() == i.len() {
        return fail(i);
    }
    let total = reader.finish().map_err(|_| too_large())?;
    Ok((rest, total))
}

/// Why [`CnInteger`] takes no more tokens.
enum Halt {
    /// The token does not continue this numeral.
    Stop,
    /// The numeral is too large for `u64`.
    Overflow,
}

fn add(a: u64, b: u64) -> Result<u64, Halt> {
    a.checked_add(b).ok_or(Halt::Overflow)
}

fn mul(a: u64, b: u64) -> Result<u64, Halt> {
    a.checked_mul(b).ok_or(Halt::Overflow)
}

/// The state of [`cn_integer`] between tokens.
#[derive(Default)]
struct CnInteger {
    /// Sections closed by 万/亿: (value, scale of their big units).
    groups: Vec<(u64, u64)>,
    /// The value of the current section (below the next big unit).
    section: u64,
    /// A digit waiting for its unit.
    pending: Option<u64>,
    /// The last small unit of this section; the next must be smaller.
    last_small: Option<u64>,
    /// The unit read just before, for 三万五 and 一百二.
    last_unit: Option<u64>,
    zero_seen: bool,
    /// The numeral began with 零 (`零点五`): nothing may follow.
    lone_zero: bool,
    started: bool,
}

impl CnInteger {
    fn push(&mut self, token: Token) -> Result<(), Halt> {
        match token {
            _ if self.lone_zero => return Err(Halt::Stop), // 零 stands alone
            Token::Digit(_) | Token::Zero | Token::Tens(_) if self.pending.is_some() => return Err(Halt::Stop),
            Token::Digit(d) => self.pending = Some(d),
            Token::Zero if !self.started => self.lone_zero = true,
            Token::Zero => {
                self.zero_seen = true;
                self.last_unit = None;
            }
            Token::Tens(tens) => self.small(tens, 10)?,
            Token::Small(power) => match self.pending {
                Some(d) => self.small(d, power)?,
                // 十三, 一千零十, 四百十一: a bare 十 is one ten.
                None if power == 10 => self.small(1, 10)?,
                None => return Err(Halt::Stop),
            },
            Token::Big(power) => self.big(power)?,
        }
        self.started = true;
        Ok(())
    }

    fn small(&mut self, digit: u64, power: u64) -> Result<(), Halt> {
        if self.last_small.is_some_and(|last| power >= last) {
            return Err(Halt::Stop);
        }
        self.section = add(self.section, mul(digit, power)?)?;
        self.pending = None;
        self.last_small = Some(power);
        self.last_unit = Some(power);
        self.zero_seen = false;
        Ok(())
    }

    fn big(&mut self, power: u64) -> Result<(), Halt> {
        let section = add(self.section, self.pending.unwrap_or(0))?;
        if section == 0 {
            // 万亿: a big unit right after another multiplies the group.
            match (self.last_unit, self.groups.last_mut()) {
                (Some(unit), Some(top)) if unit >= 10_000 => {
                    top.0 = mul(top.0, power)?;
                    top.1 = mul(top.1, power)?;
                }
                _ => return Err(Halt::Stop),
            }
        } else {
            if self.groups.last().is_some_and(|&(_, scale)| scale == power) {
                return Err(Halt::Stop); // 一万一万: a big unit does not repeat
            }
            // 一千一百一十一万一千一百一十一亿: the groups below a larger
            // unit are multiplied by it with the section.
            let mut below = section;
            while let Some(&(value, _)) = self.groups.last().filter(|&&(_, scale)| scale < power) {
                below = add(below, value)?;
                self.groups.pop();
            }
            if self.groups.last().is_some_and(|&(_, scale)| scale < power) {
                return Err(Halt::Stop);
            }
            self.groups.push((mul(below, power)?, power));
        }
        self.section = 0;
        self.pending = None;
        self.last_small = None;
        self.last_unit = Some(power);
        self.zero_seen = false;
        Ok(())
    }

    fn finish(self) -> Result<u64, Halt> {
        let mut total = self.section;
        if let Some(d) = self.pending {
            // 三万五 = 35000, 一百二 = 120: a last digit right after a unit
            // counts in tenths of it; after 零 (一百零五) or alone, in ones.
            let scale = match self.last_unit {
                Some(unit) if unit >= 100 => unit / 10,
                _ => 1,
            };
            total = add(total, mul(d, scale)?)?;
        }
        for (value, _) in self.groups {
            total = add(total, value)?;
        }
        Ok(total)
    }
}

/// `cn_digit_string := (digit | 零)(digit | 零)+`, read position by position:
/// `二〇二四`, `一二三`. Never a count: a year, a code or a range (`三四万`).
fn cn_digit_string(i: &str) -> Res<'_, u64> {
    let mut value: u64 = 0;
    let mut count = 0;
    let mut rest = i;
    while let Ok((after, c)) = satisfy::<_, &str, NomError<&str>>(|c| cn_digit_value(c).is_some())(rest) {
        let d = cn_digit_value(c).unwrap_or(0);
        value = value.saturating_mul(10).saturating_add(d);
        count += 1;
        rest = after;
    }
    if count < 2 {
        return fail(i);
    }
    Ok((rest, value))
}

/// `cn_fraction_digits := (点 | 點) (digit | 零)+`, the digits after a Chinese point.
fn cn_fraction_digits(i: &str) -> Res<'_, (u64, i32)> {
    let (mut rest, _) = alt((tag("点"), tag("點"))).parse(i)?;
    let mut mantissa: u64 = 0;
    let mut digits: i32 = 0;
    while let Ok((after, c)) = satisfy::<_, &str, NomError<&str>>(|c| cn_digit_value(c).is_some())(rest) {
        let d = cn_digit_value(c).unwrap_or(0);
        mantissa = match mantissa.checked_mul(10).and_then(|m| m.checked_add(d)) {
            Some(m) => m,
            None => return fail(i),
        };
        digits += 1;
        rest = after;
    }
    if digits == 0 {
        return fail(i);
    }
    Ok((rest, (mantissa, digits)))
}

/// A Chinese numeral's value, with or without a point.
fn chinese_numeral(value: Decimal, point: bool) -> Numeral {
    Numeral { value, script: Script::Chinese, approx: None, percent: false, point, digit_string: false }
}

/// A Chinese digit string (`二〇二四`), flagged as one.
fn digit_string(i: &str) -> Res<'_, Numeral> {
    let (rest, n) = cn_digit_string(i)?;
    Ok((rest, Numeral { digit_string: true, ..chinese_numeral(Decimal::integer(n), false) }))
}

/// `chinese := cn_digit_string | cn_integer cn_fraction_digits?`
fn chinese(i: &str) -> Res<'_, Numeral> {
    if let Ok(found) = digit_string(i) {
        return Ok(found);
    }
    let (rest, whole) = cn_integer(i)?;
    chinese_integer(i, rest, whole)
}

/// The integer `whole` read from `i`, with the point and digits in `rest`
/// that may follow it (`二十九点三`).
fn chinese_integer<'a>(i: &'a str, rest: &'a str, whole: u64) -> Res<'a, Numeral> {
    let Ok((rest, (frac, digits))) = cn_fraction_digits(rest) else {
        return Ok((rest, chinese_numeral(Decimal::integer(whole), false)));
    };
    let mantissa = 10u64
        .checked_pow(digits as u32)
        .and_then(|p| whole.checked_mul(p))
        .and_then(|m| m.checked_add(frac));
    match mantissa {
        Some(mantissa) => Ok((rest, chinese_numeral(Decimal { mantissa, exponent: -digits }, true))),
        None => fail(i),
    }
}

/// `plain := arabic | chinese`, a numeral without fraction or approximation.
fn plain(i: &str) -> Res<'_, Numeral> {
    alt((arabic, chinese)).parse(i)
}

/// `percent_of := ("百分之" | "千分之") plain`: `百分之五十` is 50 %, `千分之三` 0.3 %.
fn percent_of(i: &str) -> Res<'_, Numeral> {
    let (rest, per) = alt((tag("百分之"), tag("千分之"))).parse(i)?;
    let (rest, n) = plain(rest)?;
    if n.digit_string {
        return fail(i);
    }
    let shift = if per == "千分之" { -1 } else { 0 };
    match n.value.scaled(shift) {
        Some(value) => Ok((rest, Numeral { value, percent: true, ..n })),
        None => fail(i),
    }
}

/// `fraction := cn_integer "分之" plain`: `三分之一` is 33.333333333333 %.
/// `denominator` is read from `i`; `numerator` is the text after `分之`.
fn fraction_of<'a>(i: &'a str, denominator: u64, numerator: &'a str) -> Res<'a, Numeral> {
    let (rest, numerator) = plain(numerator)?;
    let Some(numerator) = numerator.value.to_f64() else {
        return fail(i);
    };
    if denominator == 0 || numerator.is_nan() {
        return fail(i);
    }
    // Twelve decimals of a percent are more than any report states.
    let percent = (numerator * 100.0 / denominator as f64 * 1e12).trunc();
    if !(0.0..9e15).contains(&percent) {
        return fail(i);
    }
    let value = Decimal { mantissa: percent as u64, exponent: -12 };
    Ok((rest, Numeral { percent: true, ..chinese_numeral(value, true) }))
}

/// A round number: `value`, as a bound.
fn round_numeral(value: u64, bound: Bound) -> Numeral {
    Numeral { approx: Some(bound), ..chinese_numeral(Decimal::integer(value), false) }
}

/// `round := ("数" | "几" | "上" | "近" | "超" | "逾") power+ | cn_integer "几"`:
/// `数百` (over 100), `上千` (over 1000), `近百` (under 100), `几十万`; the
/// second form (`十几`, over 10) is read in [`number`].
fn round_prefixed(i: &str) -> Res<'_, Numeral> {
    let (rest, prefix) = satisfy::<_, &str, NomError<&str>>(|c| matches!(c, '数' | '几' | '上' | '近' | '超' | '逾'))(i)?;
    let Some((rest, value, 1..)) = round_powers(rest) else { return fail(i) };
    let bound = if prefix == '近' { Bound::Under } else { Bound::Over };
    Ok((rest, round_numeral(value, bound)))
}

/// A Chinese integer split at its last big unit (`万`, `亿`): the value up
/// to and with that unit, the value below it, and the unit's power of ten:
/// `一亿一千` → (100 000 000, 1000, 8). A magnitude after `多` or `余`
/// scales the part below alone: `一亿一千多万` is over 110 million. `None`
/// where the numeral has no big unit or its parts do not read alone.
pub(crate) fn split_at_big_unit(numeral: &str) -> Option<(u64, u64, i32)> {
    let (at, unit) = numeral.char_indices().rev().find(|&(_, c)| matches!(c, '万' | '萬' | '亿' | '億'))?;
    let power = if matches!(unit, '万' | '萬') { 4 } else { 8 };
    let high = match cn_integer(&numeral[..at + unit.len_utf8()]) {
        Ok(("", high)) => high,
        _ => return None,
    };
    let below = &numeral[at + unit.len_utf8()..];
    let low = match cn_integer(below) {
        _ if below.is_empty() => 0,
        Ok(("", low)) => low,
        _ => return None,
    };
    Some((high, low, power))
}

/// The chars a round amount without a digit starts with (`千亿`, `万亿`).
pub(crate) const ROUND_AMOUNT_STARTS: [char; 6] = ['百', '佰', '千', '仟', '万', '萬'];

/// `bare_round := ("百" | "千") ("万" | "亿")+ | "万" "亿"+`: a round
/// amount without a digit, `千亿元`, `百万千瓦`, `万亿元`; exact.
fn bare_round(i: &str) -> Res<'_, Numeral> {
    let starts = i.starts_with(ROUND_AMOUNT_STARTS);
    match round_powers(i) {
        Some((rest, value, 2..)) if starts => Ok((rest, chinese_numeral(Decimal::integer(value), false))),
        _ => fail(i),
    }
}

/// `powers := power ("万" | "亿")*`, multiplied, with how many there
/// are: after the first only a magnitude follows, so `百万千瓦` is 百万
/// of 千瓦. `None` on overflow.
fn round_powers(i: &str) -> Option<(&str, u64, usize)> {
    let mut value: u64 = 1;
    let mut count = 0;
    let mut taken = 0;
    for c in i.chars() {
        let Some(power) = cn_power_value(c).filter(|&power| count == 0 || power >= 10_000) else { break };
        value = value.checked_mul(power)?;
        count += 1;
        taken += c.len_utf8();
    }
    Some((&i[taken..], value, count))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The value and what is left, or `None` when `number` fails.
    fn read(s: &str) -> Option<(f64, &str)> {
        let (rest, n) = number(s).ok()?;
        Some((n.value.to_f64()?, rest))
    }

    fn value(s: &str) -> Option<f64> {
        match read(s) {
            Some((v, "")) => Some(v),
            _ => None,
        }
    }

    #[test]
    fn arabic_forms() {
        assert_eq!(value("12157"), Some(12157.0));
        assert_eq!(value("12,157"), Some(12157.0));
        assert_eq!(value("1,234,567.5"), Some(1234567.5));
        assert_eq!(value("29.3"), Some(29.3));
        assert_eq!(value("１２．５"), Some(12.5));
        assert_eq!(value("０"), Some(0.0));
        assert_eq!(read("12,15个"), Some((12.0, ",15个")));
        assert_eq!(read("1234,567"), Some((1234.0, ",567")));
        assert_eq!(read("100."), Some((100.0, ".")));
        assert_eq!(read("1 9 9 7 年"), Some((1997.0, " 年")));
        assert_eq!(read("8 ．8 ％"), Some((8.8, " ％")));
        assert_eq!(read("7 4 7 7 2 亿元"), Some((74772.0, " 亿元")));
        assert_eq!(read("0 .5"), Some((0.5, "")));
        assert_eq!(read("1 23"), Some((1.0, " 23")));
        assert_eq!(read("1 2 3.5"), Some((123.5, "")));
        assert_eq!(read("8 ."), Some((8.0, " .")));
    }

    #[test]
    fn chinese_integers() {
        let cases = [
            ("零", 0.0),
            ("十", 10.0),
            ("十三", 13.0),
            ("二十四", 24.0),
            ("一百零五", 105.0),
            ("两", 2.0),
            ("两千六", 2600.0),
            ("一百二", 120.0),
            ("三万五", 35000.0),
            ("廿三", 23.0),
            ("一千零十", 1010.0),
            ("一万二千三百四十五", 12345.0),
            ("三千五百万亿", 3.5e15),
            ("一亿二千万", 1.2e8),
            ("十二亿零五百万", 1_205_000_000.0),
            ("壹佰贰拾叁", 123.0),
            ("二十九点三", 29.3),
            ("零点五", 0.5),
            ("四百十一", 411.0),
            ("一千一百一十一万一千一百一十一亿一千一百一十一万一千一百一十一", 1_111_111_111_111_111.0),
            ("三万五千亿", 3.5e12),
            ("八點五", 8.5),
        ];
        for (text, want) in cases {
            assert_eq!(value(text), Some(want), "{text}");
        }
    }

    #[test]
    fn chinese_stops_where_the_order_breaks() {
        assert_eq!(read("十四五"), Some((14.0, "五")));
        assert_eq!(read("十三连涨"), Some((13.0, "连涨")));
        assert_eq!(read("一百一百"), Some((110.0, "百")));
        assert_eq!(read("三点建议"), Some((3.0, "点建议")));
    }

    #[test]
    fn digit_strings_are_flagged() {
        let (rest, n) = number("二〇二四年").unwrap();
        assert_eq!((rest, n.digit_string), ("年", true));
        assert!(number("三四万吨").unwrap().1.digit_string);
        assert!(!number("三万吨").unwrap().1.digit_string);
    }

    #[test]
    fn fractions_are_percent() {
        let n = number("百分之二十九点三").unwrap().1;
        assert!(n.percent);
        assert_eq!(n.value.to_f64(), Some(29.3));
        assert_eq!(value("百分之50"), Some(50.0));
        assert_eq!(value("千分之三"), Some(0.3));
        assert_eq!(value("三分之一"), Some(33.333333333333));
        assert_eq!(value("四分之三"), Some(75.0));
        assert_eq!(value("零分之一"), None);
    }

    #[test]
    fn round_amounts_without_a_digit() {
        assert_eq!(read("千亿元"), Some((1e11, "元")));
        assert_eq!(read("百亿元"), Some((1e10, "元")));
        assert_eq!(read("万亿元"), Some((1e12, "元")));
        assert_eq!(read("百万千瓦"), Some((1e6, "千瓦")));
        assert_eq!(read("超百万千瓦"), Some((1e6, "千瓦")));
        assert_eq!(number("千亿元").unwrap().1.approx, None);
        assert_eq!(read("千家万户"), None);
        assert_eq!(read("万众一心"), None);
    }

    #[test]
    fn round_numbers_carry_their_bound() {
        for (text, want, bound) in [
            ("数百", 100.0, Bound::Over),
            ("上千", 1000.0, Bound::Over),
            ("近百", 100.0, Bound::Under),
            ("超千", 1000.0, Bound::Over),
            ("几十万", 100_000.0, Bound::Over),
            ("数十亿", 1e9, Bound::Over),
            ("十几", 10.0, Bound::Over),
        ] {
            let (rest, n) = number(text).unwrap();
            assert_eq!((rest, n.value.to_f64(), n.approx), ("", Some(want), Some(bound)), "{text}");
        }
    }

    #[test]
    fn not_numbers() {
        for text in ["百", "万件", "亿元", "数据", "上海", "近岸", "点", "", "abc", "、"] {
            assert!(number(text).is_err(), "{text}");
        }
    }

    #[test]
    fn overflow_is_an_error_never_a_wrong_number() {
        assert!(number("九千九百九十九万亿亿亿").is_err());
        assert!(number("99999999999999999999").is_err());
        let big = number("9999999999999999").unwrap().1;
        assert_eq!(big.value.scaled(8).and_then(Decimal::to_f64), None);
        assert_eq!(number("1").unwrap().1.value.scaled(40), None);
    }

    #[test]
    fn decimal_scaling_is_exact() {
        let n = number("164.8").unwrap().1.value;
        assert_eq!(n.scaled(4).and_then(Decimal::to_f64), Some(1_648_000.0));
        let n = number("1.3").unwrap().1.value;
        assert_eq!(n.scaled(4).and_then(Decimal::to_f64), Some(13_000.0));
    }

    /// Writes `n` in Chinese numerals the way reports do (`一百零五`, `十三`).
    fn to_chinese(n: u64) -> String {
        const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
        fn below_wan(n: u64, leading: bool) -> String {
            let mut out = String::new();
            let mut zero = false;
            for (power, unit) in [(1000, "千"), (100, "百"), (10, "十"), (1, "")] {
                let d = (n / power % 10) as usize;
                if d == 0 {
                    zero = !out.is_empty();
                    continue;
                }
                if zero {
                    out.push('零');
                    zero = false;
                }
                if !(d == 1 && power == 10 && out.is_empty() && leading) {
                    out.push(DIGITS[d]);
                }
                out.push_str(unit);
            }
            out
        }
        if n == 0 {
            return "零".into();
        }
        let mut out = String::new();
        let parts = [(n / 100_000_000, "亿"), (n / 10_000 % 10_000, "万"), (n % 10_000, "")];
        let mut gap = false;
        for (part, unit) in parts {
            if part == 0 {
                gap = !out.is_empty();
                continue;
            }
            if !out.is_empty() && (gap || part < 1000) {
                out.push('零');
            }
            gap = false;
            out.push_str(&below_wan(part, out.is_empty()));
            out.push_str(unit);
        }
        out
    }

    #[test]
    fn split_at_the_last_big_unit() {
        assert_eq!(split_at_big_unit("一亿一千"), Some((100_000_000, 1000, 8)));
        assert_eq!(split_at_big_unit("三万五千"), Some((30_000, 5000, 4)));
        assert_eq!(split_at_big_unit("一万"), Some((10_000, 0, 4)));
        assert_eq!(split_at_big_unit("一千"), None);
        // 一亿一 is 110 million as a whole, but its 一 alone is one.
        assert_eq!(split_at_big_unit("一亿一"), Some((100_000_000, 1, 8)));
    }

    #[test]
    fn to_chinese_writes_like_reports() {
        assert_eq!(to_chinese(105), "一百零五");
        assert_eq!(to_chinese(13), "十三");
        assert_eq!(to_chinese(100_010_000), "一亿零一万");
        assert_eq!(to_chinese(120_000), "十二万");
    }

    proptest! {
        #[test]
        fn chinese_round_trips(n in 0u64..1_000_000_000_000) {
            let written = to_chinese(n);
            prop_assert_eq!(value(&written), Some(n as f64), "{}", written);
        }

        #[test]
        fn arabic_and_full_width_agree(n in 0u64..1_000_000_000_000, frac in 0u32..1000) {
            let ascii = format!("{n}.{frac:03}");
            let wide: String = ascii
                .chars()
                .map(|c| match c {
                    '.' => '．',
                    d => char::from_u32(d as u32 - '0' as u32 + '０' as u32).unwrap_or(d),
                })
                .collect();
            let want: f64 = ascii.parse().unwrap();
            prop_assert_eq!(value(&ascii), Some(want));
            prop_assert_eq!(value(&wide), Some(want));
        }

        #[test]
        fn a_magnitude_after_more_scales_what_is_below_the_big_unit(high in 1u64..10_000, low in 10u64..10_000, more in prop::sample::select(vec!["多", "余"])) {
            // 一亿一千多万人: high 亿 and low 万, the low part counted in 万.
            let text = format!("有{}亿{}{more}万人。", to_chinese(high), to_chinese(low));
            let figures = crate::extract(&text).figures;
            prop_assert_eq!(figures.len(), 1, "{}", text);
            prop_assert_eq!(figures[0].value, (high * 100_000_000 + low * 10_000) as f64, "{}", text);
            prop_assert_eq!(figures[0].bound, Bound::Over);
        }

        #[test]
        fn any_text_reads_without_panic(s in "\\PC{0,40}") {
            if let Ok((rest, n)) = number(&s) {
                prop_assert!(s.ends_with(rest));
                prop_assert!(n.value.to_f64().is_none_or(f64::is_finite));
            }
        }
    }
}
