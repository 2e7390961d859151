//! Seeded Monte Carlo over the uncertain inputs.
//!
//! Each draw takes, for each uncertain input in model order, one uniform
//! number `u` and sets the input to the triangular quantile at `u` on
//! (low, central, high). The uniforms come from ChaCha20 (`rand_chacha`),
//! seeded with `seed_from_u64(seed)`; the 64-bit output `x` becomes
//! `u = ((x >> 11) + 0.5) / 2^53`, strictly inside (0, 1). ChaCha20 and that
//! conversion are specified bit for bit, and the quantile uses only
//! correctly rounded operations (`sqrt` included), so a seed gives the same
//! draws on every platform.
//!
//! The interval is the percentile interval at the confidence level, with
//! the quantile of a sorted sample taken by linear interpolation between
//! order statistics (Hyndman and Fan's type 7, R's and numpy's default).

use super::compute::{Input, Values};
use rand_chacha::rand_core::{RngCore, SeedableRng};
use rand_chacha::ChaCha20Rng;

/// The uniform numbers of a seed, in the specified order.
pub(crate) struct Uniforms(ChaCha20Rng);

impl Uniforms {
    pub fn new(seed: u64) -> Uniforms {
        Uniforms(ChaCha20Rng::seed_from_u64(seed))
    }

    /// The next uniform, strictly between 0 and 1.
    pub fn next(&mut self) -> f64 {
        ((self.0.next_u64() >> 11) as f64 + 0.5) / 9_007_199_254_740_992.0
    }
}

/// The quantile at `u` of the triangular distribution on (low, mode, high).
pub(crate) fn triangular(low: f64, mode: f64, high: f64, u: f64) -> f64 {
    let span = high - low;
    if span <= 0.0 {
        return mode;
    }
    let at_mode = (mode - low) / span;
    if u < at_mode {
        low + (u * span * (mode - low)).sqrt()
    } else {
        high - ((1.0 - u) * span * (high - mode)).sqrt()
    }
}

/// The type-7 quantile at `p` of `sorted` (not empty, ascending).
pub(crate) fn quantile(sorted: &[f64], p: f64) -> f64 {
    let h = (sorted.len() - 1) as f64 * p;
    let lo = h.floor() as usize;
    let hi = (lo + 1).min(sorted.len() - 1);
    sorted[lo] + (h - lo as f64) * (sorted[hi] - sorted[lo])
}

/// The simulated ratios, `draws` of them, sorted ascending.
pub(crate) fn simulate(central: &Values, inputs: &[Input], draws: u64, seed: u64) -> Vec<f64> {
    let mut u = Uniforms::new(seed);
    let mut values = central.clone();
    let mut out: Vec<f64> = (0..draws)
        .map(|_| {
            for input in inputs {
                values.set(input.slot, triangular(input.low, input.central, input.high, u.next()));
            }
            values.ratio()
        })
        .collect();
    out.sort_by(f64::total_cmp);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uniforms_depend_on_the_seed_only() {
        let a: Vec<f64> = (0..5)
            .map({
                let mut u = Uniforms::new(7);
                move |_| u.next()
            })
            .collect();
        let b: Vec<f64> = (0..5)
            .map({
                let mut u = Uniforms::new(7);
                move |_| u.next()
            })
            .collect();
        let c = Uniforms::new(8).next();
        assert_eq!(a, b);
        assert_ne!(a[0], c);
        assert!(a.iter().all(|x| *x > 0.0 && *x < 1.0));
    }

    #[test]
    fn chacha20_output_is_the_specified_stream() {
        // The first output of ChaCha20 keyed by seed_from_u64(1), as computed
        // by tests/fixtures/sroi/chacha_first_draw.py from RFC 8439 alone.
        let mut rng = ChaCha20Rng::seed_from_u64(1);
        assert_eq!(rng.next_u64(), 0x9e63_6045_5044_379a);
    }

    #[test]
    fn triangular_quantiles_hit_the_ends_and_the_mode() {
        assert_eq!(triangular(1.0, 2.0, 4.0, 0.0), 1.0);
        assert!((triangular(1.0, 2.0, 4.0, 1.0 / 3.0) - 2.0).abs() < 1e-12);
        assert!((triangular(1.0, 2.0, 4.0, 1.0) - 4.0).abs() < 1e-12);
        assert_eq!(triangular(3.0, 3.0, 3.0, 0.4), 3.0);
    }

    #[test]
    fn type_7_quantiles() {
        let x = [1.0, 2.0, 3.0, 4.0];
        assert_eq!(quantile(&x, 0.0), 1.0);
        assert_eq!(quantile(&x, 1.0), 4.0);
        assert!((quantile(&x, 0.5) - 2.5).abs() < 1e-15);
        assert!((quantile(&x, 0.25) - 1.75).abs() < 1e-15);
    }
}
