//! Who was served: one table per breakdown (age band, sex, service at
//! entry), the network first, then the organisations [`Doc::listed`] keeps;
//! in the board summary, the network alone.

use super::content::{hidden_cell, Block, Cell, Row, Table};
use super::svg::group_name;
use super::Doc;
use crate::catalogue::AgeBands;
use crate::locale::numbers::int;
use crate::locale::served::{served as served_words, ServedWords};
use crate::report::{Breakdowns, Count, ServedGroup, Suppressible};
use std::collections::{BTreeMap, BTreeSet};

/// Where a group's column goes: known groups in order, the unknown one last.
type Order = (bool, u32, String);

/// One breakdown of a group: each cell's place, column name and count,
/// `None` when the breakdown is withheld.
type Columns = Option<Vec<(Order, String, Suppressible<Count>)>>;

/// The columns of each breakdown of `b`, named in `lang`.
fn columns(b: &Breakdowns, bands: Option<&AgeBands>, s: ServedWords) -> [Columns; 3] {
    let band = |k: Option<u32>| match (k, bands) {
        (Some(k), Some(bands)) => s.band(bands.range(k as usize)),
        (Some(k), None) => k.to_string(),
        (None, _) => s.age_unknown().to_string(),
    };
    [
        b.age_band.as_ref().map(|cs| {
            cs.iter()
                .map(|c| {
                    ((c.age_band.is_none(), c.age_band.unwrap_or(0), String::new()), band(c.age_band), c.count.clone())
                })
                .collect()
        }),
        b.sex.as_ref().map(|cs| {
            cs.iter()
                .map(|c| {
                    (
                        (c.sex.is_none(), c.sex.map_or(0, |x| x as u32), String::new()),
                        s.sex(c.sex).to_string(),
                        c.count.clone(),
                    )
                })
                .collect()
        }),
        b.service.as_ref().map(|cs| {
            cs.iter()
                .map(|c| {
                    let name = c.service.clone().unwrap_or_else(|| s.service_unknown().to_string());
                    ((c.service.is_none(), 0, c.service.clone().unwrap_or_default()), name, c.count.clone())
                })
                .collect()
        }),
    ]
}

/// The blocks of who was served: the whole section in the full report,
/// the network's tables only in the board summary (`summary`).
pub(super) fn blocks(doc: &Doc<'_>, summary: bool, out: &mut Vec<Block>) {
    let lang = doc.lang;
    let s = served_words(lang);
    if !summary {
        out.push(Block::Section { id: "served".to_string(), title: s.title().to_string() });
    }
    let Some(served) = &doc.report.served else {
        out.push(Block::Para(s.absent().to_string()));
        return;
    };
    let min_cell = u64::from(doc.min_cell());
    out.push(Block::Para(s.intro((&int(min_cell, lang), min_cell))));
    let bands = AgeBands::new(served.age_bands.clone()).ok();
    let none = BTreeSet::new();
    let hidden = crate::locale::report::report(lang).labels().hidden;
    // The network first, then the organisations listed.
    let mut groups: Vec<&ServedGroup> = served.groups.iter().filter(|g| g.organisation.is_network()).collect();
    if !summary {
        groups.extend(
            served.groups.iter().filter(|g| !g.organisation.is_network() && doc.listed(&none, &g.organisation)),
        );
    }
    let all: Vec<(&ServedGroup, [Columns; 3])> =
        groups.into_iter().map(|g| (g, columns(&g.breakdowns, bands.as_ref(), s))).collect();
    for (k, caption) in [s.by_age(), s.by_sex(), s.by_service()].into_iter().enumerate() {
        // Every group met in a listed row, in order.
        let heads: BTreeMap<&Order, &str> =
            all.iter().flat_map(|(_, cols)| cols[k].iter().flatten()).map(|(o, name, _)| (o, name.as_str())).collect();
        let rows = all
            .iter()
            .map(|(g, cols)| {
                let mut cells = vec![Cell::new(group_name(&g.organisation, lang))];
                cells.extend(heads.keys().map(|h| match &cols[k] {
                    None => hidden_cell(doc),
                    Some(cs) => match cs.iter().find(|(o, _, _)| o == *h) {
                        Some((_, _, Suppressible::Shown(c))) => Cell::new(int(c.count, lang)),
                        // Hidden in every organisation: the network's sum is
                        // not known, and need not be small.
                        Some((_, _, Suppressible::Suppressed)) if g.organisation.is_network() => Cell::new(hidden),
                        Some((_, _, Suppressible::Suppressed)) => hidden_cell(doc),
                        // The network lists the groups some organisation shows: one
                        // it does not list is hidden wherever it has people.
                        None if g.organisation.is_network() => Cell::new(hidden),
                        None => Cell::new(int(0, lang)),
                    },
                }));
                cells.push(Cell::new(int(g.breakdowns.n, lang)));
                Row { cells, strong: g.organisation.is_network() }
            })
            .collect();
        let mut head = vec![crate::locale::report::report(lang).labels().organisation.to_string()];
        head.extend(heads.values().map(|h| h.to_string()));
        head.push(s.total().to_string());
        out.push(Block::Table(Table { caption: caption.to_string(), head, rows }));
        if let Some((network, cols)) = all.iter().find(|(g, _)| g.organisation.is_network()) {
            let shown: u64 = cols[k].iter().flatten().filter_map(|(_, _, c)| c.shown().map(|c| c.count)).sum();
            let n = network.breakdowns.n;
            if shown < n {
                let rest = n - shown;
                out.push(Block::Para(s.network_hidden((&int(rest, lang), rest), &int(n, lang))));
            }
        }
    }
}
