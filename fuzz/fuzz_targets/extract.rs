//! `extract` on any bytes: a UTF-8 error names a true offset, and every
//! report satisfies the invariants.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "invariants.rs"]
mod invariants;

fuzz_target!(|data: &[u8]| {
    match std::str::from_utf8(data) {
        Ok(text) => invariants::check(text, &zhibiao::extract(text)),
        Err(err) => match zhibiao::extract_bytes(data) {
            Err(zhibiao::Error::InvalidUtf8 { offset }) => assert_eq!(offset, err.valid_up_to()),
            other => panic!("invalid UTF-8 accepted: {other:?}"),
        },
    }
});
