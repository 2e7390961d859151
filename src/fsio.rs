//! Writing files so that a reader never sees half of one, and so that an
//! output never replaces what it must not.
//!
//! This is the crate's one writer: every file the crate or the `impact`
//! program writes goes through an [`AtomicFile`]. It is created under an
//! unpredictable name with exclusive creation (the `tempfile` crate: a name
//! nobody else can have prepared, `O_EXCL`, readable by its owner only) in
//! the target's own folder, then renamed over the target once complete. So
//! after an error, or a crash, the target is either untouched or whole.
//!
//! Before anything is written, [`OutputPolicy::check`] refuses a target that
//! - is one of the protected files (the inputs, the key), compared by file
//!   identity (device and inode), not by name, so `./a.csv`, a hard link or
//!   a symbolic link to it are all caught;
//! - is not a regular file: a device, a FIFO, a socket, a folder or a
//!   symbolic link is never replaced;
//! - exists, unless the policy allows overwriting (`impact … --force`): the
//!   program cannot know for sure who wrote an existing file (a name or a
//!   header is no proof), so replacing one is always asked for.
//!
//! Temporaries are named `.<target>.impact-tmp.<pid>.<random>`. Live ones are
//! registered so that [`remove_temporaries`] (called by `impact` on Ctrl-C
//! and SIGTERM) can remove them; ones left by a killed run (`kill -9`) are
//! removed by the next write into the same folder ([`remove_stale`]).

use crate::locale::hardening::hardening_words;
use crate::Lang;
use std::fmt;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The mark in the name of every temporary file the crate writes.
const TEMP_MARK: &str = ".impact-tmp.";

/// A file's identity: what makes two paths the same file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct FileId {
    #[cfg(unix)]
    dev: u64,
    #[cfg(unix)]
    ino: u64,
    #[cfg(not(unix))]
    len: u64,
    #[cfg(not(unix))]
    modified: Option<std::time::SystemTime>,
}

impl FileId {
    fn of(meta: &std::fs::Metadata) -> FileId {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            FileId { dev: meta.dev(), ino: meta.ino() }
        }
        #[cfg(not(unix))]
        {
            FileId { len: meta.len(), modified: meta.modified().ok() }
        }
    }
}

/// What kind of thing sits at a path, as far as writing it goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum FileKind {
    /// A regular file.
    Regular,
    /// A folder.
    Folder,
    /// A symbolic link (never followed when writing).
    Symlink,
    /// A named pipe.
    Fifo,
    /// A block or character device (`/dev/null`, a disk).
    Device,
    /// A Unix socket.
    Socket,
    /// Anything else.
    Other,
}

/// What kind of thing sits at a path.
pub(crate) fn kind_of(meta: &std::fs::Metadata) -> FileKind {
    let t = meta.file_type();
    if t.is_symlink() {
        return FileKind::Symlink;
    }
    if t.is_dir() {
        return FileKind::Folder;
    }
    if t.is_file() {
        return FileKind::Regular;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return FileKind::Fifo;
        }
        if t.is_block_device() || t.is_char_device() {
            return FileKind::Device;
        }
        if t.is_socket() {
            return FileKind::Socket;
        }
    }
    FileKind::Other
}

/// Why a file was not written.
#[derive(Debug)]
#[non_exhaustive]
pub enum WriteError {
    /// The target is one of the protected files (an input, the key).
    Protected {
        /// The target asked for.
        path: PathBuf,
        /// The protected file it is.
        protected: PathBuf,
    },
    /// The target exists and is not a regular file (a device, a FIFO, a
    /// symbolic link, a folder …): it is never replaced.
    NotRegular {
        /// The target asked for.
        path: PathBuf,
        /// What it is.
        kind: FileKind,
    },
    /// The target exists and overwriting was not allowed.
    Exists {
        /// The target asked for.
        path: PathBuf,
    },
    /// The operating system refused.
    Io {
        /// The file concerned.
        path: PathBuf,
        /// The operating system's reason.
        source: io::Error,
    },
}

impl WriteError {
    /// The reason in `lang`, naming the file.
    pub fn message(&self, lang: Lang) -> String {
        let w = hardening_words(lang);
        match self {
            WriteError::Protected { path, protected } => w.output_is_protected(path, protected),
            WriteError::NotRegular { path, kind } => w.output_not_regular(path, *kind),
            WriteError::Exists { path } => w.output_exists(path),
            WriteError::Io { path, source } => w.cannot_write(path, &source.to_string()),
        }
    }
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(crate::locale::ERROR_LANG))
    }
}

