//! The HTML report in a real browser: headless Chromium loads it in French
//! and in English, with no console message and no request to anywhere, and
//! draws something that is not blank, on screen and on A4 paper.
//!
//! Needs `chromium` (Debian: `apt-get install chromium`); found as
//! `$CHROMIUM`, `/usr/bin/chromium`, `chromium-browser` or `google-chrome`
//! on the `PATH`. So it is `#[ignore]`d in a plain `cargo test`, with that
//! reason; `.ci/run` installs chromium (failing if it cannot) and runs it
//! with `--ignored`, and then a missing browser fails the test rather than
//! skipping it.
//!
//! How it checks:
//! - The page carries a Content-Security-Policy that forbids every request
//!   (`default-src 'none'`), so any attempt to fetch something would be
//!   blocked *and* reported on the console; Chromium's console goes to
//!   stderr (`--enable-logging=stderr`), where no `CONSOLE` line may appear.
//!   A canary page that does try to fetch proves the console is captured.
//! - The DOM as the browser parsed it (`--dump-dom`) has no `src` attribute
//!   and no link other than `#` anchors.
//! - A screenshot (1280 px wide, top 8000 px: cover, headlines, first
//!   outcome area) is decoded and must hold text-dark and chart-coloured
//!   pixels; the first screen is kept as `report-first-page-<lang>.png`.
//! - Printing to PDF gives several A4 pages (one outcome area per page).
//!
//! Screenshots and PDFs are left in `target/artifacts/`.

use crate::it::render_support::{artifacts, conformance_report};
use social_impact::report::render::{self, RenderOptions};
use social_impact::Lang;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

pub(crate) fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("CHROMIUM").map(PathBuf::from).filter(|p| p.exists()) {
        return Some(p);
    }
    if Path::new("/usr/bin/chromium").exists() {
        return Some(PathBuf::from("/usr/bin/chromium"));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| ["chromium", "chromium-browser", "google-chrome"].map(|name| dir.join(name)))
        .find(|p| p.exists())
}

/// Chromium for a browser test that runs in plain `cargo test`: on a
/// machine without it the test says it is skipped; under CI (`$CI` set,
/// as `.ci/run` does) a missing browser fails the test, never skips it.
pub(crate) fn chromium_or_skip(test: &str) -> Option<PathBuf> {
    let found = chromium();
    if found.is_none() {
        assert!(std::env::var_os("CI").is_none(), "{test}: no chromium found under CI; .ci/run must install it");
        eprintln!("SKIPPED {test}: no chromium found (set $CHROMIUM or `apt-get install chromium`)");
    }
    found
}

/// Runs Chromium headless on `page` with `extra` arguments, killing it after
/// 120 s. Every switch that would make it talk to the network is off.
pub(crate) fn run(browser: &Path, page: &Path, extra: &[String]) -> Output {
    let profile = tempfile::tempdir().expect("temporary profile folder");
    let mut cmd = Command::new(browser);
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        "--disable-extensions",
        "--hide-scrollbars",
        "--enable-logging=stderr",
        "--v=0",
    ])
    .arg(format!("--user-data-dir={}", profile.path().display()))
    .args(extra)
    .arg(format!("file://{}", page.display()))
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap_or_else(|e| panic!("cannot start {}: {e}", browser.display()));
    // Read the pipes on threads so that a chatty browser cannot block.
    let mut out_pipe = child.stdout.take().expect("stdout piped");
    let mut err_pipe = child.stderr.take().expect("stderr piped");
    let out_thread = std::thread::spawn(move || {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut out_pipe, &mut buf).map(|_| buf).unwrap_or_default()
    });
    let err_thread = std::thread::spawn(move || {
        let mut buf = Vec::new();
        std::io::Read::read_to_end(&mut err_pipe, &mut buf).map(|_| buf).unwrap_or_default()
    });
    let deadline = Instant::now() + Duration::from_secs(120);
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for chromium") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("chromium did not finish within 120 s on {}", page.display());
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    Output { status, stdout: out_thread.join().unwrap_or_default(), stderr: err_thread.join().unwrap_or_default() }
}

