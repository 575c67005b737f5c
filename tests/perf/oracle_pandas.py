#!/usr/bin/env python3
"""An independent pandas implementation of docs/methodology.md: scores a folder of assessments.

Usage: oracle_pandas.py INPUT... -o ROWS.csv [--rubric ID_OR_PATH] [--stats]

INPUT is an assessment JSON file or a folder of them. The rubric is the bundled one the
assessments name (rubrics/*.yaml), or --rubric. The output is the tidy row format, one row per
country, period, migrant group (or '*' for all groups) and rubric node:

    country,period,rubric_id,rubric_version,group,node_id,node_kind,depth,law,practice,
    net_gap,abs_gap,coherence,coverage,answered,applicable,class,status

It is written from the method's text, as an analyst would with pandas (a long table of
answers, scores mapped from the scale, group-by aggregations up the rubric tree), not from
the C# engine, so that the two can check each other. Where the text leaves a choice open,
the choice is named in a comment starting with 'READING:'.

Needs Debian's python3-pandas and python3-yaml (use /usr/bin/python3).
"""
import argparse
import json
import os
import sys
import time

import numpy as np
import pandas as pd
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
COLUMNS = ["country", "period", "rubric_id", "rubric_version", "group", "node_id", "node_kind", "depth",
           "law", "practice", "net_gap", "abs_gap", "coherence", "coverage", "answered", "applicable",
           "class", "status"]
ALL_GROUPS = "*"
SCORED, INSUFFICIENT, NOT_APPLICABLE = "scored", "insufficient-data", "not-applicable"
# READING: the method compares computed means with thresholds (coverage < minCoverage, |gap| >= gap,
# net gap >= 0, mean >= high) but says nothing of rounding. Means of thirds and sixths are not exact in
# binary floating point, and two correct summation orders can land on either side of a threshold
# (1/3 and 2/3 of coverage average to 0.5 or to 0.49999999999999994). The oracle reads every threshold
# as met when it is met within EPS; --exact-thresholds compares without it.
EPS = 1e-9


# ----------------------------------------------------------------------------- rubric

def find_rubric(spec):
    """A rubric document from a file path, or from the bundled rubrics by id."""
    if spec and os.path.isfile(spec):
        with open(spec, encoding="utf-8") as f:
            return yaml.safe_load(f)
    folder = os.path.join(ROOT, "rubrics")
    for name in sorted(os.listdir(folder)):
        if name.endswith((".yaml", ".yml", ".json")):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                doc = yaml.safe_load(f)
            if isinstance(doc, dict) and doc.get("kind") == "Rubric" and doc["metadata"]["id"] == spec:
                return doc
    sys.exit("no rubric '%s' (give a file or a bundled id)" % spec)


class Rubric:
    """The rubric as tables: nodes (root, dimensions, indicators), groups, facet cells and scale levels."""

    def __init__(self, doc):
        meta, spec = doc["metadata"], doc["spec"]
        self.id, self.version = meta["id"], str(meta["version"])
        facets = spec.get("facets") or [{"id": "law", "scale": None}, {"id": "practice", "scale": None}]
        self.facets = [f["id"] for f in facets]
        self.two_facets = len(self.facets) == 2
        thresholds = spec.get("thresholds") or {}
        self.gap_threshold = thresholds.get("gap")
        self.high_threshold = thresholds.get("high")
        self.groups = pd.DataFrame({"group": [g["id"] for g in spec["groups"]],
                                    "group_weight": [float(g.get("weight", 1)) for g in spec["groups"]]})
        self.groups["group_order"] = range(len(self.groups))

        nodes = [dict(node_id=self.id, parent=None, node_kind="rubric", depth=0,
                      aggregation=spec.get("aggregation", "arithmetic"),
                      min_coverage=float(spec.get("minCoverage", 0)), weight=1.0)]
        applies, cell_scales = [], []
        all_groups = list(self.groups["group"])
        facet_scale = {f["id"]: f.get("scale") for f in facets}

        def walk(node, parent_id, depth, inherited_min):
            for d in node.get("dimensions") or []:
                # READING: 'minCoverage: default inherited from the parent, 0 at the top' is read as:
                # the root takes spec.minCoverage (0 when absent) and every dimension inherits its parent's.
                mc = float(d.get("minCoverage", inherited_min))
                nodes.append(dict(node_id=d["id"], parent=parent_id, node_kind="dimension", depth=depth,
                                  aggregation=d.get("aggregation", "arithmetic"), min_coverage=mc,
                                  weight=float(d.get("weight", 1))))
                walk(d, d["id"], depth + 1, mc)
            for ind in node.get("indicators") or []:
                nodes.append(dict(node_id=ind["id"], parent=parent_id, node_kind="indicator", depth=depth,
                                  aggregation=None, min_coverage=np.nan, weight=float(ind.get("weight", 1))))
                for g in ind.get("groups") or all_groups:
                    applies.append((ind["id"], g))
                for fid in self.facets:
                    fspec = (ind.get("facets") or {}).get(fid) or {}
                    cell_scales.append((ind["id"], fid, fspec.get("scale") or facet_scale[fid]))

        walk(spec, self.id, 1, nodes[0]["min_coverage"])
        self.nodes = pd.DataFrame(nodes)
        # Children are combined in document order: pre-order of the tree.
        self.nodes["node_order"] = range(len(self.nodes))
        self.applies = pd.DataFrame(applies, columns=["indicator", "group"])
        self.cell_scales = pd.DataFrame(cell_scales, columns=["indicator", "facet", "scale"])

        scales, levels = [], []
        for s in spec.get("scales") or []:
            kind = s.get("type", "ordinal")
            scales.append(dict(scale=s["id"], scale_type=kind, polarity=s.get("polarity", "higher-is-better"),
                               scale_min=float(s.get("min", np.nan)), scale_max=float(s.get("max", np.nan))))
            for lv in s.get("levels") or []:
                levels.append((s["id"], lv["id"], float(lv["value"])))
        self.scales = pd.DataFrame(scales)
        self.levels = pd.DataFrame(levels, columns=["scale", "level", "level_value"])


