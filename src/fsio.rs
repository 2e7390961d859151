//! Writing files so that a reader never sees half of one.

use std::io::Write;
use std::path::Path;

/// Writes `bytes` to `path` through a temporary file in the same folder,
/// renamed into place once complete: after an error, `path` is either
/// untouched or whole, never half-written.
pub fn write_atomic(path: impl AsRef<Path>, bytes: &[u8]) -> std::io::Result<()> {
    let path = path.as_ref();
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "output".to_string());
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_whole_files_and_leaves_no_temporary() -> std::io::Result<()> {
        let dir = std::env::temp_dir().join(format!("si-fsio-{}", std::process::id()));
        std::fs::create_dir_all(&dir)?;
        let target = dir.join("out.json");
        write_atomic(&target, b"{}")?;
        assert_eq!(std::fs::read(&target)?, b"{}");
        let leftovers: Vec<_> = std::fs::read_dir(&dir)?.filter_map(|e| e.ok()).collect();
        assert_eq!(leftovers.len(), 1);
        assert!(write_atomic(dir.join("missing-folder/out.json"), b"x").is_err());
        let _ = std::fs::remove_dir_all(&dir);
        Ok(())
    }
}
