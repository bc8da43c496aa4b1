//! The numeral grammar, through the figures it makes: the fuzzed string is
//! put where numbers stand in a report, before units and after verbs.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "invariants.rs"]
mod invariants;

fuzz_target!(|numeral: &str| {
    let text = format!("全市新增{numeral}个，增长{numeral}%，达{numeral}万元，由{numeral}提高到{numeral}亿千瓦时。");
    invariants::check(&text, &zhibiao::extract(&text));
});
