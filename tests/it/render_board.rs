//! What an association and its board read (issue 14): statistics that do
//! not apply are absent rather than "hidden", headline figures state their
//! base, funnel tables show the digits that decide a flag, and the board
//! summary.
//!
//! Built on the bundled sets' sample data under `examples/data/`, as
//! `impact demo` reports them.

use crate::it::render_browser::bundled_report;
use social_impact::report::render::{self, RenderOptions};
use social_impact::report::Report;
use social_impact::{Lang, ReferenceSet};
use std::sync::OnceLock;

/// The exclusion set's report on its sample data, computed once.
fn exclusion() -> &'static (Report, ReferenceSet) {
    static REPORT: OnceLock<(Report, ReferenceSet)> = OnceLock::new();
    REPORT.get_or_init(|| bundled_report("exclusion-2023"))
}

/// The Markdown section of the indicator `id`: from its heading to the next
/// indicator's or section's.
fn md_section<'a>(md: &'a str, id: &str) -> &'a str {
    let escaped = id.replace('_', "\\_");
    let start = md.find(&format!("*{escaped} ·")).unwrap_or_else(|| panic!("no section for {id}"));
    let rest = &md[start..];
    let end = rest.find("\n### ").or_else(|| rest.find("\n## ")).unwrap_or(rest.len());
    &rest[..end]
}

/// The HTML article of the indicator `id`.
fn html_section<'a>(html: &'a str, id: &str) -> &'a str {
    let start = html.find(&format!("<p class=\"meta\">{id} ·")).unwrap_or_else(|| panic!("no article for {id}"));
    let rest = &html[start..];
    &rest[..rest.find("</article>").unwrap_or(rest.len())]
}

/// The data-quality section's list of hidden results, Markdown.
fn md_hidden_results<'a>(md: &'a str, heading: &str) -> &'a str {
    let start = md.rfind(&format!("### {heading}")).unwrap_or_else(|| panic!("no {heading} heading"));
    let rest = &md[start..];
    &rest[..rest[4..].find("\n## ").map_or(rest.len(), |e| e + 4)]
}

#[test]
fn an_indicator_collected_once_has_no_change_and_nothing_hidden() {
    let (report, set) = exclusion();
    let once = ["excl.housing.exit_stable", "excl.support.plan"];
    for id in once {
        let def = set.registry().get(id).expect("in the set").definition();
        assert!(!def.waves.contains(&set.change().from), "{id} is asked at entry: pick another indicator");
    }
    let cases = [
        (Lang::En, "Distance travelled", "change from entry to exit does not apply", "Hidden results", "fewer than"),
        (
            Lang::Fr,
            "Chemin parcouru",
            "l'évolution de l'entrée à la sortie ne s'applique pas",
            "Résultats masqués",
            "moins de",
        ),
    ];
    for (lang, distance, not_applicable, hidden, fewer) in cases {
        let options = RenderOptions::new(lang);
        let md = render::markdown(report, set, &options);
        let html = render::html(report, set, &options);
        for id in once {
            let label = report.indicators.iter().find(|i| i.indicator == id).expect("reported").label.get(lang);
            for (format, text) in [("md", md_section(&md, id)), ("html", html_section(&html, id))] {
                assert!(!text.contains(distance), "{lang} {format} {id}: a distance section:\n{text}");
                assert!(!text.contains(fewer), "{lang} {format} {id}: something reads as hidden:\n{text}");
                let plain = text.replace("&#39;", "'");
                assert!(plain.contains(not_applicable), "{lang} {format} {id}: no word on why:\n{text}");
            }
            let listed = md_hidden_results(&md, hidden);
            assert!(!listed.contains(&format!("| {label} |")), "{lang}: {id} listed as hidden:\n{listed}");
        }
        // An indicator collected at entry and exit keeps its change.
        let both = md_section(&md, "excl.housing.situation");
        assert!(both.contains(distance), "{lang}: excl.housing.situation lost its distance section");
    }
}

/// The number of people who answered `id` at `wave`, network-wide.
fn answered(report: &Report, id: &str, wave: social_impact::catalogue::Wave) -> u64 {
    let ind = report.indicators.iter().find(|i| i.indicator == id).expect("reported");
    let net = ind.groups.iter().find(|g| g.organisation.is_network()).expect("network");
    net.status.iter().find(|s| s.wave == wave).expect("status").n
}

