#!/usr/bin/env python3
"""Baseline for the benchmark: the report of BRIEF.md sections 5-7 computed the
way a researcher would without our crate, with pandas, scipy, statsmodels and
lifelines.

It computes the same figures as the conformance oracle
(/work/shared/conformance/oracle.py) but vectorised: pandas loading, "latest
observation by date" with a stable sort + drop_duplicates, scoring with
vectorised maps, groupby for the per-organisation figures, and scipy /
statsmodels / lifelines calls for the tests.

    pip install pandas scipy statsmodels lifelines
    python3 benches/baseline_pandas.py --set SET.json --enrolments E.csv \
        --observations O.csv --confidence 0.95 --min-cell 11 \
        --as-of YYYY-MM-DD --out report.json

The manifest's `indicators` may be inline definitions or ids; ids are
resolved from `--indicators-dir DIR` (a file `DIR/**/<id>.json`).
"""
import argparse
import json
import math
from pathlib import Path

import numpy as np
import pandas as pd
from lifelines import KaplanMeierFitter
from lifelines.statistics import multivariate_logrank_test
from scipy import stats
from statsmodels.stats.multitest import multipletests

BINARY = {"1": 1.0, "yes": 1.0, "oui": 1.0, "true": 1.0, "vrai": 1.0,
          "0": 0.0, "no": 0.0, "non": 0.0, "false": 0.0, "faux": 0.0}
KEY = ["organisation", "beneficiary"]
Z95, Z998 = 1.959964, 3.090232


# ------------------------------------------------------------------ loading

def load_manifest(path, indicators_dir):
    cset = json.loads(Path(path).read_text(encoding="utf-8"))
    index = {}
    if indicators_dir:
        index = {p.stem: p for p in Path(indicators_dir).rglob("*.json")}
    defs = []
    for item in cset["indicators"]:
        if isinstance(item, str):
            if item not in index:
                raise SystemExit(f"indicator {item!r} not found under {indicators_dir!r} (use --indicators-dir)")
            item = json.loads(index[item].read_text(encoding="utf-8"))
        defs.append(item)
    return cset, defs


def read_csv(path, columns):
    with open(path, encoding="utf-8-sig", newline="") as f:
        sample = f.read(4096)
    sep = ";" if sample.count(";") > sample.count(",") else ","
    df = pd.read_csv(path, sep=sep, dtype=str, keep_default_na=False, encoding="utf-8-sig",
                     usecols=lambda c: c in columns)
    return df.fillna("")


def parse_dates(s):
    """ISO YYYY-MM-DD, or dd/mm/yyyy from French spreadsheets; empty -> NaT."""
    s = s.str.strip()
    french = s.str.contains("/", regex=False)
    iso = pd.to_datetime(s.mask(french | (s == "")), format="%Y-%m-%d")
    if french.any():
        iso = iso.where(~french, pd.to_datetime(s.where(french), format="%d/%m/%Y"))
    return iso


# ------------------------------------------------------------------ scoring

class Indicator:
    def __init__(self, d):
        self.id = d["id"]
        self.m = d["measure"]
        self.type = self.m["type"]
        self.lower_better = d.get("direction") == "lower_is_better"
        cats = self.m.get("categories", [])
        self.cat_score = {c["code"]: float(c["score"]) for c in cats}
        self.cat_positive = {c["code"]: bool(c["positive"]) for c in cats}
        self.proportion = self.type in ("binary", "categorical")

    def score(self, raw):
        """raw values -> DataFrame(score, positive, value); score NaN when missing."""
        raw = raw.str.strip()
        empty = raw == ""
        if self.type == "binary":
            score = raw.str.lower().map(BINARY)
            positive = score == 1.0
        elif self.type == "categorical":
            score = raw.map(self.cat_score)
            positive = raw.map(self.cat_positive).eq(True)
        else:
            score = pd.to_numeric(raw.str.replace(",", ".", regex=False).mask(empty), errors="coerce")
            if self.type == "ordinal" and "positive_threshold" in self.m:
                t = self.m["positive_threshold"]
                positive = score <= t if self.lower_better else score >= t
            else:
                positive = pd.Series(False, index=raw.index)
        bad = score.isna() & ~empty
        if bad.any():
            raise SystemExit(f"{self.id}: bad values {sorted(raw[bad].unique())[:5]}")
        # The value averaged in status: 1/0 for proportion measures, else the score.
        value = positive.astype(float) if self.proportion else score
        return pd.DataFrame({"score": score, "positive": positive & score.notna(), "value": value})


