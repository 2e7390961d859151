//! The printable questionnaire in a real browser (driven like
//! `render_browser.rs`): headless Chromium loads a questionnaire of each
//! bundled set (exclusion entry, child-protection exit) in French and English with no console message
//! and no request, and prints them on A4 paper.
//!
//! No page may cut a question in two. Each question is one block with
//! `break-inside: avoid`, which Chromium honours whenever the block fits on
//! a page; so the check measures every block as laid out by Chromium (an
//! inline script in a copy of the page writes the heights into the DOM) at
//! the printable width of A4 with the report's margins, on screen styles,
//! which are larger than print styles, and requires each to be shorter than
//! the printable height.
//!
//! The PDFs are kept in `target/artifacts/questionnaire-<set>-<wave>-<lang>.pdf`.
//! Without Chromium the test prints a note and passes.

use crate::it::render_browser::{chromium_or_skip, console_lines, run};
use crate::it::render_support::artifacts;
use social_impact::catalogue::Wave;
use social_impact::collection::questionnaire;
use social_impact::{Catalogue, Lang};

/// A4 minus the report's print margins (16 mm top, 18 mm bottom, 15 mm
/// each side), in CSS pixels (96 per inch).
const PRINTABLE_WIDTH_PX: u32 = 680; // 180 mm
const PRINTABLE_HEIGHT_PX: u32 = 994; // 263 mm

fn attribute<'a>(dom: &'a str, name: &str) -> Option<&'a str> {
    let start = dom.find(&format!("{name}=\""))? + name.len() + 2;
    let end = dom[start..].find('"')? + start;
    Some(&dom[start..end])
}

#[test]
fn forms_questionnaire_prints_on_a4_in_chromium() {
    let Some(browser) = chromium_or_skip("forms_browser") else {
        return;
    };
    let out = artifacts();
    let catalogue = Catalogue::bundled().unwrap();
    for (id, wave) in [("exclusion-2023", Wave::Entry), ("child-protection-2024", Wave::Exit)] {
        let set = catalogue.reference_set(id).unwrap();
        {
            for lang in Lang::ALL {
                let name = format!("questionnaire-{id}-{}-{lang}", wave.as_str());
                let html = questionnaire(&set, wave, lang).unwrap();
                let blocks = html.matches("<div class=\"q\"").count();
                let page = out.join(format!("{name}.html"));
                std::fs::write(&page, &html).unwrap();

                // Loads with no console message and nothing to fetch.
                let loaded = run(&browser, &page, &["--dump-dom".to_string()]);
                assert!(loaded.status.success(), "{name}: {}", String::from_utf8_lossy(&loaded.stderr));
                let console = console_lines(&loaded.stderr);
                assert!(console.is_empty(), "{name}: console messages:\n{}", console.join("\n"));
                let dom = String::from_utf8_lossy(&loaded.stdout);
                assert!(dom.contains("</main>") && !dom.contains(" src="), "{name}: not the questionnaire");
                for scheme in ["http://", "https://"] {
                    assert!(!dom.contains(scheme), "{name}: {scheme} in the DOM");
                }

                // Every question block fits on one printed page.
                let script = format!(
                    "<script>const qs=[...document.querySelectorAll('.q')];\
                     document.body.dataset.blocks=qs.length;\
                     document.body.dataset.tallest=Math.ceil(Math.max(...qs.map(q=>q.getBoundingClientRect().height)));\
                     document.body.dataset.tall=qs.filter(q=>q.getBoundingClientRect().height>{PRINTABLE_HEIGHT_PX})\
                     .map(q=>q.id).join(' ');</script></body>"
                );
                let measured = html
                    .replace("style-src 'unsafe-inline'\"", "style-src 'unsafe-inline'; script-src 'unsafe-inline'\"")
                    .replace("</body>", &script);
                let probe = out.join(format!("{name}-measure.html"));
                std::fs::write(&probe, measured).unwrap();
                let laid_out = run(
                    &browser,
                    &probe,
                    &[format!("--window-size={PRINTABLE_WIDTH_PX},{PRINTABLE_HEIGHT_PX}"), "--dump-dom".to_string()],
                );
                let dom = String::from_utf8_lossy(&laid_out.stdout);
                assert_eq!(attribute(&dom, "data-blocks"), Some(blocks.to_string().as_str()), "{name}: not measured");
                let tallest: u32 = attribute(&dom, "data-tallest").and_then(|t| t.parse().ok()).unwrap_or(u32::MAX);
                assert!(
                    tallest < PRINTABLE_HEIGHT_PX && attribute(&dom, "data-tall") == Some(""),
                    "{name}: question blocks taller than a page ({tallest} px): {:?}",
                    attribute(&dom, "data-tall")
                );
                let _ = std::fs::remove_file(&probe);

                // Printed: several A4 pages, every question block unbreakable.
                assert!(html.contains("break-inside:avoid"), "{name}: blocks may be cut");
                let pdf = out.join(format!("{name}.pdf"));
                let _ = std::fs::remove_file(&pdf);
                run(
                    &browser,
                    &page,
                    &["--no-pdf-header-footer".to_string(), format!("--print-to-pdf={}", pdf.display())],
                );
                let bytes = std::fs::read(&pdf).unwrap_or_else(|e| panic!("{name}: no PDF: {e}"));
                let text = String::from_utf8_lossy(&bytes);
                let pages = text.matches("/Type /Page").count() - text.matches("/Type /Pages").count();
                assert!(pages >= 2, "{name}: {pages} printed page(s) for {blocks} questions");
                super::render_browser::assert_a4(&text, &name.to_string());
            }
        }
    }
}
