//! Property tests: invariants every statistic must keep on arbitrary input.

use super::*;
use proptest::collection::vec;
use proptest::prelude::*;

/// Any finite double, from subnormals to `±f64::MAX`.
fn finite_f64() -> impl Strategy<Value = f64> {
    prop::num::f64::NORMAL | prop::num::f64::SUBNORMAL | prop::num::f64::ZERO
}

/// Realistic scores: small integers (many ties and zeros) or moderate reals.
fn score() -> impl Strategy<Value = f64> {
    prop_oneof![(-5i32..=5).prop_map(f64::from), -1e3..1e3f64]
}

fn conf() -> impl Strategy<Value = Confidence> {
    (0.5..0.999f64).prop_map(|c| Confidence::new(c).unwrap_or_default())
}

fn in_unit(p: f64) -> bool {
    (0.0..=1.0).contains(&p)
}

fn survival_obs() -> impl Strategy<Value = SurvivalObservation> {
    (0u8..30, any::<bool>()).prop_map(|(t, event)| SurvivalObservation { time: f64::from(t), event })
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1e-300)
}

proptest! {
    #[test]
    fn wilson_is_within_unit_and_contains_p(n in 1u64..1_000_000, frac in 0.0..=1.0f64, c in conf()) {
        let x = ((n as f64) * frac).floor() as u64;
        let ci = wilson(x, n, c);
        prop_assert!(ci.is_some());
        let ci = ci.expect("an interval for these data");
        let p = x as f64 / n as f64;
        prop_assert!(0.0 <= ci.low && ci.high <= 1.0);
        prop_assert!(ci.low <= p + 1e-12 && p <= ci.high + 1e-12, "{ci:?} {p}");
    }

    #[test]
    fn summary_interval_contains_mean(values in vec(score(), 0..40), c in conf()) {
        match summarize(&values, c) {
            None => prop_assert!(values.is_empty()),
            Some(s) => {
                prop_assert!(s.mean.is_finite());
                prop_assert_eq!(s.sd.is_some(), values.len() >= 2);
                if let Some(ci) = s.ci {
                    prop_assert!(ci.contains(s.mean));
                }
            }
        }
    }

    #[test]
    fn paired_p_values_are_probabilities(d in vec(score(), 0..70)) {
        if let Some(t) = paired_t(&d) {
            prop_assert!(in_unit(t.p) && t.t.is_finite() && t.cohens_dz.is_finite());
        }
        match wilcoxon_signed_rank(&d) {
            None => prop_assert!(d.iter().all(|&x| x == 0.0)),
            Some(w) => {
                prop_assert!(in_unit(w.p), "{w:?}");
                prop_assert!(w.statistic >= 0.0 && w.statistic.is_finite());
                prop_assert_eq!(w.n_nonzero, d.iter().filter(|&&x| x != 0.0).count());
            }
        }
    }

    #[test]
    fn wilcoxon_exact_is_symmetric_in_sign(mut d in vec(1u16..10_000, 1..50)) {
        // Distinct magnitudes: the exact distribution is used, and flipping
        // every sign leaves the two-sided p-value unchanged.
        d.sort_unstable();
        d.dedup();
        let pos: Vec<f64> = d.iter().enumerate()
            .map(|(i, &x)| if i % 3 == 0 { -f64::from(x) } else { f64::from(x) }).collect();
        let neg: Vec<f64> = pos.iter().map(|x| -x).collect();
        let a = wilcoxon_signed_rank(&pos);
        let b = wilcoxon_signed_rank(&neg);
        prop_assert_eq!(a.as_ref().map(|w| w.method), Some(WilcoxonMethod::Exact));
        prop_assert_eq!(a, b);
    }

    #[test]
    fn mcnemar_is_a_probability(b in 0u64..5000, c in 0u64..5000) {
        match mcnemar_exact(b, c) {
            None => prop_assert_eq!(b + c, 0),
            Some(p) => {
                prop_assert!(in_unit(p));
                prop_assert_eq!(Some(p), mcnemar_exact(c, b));
            }
        }
    }

    #[test]
    fn chi_square_is_well_formed(table in vec((0u64..200, 0u64..200), 0..8)) {
        if let Some(r) = chi_square_k_by_2(&table) {
            prop_assert!(in_unit(r.p) && r.statistic >= 0.0 && r.statistic.is_finite());
            prop_assert_eq!(r.df as usize, table.len() - 1);
        }
    }

    #[test]
    fn kruskal_ignores_order(
        groups in vec(vec(score(), 1..15), 2..5)
            .prop_flat_map(|g| (Just(g.clone()), Just(g).prop_shuffle())),
    ) {
        let (a, b) = groups;
        let shuffled: Vec<Vec<f64>> = b.into_iter().map(|mut g| { g.reverse(); g }).collect();
        let ra: Vec<&[f64]> = a.iter().map(Vec::as_slice).collect();
        let rb: Vec<&[f64]> = shuffled.iter().map(Vec::as_slice).collect();
        match (kruskal_wallis(&ra), kruskal_wallis(&rb)) {
            (None, None) => {}
            (Some(x), Some(y)) => {
                prop_assert!(in_unit(x.p) && x.statistic >= 0.0);
                prop_assert!(close(x.statistic, y.statistic) && close(x.p, y.p), "{x:?} {y:?}");
            }
            (x, y) => prop_assert!(false, "{x:?} vs {y:?}"),
        }
    }

    #[test]
    fn spearman_ignores_pair_order(
        pairs in vec((score(), score()), 0..40)
            .prop_flat_map(|v| (Just(v.clone()), Just(v).prop_shuffle())),
    ) {
        let (a, b) = pairs;
        let split = |v: &[(f64, f64)]| -> (Vec<f64>, Vec<f64>) { v.iter().copied().unzip() };
        let ((xa, ya), (xb, yb)) = (split(&a), split(&b));
        match (spearman(&xa, &ya), spearman(&xb, &yb)) {
            (None, None) => {}
            (Some(r), Some(s)) => {
                prop_assert!((-1.0..=1.0).contains(&r.rho) && in_unit(r.p));
                prop_assert!((r.rho - s.rho).abs() <= 1e-12 && (r.p - s.p).abs() <= 1e-9 * r.p.max(1e-300) + 1e-15);
            }
            (r, s) => prop_assert!(false, "{r:?} vs {s:?}"),
        }
    }

    #[test]
    fn km_is_a_non_increasing_probability(data in vec(survival_obs(), 0..60), c in conf()) {
        match kaplan_meier(&data, c) {
            None => prop_assert!(data.is_empty()),
            Some(km) => {
                prop_assert_eq!(km.n, data.len());
                let mut last = 1.0;
                for p in &km.curve {
                    prop_assert!(in_unit(p.survival) && p.survival <= last);
                    prop_assert!(p.events >= 1 && p.events <= p.at_risk);
                    last = p.survival;
                    if let (Some(lo), Some(hi)) = (p.ci_low, p.ci_high) {
                        prop_assert!(in_unit(lo) && in_unit(hi));
                        prop_assert!(lo <= p.survival + 1e-12 && p.survival <= hi + 1e-12, "{p:?}");
                    }
                }
                if let Some(m) = km.median {
                    prop_assert!(km.curve.iter().any(|p| p.t == m && p.survival <= 0.5 * (1.0 + 1e-9)));
                }
            }
        }
    }

    #[test]
    fn logrank_is_a_probability(groups in vec(vec(survival_obs(), 1..25), 2..5)) {
        let refs: Vec<&[SurvivalObservation]> = groups.iter().map(Vec::as_slice).collect();
        if let Some(r) = logrank(&refs) {
            prop_assert!(in_unit(r.p) && r.statistic >= 0.0 && r.statistic.is_finite());
            prop_assert_eq!(r.df as usize, groups.len() - 1);
        }
    }

    #[test]
    fn holm_bounds(p in vec(0.0..=1.0f64, 0..30)) {
        let adj = holm(&p);
        prop_assert_eq!(adj.len(), p.len());
        for (a, raw) in adj.iter().zip(&p) {
            prop_assert!(*a >= *raw && *a <= 1.0);
        }
        // Adjustment keeps the order of the raw p-values.
        for i in 0..p.len() {
            for j in 0..p.len() {
                if p[i] < p[j] {
                    prop_assert!(adj[i] <= adj[j]);
                }
            }
        }
    }

    #[test]
    fn nothing_is_ever_nan(
        xs in vec(finite_f64(), 0..30),
        ys in vec(finite_f64(), 0..30),
        v0 in finite_f64(),
        n in 0usize..1000,
    ) {
        let c = Confidence::default();
        if let Some(s) = summarize(&xs, c) {
            prop_assert!(s.mean.is_finite());
            prop_assert!(s.sd.is_none_or(f64::is_finite));
            prop_assert!(s.ci.is_none_or(|i| i.low.is_finite() && i.high.is_finite()));
        }
        if let Some(t) = paired_t(&xs) {
            prop_assert!(t.t.is_finite() && in_unit(t.p) && t.cohens_dz.is_finite());
        }
        if let Some(w) = wilcoxon_signed_rank(&xs) {
            prop_assert!(w.statistic.is_finite() && in_unit(w.p));
        }
        let m = xs.len().min(ys.len());
        if let Some(r) = spearman(&xs[..m], &ys[..m]) {
            prop_assert!(r.rho.is_finite() && in_unit(r.p));
        }
        if let Some(r) = kruskal_wallis(&[&xs, &ys]) {
            prop_assert!(r.statistic.is_finite() && in_unit(r.p));
        }
        let rows: Vec<Vec<Option<f64>>> =
            xs.iter().zip(&ys).map(|(&a, &b)| vec![Some(a), Some(b)]).collect();
        prop_assert!(cronbach_alpha(&rows).is_none_or(f64::is_finite));
        let se = proportion_se(v0, n).or_else(|| mean_se(v0.abs(), n));
        if let Some(se) = se {
            prop_assert!(se.is_finite());
            if let Some(l) = funnel_limits(v0, se, false) {
                prop_assert!([l.low95, l.high95, l.low998, l.high998].iter().all(|x| x.is_finite()));
                prop_assert!(l.low998 <= l.low95 && l.low95 <= l.high95 && l.high95 <= l.high998);
            }
        }
        let obs: Vec<SurvivalObservation> = xs.iter().zip(&ys)
            .map(|(&time, &e)| SurvivalObservation { time, event: e > 0.0 }).collect();
        if let Some(km) = kaplan_meier(&obs, c) {
            for p in &km.curve {
                prop_assert!(in_unit(p.survival));
                prop_assert!(p.ci_low.is_none_or(f64::is_finite) && p.ci_high.is_none_or(f64::is_finite));
            }
        }
        let half = obs.len() / 2;
        if let Some(r) = logrank(&[&obs[..half], &obs[half..]]) {
            prop_assert!(r.statistic.is_finite() && in_unit(r.p));
        }
    }
}
