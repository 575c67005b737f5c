#!/usr/bin/env python3
"""The draws of `coherence robustness`, redone with NumPy: what a user would otherwise write.

Usage: robustness_numpy.py RUBRIC.yaml ASSESSMENT_DIR DRAWS.jsonl OUT.json

Reads the rubric (YAML), the assessments (JSON) and the parameters of every draw that
`coherence robustness --draws-out` wrote; for each draw it applies the parameters to the rubric's
method, scores every assessment (law and practice per node and group, bottom-up, vectorised over
countries and groups), ranks countries on the mean of law and practice within the period, and
classes the group x dimension matrix. It writes the rank intervals (nominal, median, 5% and 95%
ranks, shares per rank) and the class probabilities, for compare_robustness.py.

Straightforward on purpose: one NumPy pass per node per draw, no caching between draws.
Needs Debian's python3-numpy and python3-yaml only.
"""
import glob
import json
import math
import os
import sys

import numpy as np
import yaml

TOL = 1e-9
CLASSES = ["coherent-high", "coherent-low", "implementation-gap", "practice-ahead-of-law", "insufficient-data"]


def load_rubric(path):
    spec = yaml.safe_load(open(path, encoding="utf-8"))["spec"]
    groups = [g["id"] for g in spec["groups"]]
    group_w = np.array([float(g.get("weight", 1)) for g in spec["groups"]])
    facet_scale = {f["id"]: f["scale"] for f in spec["facets"]}
    scales = {s["id"]: s for s in spec["scales"]}
    dims = []  # post-order: dict(id, depth, agg, mincov, children=[(kind, ref, weight)])
    indicators = []

    def walk(node, depth, agg, mincov, is_root):
        children = []
        for sub in node.get("dimensions", []) or []:
            sub_cov = sub.get("minCoverage", mincov)
            idx = walk(sub, depth + 1, sub.get("aggregation", "arithmetic"), sub_cov, False)
            children.append(("dim", idx, float(sub.get("weight", 1))))
        for ind in node.get("indicators", []) or []:
            facets = ind.get("facets", {})
            sc = {f: (facets.get(f) or {}).get("scale", facet_scale[f]) for f in ("law", "practice")}
            indicators.append({"id": ind["id"], "groups": ind.get("groups", groups), "scales": sc})
            children.append(("ind", len(indicators) - 1, float(ind.get("weight", 1))))
        dims.append({"id": node.get("id"), "depth": depth, "agg": agg, "mincov": mincov, "children": children})
        return len(dims) - 1

    root_cov = spec.get("minCoverage", 0)
    walk(spec, 0, spec.get("aggregation", "arithmetic"), root_cov, True)
    dims[-1]["id"] = None  # the root: named by the rubric id in draws files
    th = spec.get("thresholds", {})
    return groups, group_w, scales, dims, indicators, float(th.get("gap", 25)), float(th.get("high", 50))


def normalize(scale, value):
    lo, hi = (0.0, 100.0) if scale["type"] == "ordinal" else (float(scale["min"]), float(scale["max"]))
    share = (value - lo) / (hi - lo) if hi - lo > 0 else 0.0
    share = min(1.0, max(0.0, share))
    score = share * 100.0
    return 100.0 - score if scale.get("polarity") == "lower-is-better" else score


