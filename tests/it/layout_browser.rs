//! The reports on a phone and on paper, in headless Chromium: at 400 CSS
//! pixels wide, the demo's full report, its board summary and a network
//! report never scroll sideways (the page is no wider than the screen);
//! and the full report prints every item of a composite scale, though its
//! items are folded away on screen.
//!
//! Headless Chromium will not make a window narrower than 500 pixels, so
//! the page is loaded in a 400-pixel-wide frame of a wrapper page, which is
//! what a phone's viewport is to the page: its media queries see 400
//! pixels. A copy of the page, allowed one inline script, measures its own
//! `scrollWidth` against its `clientWidth` once loaded and posts the result
//! (with the elements that stick out, if any) to the wrapper, whose DOM
//! `--dump-dom` prints. The reports themselves carry no script.
//!
//! Run in a plain `cargo test` when Chromium is found (see
//! `render_browser::chromium`); skipped with that reason when it is not,
//! and failing under CI (`$CI` set) rather than skipping.

use super::render_browser::{bundled_report, chromium_or_skip, print, run};
use super::render_support::artifacts;
use social_impact::report::render::{self, RenderOptions};
use social_impact::report::Report;
use social_impact::tables::{network_report, Aggregate};
use social_impact::{Lang, ReferenceSet};
use std::path::{Path, PathBuf};

/// The width of the phone's screen, in CSS pixels.
const PHONE: u32 = 400;

/// The script the measured copy runs: the page's widths, and the elements
/// whose right edge passes the screen's (at most 12, outermost first).
const MEASURE: &str = r#"<script>addEventListener('load',()=>{const d=document.documentElement,cw=d.clientWidth,out=[];
for(const e of document.body.querySelectorAll('*')){const r=e.getBoundingClientRect();
if(r.right>cw+0.5&&!out.some(o=>o.contains(e))&&out.length<12)out.push(e)}
parent.postMessage(d.scrollWidth+' '+cw+' '+out.map(e=>e.tagName.toLowerCase()+(e.className&&e.className.baseVal===undefined?'.'+e.className:'')+'['+Math.round(e.getBoundingClientRect().width)+']').join(' '),'*')})</script>"#;

/// How wide `html` lays out in a `PHONE`-wide screen: its `scrollWidth`,
/// its `clientWidth`, and what sticks out.
fn widths(browser: &Path, html: &str, name: &str) -> (u32, u32, String) {
    let out = artifacts();
    let policy = "style-src 'unsafe-inline'\">";
    assert!(html.contains(policy), "{name}: the page's policy is not the expected one");
    let measured = html.replacen(policy, "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">", 1).replacen(
        "</body>",
        &format!("{MEASURE}</body>"),
        1,
    );
    let page = out.join(format!("phone-{name}.html"));
    std::fs::write(&page, measured).expect("write page");
    let frame = out.join(format!("phone-{name}-frame.html"));
    std::fs::write(
        &frame,
        format!(
            "<!DOCTYPE html><html><body style=\"margin:0\"><iframe src=\"phone-{name}.html\" \
             style=\"width:{PHONE}px;height:800px;border:0\"></iframe><script>addEventListener('message',\
             e=>document.body.setAttribute('data-widths',e.data))</script></body></html>"
        ),
    )
    .expect("write frame");
    let loaded = run(
        browser,
        &frame,
        &["--window-size=600,900".to_string(), "--virtual-time-budget=10000".into(), "--dump-dom".into()],
    );
    let dom = String::from_utf8_lossy(&loaded.stdout);
    let found = dom.split("data-widths=\"").nth(1).and_then(|rest| rest.split('"').next()).unwrap_or_else(|| {
        panic!(
            "{name}: the page did not report its widths; chromium said:\n{}",
            String::from_utf8_lossy(&loaded.stderr)
        )
    });
    let mut parts = found.splitn(3, ' ');
    let number = |p: Option<&str>| p.and_then(|n| n.parse().ok()).unwrap_or_else(|| panic!("{name}: {found}"));
    let (scroll, client) = (number(parts.next()), number(parts.next()));
    (scroll, client, parts.next().unwrap_or_default().to_string())
}

