//! The activity section: entries, exits, people still supported or lost to
//! follow-up, and the response rate at each wave, for the network and each
//! organisation listed; in the full report and in the board summary.

use super::content::{Block, Cell, Row, Table};
use super::svg::group_name;
use super::Doc;
use crate::locale::activity::activity as activity_words;
use crate::locale::numbers::{self as nums, int, pct};
use crate::locale::report::report as words;
use crate::report::{Activity, ActivityGroup, Share, Suppressible};

/// The section's blocks (none when the report has no activity figures).
/// `with_definitions` adds what each figure means (the board summary has
/// no methods section to say it).
pub(super) fn blocks(doc: &Doc<'_>, with_definitions: bool, out: &mut Vec<Block>) {
    let Some(activity) = &doc.report.activity else { return };
    let lang = doc.lang;
    let a = activity_words(lang);
    let w = words(lang);
    let waves: Vec<crate::catalogue::Wave> =
        activity.groups.first().map(|g| g.response.iter().map(|r| r.wave).collect()).unwrap_or_default();
    let mut head = vec![w.labels().organisation.to_string()];
    head.extend(["entries", "exits", "still", "lost"].map(|k| a.column(k).to_string()));
    head.extend(waves.iter().map(|wave| a.response_at(w.at_wave(*wave))));
    let listed = doc.organisations().len() <= super::ORGANISATIONS_LISTED_UP_TO;
    let rows = activity
        .groups
        .iter()
        .filter(|g| g.organisation.is_network() || listed || doc.is_member(&g.organisation))
        .map(|g| row(doc, g, &waves))
        .collect();
    out.push(Block::Heading(a.title().to_string()));
    out.push(Block::Table(Table { caption: a.caption().to_string(), head, rows }));
    if with_definitions {
        out.push(Block::Para(definitions(doc, activity)));
    }
}

/// What each activity figure means, for the methods.
pub(super) fn definitions(doc: &Doc<'_>, activity: &Activity) -> String {
    let lang = doc.lang;
    let as_of =
        doc.report.parameters.as_of.map_or(words(lang).labels().as_of_default.to_string(), |d| nums::date(d, lang));
    let min_cell = doc.min_cell();
    let days = int(activity.lost_after_days.unsigned_abs(), lang);
    activity_words(lang).definitions(&as_of, &days, &int(u64::from(min_cell), lang), u64::from(min_cell))
}

fn row(doc: &Doc<'_>, g: &ActivityGroup, waves: &[crate::catalogue::Wave]) -> Row {
    let lang = doc.lang;
    let mut cells = vec![Cell::new(group_name(&g.organisation, lang))];
    cells.extend([g.entries, g.exits, g.still_supported].map(|n| Cell::new(int(n, lang))));
    cells.push(share(doc, &g.lost_to_follow_up, g.still_supported));
    for wave in waves {
        cells.push(match g.response.iter().find(|r| r.wave == *wave) {
            Some(r) => share(doc, &r.answered, r.expected),
            None => Cell::new(String::new()),
        });
    }
    Row { cells, strong: g.organisation.is_network() }
}

/// A count and its share, "hidden" when its group is small, and an empty
/// cell when there is no group at all (`base` 0): nothing was hidden then.
fn share(doc: &Doc<'_>, s: &Suppressible<Share>, base: u64) -> Cell {
    let lang = doc.lang;
    match s {
        Suppressible::Suppressed if base == 0 => Cell::new(String::new()),
        Suppressible::Shown(s) => Cell::new(activity_words(lang).count_share(&int(s.count, lang), &pct(s.share, lang))),
        Suppressible::Suppressed => {
            let w = words(lang);
            Cell::with(w.labels().hidden, w.fewer_than(doc.min_cell()))
        }
    }
}