#[test]
fn headlines_state_the_base_of_each_figure_and_what_improving_means() {
    use social_impact::catalogue::Wave;
    let (report, set) = exclusion();
    for (lang, base_later, base_earlier, followed, step) in [
        (
            Lang::En,
            "of the {} people who answered at exit",
            "of the {} people who answered at entry",
            "{} people answered at both",
            "moved at least one step the better way on the scale (a better answer, not necessarily the outcome itself)",
        ),
        (
            Lang::Fr,
            "des {} personnes interrogées à la sortie",
            "des {} personnes interrogées à l'entrée",
            "{} personnes ont répondu aux deux",
            "d'au moins un échelon dans le bon sens (une meilleure réponse, pas forcément le résultat visé)",
        ),
    ] {
        // Room for the housing situation beside the set's key outcome.
        let mut options = RenderOptions::new(lang);
        options.max_headlines = 6;
        let int = |n: u64| social_impact::report::render::format_number(n as f64, 0, lang);
        let lines = render::headlines(report, set, &options);
        let (ind, text) = lines
            .iter()
            .find(|(i, _)| i.indicator == "excl.housing.situation")
            .expect("the housing situation is a headline of the sample data");
        let net = ind.groups.iter().find(|g| g.organisation.is_network()).expect("network");
        for expected in [
            base_later.replace("{}", &int(answered(report, "excl.housing.situation", Wave::Exit))),
            base_earlier.replace("{}", &int(answered(report, "excl.housing.situation", Wave::Entry))),
            followed.replace("{}", &int(net.change.n_pairs)),
        ] {
            assert!(text.contains(&expected), "{lang}: «{expected}» not in the headline:\n{text}");
        }
        // A mean on a scale carries its unit.
        let (_, mean) = lines.iter().find(|(i, _)| i.measure_type.as_str() == "ordinal").expect("an ordinal headline");
        let unit = if lang == Lang::En { "points on the scale per person" } else { "sur l'échelle par personne" };
        assert!(mean.contains(unit), "{lang}: a mean change without its unit:\n{mean}");
        // What "improved" means, in the distance travelled.
        let md = render::markdown(report, set, &options);
        let section = md_section(&md, "excl.housing.situation");
        assert!(section.contains(step), "{lang}: improving is not explained:\n{section}");
        // The headline cards of the first page carry the bases too.
        let html = render::html(report, set, &options);
        let n_entry = int(answered(report, "excl.housing.situation", Wave::Entry));
        let people = if lang == Lang::En { "people" } else { "personnes" };
        assert!(
            html.contains(&format!("{n_entry}\u{a0}{people})</span>"))
                || html.contains(&format!("{n_entry} {people})</span>")),
            "{lang}: the card's earlier figure has no base"
        );
    }
}

#[test]
fn the_funnel_table_shows_the_digits_that_decide_a_flag() {
    use social_impact::report::FunnelFlag;
    let (report, set) = exclusion();
    let mut report = report.clone();
    // An organisation at 53.75 % below a 95 % limit of 54 %: written with
    // whole percentages both read "54 %"; one decimal tells them apart.
    let ind = report.indicators.iter_mut().find(|i| i.indicator == "excl.housing.situation").expect("reported");
    let point = &mut ind.comparison.as_mut().expect("compared").funnel[0];
    let org = point.organisation.to_string();
    (point.estimate, point.limit95_low, point.limit95_high) = (0.5375, 0.54, 0.73);
    (point.limit998_low, point.limit998_high, point.flag) = (0.50, 0.77, FunnelFlag::Below95);
    for (lang, estimate, limits) in
        [(Lang::En, "53.8%", "54.0–73.0%"), (Lang::Fr, "53,8\u{202F}%", "54,0–73,0\u{202F}%")]
    {
        let md = render::markdown(&report, set, &RenderOptions::new(lang));
        let row = md_section(&md, "excl.housing.situation")
            .lines()
            .find(|l| l.starts_with(&format!("| {org} |")) && l.contains(limits))
            .unwrap_or_else(|| panic!("{lang}: no funnel row for {org} with limits {limits}"));
        assert!(row.contains(&format!("| {estimate} |")), "{lang}: the estimate is not written finely enough: {row}");
        // A row whose flag whole percentages already show keeps them.
        let other = md_section(&md, "excl.housing.situation")
            .lines()
            .rfind(|l| l.starts_with("| ASSO-") && l.contains('–') && !l.starts_with(&format!("| {org} |")))
            .expect("another funnel row")
            .to_string();
        assert!(!other.contains(if lang == Lang::En { ".0" } else { ",0" }), "{lang}: needless decimals: {other}");
    }
}