# ----------------------------------------------------------------------------- answers

def assessment_files(inputs):
    files = []
    for item in inputs:
        if os.path.isdir(item):
            files += sorted(os.path.join(item, f) for f in os.listdir(item) if f.endswith(".json"))
        else:
            files.append(item)
    return files


def read_answers(files):
    """One row per assessment, and the long table of responses (one row per indicator, group and facet answered)."""
    heads, chunks = [], []
    cols = {k: [] for k in ("a", "indicator", "group", "facet", "status", "level", "value")}

    def flush():
        if cols["a"]:
            frame = pd.DataFrame(cols)
            for c in ("indicator", "group", "facet", "status", "level"):
                frame[c] = frame[c].astype("category")
            chunks.append(frame)
            for v in cols.values():
                v.clear()

    for a, path in enumerate(files):
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        if doc.get("kind") != "Assessment":
            continue
        heads.append(dict(a=a, country=doc["country"], period=str(doc["period"]),
                          rubric_ref=doc["rubric"]["id"], rubric_ref_version=str(doc["rubric"]["version"])))
        for r in doc.get("responses") or []:
            cols["a"].append(a)
            cols["indicator"].append(r["indicator"])
            cols["group"].append(r["group"])
            cols["facet"].append(r["facet"])
            cols["status"].append(r.get("status", "answered"))
            cols["level"].append(r.get("level"))
            cols["value"].append(r.get("value", np.nan))
        if len(cols["a"]) > 2_000_000:
            flush()
    flush()
    assessments = pd.DataFrame(heads)
    if chunks:
        responses = pd.concat(chunks, ignore_index=True)
        for c in ("indicator", "group", "facet", "status", "level"):
            responses[c] = responses[c].astype(str).where(responses[c].notna(), None)
    else:
        responses = pd.DataFrame(columns=list(cols))
    return assessments, responses


# ----------------------------------------------------------------------------- scoring

def facet_scores(rubric, responses):
    """Each response's score on 0-100, 100 the better end (section 1)."""
    r = responses.merge(rubric.cell_scales, on=["indicator", "facet"], how="left")
    r = r.merge(rubric.scales, on="scale", how="left")
    r = r.merge(rubric.levels, on=["scale", "level"], how="left")
    continuous = 100.0 * (r["value"] - r["scale_min"]) / (r["scale_max"] - r["scale_min"])
    score = np.where(r["scale_type"] == "continuous", continuous, r["level_value"])
    score = np.where(r["polarity"] == "lower-is-better", 100.0 - score, score)
    answered = r["status"] == "answered"
    r["score"] = np.where(answered, score, np.nan)
    r["na"] = r["status"] == "not-applicable"
    return r[["a", "indicator", "group", "facet", "score", "na"]]


