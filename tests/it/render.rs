//! The HTML and Markdown reports: structure snapshots, privacy, escaping.

use crate::it::render_support::{artifacts, conformance_report};
use social_impact::report::render::{self, RenderOptions};
use social_impact::Lang;

#[test]
fn writes_reports_for_review() {
    for case in ["c1", "c2"] {
        let (report, set) = conformance_report(case);
        for lang in Lang::ALL {
            let html = render::html(&report, &set, &RenderOptions::new(lang));
            std::fs::write(artifacts().join(format!("report-{case}-{lang}.html")), html).expect("write html");
            let md = render::markdown(&report, &set, &RenderOptions::new(lang));
            std::fs::write(artifacts().join(format!("report-{case}-{lang}.md")), md).expect("write md");
        }
    }
}
