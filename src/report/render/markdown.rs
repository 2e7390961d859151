//! The Markdown text: the HTML page's content as headings, paragraphs and
//! tables, for pasting into documents and wikis. Charts are left out; their
//! tables stay.

use super::content::{self, Block, Table};
use super::Doc;
use crate::locale::numbers::colon;
use std::fmt::Write;

/// Escapes the characters Markdown would read as markup. Line breaks
/// become spaces: a label from a user's manifest holding `\n# …` must not
/// start a heading.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}') {
            out.push(' ');
            continue;
        }
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The document.
pub(crate) fn render(doc: &Doc<'_>) -> String {
    document(doc.lang, content::blocks(doc), &doc.footer())
}

/// A whole Markdown document of `blocks`, ending with `footer`: the same
/// writer for every document the crate writes for people.
pub(crate) fn document(lang: crate::text::Lang, blocks: Vec<Block>, footer: &str) -> String {
    let mut out = String::with_capacity(32 * 1024);
    // Inside a scale's items, headings go one level deeper.
    let mut deeper = "";
    for block in blocks {
        match block {
            Block::Cover { kind, title, subtitle, facts, by, .. } => {
                if let Some(by) = by {
                    let _ = write!(out, "**{}**\n\n", escape(&by));
                }
                let _ = write!(out, "# {}\n\n*{}* — {}\n\n", escape(&title), escape(&kind), escape(&subtitle));
                for (k, v) in facts {
                    let _ = writeln!(out, "- **{}**{} {}", escape(&k), colon(lang), escape(&v));
                }
                out.push('\n');
            }
            Block::Headlines { title, intro, items } => {
                let _ = write!(out, "## {}\n\n{}\n\n", escape(&title), escape(&intro));
                for (i, h) in items.iter().enumerate() {
                    let _ = writeln!(
                        out,
                        "{}. **{}** ({}) — {}",
                        i + 1,
                        escape(&h.label),
                        escape(&h.dimension),
                        escape(&h.text)
                    );
                }
                out.push('\n');
            }
            // Wikis and word processors build their own table of contents.
            Block::Toc(..) => {}
            Block::Section { title, .. } => {
                let _ = write!(out, "## {}\n\n", escape(&title));
            }
            Block::Indicator { title, meta, definition, .. } => {
                let _ = write!(out, "###{deeper} {}\n\n*{}*\n\n", escape(&title), escape(&meta));
                if let Some(d) = definition {
                    let _ = write!(out, "> {}\n\n", escape(&d));
                }
            }
            // The items of a scale: a sub-section of the scale's section,
            // each item one level below it.
            Block::Items { summary, .. } => {
                let _ = write!(out, "#### {}\n\n", escape(&summary));
                deeper = "##";
            }
            Block::ItemsEnd => deeper = "",
            Block::Heading(text) => {
                let _ = write!(out, "####{deeper} {}\n\n", escape(&text));
            }
            Block::Para(text) => {
                let _ = write!(out, "{}\n\n", escape(&text));
            }
            Block::Banner(text) => {
                let _ = write!(out, "> **{}**\n\n", escape(&text));
            }
            Block::Figure { table, .. } | Block::Table(table) => table_md(&mut out, &table),
            Block::Bullets(items) => {
                for item in items {
                    let _ = writeln!(out, "- {}", escape(&item));
                }
                out.push('\n');
            }
            Block::Glossary(items) => {
                for (term, def) in items {
                    let _ = writeln!(out, "- **{}** — {}", escape(&term), escape(&def));
                }
                out.push('\n');
            }
        }
    }
    let _ = writeln!(out, "---\n\n*{}*", escape(footer));
    out
}

fn table_md(out: &mut String, table: &Table) {
    let _ = write!(out, "*{}*\n\n|", escape(&table.caption));
    for h in &table.head {
        let _ = write!(out, " {} |", escape(h));
    }
    out.push_str("\n|");
    for numeric in table.numeric_columns() {
        out.push_str(if numeric { " ---: |" } else { " --- |" });
    }
    out.push('\n');
    for row in &table.rows {
        out.push('|');
        for cell in &row.cells {
            let mut text = escape(&cell.main);
            if row.strong && !text.is_empty() {
                text = format!("**{text}**");
            }
            if let Some(sub) = &cell.sub {
                let _ = write!(text, " ({})", escape(sub));
            }
            let _ = write!(out, " {text} |");
        }
        out.push('\n');
    }
    out.push('\n');
}
