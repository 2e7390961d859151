#!/usr/bin/env python3
"""Baseline for the benchmark: the report of `baseline_pandas.py`, its
row-scale work done with polars the way a performance-minded researcher
would: lazy CSV scans, dates parsed in the query, "latest observation by
date" as a sort + unique in polars, and only the reduced per-indicator
tables handed to the same scipy / statsmodels / lifelines code as the
pandas baseline (whose functions it imports), so both compute the same
figures.

    pip install polars pandas scipy statsmodels lifelines
    python3 benches/baseline_polars.py --set SET.json --enrolments E.csv \
        --observations O.csv --confidence 0.95 --min-cell 11 \
        --as-of YYYY-MM-DD --out report.json

POLARS_MAX_THREADS=1 runs it on one core.
"""
import json
import sys
from pathlib import Path

import pandas as pd
import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent))
import baseline_pandas as base  # noqa: E402

KEY = base.KEY


def scan_csv(path, columns):
    with open(path, encoding="utf-8-sig", newline="") as f:
        sample = f.read(4096)
    sep = ";" if sample.count(";") > sample.count(",") else ","
    lf = pl.scan_csv(path, separator=sep, infer_schema=False, encoding="utf8-lossy")
    names = [c for c in lf.collect_schema().names() if c in columns]
    return lf.select([pl.col(c).fill_null("") for c in names])


def date_expr(col):
    s = pl.col(col).str.strip_chars()
    return pl.coalesce(s.str.to_date("%Y-%m-%d", strict=False), s.str.to_date("%d/%m/%Y", strict=False)).alias(col)


def to_pandas(df):
    """Without pyarrow: column by column through numpy."""
    out = {}
    for name, dtype in df.schema.items():
        s = df[name]
        if dtype == pl.Date:
            out[name] = pd.to_datetime(s.cast(pl.Datetime("ms")).to_numpy())
        else:
            out[name] = s.to_numpy()
    return pd.DataFrame(out)


def load(args, timed_ids):
    enrol = (scan_csv(args.enrolments, {"organisation", "beneficiary", "entry_date", "exit_date"})
             .with_columns(date_expr("entry_date"), date_expr("exit_date"))
             .with_row_index("_row")
             .unique(subset=KEY, keep="last", maintain_order=True)
             .drop("_row")
             .collect())
    obs = (scan_csv(args.observations, {"organisation", "beneficiary", "indicator", "wave", "date", "value"})
           .with_columns(date_expr("date"))
           .with_row_index("_row"))
    # Latest by date per (indicator, organisation, beneficiary, wave); on
    # equal dates the later row counts (as the pandas stable sort + keep last).
    latest = (obs.sort(["date", "_row"], nulls_last=True)
              .unique(subset=["indicator", "organisation", "beneficiary", "wave"], keep="last", maintain_order=True)
              .drop("_row"))
    timed = obs.filter(pl.col("indicator").is_in(timed_ids)).sort("_row").drop("_row")
    max_date = obs.select(pl.col("date").max())
    latest, timed, max_date = pl.collect_all([latest, timed, max_date])
    return enrol, latest, timed, max_date.item()


def main():
    import argparse
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", required=True)
    ap.add_argument("--indicators-dir")
    ap.add_argument("--enrolments", required=True)
    ap.add_argument("--observations", required=True)
    ap.add_argument("--confidence", type=float, default=0.95)
    ap.add_argument("--min-cell", type=int, default=11)
    ap.add_argument("--as-of")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    cset, _ = base.load_manifest(args.set, args.indicators_dir)
    timed_ids = [t["indicator"] for t in cset.get("time_to_event", [])]
    enrol, latest, timed, max_date = load(args, timed_ids)
    enrol, latest, timed = to_pandas(enrol), to_pandas(latest), to_pandas(timed)
    # The pandas baseline's report, fed the tables polars reduced: its
    # reading steps are replaced, the statistics are the same code.
    frames = {"enrol": enrol, "latest": latest, "obs": timed, "max_date": max_date}
    rep = base.to_json(base.report(args, frames=frames))
    tmp = Path(args.out).with_suffix(".tmp")
    tmp.write_text(json.dumps(rep, indent=1, sort_keys=True, allow_nan=False) + "\n", encoding="utf-8")
    tmp.replace(args.out)


if __name__ == "__main__":
    main()