/// Fails unless every page of the PDF `text` is A4: 595 × 842 points, which
/// Chromium writes as 594.96 × 841.92 in each page's `/MediaBox`.
pub(crate) fn assert_a4(text: &str, what: &str) {
    let boxes: Vec<(f64, f64)> = text
        .split("/MediaBox [")
        .skip(1)
        .filter_map(|rest| {
            let nums: Vec<f64> = rest.split(']').next()?.split_whitespace().filter_map(|n| n.parse().ok()).collect();
            (nums.len() == 4).then(|| (nums[2] - nums[0], nums[3] - nums[1]))
        })
        .collect();
    assert!(!boxes.is_empty(), "{what}: no page in the PDF");
    for (w, h) in boxes {
        assert!((w - 595.0).abs() < 1.0 && (h - 842.0).abs() < 1.0, "{what}: a {w} × {h} page is not A4");
    }
}

/// Prints `page` to `pdf` (no header or footer): its number of pages and
/// the PDF as text.
pub(crate) fn print(browser: &Path, page: &Path, pdf: &Path) -> (usize, String) {
    let _ = std::fs::remove_file(pdf);
    run(browser, page, &["--no-pdf-header-footer".to_string(), format!("--print-to-pdf={}", pdf.display())]);
    let bytes = std::fs::read(pdf).unwrap_or_else(|e| panic!("{}: no PDF: {e}", page.display()));
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let pages = text.matches("/Type /Page").count() - text.matches("/Type /Pages").count();
    (pages, text)
}

/// The console lines Chromium logged.
pub(crate) fn console_lines(stderr: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(stderr).lines().filter(|l| l.contains("CONSOLE")).map(str::to_string).collect()
}

/// Pixels of a PNG: (total, dark text-like, Okabe-Ito blue or green).
pub(super) fn pixel_counts(path: &Path) -> (usize, usize, usize) {
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut decoder = png::Decoder::new(std::io::BufReader::new(file));
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().expect("a PNG");
    let mut buf = vec![0; reader.output_buffer_size().expect("PNG size")];
    let info = reader.next_frame(&mut buf).expect("a PNG frame");
    let channels = info.color_type.samples();
    let (mut total, mut dark, mut chart) = (0, 0, 0);
    for px in buf[..info.buffer_size()].chunks(channels) {
        let (r, g, b) = if channels >= 3 { (px[0], px[1], px[2]) } else { (px[0], px[0], px[0]) };
        total += 1;
        if u32::from(r) + u32::from(g) + u32::from(b) < 3 * 110 {
            dark += 1;
        }
        let near = |c: (u8, u8, u8)| r.abs_diff(c.0) < 24 && g.abs_diff(c.1) < 24 && b.abs_diff(c.2) < 24;
        if near((0x00, 0x72, 0xB2)) || near((0x00, 0x9E, 0x73)) {
            chart += 1;
        }
    }
    (total, dark, chart)
}