impl std::error::Error for WriteError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WriteError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl From<WriteError> for io::Error {
    fn from(e: WriteError) -> io::Error {
        match e {
            WriteError::Io { source, .. } => source,
            other => io::Error::other(other),
        }
    }
}

/// What an output may replace.
///
/// ```
/// use social_impact::fsio::OutputPolicy;
/// let dir = tempfile::tempdir()?;
/// let input = dir.path().join("enrolments.csv");
/// std::fs::write(&input, "organisation,beneficiary\n")?;
/// let policy = OutputPolicy::new().protect(&input).overwrite(true);
/// // Even with overwriting allowed, an input is never replaced.
/// assert!(policy.check(&input).is_err());
/// assert!(policy.check(&dir.path().join("report.json")).is_ok());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct OutputPolicy {
    overwrite: bool,
    protected: Vec<(PathBuf, FileId)>,
}

impl OutputPolicy {
    /// A policy that protects nothing and overwrites nothing.
    pub fn new() -> OutputPolicy {
        OutputPolicy::default()
    }

    /// Allows replacing an existing regular file (`--force`).
    pub fn overwrite(mut self, yes: bool) -> OutputPolicy {
        self.overwrite = yes;
        self
    }

    /// Protects `path` (an input, the key): no output may be that file,
    /// under whatever name. A path that does not exist protects nothing.
    pub fn protect(mut self, path: impl AsRef<Path>) -> OutputPolicy {
        let path = path.as_ref();
        if let Ok(meta) = std::fs::metadata(path) {
            self.protected.push((path.to_path_buf(), FileId::of(&meta)));
        }
        self
    }

    /// Whether `target` may be written under this policy.
    ///
    /// # Errors
    /// [`WriteError::Protected`], [`WriteError::NotRegular`] or
    /// [`WriteError::Exists`], as described on the type.
    pub fn check(&self, target: &Path) -> Result<(), WriteError> {
        let meta = match std::fs::symlink_metadata(target) {
            Ok(meta) => meta,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
            Err(source) => return Err(WriteError::Io { path: target.to_path_buf(), source }),
        };
        // Identity first: the same file under another name is the worst case.
        if let Ok(resolved) = std::fs::metadata(target) {
            let id = FileId::of(&resolved);
            if let Some((p, _)) = self.protected.iter().find(|(_, pid)| *pid == id) {
                return Err(WriteError::Protected { path: target.to_path_buf(), protected: p.clone() });
            }
        }
        match kind_of(&meta) {
            FileKind::Regular if self.overwrite => Ok(()),
            FileKind::Regular => Err(WriteError::Exists { path: target.to_path_buf() }),
            kind => Err(WriteError::NotRegular { path: target.to_path_buf(), kind }),
        }
    }
}

/// The temporaries alive in this process, for [`remove_temporaries`].
static LIVE: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn live() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
    // A panic while the list was held leaves a list that is still valid.
    LIVE.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Removes every temporary file this process is writing. For a signal
/// handler (Ctrl-C, SIGTERM) that is about to end the process: the files
/// being written are then abandoned, their targets untouched.
pub fn remove_temporaries() {
    remove_live(|_| true);
}

/// Removes the live temporaries that `which` selects.
fn remove_live(which: impl Fn(&Path) -> bool) {
    live().retain(|path| {
        if which(path) {
            let _ = std::fs::remove_file(path);
            false
        } else {
            true
        }
    });
}