# ------------------------------------------------------------------ helpers

def clean(x):
    if x is None:
        return None
    x = float(x)
    return None if math.isnan(x) or math.isinf(x) else x


def t_interval(v, conf):
    n = len(v)
    m = float(np.mean(v))
    if n < 2:
        return m, None, None, None
    sd = float(np.std(v, ddof=1))
    h = stats.t.ppf(1 - (1 - conf) / 2, n - 1) * sd / math.sqrt(n)
    return m, m - h, m + h, sd


def wilcoxon_p(d):
    nz = d[d != 0]
    if len(nz) == 0:
        return None
    ties = len(np.unique(np.abs(nz))) < len(nz)
    if len(nz) <= 50 and not ties:
        return clean(stats.wilcoxon(nz, method="exact").pvalue)
    return clean(stats.wilcoxon(nz, zero_method="wilcox", correction=False, method="approx").pvalue)


def status_table(sc, conf, z, min_cell, proportion):
    """Status per (organisation, wave) and for the network '*', vectorised."""
    per_org = sc.groupby(["organisation", "wave"], sort=True)["value"].agg(["size", "sum", "mean", "std"])
    net = sc.groupby("wave", sort=True)["value"].agg(["size", "sum", "mean", "std"])
    net.index = pd.MultiIndex.from_product([["*"], net.index], names=["organisation", "wave"])
    t = pd.concat([per_org, net]).rename(columns={"size": "n", "sum": "x"})
    n = t["n"].to_numpy(float)
    if proportion:
        p = t["x"].to_numpy() / n
        den = 1 + z * z / n
        centre = (p + z * z / (2 * n)) / den
        half = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / den
        t["estimate"], t["ci_low"], t["ci_high"] = p, centre - half, centre + half
        t["std"] = np.nan
    else:
        with np.errstate(invalid="ignore", divide="ignore"):
            half = stats.t.ppf(1 - (1 - conf) / 2, n - 1) * t["std"].to_numpy() / np.sqrt(n)
        t["estimate"], t["ci_low"], t["ci_high"] = t["mean"], t["mean"] - half, t["mean"] + half
    out = {}
    for (org, wave), r in t.iterrows():
        st = {"wave": wave, "n": int(r["n"]), "suppressed": bool(r["n"] < min_cell)}
        if not st["suppressed"]:
            st.update(estimate=clean(r["estimate"]), ci_low=clean(r["ci_low"]), ci_high=clean(r["ci_high"]))
            if not proportion:
                st["sd"] = clean(r["std"])
        out.setdefault(org, []).append(st)
    return out


def change_block(pairs, ind, ch_from, ch_to, conf, min_cell):
    n = len(pairs)
    c = {"from": ch_from, "to": ch_to, "n_pairs": n, "suppressed": n < min_cell}
    if n < min_cell or n == 0:
        return c, None
    d = pairs["d"].to_numpy()
    m, lo, hi, sd = t_interval(d, conf)
    c.update(mean_change=m, ci_low=lo, ci_high=hi, sd_change=sd)
    if sd is not None and sd > 0:
        tt = stats.ttest_1samp(d, 0.0)
        c.update(t=clean(tt.statistic), p_t=clean(tt.pvalue), cohens_dz=m / sd)
    else:
        c.update(t=None, p_t=None, cohens_dz=None)
    c["wilcoxon_p"] = wilcoxon_p(d)
    up, down = int((d > 0).sum()), int((d < 0).sum())
    c["improved"], c["worsened"] = (down, up) if ind.lower_better else (up, down)
    c["unchanged"] = n - up - down
    if ind.type == "binary":
        b01 = int(((pairs["from"] == 0) & (pairs["to"] == 1)).sum())
        b10 = int(((pairs["from"] == 1) & (pairs["to"] == 0)).sum())
        c["mcnemar_p"] = clean(stats.binomtest(b01, b01 + b10, 0.5).pvalue) if b01 + b10 else None
    dur = pairs.dropna(subset=["duration"])
    de = {"n": len(dur)}
    if len(dur) >= 3 and dur["duration"].nunique() > 1 and dur["d"].nunique() > 1:
        r = stats.spearmanr(dur["duration"], dur["d"])
        de.update(spearman_rho=clean(r.statistic), p=clean(r.pvalue))
    else:
        de.update(spearman_rho=None, p=None)
    return c, de