/// Fails when `html` scrolls sideways on a phone.
fn assert_fits_a_phone(browser: &Path, html: &str, name: &str) {
    let (scroll, client, wide) = widths(browser, html, name);
    assert_eq!(client, PHONE, "{name}: the frame is not {PHONE} pixels wide");
    assert!(scroll <= client, "{name}: {scroll} pixels wide on a {client}-pixel screen; sticking out: {wide}");
}

/// The exclusion set's sample split by organisation, each an aggregate,
/// merged into a network report.
fn network() -> (Report, ReferenceSet) {
    let (pooled, set) = bundled_report("exclusion-2023");
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/data/exclusion-2023");
    let tmp = tempfile::tempdir().expect("temp dir");
    let options = social_impact::analysis::AnalysisOptions {
        as_of: super::network::load(&set, &dir).dataset.max_date(),
        ..Default::default()
    };
    let aggregates: Vec<Aggregate> = super::network::split(&dir, tmp.path())
        .iter()
        .map(|folder| {
            Aggregate::from_dataset(&set, &super::network::load(&set, folder).dataset, &options, 0).expect("aggregate")
        })
        .collect();
    assert!(aggregates.len() >= 2 && !pooled.indicators.is_empty());
    (network_report(&set, &aggregates).expect("network report"), set)
}

#[test]
fn reports_never_scroll_sideways_on_a_phone() {
    let Some(browser) = chromium_or_skip("reports_never_scroll_sideways_on_a_phone") else { return };
    let (net, net_set) = network();
    let member = net.indicators[0].groups.iter().find(|g| !g.organisation.is_network()).expect("a member");
    let member = member.organisation.as_str().to_string();
    // The demo's reports: both sets, full and board summary.
    for id in ["exclusion-2023", "child-protection-2024"] {
        let (report, set) = bundled_report(id);
        for lang in Lang::ALL {
            let full = render::html(&report, &set, &RenderOptions::new(lang));
            assert_fits_a_phone(&browser, &full, &format!("report-{id}-{lang}"));
            let mut board = RenderOptions::new(lang);
            board.summary = true;
            assert_fits_a_phone(&browser, &render::html(&report, &set, &board), &format!("summary-{id}-{lang}"));
        }
    }
    // A network report written for one member, and one of a federation
    // too large to list every organisation.
    let (large_set, large) = super::network_render::generated(60);
    for lang in Lang::ALL {
        let mut for_member = RenderOptions::new(lang);
        for_member.member = Some(member.clone());
        assert_fits_a_phone(&browser, &render::html(&net, &net_set, &for_member), &format!("network-{lang}"));
        let page = render::html(&large, &large_set, &RenderOptions::new(lang));
        assert_fits_a_phone(&browser, &page, &format!("federation-{lang}"));
    }
}

/// Prints `html` (as `name`) to A4 and counts its pages.
fn printed_pages(browser: &Path, html: &str, name: &str) -> usize {
    let out = artifacts();
    let page = out.join(format!("{name}.html"));
    std::fs::write(&page, html).expect("write page");
    let (pages, text) = print(browser, &page, &out.join(format!("{name}.pdf")));
    super::render_browser::assert_a4(&text, name);
    pages
}

#[test]
fn printed_reports_keep_every_scale_item() {
    let Some(browser) = chromium_or_skip("printed_reports_keep_every_scale_item") else { return };
    let (report, set) = bundled_report("exclusion-2023");
    let html = render::html(&report, &set, &RenderOptions::new(Lang::Fr));
    let fold = "<details class=\"items\"";
    assert!(html.contains(fold), "the report folds the items of its scale");
    // As written (the folds closed), with every fold opened, and with the
    // folds' contents cut out: the printed report is as long as the opened
    // one, and longer than one without the items.
    let closed = printed_pages(&browser, &html, "print-folds-closed");
    let opened = printed_pages(&browser, &html.replace(fold, "<details open class=\"items\""), "print-folds-opened");
    let mut cut = String::new();
    let mut rest = html.as_str();
    while let Some(at) = rest.find(fold) {
        let end = at + rest[at..].find("</details>").expect("the fold closes") + "</details>".len();
        cut.push_str(&rest[..at]);
        rest = &rest[end..];
    }
    cut.push_str(rest);
    let without = printed_pages(&browser, &cut, "print-folds-cut");
    assert_eq!(closed, opened, "a closed fold prints as an opened one");
    assert!(closed > without + 2, "the items print: {closed} pages, {without} without them");
}