/// The folder a target is written in.
fn folder_of(target: &Path) -> &Path {
    match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

/// Whether the process `pid` may still be running (so its temporaries may
/// still be written). Where this cannot be told, age decides.
fn may_be_running(pid: u32, meta: &std::fs::Metadata) -> bool {
    if pid == std::process::id() {
        return true;
    }
    let proc_fs = Path::new("/proc/self");
    if proc_fs.exists() {
        return Path::new("/proc").join(pid.to_string()).exists();
    }
    let age = meta.modified().ok().and_then(|m| m.elapsed().ok()).unwrap_or_default();
    age < std::time::Duration::from_secs(24 * 3600)
}

/// Removes, in `dir`, the temporaries of this crate (named
/// `.<name>.impact-tmp.<pid>.<random>`) left by runs that are no longer
/// running (killed by `kill -9`, a power cut). Returns how many were removed.
/// Files of other names are never touched.
pub fn remove_stale(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else { return 0 };
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if !name.starts_with('.') {
            continue;
        }
        let Some(at) = name.rfind(TEMP_MARK) else { continue };
        let Some(pid) = name[at + TEMP_MARK.len()..].split('.').next().and_then(|p| p.parse::<u32>().ok()) else {
            continue;
        };
        let Ok(meta) = entry.metadata() else { continue };
        if !meta.is_file() || may_be_running(pid, &meta) {
            continue;
        }
        if std::fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

/// A file being written under a temporary name beside its target; it
/// replaces the target only on [`AtomicFile::commit`], and leaves nothing
/// when dropped without.
pub struct AtomicFile {
    /// `None` only once committed.
    out: Option<io::BufWriter<tempfile::NamedTempFile>>,
    target: PathBuf,
    tmp: PathBuf,
    policy: OutputPolicy,
}

impl fmt::Debug for AtomicFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AtomicFile").field("target", &self.target).field("tmp", &self.tmp).finish()
    }
}

impl AtomicFile {
    /// Checks `target` against `policy`, cleans stale temporaries in its
    /// folder, and creates the temporary file.
    ///
    /// # Errors
    /// What [`OutputPolicy::check`] refuses, or the system's refusal to
    /// create the file.
    pub fn create(target: impl AsRef<Path>, policy: &OutputPolicy) -> Result<AtomicFile, WriteError> {
        let target = target.as_ref();
        policy.check(target)?;
        let dir = folder_of(target);
        remove_stale(dir);
        let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "output".into());
        let prefix = format!(".{name}{TEMP_MARK}{}.", std::process::id());
        let file = tempfile::Builder::new()
            .prefix(&prefix)
            .rand_bytes(10)
            .tempfile_in(dir)
            .map_err(|source| WriteError::Io { path: target.to_path_buf(), source })?;
        let tmp = file.path().to_path_buf();
        live().push(tmp.clone());
        Ok(AtomicFile {
            out: Some(io::BufWriter::with_capacity(64 * 1024, file)),
            target: target.to_path_buf(),
            tmp,
            policy: policy.clone(),
        })
    }

    /// The file it will replace.
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// Flushes, syncs, checks the target again (it may have changed since
    /// [`AtomicFile::create`]) and renames the temporary over it.
    ///
    /// # Errors
    /// A write error, or a target that became one the policy refuses.
    pub fn commit(self) -> Result<(), WriteError> {
        self.finish(false)
    }

    /// Flushes, syncs and moves the temporary into place; with
    /// `exclusive` (and overwriting not allowed), only if no file is there
    /// at that very moment, so that a file created after the check is not
    /// replaced either.
    fn finish(mut self, exclusive: bool) -> Result<(), WriteError> {
        let target = self.target.clone();
        let io_err = |source| WriteError::Io { path: target.clone(), source };
        let Some(out) = self.out.take() else { return Ok(()) };
        let file = out.into_inner().map_err(|e| io_err(e.into_error()))?;
        file.as_file().sync_all().map_err(io_err)?;
        self.policy.check(&target)?;
        if exclusive && !self.policy.overwrite {
            return match file.persist_noclobber(&target) {
                Ok(_) => Ok(()),
                Err(e) if e.error.kind() == io::ErrorKind::AlreadyExists => {
                    Err(WriteError::Exists { path: target.clone() })
                }
                Err(e) => Err(io_err(e.error)),
            };
        }
        file.persist(&target).map_err(|e| io_err(e.error))?;
        Ok(())
    }

    fn writer(&mut self) -> io::Result<&mut io::BufWriter<tempfile::NamedTempFile>> {
        self.out.as_mut().ok_or_else(|| io::Error::other("file already committed"))
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        // Committed or not, the temporary is no longer ours to clean; the
        // NamedTempFile removes itself when dropped without persist.
        let tmp = self.tmp.clone();
        live().retain(|p| *p != tmp);
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.writer()?.write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.writer()?.write_all(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        match self.out.as_mut() {
            Some(out) => out.flush(),
            None => Ok(()),
        }
    }
}