/// The first lower-is-better indicator compared across at least two
/// organisations.
fn lower_is_better_compared(report: &mut Report) -> &mut social_impact::report::IndicatorReport {
    report
        .indicators
        .iter_mut()
        .find(|i| {
            i.direction == social_impact::catalogue::Direction::LowerIsBetter
                && i.comparison.as_ref().is_some_and(|c| c.funnel.len() > 1)
        })
        .expect("a lower-is-better indicator compared across organisations")
}

#[test]
fn a_lower_is_better_funnel_says_better_or_worse_plainly() {
    use social_impact::report::FunnelFlag;
    let (report, set) = exclusion();
    let mut report = report.clone();
    let ind = lower_is_better_compared(&mut report);
    let id = ind.indicator.to_string();
    let funnel = &mut ind.comparison.as_mut().expect("compared").funnel;
    funnel[0].flag = FunnelFlag::Above95;
    let (above, below) = (funnel[0].organisation.to_string(), funnel[1].organisation.to_string());
    funnel[1].flag = FunnelFlag::Below998;
    for (lang, worse, better) in [
        (
            Lang::En,
            format!("so {above} does worse than the network."),
            format!("so {below} does better than the network."),
        ),
        (
            Lang::Fr,
            format!("{above} fait donc moins bien que le réseau."),
            format!("{below} fait donc mieux que le réseau."),
        ),
    ] {
        let md = render::markdown(&report, set, &RenderOptions::new(lang));
        let section = md_section(&md, &id);
        assert!(section.contains(&worse), "{lang}: «{worse}» not said:\n{section}");
        assert!(section.contains(&better), "{lang}: «{better}» not said:\n{section}");
    }
}

#[test]
fn the_time_to_outcome_chart_names_its_vertical_axis() {
    let (report, set) = exclusion();
    assert!(!report.time_to_event.is_empty(), "the sample data have a time-to-event analysis");
    for (lang, title) in [
        (Lang::En, "Share who have not yet reached the outcome"),
        (Lang::Fr, "Part n&#39;ayant pas encore atteint le résultat"),
    ] {
        let html = render::html(report, set, &RenderOptions::new(lang));
        let rotated = html.matches("transform=\"rotate(-90").count();
        assert!(rotated >= report.time_to_event.len(), "{lang}: {rotated} vertical axis titles");
        assert!(html.contains(&format!(">{title}</text>")), "{lang}: no y-axis title «{title}»");
    }
}

#[test]
fn funnel_labels_stay_clear_of_the_limit_lines() {
    let (report, set) = exclusion();
    let html = render::html(report, set, &RenderOptions::new(Lang::En));
    // Every organisation's name on a funnel plot has its halo (where it
    // goes is tested beside the chart code, `label_place`).
    let names = html.matches("paint-order=\"stroke\"").count();
    let orgs = report.indicators.iter().filter_map(|i| i.comparison.as_ref()).map(|c| c.funnel.len()).sum::<usize>();
    assert_eq!(names, orgs, "every funnel label has its halo");
}

/// The board summary of a report, Markdown and HTML.
fn summaries(report: &Report, set: &ReferenceSet, lang: Lang) -> (String, String) {
    let mut options = RenderOptions::new(lang);
    options.summary = true;
    (render::markdown(report, set, &options), render::html(report, set, &options))
}