#[test]
#[ignore = "needs chromium (apt-get install chromium, or $CHROMIUM); .ci/run runs it with --ignored"]
fn report_renders_in_headless_chromium() {
    let browser = chromium().unwrap_or_else(|| {
        panic!(
            "no chromium found (set $CHROMIUM or `apt-get install chromium`){}",
            if std::env::var_os("CI").is_some() { "; CI must install it (.ci/run)" } else { "" }
        )
    });
    let out = artifacts();

    // The canary tries to fetch: its console must show it, or the console
    // check below would prove nothing.
    let canary = out.join("browser-canary.html");
    std::fs::write(
        &canary,
        "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\">\
         </head><body><img src=\"https://example.invalid/x.png\" alt=\"\"></body></html>",
    )
    .expect("write canary");
    let run_canary = run(&browser, &canary, &["--dump-dom".to_string()]);
    assert!(
        !console_lines(&run_canary.stderr).is_empty(),
        "chromium's console is not captured on stderr; its output was:\n{}",
        String::from_utf8_lossy(&run_canary.stderr)
    );

    // The conformance case, and each bundled set's report on its committed
    // sample data (as `impact demo` writes them), in both languages.
    let mut cases = vec![("c1".to_string(), conformance_report("c1"))];
    for id in ["exclusion-2023", "child-protection-2024"] {
        cases.push((id.to_string(), bundled_report(id)));
    }
    for (name, (report, set)) in &cases {
        for lang in Lang::ALL {
            let lang_name = lang;
            let lang = format!("{name}-{lang_name}");
            let page = out.join(format!("browser-{lang}.html"));
            std::fs::write(&page, render::html(report, set, &RenderOptions::new(lang_name))).expect("write page");

            // Parsed DOM, and the console while loading.
            let loaded = run(&browser, &page, &["--dump-dom".to_string()]);
            assert!(loaded.status.success(), "{lang}: chromium failed: {}", String::from_utf8_lossy(&loaded.stderr));
            let console = console_lines(&loaded.stderr);
            assert!(console.is_empty(), "{lang}: console messages while loading the report:\n{}", console.join("\n"));
            let dom = String::from_utf8_lossy(&loaded.stdout);
            assert!(dom.contains("<svg") && dom.contains("</main>"), "{lang}: the DOM is not the report");
            assert!(!dom.contains(" src="), "{lang}: an element with a src attribute");
            for href in dom.split("href=\"").skip(1) {
                assert!(href.starts_with('#'), "{lang}: a link leaves the page: {}", &href[..href.len().min(60)]);
            }
            for scheme in ["http://", "https://", "url(//", "url(http"] {
                assert!(!dom.contains(scheme), "{lang}: {scheme} in the DOM");
            }

            // Screenshot: text and charts are drawn.
            let shot = out.join(format!("browser-{lang}.png"));
            let _ = std::fs::remove_file(&shot);
            let drawn = run(
                &browser,
                &page,
                &["--window-size=1280,8000".to_string(), format!("--screenshot={}", shot.display())],
            );
            let console = console_lines(&drawn.stderr);
            assert!(console.is_empty(), "{lang}: console messages while drawing:\n{}", console.join("\n"));
            assert!(shot.exists(), "{lang}: no screenshot: {}", String::from_utf8_lossy(&drawn.stderr));
            let (total, dark, chart) = pixel_counts(&shot);
            assert!(dark * 1000 > total * 5, "{lang}: the page looks blank ({dark} dark pixels of {total})");
            assert!(chart > 2000, "{lang}: no chart colours on the page ({chart} pixels)");

            let first = out.join(format!("report-first-page-{lang}.png"));
            run(&browser, &page, &["--window-size=1280,1500".to_string(), format!("--screenshot={}", first.display())]);

            // Print: several A4 pages.
            let (pages, text) = print(&browser, &page, &out.join(format!("browser-{lang}.pdf")));
            let sections =
                report.indicators.iter().map(|i| i.dimension).collect::<std::collections::BTreeSet<_>>().len();
            assert!(pages > sections, "{lang}: {pages} printed pages for {sections} outcome areas");
            assert_a4(&text, &lang.to_string());
        }
    }
}

#[test]
#[ignore = "needs chromium (apt-get install chromium, or $CHROMIUM); .ci/run runs it with --ignored"]
fn board_summary_prints_to_at_most_four_a4_pages() {
    let browser =
        chromium().unwrap_or_else(|| panic!("no chromium found (set $CHROMIUM or `apt-get install chromium`)"));
    let out = artifacts();
    for id in ["exclusion-2023", "child-protection-2024"] {
        let (report, set) = bundled_report(id);
        for lang in Lang::ALL {
            let name = format!("summary-{id}-{lang}");
            let mut options = RenderOptions::new(lang);
            options.summary = true;
            let page = out.join(format!("{name}.html"));
            std::fs::write(&page, render::html(&report, &set, &options)).expect("write page");
            let (pages, text) = print(&browser, &page, &out.join(format!("{name}.pdf")));
            assert!((2..=4).contains(&pages), "{name}: the board summary prints to {pages} pages, not two to four");
            assert_a4(&text, &name);
        }
    }
}

/// A bundled set's report on its sample data under `examples/data/`.
pub(super) fn bundled_report(id: &str) -> (social_impact::report::Report, social_impact::ReferenceSet) {
    use social_impact::analysis::{analyse, AnalysisOptions};
    use social_impact::ingest::{load, IngestOptions};
    let set = social_impact::Catalogue::bundled().unwrap().reference_set(id).unwrap();
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data").join(id);
    let loaded =
        load(&set, &data.join("enrolments.csv"), &data.join("observations.csv"), &IngestOptions::default()).unwrap();
    assert!(!loaded.validation.has_errors(), "{id}: the sample data have errors");
    let report = analyse(&set, &loaded.dataset, &AnalysisOptions::default()).unwrap();
    (report, set)
}
