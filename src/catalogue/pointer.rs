//! JSON pointers (RFC 6901), as the checker writes and reads them: one
//! place for escaping, joining, splitting and naming.

/// Escapes one segment: `~` as `~0`, `/` as `~1`.
pub(crate) fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// `base` followed by the segment `segment`, escaped.
pub(crate) fn join(base: &str, segment: &str) -> String {
    format!("{base}/{}", escape(segment))
}

/// The segments of `pointer`, unescaped; none for the whole document.
pub(crate) fn segments(pointer: &str) -> Vec<String> {
    if pointer.is_empty() {
        return Vec::new();
    }
    pointer.trim_start_matches('/').split('/').map(|s| s.replace("~1", "/").replace("~0", "~")).collect()
}

/// The field a pointer names, as people write it: `measure.max` for
/// `/measure/max`; `None` for the whole document.
#[cfg_attr(not(feature = "check"), allow(dead_code))]
pub(crate) fn field_name(pointer: &str) -> Option<String> {
    let segments = segments(pointer);
    (!segments.is_empty()).then(|| segments.join("."))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_round_trips() {
        let p = join(&join("", "a/b"), "c~d");
        assert_eq!(p, "/a~1b/c~0d");
        assert_eq!(segments(&p), ["a/b", "c~d"]);
        assert_eq!(field_name("/measure/max").as_deref(), Some("measure.max"));
        assert_eq!(field_name(""), None);
    }
}
