//! A score as a sort key: total order, and one zero.

use std::cmp::Ordering;

/// A finite score used as a table key (`-0` is `0`, so it sorts once).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Key(f64);

impl Key {
    pub(crate) fn new(x: f64) -> Key {
        Key(if x == 0.0 { 0.0 } else { x })
    }

    pub(crate) fn get(self) -> f64 {
        self.0
    }
}

impl Eq for Key {}

impl PartialOrd for Key {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Key {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.total_cmp(&other.0)
    }
}

/// `x` rounded to 9 decimal places (BRIEF section 6: inputs are decimal
/// numbers, so 10.30-10.10 and 20.30-20.10 are the same difference).
pub(crate) fn round9(x: f64) -> f64 {
    let r = (x * 1e9).round() / 1e9;
    if r.is_finite() {
        if r == 0.0 {
            0.0
        } else {
            r
        }
    } else {
        x
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_differences_that_are_equal_round_to_one_value() {
        assert_eq!(round9(10.30 - 10.10), round9(20.30 - 20.10));
        assert_eq!(round9(0.1 + 0.2 - 0.3), 0.0);
        assert!(round9(-1e-12).is_sign_positive());
    }

    #[test]
    fn keys_sort_totally_with_one_zero() {
        let mut v = [Key::new(1.0), Key::new(-0.0), Key::new(0.0), Key::new(-2.5)];
        v.sort();
        assert_eq!(v.map(Key::get), [-2.5, 0.0, 0.0, 1.0]);
        assert_eq!(Key::new(-0.0), Key::new(0.0));
    }
}
