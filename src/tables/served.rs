//! Who was served: each organisation's people with an enrolment by age
//! band at entry (the set's [`AgeBands`](crate::catalogue::AgeBands)), by
//! sex and by service, each breakdown with its unknown group (the report's
//! [`Breakdowns`]).
//!
//! # Privacy: complementary suppression
//!
//! The organisation's number of people `n` is shown, and each breakdown
//! adds up to it. A cell below `min_cell` is hidden; when exactly one cell
//! of a breakdown is hidden, the smallest shown cell is hidden too, so that
//! `n` minus the shown cells gives the sum of at least two hidden cells,
//! never one. A breakdown with a single group, when that group is below
//! `min_cell`, cannot be protected so: it is withheld whole.
//!
//! The network (`*`) is the merge of the shown cells only ([`merge`]): a
//! hidden cell is in the network's `n` and in none of its cells, so
//! subtracting the organisations' shown cells from the network's leaves
//! nothing. As every shown cell holds at least `min_cell` people, so does
//! every cell of the network.

use crate::data::{Dataset, Enrolment, Sex};
use crate::ids::OrganisationCode;
use crate::report::{AgeCell, Breakdowns, Count, ServedSex, ServiceCell, SexCell, Suppressible};
use crate::set::ReferenceSet;
use std::collections::{BTreeMap, HashMap};

/// A cell of a breakdown: its group (unknown as `None`) and its count.
pub(crate) trait Cell: Sized {
    /// The group a cell is for.
    type Group: Ord + Clone;
    /// The cell's group.
    fn group(&self) -> Option<&Self::Group>;
    /// The cell's count.
    fn count(&self) -> &Suppressible<Count>;
    /// The cell's count, to change.
    fn count_mut(&mut self) -> &mut Suppressible<Count>;
    /// A cell.
    fn new(group: Option<Self::Group>, count: Suppressible<Count>) -> Self;
}

macro_rules! cell {
    ($cell:ty, $field:ident, $group:ty) => {
        impl Cell for $cell {
            type Group = $group;
            fn group(&self) -> Option<&$group> {
                self.$field.as_ref()
            }
            fn count(&self) -> &Suppressible<Count> {
                &self.count
            }
            fn count_mut(&mut self) -> &mut Suppressible<Count> {
                &mut self.count
            }
            fn new($field: Option<$group>, count: Suppressible<Count>) -> Self {
                Self { $field, count }
            }
        }
    };
}
cell!(AgeCell, age_band, u32);
cell!(SexCell, sex, ServedSex);
cell!(ServiceCell, service, String);

/// The sort key of a group: known groups in order, the unknown one last.
fn order<G: Ord>(group: Option<&G>) -> (bool, Option<&G>) {
    (group.is_none(), group)
}

/// The cells of counted groups, sorted (unknown last), none hidden.
fn cells<C: Cell>(counts: BTreeMap<(bool, Option<C::Group>), u64>) -> Vec<C> {
    counts.into_iter().map(|((_, g), count)| C::new(g, Suppressible::Shown(Count { count }))).collect()
}

#[derive(Default)]
struct Acc {
    n: u64,
    age: BTreeMap<(bool, Option<u32>), u64>,
    sex: BTreeMap<(bool, Option<ServedSex>), u64>,
    service: BTreeMap<(bool, Option<String>), u64>,
}

impl Acc {
    fn add(&mut self, set: &ReferenceSet, e: &Enrolment) {
        self.n += 1;
        let band = e.age_at_entry.and_then(|a| u32::try_from(set.age_bands().band_of(a)).ok());
        *self.age.entry((band.is_none(), band)).or_default() += 1;
        let sex = e.sex.map(|s| match s {
            Sex::Female => ServedSex::Female,
            Sex::Male => ServedSex::Male,
            Sex::Other => ServedSex::Other,
        });
        *self.sex.entry((sex.is_none(), sex)).or_default() += 1;
        let service = e.service.as_deref().and_then(crate::data::service_text);
        *self.service.entry((service.is_none(), service)).or_default() += 1;
    }

    fn finish(self) -> Breakdowns {
        Breakdowns {
            n: self.n,
            age_band: Some(cells(self.age)),
            sex: Some(cells(self.sex)),
            service: Some(cells(self.service)),
        }
    }
}

