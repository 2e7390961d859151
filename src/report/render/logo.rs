//! The association's logo on the first page of a report: a PNG or JPEG
//! image, checked by its first bytes and its size, inlined in the page so
//! that the page stays one self-contained file. SVG is not taken: it can
//! carry scripts and links, and a report fetches nothing.

use base64::Engine as _;

/// A logo ready to be drawn: its bytes and their image type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Logo {
    mime: &'static str,
    bytes: Vec<u8>,
}

/// Why a file cannot be a logo.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LogoError {
    /// Not a PNG nor a JPEG image (by its first bytes).
    #[error("the logo is not a PNG or JPEG image")]
    NotAnImage,
    /// Past [`Logo::MAX_BYTES`].
    #[error("the logo holds {size} bytes, more than the {limit} a report's first page takes")]
    TooLarge {
        /// Its size.
        size: usize,
        /// The limit.
        limit: usize,
    },
}

impl LogoError {
    /// The error in `lang`, for the person at the terminal.
    pub fn message(&self, lang: crate::Lang) -> String {
        let words = crate::locale::report::report(lang);
        match self {
            LogoError::NotAnImage => words.logo_not_an_image().to_string(),
            LogoError::TooLarge { size, limit } => words.logo_too_large(*size as u64, *limit as u64),
        }
    }
}

impl Logo {
    /// The largest logo taken: a first page should stay light to print and
    /// to send.
    pub const MAX_BYTES: usize = 512 * 1024;

    /// Checks `bytes` (PNG or JPEG, at most [`Self::MAX_BYTES`]).
    ///
    /// # Errors
    ///
    /// [`LogoError`] for another kind of file or a file too large.
    pub fn from_bytes(bytes: Vec<u8>) -> Result<Logo, LogoError> {
        if bytes.len() > Self::MAX_BYTES {
            return Err(LogoError::TooLarge { size: bytes.len(), limit: Self::MAX_BYTES });
        }
        let mime = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            "image/png"
        } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            "image/jpeg"
        } else {
            return Err(LogoError::NotAnImage);
        };
        Ok(Logo { mime, bytes })
    }

    /// The image as a `data:` URI, for an `<img>` of a self-contained page.
    pub(crate) fn data_uri(&self) -> String {
        format!("data:{};base64,{}", self.mime, base64::engine::general_purpose::STANDARD.encode(&self.bytes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn png_and_jpeg_are_taken_anything_else_refused() {
        let png = b"\x89PNG\r\n\x1a\nrest".to_vec();
        assert!(Logo::from_bytes(png).expect("png").data_uri().starts_with("data:image/png;base64,iVBORw0KG"));
        assert!(Logo::from_bytes(vec![0xFF, 0xD8, 0xFF, 0xE0]).is_ok());
        assert_eq!(Logo::from_bytes(b"<svg onload='x'/>".to_vec()), Err(LogoError::NotAnImage));
        let big = [b"\x89PNG\r\n\x1a\n".to_vec(), vec![0; Logo::MAX_BYTES]].concat();
        assert!(matches!(Logo::from_bytes(big), Err(LogoError::TooLarge { .. })));
    }
}
