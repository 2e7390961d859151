//! One-at-a-time sensitivity: each uncertain input at its low and at its
//! high, the others central; and the break-even value of each input, where
//! the ratio is exactly 1.
//!
//! The ratio is monotone in every input (increasing in a proxy, decreasing
//! in the investment, the rate and every discount), so a break-even value
//! lies in an input's range exactly when the ratio at its two ends falls on
//! either side of 1, and bisection finds it to the last bit.

use super::compute::{Input, Values};

/// The ratio with one input set to `x`.
fn ratio_at(central: &Values, input: &Input, x: f64) -> f64 {
    let mut v = central.clone();
    v.set(input.slot, x);
    v.ratio()
}

/// `(low_ratio, high_ratio, break_even)` of one input.
pub(crate) fn sensitivity(central: &Values, input: &Input) -> (f64, f64, Option<f64>) {
    let low_ratio = ratio_at(central, input, input.low);
    let high_ratio = ratio_at(central, input, input.high);
    (low_ratio, high_ratio, break_even(central, input, low_ratio, high_ratio))
}

fn break_even(central: &Values, input: &Input, at_low: f64, at_high: f64) -> Option<f64> {
    let (g_low, g_high) = (at_low - 1.0, at_high - 1.0);
    if g_low == 0.0 {
        return Some(input.low);
    }
    if g_high == 0.0 {
        return Some(input.high);
    }
    if !(g_low.is_finite() && g_high.is_finite()) || (g_low > 0.0) == (g_high > 0.0) {
        return None;
    }
    let (mut a, mut b) = (input.low, input.high);
    let rising = g_high > 0.0;
    // Halving until the midpoint is one of the ends: at most ~1100 steps for
    // doubles, about 60 in practice.
    for _ in 0..2000 {
        let m = a + (b - a) / 2.0;
        if m <= a || m >= b {
            break;
        }
        let g = ratio_at(central, input, m) - 1.0;
        if g == 0.0 {
            return Some(m);
        }
        if (g > 0.0) == rising {
            b = m;
        } else {
            a = m;
        }
    }
    // The end whose ratio is nearer 1.
    let ga = (ratio_at(central, input, a) - 1.0).abs();
    let gb = (ratio_at(central, input, b) - 1.0).abs();
    Some(if ga <= gb { a } else { b })
}

#[cfg(test)]
mod tests {
    use super::super::compute::{OutcomeValues, Slot};
    use super::*;

    #[test]
    fn break_even_of_a_proxy_is_where_the_ratio_is_one() {
        // ratio = 10 · proxy / 1000 → 1 at proxy = 100.
        let central = Values {
            investment: 1000.0,
            rate: 0.0,
            outcomes: vec![OutcomeValues { quantity: 10.0, fields: [150.0, 0.0, 0.0, 0.0, 0.0], duration_years: 1 }],
        };
        let input = Input { name: "x.proxy".into(), low: 50.0, central: 150.0, high: 300.0, slot: Slot::Outcome(0, 0) };
        let (lo, hi, be) = sensitivity(&central, &input);
        assert!((lo - 0.5).abs() < 1e-12 && (hi - 3.0).abs() < 1e-12);
        let be = be.expect("a break-even value inside the range");
        assert!((be - 100.0).abs() < 1e-9, "break-even {be}, want 100");
        let narrow = Input { low: 120.0, ..input };
        assert_eq!(sensitivity(&central, &narrow).2, None);
    }
}

#[cfg(test)]
mod properties {
    use super::super::compute::{OutcomeValues, Slot};
    use super::*;
    use proptest::prelude::*;

    fn values() -> impl Strategy<Value = Values> {
        (
            1_000.0..2_000_000.0f64,
            0.0..0.2f64,
            prop::collection::vec(
                (0.0..500.0f64, 10.0..50_000.0f64, 0.0..0.9f64, 0.0..0.9f64, 0.0..0.9f64, 0.0..0.9f64, 1u32..10),
                1..4,
            ),
        )
            .prop_map(|(investment, rate, outcomes)| Values {
                investment,
                rate,
                outcomes: outcomes
                    .into_iter()
                    .map(|(quantity, p, dw, at, di, drop, years)| OutcomeValues {
                        quantity,
                        fields: [p, dw, at, di, drop],
                        duration_years: years,
                    })
                    .collect(),
            })
    }

    proptest! {
        /// The ratio is monotone in each input, so the central ratio lies
        /// between the low and high ratios; a break-even value lies in the
        /// input's range and gives a ratio of 1.
        #[test]
        fn sensitivity_brackets_the_central_ratio_and_break_even_is_a_root(
            v in values(),
            which in 0usize..7,
            spread in 0.01..0.9f64,
        ) {
            let slot = match which {
                0 => Slot::Investment,
                1 => Slot::Rate,
                f => Slot::Outcome(0, f - 2),
            };
            let central = match slot {
                Slot::Investment => v.investment,
                Slot::Rate => v.rate,
                Slot::Outcome(i, f) => v.outcomes[i].fields[f],
            };
            let (low, high) = match slot {
                Slot::Outcome(_, f) if f > 0 => ((central - spread / 2.0).max(0.0), (central + spread / 2.0).min(1.0)),
                Slot::Rate => ((central - spread / 10.0).max(0.0), central + spread / 10.0),
                _ => (central * (1.0 - spread), central * (1.0 + spread)),
            };
            let input = Input { name: "x".into(), low, central, high, slot };
            let r = v.ratio();
            let (lo, hi, be) = sensitivity(&v, &input);
            let (a, b) = (lo.min(hi), lo.max(hi));
            prop_assert!(a <= r * (1.0 + 1e-12) + 1e-12 && r <= b * (1.0 + 1e-12) + 1e-12, "{a} {r} {b}");
            if let Some(x) = be {
                prop_assert!(low <= x && x <= high);
                let at = ratio_at(&v, &input, x);
                prop_assert!((at - 1.0).abs() < 1e-9, "ratio at break-even {at}");
            } else {
                prop_assert!((lo - 1.0) * (hi - 1.0) > 0.0 || !lo.is_finite());
            }
        }
    }
}
