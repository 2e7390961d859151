//! Worked cases from `shared/conformance/cases/c1/expected.json` (written by
//! `oracle.py` with scipy 1.17 / statsmodels / lifelines) whose inputs can be
//! rebuilt from the expected report itself: Wilson intervals from `n` and
//! the estimate, chi-square tables and funnel limits from the per
//! organisation counts, and the Holm family of comparison p-values.

use super::testutil::{assert_close, assert_wilson_cases};
use super::*;

#[test]
fn c1_wilson_intervals() {
    // expected.json: t.housing.ladder status (organisation, wave): x = estimate·n.
    let cases = [
        (2, 12, 0.04696514218385378, 0.4480308622529734),
        (3, 20, 0.052368745896216595, 0.36041886474075696),
        (5, 15, 0.1517632443971473, 0.5828645226148023),
        (2, 13, 0.043258178358081184, 0.4223463101948254),
        (2, 31, 0.017874783521914572, 0.20718636736298127),
    ];
    assert_wilson_cases(&cases, Confidence::default());
}

#[test]
fn c1_chi_square_comparisons() {
    // expected.json: comparison of t.housing.ladder, t.rights.coverage and
    // t.health.forgone at the exit wave, rows ORGB, ORGC, ORGD.
    /// A k×2 table, its chi-square statistic and p-value.
    type Case<'a> = (&'a [(u64, u64)], f64, f64);
    let cases: [Case; 3] = [
        (&[(5, 10), (14, 10), (4, 29)], 13.665886908122932, 0.0010776813390316975),
        (&[(13, 3), (18, 4), (19, 15)], 5.585512882839086, 0.061252143060928306),
        (&[(3, 12), (2, 22), (17, 16)], 13.205157024793388, 0.0013568648301718219),
    ];
    for (table, stat, p) in cases {
        let r = chi_square_k_by_2(table);
        let r = r.expect("a test result for these data");
        assert_eq!(r.df, 2);
        assert_close(r.statistic, stat, 1e-12);
        assert_close(r.p, p, 1e-10);
    }
}

#[test]
fn c1_funnel_limits_and_flags() {
    // expected.json: t.housing.ladder funnel; v0 pooled over ORGB, ORGC, ORGD.
    let orgs = [
        (5u32, 15usize, [0.08348795478893004, 0.5554009340999588, 0.0, 0.6914718362440588], FunnelFlag::Within),
        (
            14,
            24,
            [0.13290446044209828, 0.5059844284467906, 0.02533096692978698, 0.6135579219591019],
            FunnelFlag::Above95,
        ),
        (4, 33, [0.1603626115713872, 0.47852627731750164, 0.0686236280605857, 0.5702652608283032], FunnelFlag::Below95),
    ];
    let v0 = 23.0 / 72.0;
    for (x, n, [lo95, hi95, lo998, hi998], flag) in orgs {
        let se = proportion_se(v0, n).expect("a standard error for n > 0");
        let l = funnel_limits(v0, se, true).expect("limits for a finite standard error");
        assert_close(l.low95, lo95, 1e-12);
        assert_close(l.high95, hi95, 1e-12);
        assert_eq!(l.low998 == 0.0, lo998 == 0.0);
        if lo998 > 0.0 {
            assert_close(l.low998, lo998, 1e-12);
        }
        assert_close(l.high998, hi998, 1e-12);
        assert_eq!(funnel_flag(f64::from(x) / n as f64, &l), flag);
    }
}

#[test]
fn c1_holm_family() {
    // expected.json: p and p_holm of the seven comparisons, in report order.
    let p = [
        0.0010776813390316975,
        0.061252143060928306,
        0.0013568648301718219,
        0.00037385080467432945,
        0.014172042778631886,
        0.005434184213579715,
        0.09581859461505354,
    ];
    let want = [
        0.0064660880341901854,
        0.12250428612185661,
        0.0067843241508591095,
        0.002616955632720306,
        0.04251612833589566,
        0.02173673685431886,
        0.12250428612185661,
    ];
    for (got, want) in holm(&p).iter().zip(want) {
        assert_close(*got, want, 1e-12);
    }
}