def comparison_block(sc, orgs, wave, min_cell, proportion):
    at = sc[sc["wave"] == wave]
    sizes = at.groupby("organisation")["value"].size()
    keep = [o for o in orgs if sizes.get(o, 0) >= min_cell]
    if len(keep) < 2:
        return None
    at = at[at["organisation"].isin(keep)]
    g = at.groupby("organisation")["value"]
    per = g.agg(["size", "sum", "mean"]).loc[keep]
    comp = {"wave": wave}
    allv = at["value"].to_numpy()
    df = len(keep) - 1
    if proportion:
        comp["test"] = "chi_square"
        table = np.column_stack([per["sum"], per["size"] - per["sum"]])
        if (table.sum(axis=0) == 0).any():
            comp.update(statistic=None, df=df, p=None)
        else:
            r = stats.chi2_contingency(table, correction=False)
            comp.update(statistic=clean(r.statistic), df=int(r.dof), p=clean(r.pvalue))
        v0 = allv.mean()
        se = np.sqrt(v0 * (1 - v0) / per["size"].to_numpy(float))
    else:
        comp["test"] = "kruskal_wallis"
        if len(np.unique(allv)) == 1:
            comp.update(statistic=None, df=df, p=None)
        else:
            r = stats.kruskal(*[grp.to_numpy() for _, grp in g])
            comp.update(statistic=clean(r.statistic), df=df, p=clean(r.pvalue))
        v0 = allv.mean()
        se = float(np.std(allv, ddof=1)) / np.sqrt(per["size"].to_numpy(float))
    f = pd.DataFrame({"organisation": keep, "n": per["size"].to_numpy(), "estimate": per["mean"].to_numpy()})
    for name, zz in (("95", Z95), ("998", Z998)):
        lo, hi = v0 - zz * se, v0 + zz * se
        if proportion:
            lo, hi = np.clip(lo, 0.0, None), np.clip(hi, None, 1.0)
        f[f"limit{name}_low"], f[f"limit{name}_high"] = lo, hi
    est = f["estimate"]
    f["flag"] = np.select(
        [est > f["limit998_high"], est > f["limit95_high"], est < f["limit998_low"], est < f["limit95_low"]],
        ["above_998", "above_95", "below_998", "below_95"], default="within")
    comp["funnel"] = f.to_dict("records")
    return comp


def km_group(t, e, conf, min_cell, org):
    n = len(t)
    # A hidden group carries only its size (BRIEF section 6): no events.
    g = {"organisation": org, "n": n, "suppressed": n < min_cell}
    if n < min_cell or n == 0:
        return g
    g["events"] = int(e.sum())
    km = KaplanMeierFitter(alpha=1 - conf).fit(t, e)
    tab = km.event_table
    tab = tab[tab["observed"] > 0]
    sf = km.survival_function_.iloc[:, 0].loc[tab.index]
    ci = km.confidence_interval_.loc[tab.index]
    inside = (sf > 0) & (sf < 1)
    curve = pd.DataFrame({"t": tab.index.astype(int), "at_risk": tab["at_risk"].astype(int).to_numpy(),
                          "events": tab["observed"].astype(int).to_numpy(), "survival": sf.to_numpy(),
                          "ci_low": ci.iloc[:, 0].where(inside).to_numpy(),
                          "ci_high": ci.iloc[:, 1].where(inside).to_numpy()})
    g["curve"] = curve.to_dict("records")
    med = km.median_survival_time_
    g["median_days"] = None if math.isinf(med) else float(med)
    return g


