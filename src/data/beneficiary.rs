//! Beneficiaries known only by pseudonym.
//!
//! A raw beneficiary id is personal data. It is turned into a
//! [`BeneficiaryKey`] the moment it is read, and never kept, printed or
//! written. With a key file the pseudonym is an HMAC-SHA-256 of the id, the
//! same in every file and every run, so files pseudonymised separately still
//! join; without one, a random key lives only as long as the process.

use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::fmt;
use std::path::Path;

/// A pseudonymous beneficiary key: HMAC-SHA-256 of the raw id.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BeneficiaryKey([u8; 32]);

impl BeneficiaryKey {
    /// The pseudonym as 64 lowercase hexadecimal digits.
    pub fn to_hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// The raw bytes of the pseudonym.
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }
}

impl fmt::Debug for BeneficiaryKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "BeneficiaryKey({}…)", &self.to_hex()[..12])
    }
}

impl fmt::Display for BeneficiaryKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

/// Why a pseudonymisation key could not be used.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum KeyError {
    /// The key file could not be read.
    #[error("cannot read the pseudonymisation key file {path}: {source}")]
    Io {
        /// The key file.
        path: std::path::PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// The key file is empty (or only white space).
    #[error("the pseudonymisation key file {path} is empty: put a long random secret in it (at least 16 bytes), e.g. `head -c 32 /dev/urandom | base64 > {path}`")]
    Empty {
        /// The key file.
        path: std::path::PathBuf,
    },
    /// The key file is past [`PseudonymKey::MAX_FILE_LEN`] (`/dev/zero`,
    /// a data file given by mistake): it is not read further.
    #[error("the pseudonymisation key file {path} holds more than {limit} bytes: a key is a short secret (32 random bytes are plenty)")]
    TooLarge {
        /// The key file.
        path: std::path::PathBuf,
        /// The limit.
        limit: u64,
    },
    /// The key path is not a regular file (a FIFO, a device, a folder).
    #[error("the pseudonymisation key {path} is not an ordinary file: give the path of a file holding the key")]
    NotRegular {
        /// The key path.
        path: std::path::PathBuf,
    },
    /// The key is too short to be secret.
    #[error("the pseudonymisation key in {path} is too short ({len} bytes): use at least 16 random bytes")]
    TooShort {
        /// The key file.
        path: std::path::PathBuf,
        /// Its length after trimming.
        len: usize,
    },
}

impl KeyError {
    /// The error in `lang`, for the person at the terminal.
    pub fn message(&self, lang: crate::Lang) -> String {
        let words = crate::locale::errors(lang);
        match self {
            KeyError::Io { path, source } => words.key_unreadable(path, &words.io_reason(source)),
            KeyError::Empty { path } => words.key_empty(path),
            KeyError::TooLarge { path, limit } => words.key_too_large(path, *limit),
            KeyError::NotRegular { path } => words.key_not_regular(path),
            KeyError::TooShort { path, len } => words.key_too_short(path, *len, PseudonymKey::MIN_LEN),
        }
    }
}

/// A secret pseudonymisation key. Its `Debug` never shows it.
#[derive(Clone)]
pub struct PseudonymKey(Vec<u8>);

impl PseudonymKey {
    /// Fewest bytes accepted in a key file.
    pub const MIN_LEN: usize = 16;

    /// Most bytes read from a key file: a longer file is refused, so that
    /// `/dev/zero` or a data file given by mistake cannot fill memory.
    pub const MAX_FILE_LEN: u64 = 4096;

    /// Reads a key file. Trailing new lines and spaces are not part of the
    /// key, so a key saved by a text editor works. A missing, empty or short
    /// file is an error, never a silent default.
    pub fn from_file(path: impl AsRef<Path>) -> Result<PseudonymKey, KeyError> {
        use std::io::Read;
        let path = path.as_ref();
        let io = |source| KeyError::Io { path: path.to_path_buf(), source };
        // Checked before opening: opening a FIFO blocks until someone writes.
        if !std::fs::metadata(path).map_err(io)?.is_file() {
            return Err(KeyError::NotRegular { path: path.to_path_buf() });
        }
        let mut bytes = Vec::new();
        std::fs::File::open(path).and_then(|f| f.take(Self::MAX_FILE_LEN + 1).read_to_end(&mut bytes)).map_err(io)?;
        if bytes.len() as u64 > Self::MAX_FILE_LEN {
            return Err(KeyError::TooLarge { path: path.to_path_buf(), limit: Self::MAX_FILE_LEN });
        }
        let trimmed = bytes.trim_ascii();
        if trimmed.is_empty() {
            return Err(KeyError::Empty { path: path.to_path_buf() });
        }
        if trimmed.len() < Self::MIN_LEN {
            return Err(KeyError::TooShort { path: path.to_path_buf(), len: trimmed.len() });
        }
        Ok(PseudonymKey(trimmed.to_vec()))
    }

