//! Bytes → text: the encoding policy every reader shares.
//!
//! * UTF-8, with a leading byte-order mark dropped;
//! * UTF-16 (LE or BE) when the file starts with its byte-order mark;
//! * anything else that is not valid UTF-8 is read lossily (bad bytes become U+FFFD) and
//!   the caller gets a warning naming the file;
//! * a NUL byte in the first [`BINARY_SNIFF_LEN`] bytes of a file without a UTF-16 mark
//!   means a binary file, which is not read at all;
//! * line ends are normalised: CRLF and lone CR become LF.
//!
//! Offsets chronicle reports refer to the text *after* this normalisation, i.e. the text
//! chronicle prints back (`chronicle timex` shows it), not to the bytes on disk.

/// How many leading bytes are checked for NUL when telling binary from text.
pub const BINARY_SNIFF_LEN: usize = 8192;

/// The result of decoding one input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decoded {
    /// The text, and whether invalid UTF-8 had to be replaced.
    Text { text: String, lossy: bool },
    /// The bytes look binary (NUL bytes, no UTF-16 mark).
    Binary,
}

/// Decodes raw bytes following the policy above.
pub fn decode(bytes: &[u8]) -> Decoded {
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let body = &bytes[bom_len..];
        let (text, had_errors) = encoding.decode_without_bom_handling(body);
        return Decoded::Text {
            text: normalise_line_ends(&text),
            lossy: had_errors,
        };
    }
    let head = &bytes[..bytes.len().min(BINARY_SNIFF_LEN)];
    if head.contains(&0) {
        return Decoded::Binary;
    }
    let (text, lossy) = match std::str::from_utf8(bytes) {
        Ok(s) => (normalise_line_ends(s), false),
        Err(_) => (normalise_line_ends(&String::from_utf8_lossy(bytes)), true),
    };
    Decoded::Text { text, lossy }
}

/// [`decode`] of bytes the caller owns: valid UTF-8 without a byte-order mark or a CR
/// (nearly every input) becomes the text without being copied.
pub fn decode_owned(bytes: Vec<u8>) -> Decoded {
    let plain = encoding_rs::Encoding::for_bom(&bytes).is_none()
        && !bytes[..bytes.len().min(BINARY_SNIFF_LEN)].contains(&0)
        && !bytes.contains(&b'\r');
    if !plain {
        return decode(&bytes);
    }
    match String::from_utf8(bytes) {
        Ok(text) => Decoded::Text { text, lossy: false },
        Err(e) => decode(e.as_bytes()),
    }
}

/// CRLF and lone CR → LF.
pub fn normalise_line_ends(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_string();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(bytes: &[u8]) -> (String, bool) {
        match decode(bytes) {
            Decoded::Text { text, lossy } => (text, lossy),
            Decoded::Binary => panic!("decoded as binary"),
        }
    }

    #[test]
    fn policy() {
        assert_eq!(text(b"\xEF\xBB\xBFabc"), ("abc".into(), false));
        assert_eq!(text(b"a\r\nb\rc"), ("a\nb\nc".into(), false));
        assert_eq!(text(b"\xFF\xFEa\x00\r\x00\n\x00"), ("a\n".into(), false));
        assert_eq!(text(b"\xFE\xFF\x00a"), ("a".into(), false));
        assert_eq!(text(b"caf\xE9"), ("caf\u{FFFD}".into(), true));
        assert_eq!(decode(b"PK\x03\x04\x00\x00"), Decoded::Binary);
    }

    /// The owned route decodes every case of the policy as the borrowed one does.
    #[test]
    fn owned_bytes_decode_as_borrowed_ones() {
        let cases: &[&[u8]] = &[
            b"",
            b"abc\n",
            b"\xEF\xBB\xBFabc",
            b"a\r\nb\rc",
            b"\xFF\xFEa\x00\r\x00\n\x00",
            b"\xFE\xFF\x00a",
            b"caf\xE9",
            b"caf\xE9\r\n",
            b"PK\x03\x04\x00\x00",
            "Москва, 1 декабря\n".as_bytes(),
        ];
        for bytes in cases {
            assert_eq!(decode_owned(bytes.to_vec()), decode(bytes), "{bytes:?}");
        }
    }
}
