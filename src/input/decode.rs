//! Bytes to text: UTF-8 (with or without a byte order mark), UTF-16 with a
//! byte order mark, and GB18030/GBK, the encoding of many older
//! government sites.

use std::borrow::Cow;

use encoding_rs::{Encoding as Codec, GB18030, UTF_16BE, UTF_16LE, UTF_8};

use crate::error::Error;

/// How the bytes of a report are encoded.
///
/// ```
/// use zhibiao::Encoding;
/// assert_eq!("gb18030".parse::<Encoding>(), Ok(Encoding::Gb18030));
/// assert_eq!("GBK".parse::<Encoding>(), Ok(Encoding::Gb18030));
/// assert!("latin1".parse::<Encoding>().is_err());
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Encoding {
    /// A byte order mark when there is one (UTF-8 or UTF-16), else UTF-8
    /// when the bytes are valid UTF-8, else GB18030.
    #[default]
    Auto,
    /// UTF-8, a byte order mark allowed.
    Utf8,
    /// GB18030, which reads GBK and GB2312 too.
    Gb18030,
}

impl std::str::FromStr for Encoding {
    type Err = String;

    fn from_str(name: &str) -> Result<Encoding, String> {
        match name.to_ascii_lowercase().as_str() {
            "auto" => Ok(Encoding::Auto),
            "utf-8" | "utf8" => Ok(Encoding::Utf8),
            "gb18030" | "gbk" | "gb2312" => Ok(Encoding::Gb18030),
            _ => Err(format!("unknown encoding {name:?}: auto, utf-8 or gb18030")),
        }
    }
}

/// Decodes a report's bytes to the text [`extract`](crate::extract) reads.
///
/// Spans of the report point into the text returned here. For UTF-8 that
/// is the bytes themselves (borrowed, a byte order mark kept, CRLF kept), so
/// spans are byte offsets into the file; for UTF-16 and GB18030 it is the
/// decoded text, without its byte order mark.
///
/// ```
/// use zhibiao::Encoding;
///
/// let gb18030 = b"\xd4\xec\xc1\xd68.2\xcd\xf2\xc4\xb6"; // 造林8.2万亩
/// let text = zhibiao::decode(gb18030, Encoding::Auto).unwrap();
/// assert_eq!(text, "造林8.2万亩");
/// assert_eq!(zhibiao::extract(&text).figures[0].value, 82_000.0);
///
/// // Neither UTF-8 nor GB18030: the error names the first bad UTF-8 byte.
/// let err = zhibiao::decode(b"\xe5\xa2\x9e\xff", Encoding::Auto).unwrap_err();
/// assert_eq!(err.to_string(), "input is neither UTF-8 nor GB18030: invalid UTF-8 byte at offset 3");
/// ```
pub fn decode(bytes: &[u8], encoding: Encoding) -> Result<Cow<'_, str>, Error> {
    match encoding {
        Encoding::Utf8 => utf8(bytes),
        Encoding::Gb18030 => gb18030(bytes),
        Encoding::Auto => {
            if let Some((codec, bom)) = Codec::for_bom(bytes) {
                return if codec == UTF_16LE || codec == UTF_16BE {
                    strict(codec, &bytes[bom..]).map(Cow::Owned).ok_or(Error::Malformed { encoding: codec.name(), offset: bom })
                } else {
                    utf8(bytes)
                };
            }
            utf8(bytes).or_else(|err| {
                let Error::InvalidUtf8 { offset } = err else { return Err(err) };
                gb18030(bytes).map_err(|_| Error::Undecodable { offset })
            })
        }
    }
}

/// The bytes as text when they are UTF-8, borrowed. (Checked by
/// `encoding_rs`, whose check of Chinese text is several times faster than
/// the standard library's.)
fn utf8(bytes: &[u8]) -> Result<Cow<'_, str>, Error> {
    UTF_8.decode_without_bom_handling_and_without_replacement(bytes).ok_or_else(|| Error::InvalidUtf8 { offset: Codec::utf8_valid_up_to(bytes) })
}

fn gb18030(bytes: &[u8]) -> Result<Cow<'_, str>, Error> {
    let mut decoder = GB18030.new_decoder_without_bom_handling();
    let mut text = String::with_capacity(bytes.len() * 3 / 2 + 16);
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut text, true);
    match result {
        encoding_rs::DecoderResult::InputEmpty => Ok(Cow::Owned(text)),
        encoding_rs::DecoderResult::Malformed(bad, after) => {
            Err(Error::Malformed { encoding: "GB18030", offset: read - usize::from(bad) - usize::from(after) })
        }
        // The buffer was sized for the worst case: three bytes out for two in.
        encoding_rs::DecoderResult::OutputFull => Err(Error::Malformed { encoding: "GB18030", offset: read }),
    }
}

fn strict(codec: &'static Codec, bytes: &[u8]) -> Option<String> {
    codec.decode_without_bom_handling_and_without_replacement(bytes).map(Cow::into_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 2024年地区生产总值增长5.1% in GB18030, as an older site saves it.
    const GB: &[u8] = b"2024\xc4\xea\xb5\xd8\xc7\xf8\xc9\xfa\xb2\xfa\xd7\xdc\xd6\xb5\xd4\xf6\xb3\xa45.1%";

    #[test]
    fn auto_reads_each_encoding() {
        let text = "2024年地区生产总值增长5.1%";
        assert_eq!(decode(GB, Encoding::Auto).unwrap(), text);
        assert_eq!(decode(GB, Encoding::Gb18030).unwrap(), text);
        assert!(matches!(decode(text.as_bytes(), Encoding::Auto).unwrap(), Cow::Borrowed(t) if t == text));
        let with_bom = [b"\xef\xbb\xbf".as_slice(), text.as_bytes()].concat();
        assert_eq!(decode(&with_bom, Encoding::Auto).unwrap(), format!("\u{feff}{text}"));
        let le: Vec<u8> = [0xff, 0xfe].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let be: Vec<u8> = [0xfe, 0xff].into_iter().chain(text.encode_utf16().flat_map(u16::to_be_bytes)).collect();
        assert_eq!(decode(&le, Encoding::Auto).unwrap(), text);
        assert_eq!(decode(&be, Encoding::Auto).unwrap(), text);
    }

    #[test]
    fn errors_name_the_offset() {
        assert_eq!(decode(GB, Encoding::Utf8), Err(Error::InvalidUtf8 { offset: 4 }));
        assert_eq!(decode(b"ab\xffcd", Encoding::Gb18030), Err(Error::Malformed { encoding: "GB18030", offset: 2 }));
        assert_eq!(decode(b"ab\xff\xff", Encoding::Auto), Err(Error::Undecodable { offset: 2 }));
        assert_eq!(decode(b"\xff\xfe\x00\xd8", Encoding::Auto), Err(Error::Malformed { encoding: "UTF-16LE", offset: 2 }));
    }
}