    /// A key from bytes held by the program (e.g. from a secrets manager).
    pub fn from_bytes(bytes: impl Into<Vec<u8>>) -> PseudonymKey {
        PseudonymKey(bytes.into())
    }

    /// A random key that lives as long as this value: pseudonyms made with
    /// it cannot be linked to any other run.
    pub fn ephemeral() -> PseudonymKey {
        use rand::RngCore;
        let mut bytes = vec![0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut bytes);
        PseudonymKey(bytes)
    }
}

impl fmt::Debug for PseudonymKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PseudonymKey(<secret>)")
    }
}

/// Turns raw beneficiary ids into pseudonyms with one key.
///
/// ```
/// use social_impact::data::{PseudonymKey, Pseudonymiser};
/// let p = Pseudonymiser::new(&PseudonymKey::from_bytes(*b"a long shared secret key"));
/// // Surrounding spaces are not part of an id.
/// assert_eq!(p.pseudonymise("B7000001"), p.pseudonymise(" B7000001 "));
/// assert_ne!(p.pseudonymise("B7000001"), p.pseudonymise("B7000002"));
/// ```
#[derive(Clone)]
pub struct Pseudonymiser {
    mac: Hmac<Sha256>,
}

impl Pseudonymiser {
    /// A pseudonymiser with `key`.
    pub fn new(key: &PseudonymKey) -> Pseudonymiser {
        // HMAC accepts keys of any length (long ones are hashed first), so
        // this cannot fail; the fallback keeps it panic-free all the same.
        let mac = Hmac::<Sha256>::new_from_slice(&key.0)
            .unwrap_or_else(|_| <Hmac<Sha256> as hmac::digest::KeyInit>::new(&Default::default()));
        Pseudonymiser { mac }
    }

    /// A pseudonymiser with a random key that dies with it.
    pub fn ephemeral() -> Pseudonymiser {
        Pseudonymiser::new(&PseudonymKey::ephemeral())
    }

    /// The pseudonym of a raw id (surrounding white space ignored).
    pub fn pseudonymise(&self, raw_id: &str) -> BeneficiaryKey {
        let mut mac = self.mac.clone();
        mac.update(raw_id.trim().as_bytes());
        BeneficiaryKey(mac.finalize().into_bytes().into())
    }
}

impl fmt::Debug for Pseudonymiser {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Pseudonymiser(<secret key>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hmac_matches_rfc_4231_case_2() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
        let p = Pseudonymiser::new(&PseudonymKey::from_bytes(*b"Jefe"));
        assert_eq!(
            p.pseudonymise("what do ya want for nothing?").to_hex(),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn debug_never_shows_the_key() {
        let key = PseudonymKey::from_bytes(*b"super-secret-key-123");
        assert!(!format!("{key:?}").contains("super"));
        assert!(!format!("{:?}", Pseudonymiser::new(&key)).contains("super"));
    }

    #[test]
    fn key_files_must_hold_a_secret() -> Result<(), Box<dyn std::error::Error>> {
        let dir = std::env::temp_dir().join(format!("si-key-{}", std::process::id()));
        std::fs::create_dir_all(&dir)?;
        let empty = dir.join("empty.key");
        std::fs::write(&empty, "\n")?;
        assert!(matches!(PseudonymKey::from_file(&empty), Err(KeyError::Empty { .. })));
        let short = dir.join("short.key");
        std::fs::write(&short, "abc")?;
        assert!(matches!(PseudonymKey::from_file(&short), Err(KeyError::TooShort { .. })));
        assert!(matches!(PseudonymKey::from_file(dir.join("missing")), Err(KeyError::Io { .. })));
        let big = dir.join("big");
        std::fs::write(&big, vec![b'k'; 5000])?;
        assert!(matches!(PseudonymKey::from_file(&big), Err(KeyError::TooLarge { .. })));
        assert!(matches!(PseudonymKey::from_file(&dir), Err(KeyError::NotRegular { .. })));
        #[cfg(unix)]
        {
            // /dev/zero never ends: refused at once, not read until memory runs out.
            assert!(matches!(PseudonymKey::from_file("/dev/zero"), Err(KeyError::NotRegular { .. })));
        }
        let _ = std::fs::remove_dir_all(&dir);
        Ok(())
    }
}