#[test]
fn the_board_summary_has_who_was_served_the_key_results_the_comparison_and_the_caveats() {
    for id in ["exclusion-2023", "child-protection-2024"] {
        let owned;
        let (report, set) = if id == "exclusion-2023" {
            exclusion()
        } else {
            owned = bundled_report(id);
            &owned
        };
        for (lang, headings, ci, breakdown, full) in [
            (
                Lang::En,
                ["## Who was served", "## Key results", "## How organisations compare", "## Caveats"],
                "95% CI",
                ["People by age band at entry", "People by sex", "People by service at entry"],
                "#### Distance travelled",
            ),
            (
                Lang::Fr,
                [
                    "## Les personnes accompagnées",
                    "## Résultats clés",
                    "## Les structures comparées",
                    "## Précautions de lecture",
                ],
                "IC à 95",
                ["Personnes par tranche d'âge à l'entrée", "Personnes par sexe", "Personnes par dispositif à l'entrée"],
                "#### Chemin parcouru",
            ),
        ] {
            let (md, html) = summaries(report, set, lang);
            for heading in headings {
                assert!(md.contains(&format!("\n{heading}\n")), "{id} {lang}: no «{heading}»");
                let h2 = format!("<h2>{}</h2>", &heading[3..]);
                assert!(html.contains(&h2), "{id} {lang}: no {h2} in the HTML summary");
            }
            assert!(
                !md.contains(full) && !html.contains("class=\"indicator\""),
                "{id} {lang}: the full report's sections"
            );
            // Who was served: the network's breakdowns by age band, sex and
            // service, in place of a sentence saying there were none.
            for caption in breakdown {
                assert!(md.contains(caption), "{id} {lang}: no table «{caption}»");
            }
            assert!(!md.contains("later version") && !md.contains("version ultérieure"), "{id} {lang}: no breakdown?");
            // The key results: the first page's, each with its interval.
            let options = RenderOptions::new(lang);
            let headlines = render::headlines(report, set, &options);
            assert!(headlines.len() >= 3, "{id}: {} headlines", headlines.len());
            for (ind, text) in &headlines {
                assert!(text.contains(ci), "{id} {lang}: {} has no interval", ind.indicator);
                let label = ind.label.get(lang);
                let line = md.lines().find(|l| l.contains(&format!("**{label}**"))).unwrap_or_else(|| {
                    panic!("{id} {lang}: {} is not in the summary", ind.indicator);
                });
                assert!(line.contains(ci), "{id} {lang}: {} without its interval in the summary", ind.indicator);
            }
            // One line per indicator compared, and no more.
            let compared =
                report.indicators.iter().filter(|i| i.comparison.as_ref().is_some_and(|c| !c.funnel.is_empty()));
            let start = md.find(headings[2]).expect("comparison");
            let part = &md[start..md.find(headings[3]).expect("caveats")];
            let mut rows = 0;
            for ind in compared {
                let label = ind.label.get(lang);
                assert!(part.contains(&format!("\n| {label} |")), "{id} {lang}: no comparison line for {label}");
                rows += 1;
            }
            let lines = part.lines().filter(|l| l.starts_with("| ") && !l.starts_with("| ---")).count();
            assert_eq!(lines, rows + 1, "{id} {lang}: one line per indicator compared, after the heading row");
            // Who was served: the totals of the data-quality section.
            let people =
                social_impact::report::render::format_number(report.data_quality.beneficiaries as f64, 0, lang);
            assert!(md.contains(&people), "{id} {lang}: the number of people supported is not in the summary");
        }
    }
}

#[test]
fn the_board_summary_says_which_way_an_organisation_differs() {
    use social_impact::report::FunnelFlag;
    let (report, set) = exclusion();
    let mut report = report.clone();
    let ind = lower_is_better_compared(&mut report);
    let label = ind.label.get(Lang::En).to_string();
    let funnel = &mut ind.comparison.as_mut().expect("compared").funnel;
    for p in funnel.iter_mut() {
        p.flag = FunnelFlag::Within;
    }
    // Above the limits where lower is better: worse.
    funnel[0].flag = FunnelFlag::Above998;
    let org = funnel[0].organisation.to_string();
    let (md, _) = summaries(&report, set, Lang::En);
    let line = md.lines().find(|l| l.starts_with(&format!("| {label} |"))).expect("the indicator's line");
    let cells: Vec<&str> = line.split(" | ").collect();
    assert_eq!(cells.get(2).copied(), Some("–"), "nobody better: {line}");
    assert!(cells.get(3).is_some_and(|c| c.starts_with(&org)), "{org} is worse: {line}");
}

#[test]
fn impact_report_summary_writes_the_board_summary_and_refuses_json() {
    use crate::it::support::run_report;
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data/exclusion-2023");
    let (enrolments, observations) = (data.join("enrolments.csv"), data.join("observations.csv"));
    let report =
        |extra: &[&str]| run_report("exclusion-2023", &enrolments, &observations, &[&["--summary"], extra].concat());
    let md = report(&["--format", "md", "--lang", "en"]);
    assert!(md.status.success(), "{}", String::from_utf8_lossy(&md.stderr));
    let text = String::from_utf8(md.stdout).unwrap();
    assert!(text.contains("*Board summary*") && text.contains("## Who was served"), "not the summary:\n{text}");
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("summary.json");
    for (lang, says) in [("en", "--summary writes the board summary"), ("fr", "--summary écrit la synthèse")] {
        let json = report(&["--format", "json", "--lang", lang, "-o", out.to_str().unwrap()]);
        assert_eq!(json.status.code(), Some(1), "{lang}");
        let stderr = String::from_utf8_lossy(&json.stderr);
        assert!(stderr.contains(says), "{lang}: {stderr}");
        assert!(!out.exists(), "{lang}: something was written");
    }
}

