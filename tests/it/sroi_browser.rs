//! The SROI document in headless Chromium, as the report is checked
//! (`render_browser`): nothing on the console, no outside link or request,
//! a page that is drawn (text and charts), and an A4 PDF.

use super::render_browser::{chromium, console_lines, pixel_counts, run};
use super::render_support::artifacts;
use social_impact::costs::{self, SetRef, SroiModel, SroiOptions};
use social_impact::Lang;

#[test]
fn sroi_document_renders_in_headless_chromium() {
    let Some(browser) = chromium() else {
        eprintln!("SKIPPED sroi_browser: no chromium found (set $CHROMIUM or `apt-get install chromium`)");
        return;
    };
    let out = artifacts();
    let model_text = std::fs::read_to_string(super::support::fixture("sroi/reference-model.json")).unwrap();
    let model = SroiModel::from_json(&model_text).unwrap();
    let set = SetRef { id: "exclusion-2023".into(), version: "1.0.0".into() };
    let result = costs::compute_with_quantities(&model, &[120.0, 40.0], set, &SroiOptions::default(), 0.95).unwrap();
    for lang in Lang::ALL {
        let page = out.join(format!("sroi-{lang}.html"));
        std::fs::write(&page, costs::render::html(&result, &model, lang)).unwrap();
        let loaded = run(&browser, &page, &["--dump-dom".to_string()]);
        assert!(loaded.status.success(), "{lang}: chromium failed");
        let console = console_lines(&loaded.stderr);
        assert!(console.is_empty(), "{lang}: console messages:\n{}", console.join("\n"));
        let dom = String::from_utf8_lossy(&loaded.stdout);
        assert!(dom.contains("<svg") && dom.contains("</main>"), "{lang}: the DOM is not the document");
        assert!(!dom.contains(" src="), "{lang}: an element with a src attribute");
        for href in dom.split("href=\"").skip(1) {
            assert!(href.starts_with('#'), "{lang}: a link leaves the page");
        }
        for scheme in ["http://", "https://", "url(//", "url(http"] {
            assert!(!dom.contains(scheme), "{lang}: {scheme} in the DOM");
        }
        let shot = out.join(format!("sroi-{lang}.png"));
        let _ = std::fs::remove_file(&shot);
        let drawn =
            run(&browser, &page, &["--window-size=1280,5000".to_string(), format!("--screenshot={}", shot.display())]);
        assert!(console_lines(&drawn.stderr).is_empty(), "{lang}: console messages while drawing");
        let (total, dark, chart) = pixel_counts(&shot);
        assert!(dark * 1000 > total * 5, "{lang}: the page looks blank ({dark} dark pixels of {total})");
        assert!(chart > 2000, "{lang}: no chart colours on the page ({chart} pixels)");
        let pdf = out.join(format!("sroi-{lang}.pdf"));
        let _ = std::fs::remove_file(&pdf);
        run(&browser, &page, &["--no-pdf-header-footer".to_string(), format!("--print-to-pdf={}", pdf.display())]);
        let bytes = std::fs::read(&pdf).unwrap_or_else(|e| panic!("{lang}: no PDF: {e}"));
        let text = String::from_utf8_lossy(&bytes);
        super::render_browser::assert_a4(&text, &lang.to_string());
    }
}