def indicator_rows(rubric, assessments, responses):
    """Per indicator and group (section 2): one row per applicable cell the rubric defines, for every assessment."""
    scored = facet_scores(rubric, responses)
    # Responses to an indicator for a group the rubric does not apply it to are ignored.
    scored = scored.merge(rubric.applies, on=["indicator", "group"], how="inner")
    wide = scored.groupby(["a", "indicator", "group", "facet"], sort=False).agg(
        score=("score", "first"), na=("na", "max")).unstack("facet")
    wide.columns = ["%s_%s" % (facet, what) for what, facet in wide.columns]
    wide = wide.reset_index()

    grid = assessments[["a"]].merge(rubric.applies, how="cross")
    ind = grid.merge(wide, on=["a", "indicator", "group"], how="left")
    for f in rubric.facets:
        if "%s_score" % f not in ind:
            ind["%s_score" % f] = np.nan
        if "%s_na" % f not in ind:
            ind["%s_na" % f] = False
        ind["%s_na" % f] = ind["%s_na" % f].fillna(False).astype(bool)

    # READING: a cell is 'an indicator, a migrant group and a facet', and 'not applicable takes the
    # cell out'. For a two-facet rubric an indicator and group marked not applicable on either facet
    # is taken out whole (an indicator cell is complete only with both facets, and law and practice
    # are compared on the same cells); the other facet's answer, if any, is not used.
    na = np.logical_or.reduce([ind["%s_na" % f] for f in rubric.facets])
    complete = np.logical_and.reduce([ind["%s_score" % f].notna() for f in rubric.facets]) & ~na

    out = pd.DataFrame({"a": ind["a"], "node_id": ind["indicator"], "group": ind["group"]})
    out["law"] = ind["law_score"].where(~na) if "law" in rubric.facets else np.nan
    out["practice"] = ind["practice_score"].where(~na) if "practice" in rubric.facets else np.nan
    if rubric.two_facets:
        out["net_gap"] = (out["law"] - out["practice"]).where(complete)
        out["abs_gap"] = out["net_gap"].abs()
        out["coherence"] = 100.0 - out["abs_gap"]
    else:
        out["net_gap"] = out["abs_gap"] = out["coherence"] = np.nan
    out["coverage"] = complete.astype(float)
    out["answered"] = complete.astype(int)
    out["applicable"] = (~na).astype(int)
    out["status"] = np.select([na, complete], [NOT_APPLICABLE, SCORED], INSUFFICIENT)
    return out