/// The breakdowns of every organisation (in the order of `organisations`),
/// not suppressed: see [`suppress`].
pub(crate) fn fold(set: &ReferenceSet, data: &Dataset, organisations: &[OrganisationCode]) -> Vec<Breakdowns> {
    let index: HashMap<&OrganisationCode, usize> = organisations.iter().enumerate().map(|(i, o)| (o, i)).collect();
    let mut accs: Vec<Acc> = organisations.iter().map(|_| Acc::default()).collect();
    for p in data.people() {
        let (Some(&o), Some(e)) = (index.get(p.organisation()), p.enrolment()) else { continue };
        accs[o].add(set, e);
    }
    accs.into_iter().map(Acc::finish).collect()
}

/// Hides the cells below `min_cell`, and the smallest shown one when only
/// one is hidden; withholds the breakdown when that leaves one hidden cell
/// alone (module docs).
fn suppress_cells<C: Cell>(breakdown: &mut Option<Vec<C>>, min_cell: u64) {
    let Some(cells) = breakdown else { return };
    for c in cells.iter_mut() {
        if c.count().shown().is_some_and(|k| k.count < min_cell) {
            *c.count_mut() = Suppressible::Suppressed;
        }
    }
    if cells.iter().filter(|c| c.count().is_suppressed()).count() == 1 {
        let smallest =
            cells.iter().enumerate().filter_map(|(i, c)| c.count().shown().map(|k| (k.count, i))).min().map(|(_, i)| i);
        match smallest {
            Some(i) => *cells[i].count_mut() = Suppressible::Suppressed,
            None => *breakdown = None,
        }
    }
}

/// Suppresses every breakdown at `min_cell` (module docs).
pub(crate) fn suppress(b: &mut Breakdowns, min_cell: u64) {
    suppress_cells(&mut b.age_band, min_cell);
    suppress_cells(&mut b.sex, min_cell);
    suppress_cells(&mut b.service, min_cell);
}

/// Checks a breakdown read from an aggregate.
fn check_cells<C: Cell>(what: &str, cells: Option<&[C]>, n: u64, min_cell: u64) -> Result<(), String> {
    let Some(cells) = cells else { return Ok(()) };
    let shown: Vec<u64> = cells.iter().filter_map(|c| c.count().shown().map(|k| k.count)).collect();
    let hidden = cells.len() - shown.len();
    if shown.iter().any(|&k| k < min_cell || k == 0) {
        return Err(format!("{what}: a shown cell is empty or below the minimum cell size"));
    }
    if hidden == 1 {
        return Err(format!("{what}: a single hidden cell would follow from the total"));
    }
    let sum: u64 = shown.iter().sum();
    if sum > n || (hidden == 0 && sum != n) || (hidden > 0 && n - sum < hidden as u64) {
        return Err(format!("{what}: the cells do not add up to {n} people"));
    }
    if cells.windows(2).any(|w| order(w[0].group()) >= order(w[1].group())) {
        return Err(format!("{what}: the cells are not sorted, or a group is met twice"));
    }
    Ok(())
}

/// Checks breakdowns read from an aggregate: shown cells of at least
/// `min_cell` people, never one hidden cell alone, cells adding up to the
/// size, sorted, age bands among the set's. The error says what does not
/// hold.
pub(crate) fn check(b: &Breakdowns, set: &ReferenceSet, min_cell: u64) -> Result<(), String> {
    check_cells("age bands", b.age_band.as_deref(), b.n, min_cell)?;
    check_cells("sex", b.sex.as_deref(), b.n, min_cell)?;
    check_cells("services", b.service.as_deref(), b.n, min_cell)?;
    let bands = set.age_bands().len();
    if b.age_band.iter().flatten().any(|c| c.age_band.is_some_and(|k| k as usize >= bands)) {
        return Err("an age band is not one of the set's".into());
    }
    Ok(())
}