/// Writes `bytes` to `path` through a temporary file in the same folder,
/// renamed into place once complete: after an error, `path` is either
/// untouched or whole, never half-written. An existing regular file is
/// replaced; anything else (a device, a FIFO, a symbolic link, a folder) is
/// refused. Use [`write_atomic_with`] to protect inputs or refuse to
/// overwrite.
///
/// # Errors
/// The system's error, or an [`io::Error`] wrapping the [`WriteError`].
pub fn write_atomic(path: impl AsRef<Path>, bytes: &[u8]) -> io::Result<()> {
    write_atomic_with(path, bytes, &OutputPolicy::new().overwrite(true)).map_err(io::Error::from)
}

/// [`write_atomic`] under `policy`.
///
/// # Errors
/// What the policy refuses, or the system's error.
pub fn write_atomic_with(path: impl AsRef<Path>, bytes: &[u8], policy: &OutputPolicy) -> Result<(), WriteError> {
    let mut file = AtomicFile::create(path, policy)?;
    file.write_all(bytes).map_err(|source| WriteError::Io { path: file.target().to_path_buf(), source })?;
    file.commit()
}

/// Writes a secret (a pseudonymisation key) like [`write_atomic_with`],
/// readable and writable by its owner only (mode 0600 on Unix, as every
/// temporary of this writer), and, unless `policy` allows overwriting,
/// created exclusively: moved into place only if no file is there at that
/// moment, even one that appeared after the check.
///
/// # Errors
/// What the policy refuses ([`WriteError::Exists`] included, also for a
/// file that appeared meanwhile), or the system's error.
pub fn write_secret(path: impl AsRef<Path>, bytes: &[u8], policy: &OutputPolicy) -> Result<(), WriteError> {
    let mut file = AtomicFile::create(path, policy)?;
    let target = file.target().to_path_buf();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let tmp = file.tmp.clone();
        std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o600))
            .map_err(|source| WriteError::Io { path: target.clone(), source })?;
    }
    file.write_all(bytes).map_err(|source| WriteError::Io { path: target, source })?;
    file.finish(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_private_and_never_replace_a_file() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let target = dir.path().join("cle.key");
        write_secret(&target, b"0123456789abcdef\n", &OutputPolicy::new()).map_err(io::Error::from)?;
        assert_eq!(std::fs::read(&target)?, b"0123456789abcdef\n");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&target)?.permissions().mode() & 0o777, 0o600);
        }
        // Refused without overwriting, the file untouched.
        let again = write_secret(&target, b"other", &OutputPolicy::new());
        assert!(matches!(again, Err(WriteError::Exists { .. })), "{again:?}");
        assert_eq!(std::fs::read(&target)?, b"0123456789abcdef\n");
        // A file that appears between the check and the move is not replaced.
        let late = dir.path().join("late.key");
        let mut file = AtomicFile::create(&late, &OutputPolicy::new()).map_err(io::Error::from)?;
        file.write_all(b"secret")?;
        std::fs::write(&late, b"someone else's")?;
        let raced = file.finish(true);
        assert!(matches!(raced, Err(WriteError::Exists { .. })), "{raced:?}");
        assert_eq!(std::fs::read(&late)?, b"someone else's");
        // Allowed to overwrite, it replaces.
        write_secret(&target, b"fedcba9876543210\n", &OutputPolicy::new().overwrite(true)).map_err(io::Error::from)?;
        assert_eq!(std::fs::read(&target)?, b"fedcba9876543210\n");
        assert_eq!(names(dir.path())?, ["cle.key", "late.key"]);
        Ok(())
    }

    fn names(dir: &Path) -> io::Result<Vec<String>> {
        let mut v: Vec<String> =
            std::fs::read_dir(dir)?.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into()).collect();
        v.sort();
        Ok(v)
    }

    #[test]
    fn writes_whole_files_and_leaves_no_temporary() -> io::Result<()> {
        let dir = tempfile::tempdir()?;
        let target = dir.path().join("out.json");
        write_atomic(&target, b"{}")?;
        assert_eq!(std::fs::read(&target)?, b"{}");
        assert_eq!(names(dir.path())?, vec!["out.json".to_string()]);
        assert!(write_atomic(dir.path().join("missing-folder/out.json"), b"x").is_err());
        Ok(())
    }

    #[test]
    fn a_dropped_file_leaves_nothing_and_the_target_untouched() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let target = dir.path().join("out.csv");
        std::fs::write(&target, "old")?;
        {
            let mut f = AtomicFile::create(&target, &OutputPolicy::new().overwrite(true))?;
            f.write_all(b"half")?;
        }
        assert_eq!(std::fs::read_to_string(&target)?, "old");
        assert_eq!(names(dir.path())?, vec!["out.csv".to_string()]);
        Ok(())
    }

    #[test]
    fn protected_files_are_refused_by_identity_even_with_force() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let input = dir.path().join("in.csv");
        std::fs::write(&input, "data")?;
        let policy = OutputPolicy::new().protect(&input).overwrite(true);
        let other_name = dir.path().join(".").join("in.csv");
        assert!(matches!(policy.check(&other_name), Err(WriteError::Protected { .. })));
        std::fs::hard_link(&input, dir.path().join("link.csv"))?;
        assert!(matches!(policy.check(&dir.path().join("link.csv")), Err(WriteError::Protected { .. })));
        assert_eq!(std::fs::read_to_string(&input)?, "data");
        Ok(())
    }

    #[test]
    fn existing_files_need_overwrite() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let target = dir.path().join("report.json");
        std::fs::write(&target, "mine")?;
        let e = write_atomic_with(&target, b"x", &OutputPolicy::new());
        assert!(matches!(e, Err(WriteError::Exists { .. })));
        assert_eq!(std::fs::read_to_string(&target)?, "mine");
        write_atomic_with(&target, b"x", &OutputPolicy::new().overwrite(true))?;
        assert_eq!(std::fs::read_to_string(&target)?, "x");
        Ok(())
    }

    #[cfg(unix)]
    #[test]
    fn symlinks_folders_and_devices_are_never_replaced() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let victim = dir.path().join("victim.txt");
        std::fs::write(&victim, "keep")?;
        let link = dir.path().join("out.json");
        std::os::unix::fs::symlink(&victim, &link)?;
        let force = OutputPolicy::new().overwrite(true);
        assert!(matches!(write_atomic_with(&link, b"x", &force), Err(WriteError::NotRegular { .. })));
        assert_eq!(std::fs::read_to_string(&victim)?, "keep");
        assert!(matches!(force.check(dir.path()), Err(WriteError::NotRegular { kind: FileKind::Folder, .. })));
        assert!(matches!(
            force.check(Path::new("/dev/null")),
            Err(WriteError::NotRegular { kind: FileKind::Device, .. })
        ));
        Ok(())
    }

    #[test]
    fn temporaries_are_unpredictable_and_stale_ones_are_cleaned() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let target = dir.path().join("r.json");
        let a = AtomicFile::create(&target, &OutputPolicy::new())?;
        let b = AtomicFile::create(&target, &OutputPolicy::new())?;
        assert_ne!(a.tmp, b.tmp);
        assert!(a.tmp.file_name().is_some_and(|n| n.to_string_lossy().starts_with(".r.json.impact-tmp.")));
        // A temporary left by a process that no longer runs (pid 0 is never a user process) …
        let stale = dir.path().join(".r.json.impact-tmp.0.abcdefghij");
        std::fs::write(&stale, "left by kill -9")?;
        // … and a file of another name, which is not ours.
        std::fs::write(dir.path().join(".r.json.tmp-1"), "not ours")?;
        drop((a, b));
        if Path::new("/proc/self").exists() {
            write_atomic(&target, b"{}")?;
            assert!(!stale.exists());
        }
        assert!(dir.path().join(".r.json.tmp-1").exists());
        Ok(())
    }

    #[test]
    fn remove_temporaries_removes_live_ones() -> Result<(), Box<dyn std::error::Error>> {
        let dir = tempfile::tempdir()?;
        let mut f = AtomicFile::create(dir.path().join("big.csv"), &OutputPolicy::new())?;
        f.write_all(b"partial")?;
        f.flush()?;
        let tmp = f.tmp.clone();
        assert!(tmp.exists());
        // The whole list is what a signal handler removes; here only this
        // test's folder, as other tests write at the same time.
        remove_live(|p| p.starts_with(dir.path()));
        assert!(!tmp.exists());
        Ok(())
    }
}