def to_json(x):
    """numpy scalars -> Python, NaN/inf -> null (never NaN in a report)."""
    if isinstance(x, dict):
        return {k: to_json(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [to_json(v) for v in x]
    if isinstance(x, (bool, np.bool_)):
        return bool(x)
    if isinstance(x, (int, np.integer)):
        return int(x)
    if isinstance(x, (float, np.floating)):
        return clean(x)
    return x


# ------------------------------------------------------------------ report

def report(args, frames=None):
    """The report; `frames` (from baseline_polars.py) gives the tables
    already read and reduced: enrolments (one per person, dates parsed),
    the latest observations, and the observations of the timed indicators."""
    cset, defs = load_manifest(args.set, args.indicators_dir)
    conf, min_cell = args.confidence, args.min_cell
    z = stats.norm.ppf(1 - (1 - conf) / 2)
    inds = {d["id"]: Indicator(d) for d in defs}
    ch_from, ch_to = cset["change"]["from"], cset["change"]["to"]
    cmp_wave = cset.get("comparison_wave", "exit")

    if frames is None:
        enrol = read_csv(args.enrolments, {"organisation", "beneficiary", "entry_date", "exit_date"})
        enrol["entry_date"] = parse_dates(enrol["entry_date"])
        enrol["exit_date"] = parse_dates(enrol["exit_date"])
        enrol = enrol.drop_duplicates(KEY, keep="last")  # one episode per (organisation, beneficiary)
    else:
        enrol = frames["enrol"]
    enrol["duration"] = (enrol["exit_date"] - enrol["entry_date"]).dt.days  # NaN while in support
    orgs = sorted(enrol["organisation"].unique())

    if frames is None:
        obs = read_csv(args.observations, {"organisation", "beneficiary", "indicator", "wave", "date", "value"})
        for col in ("organisation", "beneficiary", "indicator", "wave"):
            obs[col] = obs[col].astype("category")
        obs["date"] = parse_dates(obs["date"])
        max_obs = obs["date"].max()
    else:
        obs, max_obs = frames["obs"], pd.Timestamp(frames["max_date"])
    as_of = (pd.Timestamp(args.as_of) if args.as_of else
             max(max_obs, enrol["entry_date"].max(), enrol["exit_date"].max()))

    # Latest observation by date per (indicator, organisation, beneficiary, wave);
    # on equal dates the later row of the file counts (stable sort, keep last).
    obs = obs.sort_values("date", kind="stable")
    if frames is None:
        latest = obs.drop_duplicates(["indicator", "organisation", "beneficiary", "wave"], keep="last")
        latest = latest.astype({c: str for c in ("organisation", "beneficiary", "indicator", "wave")})
    else:
        latest = frames["latest"]

    out = {"format": "impact-report/1",
           "reference_set": {"id": cset.get("id"), "version": cset.get("version")},
           "parameters": {"confidence": conf, "min_cell": min_cell, "as_of": as_of.date().isoformat()},
           "indicators": [], "time_to_event": []}
    by_ind = dict(tuple(latest.groupby("indicator", sort=False)))
    empty = latest.iloc[:0]
    family = []
    for iid, ind in inds.items():
        raw = by_ind.get(iid, empty)
        sc = pd.concat([raw[KEY + ["wave"]], ind.score(raw["value"])], axis=1).dropna(subset=["score"])
        status = status_table(sc, conf, z, min_cell, ind.proportion)

        a = sc.loc[sc["wave"] == ch_from, KEY + ["score"]].rename(columns={"score": "from"})
        b = sc.loc[sc["wave"] == ch_to, KEY + ["score"]].rename(columns={"score": "to"})
        pairs = a.merge(b, on=KEY).merge(enrol[KEY + ["duration"]], on=KEY, how="left")
        pairs["d"] = pairs["to"] - pairs["from"]
        pairs_by_org = dict(tuple(pairs.groupby("organisation")))

        groups = []
        for org in orgs + ["*"]:
            g = {"organisation": org, "status": status.get(org, [])}
            p = pairs if org == "*" else pairs_by_org.get(org, pairs.iloc[:0])
            g["change"], de = change_block(p, ind, ch_from, ch_to, conf, min_cell)
            if de is not None:
                g["duration_effect"] = de
            groups.append(g)
        entry = {"indicator": iid, "measure": "proportion" if ind.proportion else "mean", "groups": groups}
        comp = comparison_block(sc, orgs, cmp_wave, min_cell, ind.proportion)
        if comp is not None:
            entry["comparison"] = comp
            if comp.get("p") is not None:
                family.append(comp)
        out["indicators"].append(entry)
    if family:
        for c, p in zip(family, multipletests([c["p"] for c in family], method="holm")[1]):
            c["p_holm"] = float(p)

    obs_by_ind = dict(tuple(obs.groupby("indicator", sort=False, observed=True)))
    for tte in cset.get("time_to_event", []):
        ind = inds[tte["indicator"]]
        e = enrol[KEY + ["entry_date", "exit_date"]].copy()
        e["cens"] = e["exit_date"].fillna(as_of)
        # Not at risk: the (latest) entry observation is already positive.
        ent = by_ind.get(ind.id, empty)
        ent = ent[ent["wave"] == "entry"]
        ent_pos = ent.loc[ind.score(ent["value"])["positive"].to_numpy(), KEY]
        e = e.merge(ent_pos.assign(_pos=True), on=KEY, how="left")
        e = e[e["_pos"].isna()].drop(columns="_pos")
        # Event: first positive observation (any wave, repeats too) after entry, up to censoring.
        o = obs_by_ind.get(ind.id, obs.iloc[:0])
        o = o.loc[ind.score(o["value"])["positive"].to_numpy(), KEY + ["date"]]
        o = o.astype({"organisation": str, "beneficiary": str}).merge(e, on=KEY)
        o = o[(o["date"] > o["entry_date"]) & (o["date"] <= o["cens"])]
        first = o.groupby(KEY, as_index=False)["date"].min().rename(columns={"date": "event_date"})
        e = e.merge(first, on=KEY, how="left")
        e["event"] = e["event_date"].notna().astype(int)
        e["t"] = (e["event_date"].fillna(e["cens"]) - e["entry_date"]).dt.days

        groups = [km_group(e.loc[e["organisation"] == org, "t"].to_numpy(),
                           e.loc[e["organisation"] == org, "event"].to_numpy(), conf, min_cell, org)
                  for org in orgs]
        groups.append(km_group(e["t"].to_numpy(), e["event"].to_numpy(), conf, min_cell, "*"))
        res = {"id": tte["id"], "groups": groups}
        sizes = e.groupby("organisation").size()
        inc = e[e["organisation"].isin(sizes[sizes >= min_cell].index)]
        k = inc["organisation"].nunique()
        if k >= 2:
            r = multivariate_logrank_test(inc["t"], inc["organisation"], inc["event"])
            res["logrank"] = {"statistic": float(r.test_statistic), "df": k - 1, "p": float(r.p_value)}
        out["time_to_event"].append(res)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", required=True, help="reference-set manifest (set.json)")
    ap.add_argument("--indicators-dir", help="resolve indicator ids from DIR/**/<id>.json")
    ap.add_argument("--enrolments", required=True)
    ap.add_argument("--observations", required=True, help="long form CSV")
    ap.add_argument("--confidence", type=float, default=0.95)
    ap.add_argument("--min-cell", type=int, default=11)
    ap.add_argument("--as-of", help="YYYY-MM-DD (default: latest date in the data)")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    rep = to_json(report(args))
    tmp = Path(args.out).with_suffix(".tmp")
    tmp.write_text(json.dumps(rep, indent=1, sort_keys=True, allow_nan=False) + "\n", encoding="utf-8")
    tmp.replace(args.out)


if __name__ == "__main__":
    main()