def combine(children, keys, agg_col, min_col, weight_col, facets):
    """One aggregation step (section 3): children rows -> one row per `keys`.

    children has law, practice, net_gap, abs_gap, coverage, answered, applicable, status, and per row
    the aggregation method, minimum coverage and weight of the node it is combined into.
    """
    single_facet = len(facets) == 1
    c = children
    law, practice = c["law"].astype(float), c["practice"].astype(float)
    applicable = c["status"] != NOT_APPLICABLE
    has_value = c["status"] == SCORED          # a two-facet node has both facets or neither
    uses_weights = c[agg_col].isin(["weighted", "geometric"])
    w = np.where(uses_weights, c[weight_col], 1.0)   # 'arithmetic': weights ignored
    geometric = c[agg_col] == "geometric"
    wv = np.where(has_value, w, 0.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        frame = pd.DataFrame({
            "cov_num": np.where(applicable, w * c["coverage"], 0.0),
            "cov_den": np.where(applicable, w, 0.0),
            "val_den": wv,
            "n_values": has_value.astype(int),
            # Geometric: sums of w ln x; a zero is counted apart ('one zero makes it zero'), as -inf
            # would not survive a compensated sum.
            "law_num": np.where(has_value, w * np.where(geometric, np.log(np.where(law > 0, law, 1.0)), law), 0.0),
            "practice_num": np.where(has_value, w * np.where(geometric, np.log(np.where(practice > 0, practice, 1.0)), practice), 0.0),
            "law_zero": (has_value & geometric & (law == 0)).astype(int),
            "practice_zero": (has_value & geometric & (practice == 0)).astype(int),
            # Gaps are always combined with the weighted arithmetic mean.
            "net_num": np.where(has_value, w * c["net_gap"], 0.0),
            "abs_num": np.where(has_value, w * c["abs_gap"], 0.0),
            "answered": c["answered"],
            "applicable": c["applicable"],
        })
    for k in keys:
        frame[k] = c[k].values
    frame["geometric"] = geometric.values
    frame["min_coverage"] = c[min_col].values
    g = frame.groupby(keys, sort=False, observed=True).agg(
        cov_num=("cov_num", "sum"), cov_den=("cov_den", "sum"), val_den=("val_den", "sum"),
        n_values=("n_values", "sum"), law_num=("law_num", "sum"), practice_num=("practice_num", "sum"),
        law_zero=("law_zero", "sum"), practice_zero=("practice_zero", "sum"),
        net_num=("net_num", "sum"), abs_num=("abs_num", "sum"), answered=("answered", "sum"),
        applicable=("applicable", "sum"), geometric=("geometric", "first"), min_coverage=("min_coverage", "first"),
    ).reset_index()

    with np.errstate(divide="ignore", invalid="ignore"):
        coverage = np.where(g["cov_den"] > 0, g["cov_num"] / g["cov_den"], 0.0)
        law = g["law_num"] / g["val_den"]
        practice = g["practice_num"] / g["val_den"]
        law = np.where(g["geometric"], np.where(g["law_zero"] > 0, 0.0, np.exp(law)), law)
        practice = np.where(g["geometric"], np.where(g["practice_zero"] > 0, 0.0, np.exp(practice)), practice)
        net = g["net_num"] / g["val_den"]
        absolute = g["abs_num"] / g["val_den"]
    not_applicable = g["cov_den"] == 0
    # 'No number is ever invented': below minCoverage, or no child with data, the node has no value.
    insufficient = ~not_applicable & ((g["n_values"] == 0) | (coverage < g["min_coverage"] - EPS))
    valued = ~not_applicable & ~insufficient
    out = g[keys].copy()
    out["law"] = np.where(valued, law, np.nan)
    out["practice"] = np.where(valued, practice, np.nan)
    if single_facet:
        # The one facet is the only score; the other column stays empty.
        out[[f for f in ("law", "practice") if f not in facets]] = np.nan
        out["net_gap"] = out["abs_gap"] = out["coherence"] = np.nan
    else:
        out["net_gap"] = np.where(valued, net, np.nan)
        out["abs_gap"] = np.where(valued, absolute, np.nan)
        out["coherence"] = 100.0 - out["abs_gap"]
    # READING: a node where nothing applies has no share of data; results-json.md makes coverage a
    # number, so it is 0 there.
    out["coverage"] = coverage
    out["answered"] = g["answered"].astype(int)
    out["applicable"] = g["applicable"].astype(int)
    out["status"] = np.select([not_applicable, insufficient], [NOT_APPLICABLE, INSUFFICIENT], SCORED)
    return out


def score(rubric, assessments, responses, across_groups="node"):
    nodes = rubric.nodes
    ind = indicator_rows(rubric, assessments, responses)
    ind = ind.merge(nodes[["node_id", "parent", "depth", "weight"]], on="node_id")
    facets = rubric.facets

    # Per group, bottom-up: the nodes at depth d are combined from their children at depth d+1
    # (sub-dimensions and indicators alike), deepest first.
    per_group = [ind]
    levels = {}
    inner = nodes[nodes["node_kind"] != "indicator"]
    for depth in sorted(inner["depth"].unique(), reverse=True):
        kids = [ind[ind["depth"] == depth + 1]]
        if depth + 1 in levels:
            kids.append(levels[depth + 1])
        kids = pd.concat(kids, ignore_index=True)
        parents = nodes[["node_id", "aggregation", "min_coverage"]].rename(columns={"node_id": "parent"})
        kids = kids.merge(parents, on="parent")
        # Children in document order, so that sums run in the same order as the rubric.
        kids = kids.merge(nodes[["node_id", "node_order"]], on="node_id").sort_values(["a", "group", "node_order"], kind="stable")
        combined = combine(kids.rename(columns={"node_id": "child", "parent": "node_id"}),
                           ["a", "group", "node_id"], "aggregation", "min_coverage", "weight", facets)
        # A node with no applicable indicator for a group (none applies to it in the rubric) is not
        # applicable for that group: it still gets its row.
        everyone = assessments[["a"]].merge(rubric.groups[["group"]], how="cross").merge(
            inner.loc[inner["depth"] == depth, ["node_id"]], how="cross")
        combined = everyone.merge(combined, on=["a", "group", "node_id"], how="left")
        nothing = combined["status"].isna()
        combined.loc[nothing, ["coverage", "answered", "applicable"]] = 0
        combined.loc[nothing, "status"] = NOT_APPLICABLE
        combined[["answered", "applicable"]] = combined[["answered", "applicable"]].astype(int)
        combined = combined.merge(nodes[["node_id", "parent", "depth", "weight"]], on="node_id")
        levels[depth] = combined
        per_group.append(combined)
    per_group = pd.concat(per_group, ignore_index=True)

    # Across groups: each node's per-group aggregates, with the groups' weights and the node's minCoverage.
    # READING: 'combined the same way, with the groups' weights (weighted)' is read by default as: with
    # the node's own aggregation, the groups' weights counting where that aggregation uses weights
    # ('weighted', 'geometric'). across_groups='weighted' reads it instead as: always the weighted
    # arithmetic mean with the groups' weights, whatever the node's aggregation. The two agree when
    # every node is 'arithmetic' and every group weighs 1, as in the bundled Mesoamerica rubric.
    inner_rows = per_group[per_group["node_id"].isin(inner["node_id"])]
    across = inner_rows.merge(rubric.groups, on="group").merge(
        nodes[["node_id", "aggregation", "min_coverage"]], on="node_id")
    if across_groups == "weighted":
        across["aggregation"] = "weighted"
    across = across.sort_values(["a", "node_id", "group_order"], kind="stable")
    across = combine(across, ["a", "node_id"], "aggregation", "min_coverage", "group_weight", facets)
    across["group"] = ALL_GROUPS

    rows = pd.concat([per_group.drop(columns=["parent", "depth", "weight"]), across], ignore_index=True)
    rows = rows.merge(nodes[["node_id", "node_kind", "depth", "node_order"]], on="node_id")
    rows["class"] = classify(rubric, rows)
    rows = rows.merge(assessments[["a", "country", "period"]], on="a")
    rows["rubric_id"], rows["rubric_version"] = rubric.id, rubric.version
    order = dict(zip(rubric.groups["group"], rubric.groups["group_order"] + 1))
    order[ALL_GROUPS] = 0
    rows["group_order"] = rows["group"].map(order)
    rows = rows.sort_values(["country", "period", "node_order", "group_order"], kind="stable")
    return rows[COLUMNS]


def classify(rubric, rows):
    """Section 4: the group x top-level dimension matrix and each indicator, per group."""
    if not rubric.two_facets or rubric.gap_threshold is None:
        return pd.Series("", index=rows.index)
    classified = (rows["group"] != ALL_GROUPS) & (
        (rows["node_kind"] == "indicator") | ((rows["node_kind"] == "dimension") & (rows["depth"] == 1)))
    gap, high = float(rubric.gap_threshold), float(rubric.high_threshold)
    mean = (rows["law"] + rows["practice"]) / 2
    cls = np.select(
        [rows["abs_gap"].isna(),
         (rows["abs_gap"] >= gap - EPS) & (rows["net_gap"] >= -EPS),
         rows["abs_gap"] >= gap - EPS,
         mean >= high - EPS],
        ["insufficient-data", "implementation-gap", "practice-ahead-of-law", "coherent-high"],
        "coherent-low")
    # Cells that do not apply are not classified.
    return pd.Series(np.where(classified & (rows["status"] != NOT_APPLICABLE), cls, ""), index=rows.index)


def main():
    ap = argparse.ArgumentParser(description="Scores assessments with pandas, from docs/methodology.md.")
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("-o", "--output", required=True, help="tidy rows CSV ('-' for standard output)")
    ap.add_argument("--rubric", help="rubric file or bundled id (default: the one the assessments name)")
    ap.add_argument("--stats", action="store_true", help="print the time of each step on standard error")
    ap.add_argument("--across-groups", choices=["node", "weighted"], default="node",
                    help="how groups are combined: with each node's aggregation (default) or always a weighted mean")
    ap.add_argument("--exact-thresholds", action="store_true", help="compare with thresholds without tolerance")
    args = ap.parse_args()
    if args.exact_thresholds:
        global EPS
        EPS = 0.0

    t0 = time.perf_counter()
    files = assessment_files(args.inputs)
    assessments, responses = read_answers(files)
    if assessments.empty:
        sys.exit("no assessments")
    t1 = time.perf_counter()
    refs = assessments[["rubric_ref", "rubric_ref_version"]].drop_duplicates()
    if args.rubric is None and len(refs) > 1:
        sys.exit("the assessments name several rubrics; give --rubric")
    rubric = Rubric(find_rubric(args.rubric or refs.iloc[0]["rubric_ref"]))
    dup = assessments.duplicated(["country", "period"], keep=False)
    if dup.any():
        sys.exit("several assessments for one country and period: %s" %
                 ", ".join(sorted(set(assessments.loc[dup, "country"] + "-" + assessments.loc[dup, "period"]))))
    rows = score(rubric, assessments, responses, args.across_groups)
    t2 = time.perf_counter()
    rows.to_csv(sys.stdout if args.output == "-" else args.output, index=False, na_rep="", lineterminator="\n")
    t3 = time.perf_counter()
    if args.stats:
        print("oracle: %d assessments, %d responses, %d rows; read %.2f s, score %.2f s, write %.2f s"
              % (len(assessments), len(responses), len(rows), t1 - t0, t2 - t1, t3 - t2), file=sys.stderr)


if __name__ == "__main__":
    main()