/// Adds the shown cells of one breakdown across organisations.
fn merge_cells<'a, C: Cell + 'a>(breakdowns: impl IntoIterator<Item = Option<&'a [C]>>) -> Vec<C> {
    let mut m: BTreeMap<(bool, Option<C::Group>), u64> = BTreeMap::new();
    for c in breakdowns.into_iter().flatten().flatten() {
        if let Some(k) = c.count().shown() {
            *m.entry((c.group().is_none(), c.group().cloned())).or_default() += k.count;
        }
    }
    cells(m)
}

/// Adds to `network`, as hidden, each group some organisation has and
/// none shows, in its place: a reader then sees that the group is there,
/// hidden, rather than missing. Its sum is not known.
fn mark_hidden_cells<'a, C: Cell + 'a>(
    network: &mut Option<Vec<C>>,
    breakdowns: impl IntoIterator<Item = Option<&'a [C]>>,
) {
    let Some(cells) = network else { return };
    let mut by_group: BTreeMap<(bool, Option<C::Group>), C> =
        std::mem::take(cells).into_iter().map(|c| ((c.group().is_none(), c.group().cloned()), c)).collect();
    for c in breakdowns.into_iter().flatten().flatten() {
        by_group
            .entry((c.group().is_none(), c.group().cloned()))
            .or_insert_with(|| C::new(c.group().cloned(), Suppressible::Suppressed));
    }
    *cells = by_group.into_values().collect();
}

/// Marks in the network's breakdowns, after their suppression, the groups
/// hidden in every organisation (see `mark_hidden_cells`).
pub(crate) fn mark_hidden(network: &mut Breakdowns, all: &[&Breakdowns]) {
    mark_hidden_cells(&mut network.age_band, all.iter().map(|b| b.age_band.as_deref()));
    mark_hidden_cells(&mut network.sex, all.iter().map(|b| b.sex.as_deref()));
    mark_hidden_cells(&mut network.service, all.iter().map(|b| b.service.as_deref()));
}

/// The network's breakdowns: every organisation's size, the shown cells
/// of each (module docs).
pub(crate) fn merge(all: &[&Breakdowns]) -> Breakdowns {
    Breakdowns {
        n: all.iter().map(|b| b.n).sum(),
        age_band: Some(merge_cells(all.iter().map(|b| b.age_band.as_deref()))),
        sex: Some(merge_cells(all.iter().map(|b| b.sex.as_deref()))),
        service: Some(merge_cells(all.iter().map(|b| b.service.as_deref()))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn age(counts: &[(Option<u32>, u64)]) -> Option<Vec<AgeCell>> {
        Some(counts.iter().map(|&(g, count)| AgeCell::new(g, Suppressible::Shown(Count { count }))).collect())
    }

    fn shown(cells: &Option<Vec<AgeCell>>) -> Vec<Option<u64>> {
        cells.iter().flatten().map(|c| c.count.shown().map(|k| k.count)).collect()
    }

    #[test]
    fn one_small_cell_hides_the_next_smallest_too() {
        let mut b = age(&[(Some(0), 20), (Some(1), 15), (Some(2), 30), (None, 4)]);
        suppress_cells(&mut b, 11);
        assert_eq!(shown(&b), [Some(20), None, Some(30), None]);
        assert_eq!(check_cells("age", b.as_deref(), 69, 11), Ok(()));
        // Two small cells hide nothing else.
        let mut b = age(&[(Some(0), 20), (Some(1), 3), (None, 4)]);
        suppress_cells(&mut b, 11);
        assert_eq!(shown(&b), [Some(20), None, None]);
        // Nothing small, nothing hidden.
        let mut b = age(&[(Some(0), 20), (None, 11)]);
        suppress_cells(&mut b, 11);
        assert_eq!(shown(&b), [Some(20), Some(11)]);
    }

    #[test]
    fn a_single_small_group_withholds_its_breakdown() {
        let mut b = age(&[(Some(1), 5)]);
        suppress_cells(&mut b, 11);
        assert_eq!(b, None);
    }

    #[test]
    fn a_lone_hidden_cell_is_refused_on_reading() {
        let mut b = age(&[(Some(0), 20), (Some(1), 15)]);
        if let Some(c) = b.as_mut() {
            c[1].count = Suppressible::Suppressed;
        }
        assert!(check_cells("age", b.as_deref(), 35, 11).is_err());
    }
}
