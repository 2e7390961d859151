//! The HTML page: one file, inline CSS and SVG, no script, no external
//! resource, printable on A4.

use super::content::{self, Block, Table, TocEntry};
use super::escape_html as esc;
use super::Doc;
use super::Verdict;
use std::fmt::Write;

/// The style sheet. System fonts only: a report must look the same offline
/// and must not fetch anything.
const CSS: &str = r#"
:root{--ink:#1d2433;--muted:#5b6475;--rule:#d9dde3;--soft:#f6f7f9;--accent:#0072B2;--good:#009E73;--bad:#D55E00}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:#eef0f3;color:var(--ink);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif;font-variant-numeric:tabular-nums lining-nums}
main{max-width:960px;margin:32px auto;background:#fff;padding:56px 72px 40px;box-shadow:0 1px 3px rgba(29,36,51,.08),0 8px 24px rgba(29,36,51,.06)}
h1,h2,h3,h4,h5{line-height:1.25;margin:0;font-weight:700;letter-spacing:-.01em}
p{margin:.5em 0 .9em;max-width:46em}
.kind{font-size:13px;letter-spacing:.12em;text-transform:uppercase;color:var(--accent);font-weight:700;margin-bottom:14px}
.cover h1{font-size:34px;max-width:22em}
.cover .sub{color:var(--muted);margin:10px 0 28px;font-size:15px}
.cover .logo{float:right;max-height:72px;max-width:200px;margin:0 0 12px 16px}
.cover .by{font-size:17px;font-weight:600;margin-bottom:4px}
.facts{display:flex;flex-wrap:wrap;gap:0 56px;border-top:3px solid var(--ink);border-bottom:1px solid var(--rule);margin:0 0 44px;padding:16px 0 14px}
.facts div{display:flex;flex-direction:column-reverse}
.facts dt{font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.06em}
.facts dd{margin:0 0 2px;font-size:26px;font-weight:700;white-space:nowrap;line-height:1.2}
.headlines h2{font-size:22px;margin-bottom:4px}
.headlines>p{color:var(--muted);margin-top:2px}
.headlines ol{list-style:none;padding:0;margin:20px 0 0}
.headlines li{display:grid;grid-template-columns:170px 1fr;gap:0 28px;padding:20px 0;border-top:1px solid var(--rule);break-inside:avoid}
.headlines li:last-child{border-bottom:1px solid var(--rule)}
.headlines .key{display:flex;flex-direction:column}
.headlines .big{font-size:40px;font-weight:700;line-height:1.05;color:var(--accent);letter-spacing:-.02em;white-space:nowrap}
.headlines .when{font-size:13px;font-weight:600;color:var(--ink);margin-top:4px}
.headlines .was{font-size:13px;color:var(--muted)}
.headlines .dim{display:block;font-size:12px;text-transform:uppercase;letter-spacing:.08em;color:var(--muted)}
.headlines h3{display:inline;font-size:18px;margin-right:10px}
.headlines h3 a{color:inherit;text-decoration:none}
.tag{display:inline-block;font-size:12px;font-weight:600;padding:1px 9px;border-radius:10px;vertical-align:2px;white-space:nowrap}
.tag.good{background:#e0f2ec;color:#00664a}
.tag.bad{background:#fbe6d9;color:#a04300}
.tag.unclear{background:#eceef1;color:var(--muted)}
.headlines .body p{margin:6px 0 0;max-width:none;font-size:15px}
nav.toc{margin:36px 0 8px;padding-top:18px;border-top:1px solid var(--rule)}
nav.toc h2{font-size:14px;text-transform:uppercase;letter-spacing:.08em;color:var(--muted)}
nav.toc ol{columns:2;column-gap:40px;padding-left:22px;margin:10px 0 0}
nav.toc a{color:var(--ink);text-decoration:none;border-bottom:1px solid var(--rule)}
nav.toc>ol>li{margin-top:6px}
nav.toc ol ol{columns:auto;list-style:none;padding-left:14px;margin:2px 0 4px;font-size:13.5px;line-height:1.45}
nav.toc ol ol ol{font-size:12.5px;padding-left:14px;margin:0}
nav.toc ol ol a{color:var(--muted)}
section.part{margin-top:64px;padding-top:24px;border-top:3px solid var(--ink)}
section.part>h2{font-size:28px;margin-bottom:8px}
.indicator{margin-top:40px}
.indicator h3{font-size:22px;color:var(--ink)}
.indicator .meta{font-size:13px;color:var(--muted);margin:4px 0 8px}
.indicator .def{color:var(--muted);font-style:italic}
h4,h5{font-size:14px;text-transform:uppercase;letter-spacing:.07em;color:var(--accent);margin:30px 0 6px}
h5{font-size:13px;margin-top:24px}
details.items{margin:32px 0 8px;border:1px solid var(--rule);border-radius:6px;padding:0 18px}
details.items>summary{cursor:pointer;padding:12px 0;font-weight:700}
details.items>summary .hint{display:block;font-weight:400;font-size:13px;color:var(--muted)}
details.items[open]>summary{border-bottom:1px solid var(--rule)}
details.items[open]>summary .hint{display:none}
.indicator.item{margin-top:28px}
.indicator.item>h4{font-size:19px;text-transform:none;letter-spacing:-.01em;color:var(--ink);margin:0}
figure{margin:10px 0 24px;break-inside:avoid}
svg.chart{display:block;max-width:100%;height:auto;margin:4px 0 8px}
svg.chart text{font-family:inherit}
table{border-collapse:collapse;width:100%;font-size:13.5px;margin:6px 0 22px}
caption{caption-side:top;text-align:left;color:var(--muted);font-size:12.5px;padding:0 0 6px}
th{font-weight:600;text-align:left;color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em;border-bottom:1.5px solid var(--ink);padding:6px 10px 6px 0;vertical-align:bottom}
td{border-bottom:1px solid var(--rule);padding:6px 10px 6px 0;vertical-align:top}
tbody th{font-weight:400;text-transform:none;letter-spacing:0;font-size:13.5px;color:var(--ink);border-bottom:1px solid var(--rule);vertical-align:top}
td.n,th.n{text-align:right}
tr.net th{font-weight:700}
td .s,th .s{display:block;color:var(--muted);font-size:12px}
tr.net td{font-weight:700}
tr.net td .s{font-weight:400}
ul.notes{padding-left:20px}
p.banner{max-width:none;background:#fff4d6;border-left:5px solid #E69F00;padding:10px 16px;font-weight:600;margin:0 0 28px}
dl.glossary{display:grid;grid-template-columns:minmax(180px,30%) 1fr;gap:8px 24px;margin:12px 0}
dl.glossary dt{font-weight:700}
dl.glossary dd{margin:0;color:var(--ink)}
footer{margin-top:56px;padding-top:12px;border-top:1px solid var(--rule);color:var(--muted);font-size:12.5px}
@media (max-width:760px){main{padding:28px 20px;margin:0}.headlines li{grid-template-columns:1fr}nav.toc ol{columns:1}dl.glossary{grid-template-columns:1fr}}
@media screen and (max-width:600px){
main{padding:20px 14px;overflow-wrap:anywhere}
.cover h1{font-size:26px}
.facts{gap:0 28px}
.facts dd{font-size:22px}
.headlines .big{font-size:32px}
section.part>h2{font-size:23px}
.indicator h3{font-size:19px}
table.reflow,table.reflow tbody,table.reflow tr,table.reflow th,table.reflow td,table.reflow caption{display:block;width:auto}
table.reflow thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
table.reflow tr{border-top:1px solid var(--rule);padding:6px 0 4px}
table.reflow tbody tr:first-child{border-top:1.5px solid var(--ink)}
table.reflow tbody th{border:none;padding:0 0 2px;font-weight:600;text-align:left}
table.reflow td{border:none;padding:1px 0;text-align:right;overflow:hidden}
table.reflow td[data-label]::before{content:attr(data-label);float:left;max-width:60%;margin-right:12px;text-align:left;color:var(--muted);font-size:12px;font-weight:400}
table.reflow td .s{font-weight:400}
table.reflow td:empty{display:none}
}
@page{size:A4;margin:16mm 15mm 18mm}
@media print{
body{background:#fff;font-size:10.5pt;-webkit-print-color-adjust:exact;print-color-adjust:exact}
main{max-width:none;margin:0;padding:0;box-shadow:none}
section.part{break-before:page;margin-top:0;border-top:none;padding-top:0}
.indicator{break-before:auto}
h2,h3,h4,h5{break-after:avoid}
details.items::details-content{content-visibility:visible}
details.items{border:none;padding:0;margin-top:24px}
details.items>summary{list-style:none;padding:0;font-size:14pt}
details.items>summary::-webkit-details-marker{display:none}
details.items>summary .hint{display:none}
details.items[open]>summary{border:none}
table,tr,figure,.headlines li{break-inside:avoid}
nav.toc a{border:none}
}
"#;

/// What the board summary adds to the style sheet: in print, its parts
/// follow one another on the page and the key results take less room, so
/// that it holds in two to four A4 pages.
const SUMMARY_CSS: &str = r#"
@media print{
body{font-size:9pt}
section.part{break-before:auto;margin-top:16px;padding-top:10px}
section.part>h2{font-size:18px}
.headlines ol{margin-top:6px}
.headlines li{padding:6px 0;grid-template-columns:120px 1fr;gap:0 16px}
.headlines .big{font-size:24px}
.headlines .body p{font-size:8.5pt;margin-top:3px}
.cover .sub{margin:4px 0 12px}
.cover h1{font-size:26px}
table{font-size:8.5pt;margin:4px 0 10px;break-inside:auto}
tbody th{font-size:8.5pt}
th{font-size:7.5pt;padding:3px 8px 3px 0}
td{padding:3px 8px 3px 0}
p{margin:.3em 0 .6em}
}
"#;

/// The page.
pub(crate) fn render(doc: &Doc<'_>) -> String {
    let css = if doc.options.summary { SUMMARY_CSS } else { "" };
    styled_page(doc.lang, doc.title(), content::blocks(doc), &doc.footer(), css)
}

/// The opening of a page of the crate, up to `<main>`: the language, a
/// policy that forbids every request, the title and the style sheet (the
/// report's, then `extra_css`). The printable questionnaire
/// (`collection::questionnaire`) opens its page with it too.
pub(crate) fn page_start(lang: crate::Lang, title: &str, extra_css: &str) -> String {
    let mut out = String::with_capacity(64 * 1024);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <title>{}</title>\n<style>{}{}</style>\n</head>\n<body>\n<main>\n",
        lang.code(),
        esc(title),
        CSS,
        extra_css
    );
    out
}

/// A whole page of `blocks`: the report's page shell (head, style sheet,
/// footer), shared by every document the crate writes for people.
pub(crate) fn page(lang: crate::text::Lang, title: &str, blocks: Vec<Block>, footer: &str) -> String {
    styled_page(lang, title, blocks, footer, "")
}

/// [`page`] with `extra_css` after the report's style sheet.
fn styled_page(lang: crate::text::Lang, title: &str, blocks: Vec<Block>, footer: &str, extra_css: &str) -> String {
    let mut out = page_start(lang, title, extra_css);
    let mut open = Open::default();
    for block in blocks {
        match block {
            Block::Cover { kind, title, subtitle, facts, by, logo } => {
                out.push_str("<header class=\"cover\">\n");
                if let Some(uri) = logo {
                    let _ = writeln!(out, "<img class=\"logo\" src=\"{}\" alt=\"\">", esc(&uri));
                }
                if let Some(by) = by {
                    let _ = writeln!(out, "<div class=\"by\">{}</div>", esc(&by));
                }
                let _ = write!(
                    out,
                    "<div class=\"kind\">{}</div>\n<h1>{}</h1>\n<p class=\"sub\">{}</p>\n<dl class=\"facts\">",
                    esc(&kind),
                    esc(&title),
                    esc(&subtitle)
                );
                for (k, v) in facts {
                    let _ = write!(out, "<div><dt>{}</dt><dd>{}</dd></div>", esc(&k), esc(&v));
                }
                out.push_str("</dl>\n</header>\n");
            }
            Block::Headlines { title, intro, items } => {
                let _ = write!(
                    out,
                    "<section class=\"headlines\">\n<h2>{}</h2>\n<p>{}</p>\n<ol>\n",
                    esc(&title),
                    esc(&intro)
                );
                for h in items {
                    let tag = match h.verdict {
                        Verdict::Better => "good",
                        Verdict::Worse => "bad",
                        Verdict::Unclear => "unclear",
                    };
                    let _ = writeln!(
                        out,
                        "<li><div class=\"key\"><span class=\"big\">{}</span><span class=\"when\">{}</span>\
                         <span class=\"was\">{}</span></div><div class=\"body\"><span class=\"dim\">{}</span>\
                         <h3><a href=\"#{}\">{}</a></h3><span class=\"tag {tag}\">{}</span><p>{}</p></div></li>",
                        esc(&h.key),
                        esc(&h.key_wave),
                        esc(&h.before),
                        esc(&h.dimension),
                        esc(&h.anchor),
                        esc(&h.label),
                        esc(&h.verdict_text),
                        esc(&h.text)
                    );
                }
                out.push_str("</ol>\n</section>\n");
            }
            Block::Toc(title, items) => {
                let _ = write!(out, "<nav class=\"toc\">\n<h2>{}</h2>\n", esc(&title));
                toc_html(&mut out, &items);
                out.push_str("\n</nav>\n");
            }
            Block::Section { id, title } => {
                close(&mut out, &mut open);
                let _ = write!(out, "<section class=\"part\" id=\"{}\">\n<h2>{}</h2>\n", esc(&id), esc(&title));
                open.part = true;
            }
            Block::Indicator { id, title, meta, definition } => {
                // An item's section sits one level below its scale's.
                let (class, h) = if open.items { ("indicator item", "h4") } else { ("indicator", "h3") };
                let current = if open.items { &mut open.item } else { &mut open.indicator };
                shut(&mut out, current, "article");
                *current = true;
                let _ = write!(
                    out,
                    "<article class=\"{class}\" id=\"{}\">\n<{h}>{}</{h}>\n<p class=\"meta\">{}</p>\n",
                    esc(&id),
                    esc(&title),
                    esc(&meta)
                );
                if let Some(d) = definition {
                    let _ = writeln!(out, "<p class=\"def\">{}</p>", esc(&d));
                }
            }
            Block::Items { id, summary, hint } => {
                let _ = write!(
                    out,
                    "<details class=\"items\" id=\"{}\">\n<summary><span class=\"what\">{}</span> \
                     <span class=\"hint\">{}</span></summary>\n",
                    esc(&id),
                    esc(&summary),
                    esc(&hint)
                );
                open.items = true;
            }
            Block::ItemsEnd => close_items(&mut out, &mut open),
            Block::Heading(text) => {
                let h = if open.items { "h5" } else { "h4" };
                let _ = writeln!(out, "<{h}>{}</{h}>", esc(&text));
            }
            Block::Para(text) => {
                let _ = writeln!(out, "<p>{}</p>", esc(&text));
            }
            Block::Banner(text) => {
                let _ = writeln!(out, "<p class=\"banner\" role=\"note\">{}</p>", esc(&text));
            }
            Block::Figure { svg, table } => {
                out.push_str("<figure>\n");
                out.push_str(&svg);
                out.push('\n');
                table_html(&mut out, &table);
                out.push_str("</figure>\n");
            }
            Block::Table(table) => table_html(&mut out, &table),
            Block::Bullets(items) => {
                out.push_str("<ul class=\"notes\">");
                for item in items {
                    let _ = write!(out, "<li>{}</li>", esc(&item));
                }
                out.push_str("</ul>\n");
            }
            Block::Glossary(items) => {
                out.push_str("<dl class=\"glossary\">\n");
                for (term, def) in items {
                    let _ = writeln!(out, "<dt>{}</dt><dd>{}</dd>", esc(&term), esc(&def));
                }
                out.push_str("</dl>\n");
            }
        }
    }
    close(&mut out, &mut open);
    let _ = write!(out, "<footer>{}</footer>\n</main>\n</body>\n</html>\n", esc(footer));
    out
}

/// The elements a page has open while its blocks are written.
#[derive(Default)]
struct Open {
    /// A top-level section.
    part: bool,
    /// An indicator's article.
    indicator: bool,
    /// The fold of a scale's items, inside the scale's article.
    items: bool,
    /// An item's article, inside the fold.
    item: bool,
}

/// Closes what is open, innermost first.
fn close(out: &mut String, open: &mut Open) {
    close_items(out, open);
    shut(out, &mut open.indicator, "article");
    shut(out, &mut open.part, "section");
}

/// Closes the fold of a scale's items and the item open in it, if any.
fn close_items(out: &mut String, open: &mut Open) {
    shut(out, &mut open.item, "article");
    shut(out, &mut open.items, "details");
}

/// Writes the end tag of `element` if it is open, and marks it closed.
fn shut(out: &mut String, open: &mut bool, element: &str) {
    if std::mem::take(open) {
        let _ = writeln!(out, "</{element}>");
    }
}

/// The table of contents: a numbered list, each entry with the list of
/// those under it.
fn toc_html(out: &mut String, entries: &[TocEntry]) {
    out.push_str("<ol>");
    for entry in entries {
        let _ = write!(out, "<li><a href=\"#{}\">{}</a>", esc(&entry.anchor), esc(&entry.name));
        if !entry.children.is_empty() {
            toc_html(out, &entry.children);
        }
        out.push_str("</li>");
    }
    out.push_str("</ol>");
}

/// A table. One with column headings reflows on a narrow screen (class
/// `reflow`): each row becomes a block whose cells carry their column's
/// heading (`data-label`), so that a phone never scrolls sideways.
fn table_html(out: &mut String, table: &Table) {
    // A key-value table has no column headings worth a row.
    let headed = table.head.iter().any(|h| !h.is_empty());
    let class = if headed { " class=\"reflow\"" } else { "" };
    let _ = write!(out, "<table{class}>\n<caption>{}</caption>\n", esc(&table.caption));
    let numeric_col = table.numeric_columns();
    if headed {
        out.push_str("<thead><tr>");
        for (c, h) in table.head.iter().enumerate() {
            let class = if numeric_col[c] { " class=\"n\"" } else { "" };
            let _ = write!(out, "<th scope=\"col\"{class}>{}</th>", esc(h));
        }
        out.push_str("</tr></thead>\n");
    }
    out.push_str("<tbody>\n");
    for row in &table.rows {
        out.push_str(if row.strong { "<tr class=\"net\">" } else { "<tr>" });
        for (c, cell) in row.cells.iter().enumerate() {
            let class = if numeric_col.get(c).copied().unwrap_or(false) { " class=\"n\"" } else { "" };
            let close = if c == 0 { "th" } else { "td" };
            if c == 0 {
                let _ = write!(out, "<th scope=\"row\"{class}>{}", esc(&cell.main));
            } else {
                let label = table.head.get(c).filter(|h| headed && !h.is_empty());
                let label = label.map_or(String::new(), |h| format!(" data-label=\"{}\"", esc(h)));
                let _ = write!(out, "<td{class}{label}>{}", esc(&cell.main));
            }
            if let Some(sub) = &cell.sub {
                let _ = write!(out, "<span class=\"s\">{}</span>", esc(sub));
            }
            let _ = write!(out, "</{close}>");
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}
