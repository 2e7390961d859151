//! Status at each wave: proportion positive with a Wilson interval, or mean
//! with a Student t interval.

use super::{status_value, Context, WAVES};
use crate::ids::OrganisationCode;
use crate::report::Status;
use crate::stats::{summarize, wilson};

pub(super) fn status(ctx: &Context<'_>, org: Option<&OrganisationCode>, k: usize, proportion: bool) -> Vec<Status> {
    let mut out = Vec::new();
    for wave in WAVES {
        let values: Vec<f64> =
            ctx.members(org).filter_map(|p| p.answers(k)?.score(wave)).map(|s| status_value(s, proportion)).collect();
        if values.is_empty() {
            continue;
        }
        let n = values.len() as u64;
        let mut status =
            Status { wave, n, suppressed: ctx.suppressed(n), estimate: None, ci_low: None, ci_high: None, sd: None };
        if !status.suppressed {
            if proportion {
                let x = values.iter().filter(|v| **v == 1.0).count() as u64;
                let ci = wilson(x, n, ctx.confidence);
                status.estimate = Some(x as f64 / n as f64);
                status.ci_low = Some(ci.map(|c| c.low));
                status.ci_high = Some(ci.map(|c| c.high));
            } else if let Some(s) = summarize(&values, ctx.confidence) {
                status.estimate = Some(s.mean);
                status.ci_low = Some(s.ci.map(|c| c.low));
                status.ci_high = Some(s.ci.map(|c| c.high));
                status.sd = Some(s.sd);
            }
        }
        out.push(status);
    }
    out
}
