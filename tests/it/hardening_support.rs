//! Builders of hostile inputs for the hardening tests: workbooks written
//! part by part (so that their XML can say anything), and a scratch folder.

use std::io::Write;
use std::path::{Path, PathBuf};

/// The parts of a minimal `.xlsx`: workbook, relationships, one sheet.
pub struct Xlsx {
    /// `xl/worksheets/sheet1.xml` as written.
    pub sheet: String,
    /// `xl/sharedStrings.xml`, when there is one.
    pub shared: Option<String>,
    /// Whether the workbook declares the 1904 date system.
    pub date1904: bool,
}

impl Xlsx {
    /// A sheet whose `<sheetData>` holds `rows` (already XML).
    pub fn rows(rows: &str) -> Xlsx {
        Xlsx { sheet: sheet_xml("", rows), shared: None, date1904: false }
    }

    /// Writes the workbook to `path`.
    pub fn write(&self, path: &Path) {
        let file = std::fs::File::create(path).unwrap();
        let mut zip = zip::ZipWriter::new(file);
        let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        let mut part = |name: &str, body: &str| {
            zip.start_file(name, options).unwrap();
            zip.write_all(body.as_bytes()).unwrap();
        };
        part(
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"#,
        );
        part(
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#,
        );
        let pr = if self.date1904 { r#"<workbookPr date1904="1"/>"# } else { "<workbookPr/>" };
        part(
            "xl/workbook.xml",
            &format!(
                r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">{pr}<sheets><sheet name="inscriptions" sheetId="1" r:id="rId1"/></sheets></workbook>"#
            ),
        );
        let shared_rel = if self.shared.is_some() {
            r#"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>"#
        } else {
            ""
        };
        part(
            "xl/_rels/workbook.xml.rels",
            &format!(
                r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>{shared_rel}</Relationships>"#
            ),
        );
        part("xl/worksheets/sheet1.xml", &self.sheet);
        if let Some(shared) = &self.shared {
            part("xl/sharedStrings.xml", shared);
        }
        zip.finish().unwrap();
    }
}

/// A worksheet: `head` goes before `<sheetData>` (a `<dimension>`).
pub fn sheet_xml(head: &str, rows: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{head}<sheetData>{rows}</sheetData></worksheet>"#
    )
}

/// An inline-string cell.
pub fn text_cell(reference: &str, text: &str) -> String {
    format!(r#"<c r="{reference}" t="inlineStr"><is><t>{text}</t></is></c>"#)
}

/// The header row of an enrolments sheet, row 1.
pub fn enrolment_header() -> String {
    let names = ["organisation", "beneficiary", "entry_date", "exit_date", "age_at_entry", "sex", "service"];
    let cells: String =
        names.iter().enumerate().map(|(i, n)| text_cell(&format!("{}1", (b'A' + i as u8) as char), n)).collect();
    format!(r#"<row r="1">{cells}</row>"#)
}

/// A scratch folder removed at the end of the test.
pub struct Scratch(pub tempfile::TempDir);

impl Scratch {
    pub fn new() -> Scratch {
        Scratch(tempfile::tempdir().unwrap())
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.0.path().join(name)
    }

    /// Writes `bytes` as the file `name` in the folder, and gives its path.
    pub fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }

    /// A key file.
    pub fn key(&self) -> PathBuf {
        let key = self.path("key.txt");
        std::fs::write(&key, "hardening-test-key-0123456789abcdef\n").unwrap();
        key
    }

    /// Names of the files left in the folder.
    pub fn names(&self) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(self.0.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    /// Temporaries left behind (of any naming).
    pub fn temporaries(&self) -> Vec<String> {
        self.names().into_iter().filter(|n| n.contains("tmp")).collect()
    }
}

/// A path as an argument.
pub fn s(p: &Path) -> &str {
    p.to_str().unwrap_or_default()
}

/// Bytes as text.
pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A minimal `.ods` workbook: `tables` is the XML of its
/// `<table:table>` elements, written into `content.xml` as given.
pub struct Ods {
    pub tables: String,
}

impl Ods {
    /// One sheet named `inscriptions` whose rows are `rows` (already XML).
    pub fn sheet(rows: &str) -> Ods {
        Ods { tables: format!(r#"<table:table table:name="inscriptions">{rows}</table:table>"#) }
    }

    /// Writes the workbook to `path`.
    pub fn write(&self, path: &Path) {
        let file = std::fs::File::create(path).unwrap();
        let mut zip = zip::ZipWriter::new(file);
        let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
        let deflated = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("mimetype", stored).unwrap();
        zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet").unwrap();
        zip.start_file("META-INF/manifest.xml", deflated).unwrap();
        zip.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#).unwrap();
        zip.start_file("content.xml", deflated).unwrap();
        let content = format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet>{}</office:spreadsheet></office:body></office:document-content>"#,
            self.tables
        );
        zip.write_all(content.as_bytes()).unwrap();
        zip.finish().unwrap();
    }
}

/// An OpenDocument text cell.
pub fn ods_cell(text: &str) -> String {
    format!(r#"<table:table-cell office:value-type="string"><text:p>{text}</text:p></table:table-cell>"#)
}

/// An OpenDocument row of text cells.
pub fn ods_row(cells: &[&str]) -> String {
    let cells: String = cells.iter().map(|c| ods_cell(c)).collect();
    format!("<table:table-row>{cells}</table:table-row>")
}

/// The header row of an enrolments sheet, as OpenDocument.
pub fn ods_enrolment_header() -> String {
    ods_row(&["organisation", "beneficiary", "entry_date", "exit_date", "age_at_entry", "sex", "service"])
}