/// Every funnel plot is followed by a plain caution: organisations serve
/// different people, so a gap is a question, not a verdict.
#[test]
fn each_funnel_plot_carries_a_caution_about_who_organisations_serve() {
    let (report, set) = exclusion();
    let compared = report.indicators.iter().filter(|i| i.comparison.is_some()).count();
    assert!(compared > 0, "the sample compares organisations");
    for (lang, caution) in
        [(Lang::Fr, "accompagnent pas les mêmes personnes"), (Lang::En, "organisations do not support the same people")]
    {
        for page in [
            render::markdown(report, set, &RenderOptions::new(lang)),
            render::html(report, set, &RenderOptions::new(lang)),
        ] {
            assert_eq!(page.matches(caution).count(), compared, "{lang}: one caution per funnel plot");
        }
    }
}

/// The footer of every page says which tool and which reference set
/// produced it, in both formats and languages.
#[test]
fn the_footer_states_the_tool_and_the_reference_set_versions() {
    let (report, set) = exclusion();
    let tool = format!("social-impact {}", env!("CARGO_PKG_VERSION"));
    let version = &report.reference_set.version;
    for (lang, set_words) in [
        (Lang::Fr, format!("référentiel exclusion-2023 version {version}")),
        (Lang::En, format!("reference set exclusion-2023 version {version}")),
    ] {
        for page in [
            render::markdown(report, set, &RenderOptions::new(lang)),
            render::html(report, set, &RenderOptions::new(lang)),
        ] {
            let tail = &page[page.len().saturating_sub(600)..];
            assert!(tail.contains(&tool) && tail.contains(&set_words), "{lang}: footer without versions:\n{tail}");
        }
    }
}

/// `report --association NAME --logo FILE` puts the association's name and
/// logo on the first page (the logo inlined: the page fetches nothing); a
/// logo that is not a PNG or JPEG is refused before anything is written.
#[test]
fn the_first_page_names_the_association_and_shows_its_logo() {
    use crate::it::support::run_impact;
    let dir = tempfile::tempdir().expect("temporary folder");
    let logo = dir.path().join("logo.png");
    let mut png = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut png, 2, 2);
        encoder.set_color(png::ColorType::Rgb);
        let mut writer = encoder.write_header().expect("png header");
        writer.write_image_data(&[0, 90, 160].repeat(4)).expect("png data");
    }
    std::fs::write(&logo, &png).expect("logo written");
    let c1 = crate::it::support::fixture("conformance/c1");
    let (e, o, m) = (c1.join("enrolments.csv"), c1.join("observations.csv"), c1.join("set.json"));
    let s = |p: &std::path::Path| p.to_str().expect("UTF-8 path").to_string();
    let out = dir.path().join("report.html");
    let args = [
        "report",
        "--set",
        &s(&m),
        "--enrolments",
        &s(&e),
        "--observations",
        &s(&o),
        "--format",
        "html",
        "--association",
        "Association fictive du Val",
        "--logo",
        &s(&logo),
        "-o",
        &s(&out),
    ];
    let run = run_impact(&args);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let html = std::fs::read_to_string(&out).expect("report");
    let cover = &html[html.find("<header class=\"cover\">").expect("cover")..];
    let cover = &cover[..cover.find("</header>").expect("cover ends")];
    assert!(cover.contains("Association fictive du Val"), "{cover}");
    assert!(cover.contains("src=\"data:image/png;base64,iVBORw0KGgo"), "the logo is inlined");
    let svg = dir.path().join("logo.svg");
    std::fs::write(&svg, "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>").expect("svg written");
    let refused_out = dir.path().join("refused.html");
    let mut refused_args = args.to_vec();
    let (svg_s, refused_s) = (s(&svg), s(&refused_out));
    let at = refused_args.iter().position(|a| *a == "--logo").expect("--logo") + 1;
    refused_args[at] = &svg_s;
    let last = refused_args.len() - 1;
    refused_args[last] = &refused_s;
    let refused = run_impact(&refused_args);
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("n'est pas une image PNG ou JPEG"));
    assert!(!refused_out.exists(), "nothing written");
}