def main():
    rubric_path, folder, draws_path, out_path = sys.argv[1:5]
    rubric_id = yaml.safe_load(open(rubric_path, encoding="utf-8"))["metadata"]["id"]
    groups, group_w, scales, dims, indicators, gap0, high0 = load_rubric(rubric_path)
    dims[-1]["id"] = rubric_id
    files = sorted(glob.glob(os.path.join(folder, "*.json")))
    docs = [json.load(open(f, encoding="utf-8")) for f in files]
    docs.sort(key=lambda d: (d["country"], d["period"]))
    C, G, I = len(docs), len(groups), len(indicators)
    gidx = {g: i for i, g in enumerate(groups)}
    iidx = {ind["id"]: i for i, ind in enumerate(indicators)}
    ordinal = [s for s in scales.values() if s["type"] == "ordinal"]

    # Answers once: per facet, a level index into its scale (or a fixed value), NaN-free masks.
    applies = np.zeros((C, I, G), bool)
    level = {f: np.full((C, I, G), -1, np.int64) for f in ("law", "practice")}
    for i, ind in enumerate(indicators):
        for g in ind["groups"]:
            applies[:, i, gidx[g]] = True
    na = np.zeros((C, I, G), bool)
    for c, d in enumerate(docs):
        for r in d["responses"]:
            i = iidx[r["indicator"]]
            targets = indicators[i]["groups"] if r["group"] == "*" else [r["group"]]
            for g in targets:
                if r.get("status") == "not-applicable":
                    na[c, i, gidx[g]] = True
                elif r.get("status") in (None, "answered") and "level" in r:
                    sc = scales[indicators[i]["scales"][r["facet"]]]
                    ids = [lv["id"] for lv in sc["levels"]]
                    level[r["facet"]][c, i, gidx[g]] = ids.index(r["level"])
    applicable = applies & ~na
    complete = applicable & (level["law"] >= 0) & (level["practice"] >= 0)
    scale_of = {f: [indicators[i]["scales"][f] for i in range(I)] for f in ("law", "practice")}

    periods = sorted(set(d["period"] for d in docs))
    members = [np.array([c for c, d in enumerate(docs) if d["period"] == p]) for p in periods]
    dim_ids = [d["id"] for d in dims]
    root = len(dims) - 1
    top = [ref for kind, ref, _ in dims[root]["children"] if kind == "dim"]

    draws = [json.loads(line) for line in open(draws_path, encoding="utf-8")]
    R = len(draws)
    rank_hist = np.zeros((C, C + 1), np.int64)
    class_counts = np.zeros((C, G, len(top), 5), np.int64)

    def run(params):
        weights = [np.array([1.0 if d["agg"] == "arithmetic" else w for _, _, w in d["children"]]) for d in dims]
        geometric = [d["agg"] == "geometric" for d in dims]
        mincov = [d["mincov"] for d in dims]
        values = {s["id"]: [lv["value"] for lv in s["levels"]] for s in ordinal}
        gap, high, left_out = gap0, high0, None
        for p in params:
            kind, _, name = p["id"].partition(":")
            if kind == "weights":
                weights[dim_ids.index(name)] = np.array(p["weights"], float)
            elif kind == "aggregation":
                depth = int(name.split("-")[1])
                for k, d in enumerate(dims):
                    if d["depth"] == depth and d["children"]:
                        geometric[k] = p["value"] == "geometric"
            elif p["id"] == "thresholds:gap":
                gap = p["value"]
            elif p["id"] == "thresholds:high":
                high = p["value"]
            elif kind == "minCoverage":
                for k in (range(len(dims)) if name == "*" else [dim_ids.index(name)]):
                    mincov[k] = p["value"]
            elif kind == "levels":
                values[name] = [p["levels"][lv["id"]] for lv in scales[name]["levels"]]
            elif kind == "leaveOneOut":
                left_out = None if p["value"] == "none" else dim_ids.index(p["value"])

        table = {s: np.array([normalize(scales[s], v) for v in vals]) for s, vals in values.items()}
        cell = {}
        for f in ("law", "practice"):
            arr = np.zeros((C, I, G))
            for i in range(I):
                idx = np.maximum(level[f][:, i, :], 0)
                arr[:, i, :] = table[scale_of[f][i]][idx]
            cell[f] = arr

        # Per node: status (0 n/a, 1 insufficient, 2 scored), law, practice, net, absolute, coverage; shape (C, G).
        agg = [None] * len(dims)
        for k, d in enumerate(dims):
            n = len(d["children"])
            st = np.zeros((C, G, n), np.int8)
            L = np.zeros((C, G, n)); P = np.zeros((C, G, n)); N = np.zeros((C, G, n)); A = np.zeros((C, G, n)); V = np.zeros((C, G, n))
            for j, (kind, ref, _) in enumerate(d["children"]):
                if kind == "dim":
                    s, l, p_, nn, a, v = agg[ref]
                    st[:, :, j], L[:, :, j], P[:, :, j], N[:, :, j], A[:, :, j], V[:, :, j] = s, l, p_, nn, a, v
                else:
                    st[:, :, j] = np.where(~applicable[:, ref, :], 0, np.where(complete[:, ref, :], 2, 1))
                    L[:, :, j] = cell["law"][:, ref, :]; P[:, :, j] = cell["practice"][:, ref, :]
                    N[:, :, j] = L[:, :, j] - P[:, :, j]; A[:, :, j] = np.abs(N[:, :, j]); V[:, :, j] = complete[:, ref, :]
            w = weights[k].copy()
            if left_out is not None and k == root:
                for j, (kind, ref, _) in enumerate(d["children"]):
                    if kind == "dim" and ref == left_out:
                        w[j] = 0.0
            w = np.broadcast_to(w, (C, G, n))
            use = (st > 0) & (w > 0)
            scored = use & (st == 2)
            aw = np.where(use, w, 0).sum(axis=2)
            cov = np.where(use, w * V, 0).sum(axis=2) / np.where(aw > 0, aw, 1)
            ws = np.where(scored, w, 0).sum(axis=2)
            cnt = scored.sum(axis=2)
            safe = np.where(ws > 0, ws, 1)
            if geometric[k]:
                def gmean(X):
                    zero = (scored & (X <= 0)).any(axis=2)
                    lg = np.where(scored & (X > 0), w * np.log(np.where(X > 0, X, 1)), 0).sum(axis=2)
                    return np.where(zero, 0.0, np.exp(lg / safe))
                law, prac = gmean(L), gmean(P)
            else:
                law = np.where(scored, w * L, 0).sum(axis=2) / safe
                prac = np.where(scored, w * P, 0).sum(axis=2) / safe
            net = np.where(scored, w * N, 0).sum(axis=2) / safe
            ab = np.where(scored, w * A, 0).sum(axis=2) / safe
            enough = (cnt > 0) & (cov >= mincov[k] - TOL)
            status = np.where(aw <= 0, 0, np.where(enough, 2, 1))
            agg[k] = (status, law, prac, net, ab, cov)

        # Overall: the root across groups, weighted arithmetic mean, the root's minimum coverage.
        s, l, p_, _, _, v = agg[root]
        use = (s > 0) & (group_w > 0)
        sc = use & (s == 2)
        aw = np.where(use, group_w, 0).sum(axis=1)
        cov = np.where(use, group_w * v, 0).sum(axis=1) / np.where(aw > 0, aw, 1)
        ws = np.where(sc, group_w, 0).sum(axis=1)
        lo = np.where(sc, group_w * l, 0).sum(axis=1) / np.where(ws > 0, ws, 1)
        po = np.where(sc, group_w * p_, 0).sum(axis=1) / np.where(ws > 0, ws, 1)
        ok = (aw > 0) & (sc.sum(axis=1) > 0) & (cov >= mincov[root] - TOL)
        measure = np.where(ok, (lo + po) / 2, np.nan)

        ranks = np.zeros(C, np.int64)
        for m in members:
            x = measure[m]
            better = (x[None, :] > x[:, None] + TOL).sum(axis=1) + 1
            ranks[m] = np.where(np.isnan(x), 0, better)

        classes = np.full((C, G, len(top)), -1, np.int64)
        for t, ref in enumerate(top):
            s, l, p_, nn, a, _ = agg[ref]
            cls = np.where(a >= gap - TOL, np.where(nn >= 0, 2, 3), np.where((l + p_) / 2 >= high - TOL, 0, 1))
            classes[:, :, t] = np.where(s == 0, -1, np.where(s == 1, 4, cls))
        return ranks, classes, measure

    nominal_ranks, nominal_classes, nominal_measure = run([])
    for draw in draws:
        ranks, classes, _ = run(draw["inputs"])
        rank_hist[np.arange(C), ranks] += 1
        for k in range(5):
            class_counts[..., k] += classes == k

    out = {"ranks": [], "classes": []}
    for c, d in enumerate(docs):
        units = len(members[periods.index(d["period"])])
        hist = rank_hist[c, 1:units + 1]
        ranked = hist.sum()
        cum = np.cumsum(hist)

        def pct(p):
            target = p * ranked
            return int(np.argmax(cum >= target - TOL)) + 1

        out["ranks"].append({
            "country": d["country"], "period": d["period"],
            "nominalRank": int(nominal_ranks[c]) or None,
            "rankLow": pct(0.05) if ranked else None, "rankHigh": pct(0.95) if ranked else None,
            "rankShares": (hist / R).tolist(),
        })
        for g in range(G):
            for t, ref in enumerate(top):
                out["classes"].append({
                    "country": d["country"], "period": d["period"], "group": groups[g], "dimension": dim_ids[ref],
                    "probability": {CLASSES[k]: class_counts[c, g, t, k] / R for k in range(5)},
                })
    json.dump(out, open(out_path, "w", encoding="utf-8"))


if __name__ == "__main__":
    main()
