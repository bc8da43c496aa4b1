//! `decode` on any bytes, in every encoding: UTF-8 is returned as it came
//! (borrowed), an error names an offset inside the input, and auto mode
//! refuses only what neither UTF-8 nor GB18030 reads.
#![no_main]

use std::borrow::Cow;

use libfuzzer_sys::fuzz_target;
use zhibiao::{decode, Encoding, Error};

fuzz_target!(|data: &[u8]| {
    let utf8 = std::str::from_utf8(data);
    match decode(data, Encoding::Utf8) {
        Ok(text) => {
            let plain = utf8.expect("decode accepted bytes that are no UTF-8");
            assert!(matches!(text, Cow::Borrowed(_)), "UTF-8 copied");
            assert_eq!(&*text, plain, "UTF-8 comes back as it came, a byte order mark kept");
        }
        Err(Error::InvalidUtf8 { offset } | Error::Malformed { offset, .. }) => {
            assert!(utf8.is_err(), "valid UTF-8 refused");
            assert!(offset <= data.len());
        }
        Err(other) => panic!("utf-8 mode gave {other}"),
    }
    for encoding in [Encoding::Auto, Encoding::Gb18030] {
        match decode(data, encoding) {
            Ok(text) => {
                if let (Encoding::Auto, Ok(plain), false) = (encoding, utf8, data.starts_with(b"\xff\xfe") || data.starts_with(b"\xfe\xff")) {
                    assert!(matches!(text, Cow::Borrowed(_)), "valid UTF-8 copied");
                    assert_eq!(&*text, plain);
                }
            }
            Err(Error::Undecodable { offset } | Error::Malformed { offset, .. } | Error::InvalidUtf8 { offset }) => {
                assert!(offset <= data.len(), "offset {offset} past the input");
            }
            Err(other) => panic!("unexpected error {other}"),
        }
    }
});
