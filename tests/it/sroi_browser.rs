//! The SROI document, and a report holding the SROI section, in headless
//! Chromium, as the report is checked (`render_browser`): nothing on the
//! console, no outside link or request, a page that is drawn (text and
//! charts), and A4 pages.

use super::render_browser::{chromium_or_skip, console_lines, pixel_counts, run};
use super::render_support::artifacts;
use social_impact::costs::render::ReportSection;
use social_impact::costs::{self, KnownIndicators, SetRef, SroiModel, SroiOptions};
use social_impact::report::render::{self, RenderOptions};
use social_impact::Lang;
use std::path::Path;

#[test]
fn sroi_document_renders_in_headless_chromium() {
    let Some(browser) = browser() else { return };
    let out = artifacts();
    let model_text = std::fs::read_to_string(super::support::fixture("sroi/reference-model.json")).unwrap();
    let model = SroiModel::from_json(&model_text).unwrap();
    let set = SetRef { id: "exclusion-2023".into(), version: "1.0.0".into() };
    let result = costs::compute_with_quantities(&model, &[120.0, 40.0], set, &SroiOptions::default(), 0.95).unwrap();
    for lang in Lang::ALL {
        let page = out.join(format!("sroi-{lang}.html"));
        std::fs::write(&page, costs::render::html(&result, &model, lang)).unwrap();
        let (_, pdf) = check_in_chromium(&browser, &page, &format!("sroi-{lang}"), 5000);
        super::render_browser::assert_a4(&pdf, &lang.to_string());
    }
}

#[test]
fn report_with_the_sroi_section_renders_in_headless_chromium() {
    let Some(browser) = browser() else { return };
    let out = artifacts();
    // The bundled set's report on its committed sample data, with its
    // illustrative model, as `impact demo` writes it.
    let (report, set) = super::render_browser::bundled_report("exclusion-2023");
    let model = costs::bundled_model("exclusion-2023").unwrap().unwrap();
    let result =
        costs::compute_checked(&model, &KnownIndicators::of_set(&set), &report, &SroiOptions::default()).unwrap();
    for lang in Lang::ALL {
        let mut options = RenderOptions::new(lang);
        options.sroi = Some(ReportSection::new(result.clone(), model.clone()));
        let html = render::html(&report, &set, &options);
        let page = out.join(format!("report-sroi-{lang}.html"));
        std::fs::write(&page, &html).unwrap();
        let name = format!("report-sroi-{lang}");
        let (dom, pdf) = check_in_chromium(&browser, &page, &name, 8000);
        // The section is in the parsed page, with its charts and banner.
        let start = dom.find("id=\"sroi\"").unwrap_or_else(|| panic!("{name}: no SROI section in the DOM"));
        let section = &dom[start..dom[start..].find("</section>").map_or(dom.len(), |e| start + e)];
        assert_eq!(section.matches("<svg").count(), 2, "{name}: distribution and tornado charts");
        assert!(section.contains("class=\"banner\""), "{name}: the illustrative banner");
        let pages = pdf.matches("/Type /Page").count() - pdf.matches("/Type /Pages").count();
        assert!(pages > 2, "{name}: {pages} printed pages");
        super::render_browser::assert_a4(&pdf, &name);
    }
}

/// Chromium, or a line saying the test is skipped (never under CI).
fn browser() -> Option<std::path::PathBuf> {
    chromium_or_skip("sroi_browser")
}

/// Loads, draws and prints `page`: nothing on the console, nothing fetched
/// or linked outside, text and chart colours drawn. Gives the parsed page
/// and the PDF's text.
fn check_in_chromium(browser: &Path, page: &Path, name: &str, height: u32) -> (String, String) {
    let out = artifacts();
    let loaded = run(browser, page, &["--dump-dom".to_string()]);
    assert!(loaded.status.success(), "{name}: chromium failed");
    let console = console_lines(&loaded.stderr);
    assert!(console.is_empty(), "{name}: console messages:\n{}", console.join("\n"));
    let dom = String::from_utf8_lossy(&loaded.stdout).into_owned();
    assert!(dom.contains("<svg") && dom.contains("</main>"), "{name}: the DOM is not the document");
    assert!(!dom.contains(" src="), "{name}: an element with a src attribute");
    for href in dom.split("href=\"").skip(1) {
        assert!(href.starts_with('#'), "{name}: a link leaves the page");
    }
    for scheme in ["http://", "https://", "url(//", "url(http"] {
        assert!(!dom.contains(scheme), "{name}: {scheme} in the DOM");
    }
    let shot = out.join(format!("{name}.png"));
    let _ = std::fs::remove_file(&shot);
    let drawn =
        run(browser, page, &[format!("--window-size=1280,{height}"), format!("--screenshot={}", shot.display())]);
    assert!(console_lines(&drawn.stderr).is_empty(), "{name}: console messages while drawing");
    let (total, dark, chart) = pixel_counts(&shot);
    assert!(dark * 1000 > total * 5, "{name}: the page looks blank ({dark} dark pixels of {total})");
    assert!(chart > 2000, "{name}: no chart colours on the page ({chart} pixels)");
    let pdf = out.join(format!("{name}.pdf"));
    let _ = std::fs::remove_file(&pdf);
    run(browser, page, &["--no-pdf-header-footer".to_string(), format!("--print-to-pdf={}", pdf.display())]);
    let bytes = std::fs::read(&pdf).unwrap_or_else(|e| panic!("{name}: no PDF: {e}"));
    (dom, String::from_utf8_lossy(&bytes).into_owned())
}
