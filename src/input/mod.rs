//! Input: bytes in whatever encoding a report was saved in, and saved web
//! pages, turned into the text the readers take.

pub(crate) mod decode;
pub(crate) mod html;

use crate::{Encoding, Error};

/// The text a file's bytes hold: decoded (see [`decode`](crate::decode)),
/// and for a saved web page (`html`) read through
/// [`html_text`](crate::html_text). Spans of the report extracted from it
/// point into the returned text. Valid UTF-8 is taken as it is, without a
/// copy.
///
/// ```
/// use zhibiao::Encoding;
///
/// let page = b"<p>\xd4\xec\xc1\xd68.2\xcd\xf2\xc4\xb6</p>".to_vec(); // GB18030
/// let text = zhibiao::read_text(page, Encoding::Auto, true).unwrap();
/// assert_eq!(text, "造林8.2万亩\n");
/// ```
pub fn read_text(bytes: Vec<u8>, encoding: Encoding, html: bool) -> Result<String, Error> {
    let text = match encoding {
        Encoding::Auto | Encoding::Utf8 => match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(err) => decode::decode(err.as_bytes(), encoding)?.into_owned(),
        },
        Encoding::Gb18030 => decode::decode(&bytes, encoding)?.into_owned(),
    };
    Ok(if html { html::html_text(&text) } else { text })
}
