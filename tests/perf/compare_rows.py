#!/usr/bin/env python3
"""Compares two sets of tidy score rows, key by key and value by value.

Usage: compare_rows.py A B [--tolerance 1e-9] [--rubric ID_OR_PATH] [--show 20] [--quiet]

A and B are tidy row CSV files (oracle_pandas.py, 'coherence score --csv') or results JSON
files ('coherence score --json', docs/results-json.md), which are first turned into the same
rows by json_to_rows. Rows are matched on (country, period, group, node_id); numbers must
agree within the tolerance (absolute), text fields (kind, depth, class, status, rubric id and
version) exactly, and an empty (null) value only with an empty one. Prints a summary per
field and the first mismatches; exits 1 on any mismatch or a key found on one side only.

Plain Python 3 (no pandas needed); PyYAML only to read a rubric when a JSON side needs one.
"""
import argparse
import csv
import json
import math
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
COLUMNS = ["country", "period", "rubric_id", "rubric_version", "group", "node_id", "node_kind", "depth",
           "law", "practice", "net_gap", "abs_gap", "coherence", "coverage", "answered", "applicable",
           "class", "status"]
KEY = ("country", "period", "group", "node_id")
NUMBERS = ["law", "practice", "net_gap", "abs_gap", "coherence", "coverage", "answered", "applicable"]
TEXTS = ["rubric_id", "rubric_version", "node_kind", "depth", "class", "status"]
ALL_GROUPS = "*"


# ----------------------------------------------------------------------------- results JSON -> rows

def rubric_tree(rubric_id, explicit=None):
    """{node_id: (kind, depth)} of a rubric, from a file or the bundled rubrics."""
    import yaml  # only needed for a JSON side

    doc = None
    if explicit and os.path.isfile(explicit):
        with open(explicit, encoding="utf-8") as f:
            doc = yaml.safe_load(f)
    else:
        wanted = explicit or rubric_id
        folder = os.path.join(ROOT, "rubrics")
        for name in sorted(os.listdir(folder)):
            if name.endswith((".yaml", ".yml", ".json")):
                with open(os.path.join(folder, name), encoding="utf-8") as f:
                    candidate = yaml.safe_load(f)
                if isinstance(candidate, dict) and candidate.get("kind") == "Rubric" and candidate["metadata"]["id"] == wanted:
                    doc = candidate
                    break
    if doc is None:
        sys.exit("rubric '%s' not found: give --rubric" % (explicit or rubric_id))
    tree = {doc["metadata"]["id"]: ("rubric", 0)}

    def walk(node, depth):
        for d in node.get("dimensions") or []:
            tree[d["id"]] = ("dimension", depth)
            walk(d, depth + 1)
        for i in node.get("indicators") or []:
            tree[i["id"]] = ("indicator", depth)

    walk(doc["spec"], 1)
    return tree


def fmt(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        raise ValueError("unexpected boolean")
    return repr(value) if isinstance(value, float) else str(value)


def aggregate_row(head, group, node_id, kind, depth, agg, cls=None):
    row = dict(head, group=group, node_id=node_id, node_kind=kind, depth=str(depth))
    row.update(law=fmt(agg.get("law")), practice=fmt(agg.get("practice")), net_gap=fmt(agg.get("netGap")),
               abs_gap=fmt(agg.get("absoluteGap")), coherence=fmt(agg.get("coherence")),
               coverage=fmt(agg.get("coverage")), answered=fmt(agg.get("answered")),
               applicable=fmt(agg.get("applicable")), status=agg.get("status") or "")
    row["class"] = cls or ""
    return row


def json_to_rows(results, rubric=None):
    """The tidy rows of a results document (docs/results-json.md).

    Root: 'overall' and 'groups'; dimensions: each entry's 'overall' ('*') and 'groups'; the class of
    a group x top-level dimension comes from 'matrix'; indicators: 'indicators' (per group only).
    """
    trees = {}
    rows = []
    diagnostics = 0
    for a in results["assessments"]:
        rid, rversion = a["rubric"]["id"], str(a["rubric"]["version"])
        if rid not in trees:
            trees[rid] = rubric_tree(rid, rubric)
        tree = trees[rid]
        head = dict(country=a["country"], period=str(a["period"]), rubric_id=rid, rubric_version=rversion)
        rows.append(aggregate_row(head, ALL_GROUPS, rid, "rubric", 0, a["overall"]))
        for g, agg in a["groups"].items():
            rows.append(aggregate_row(head, g, rid, "rubric", 0, agg))
        matrix = {(m["group"], m["dimension"]): m for m in a.get("matrix") or []}
        for d in a["dimensions"]:
            rows.append(aggregate_row(head, ALL_GROUPS, d["id"], "dimension", d["depth"], d["overall"]))
            for g, agg in d["groups"].items():
                cell = matrix.get((g, d["id"])) if d["depth"] == 1 else None
                if cell is not None:
                    # The matrix repeats the group's aggregate of the dimension; it must be the same.
                    for field in ("status", "law", "practice", "netGap", "absoluteGap", "coverage"):
                        if cell.get(field) != agg.get(field):
                            raise SystemExit("results JSON: matrix %s/%s %s differs from the dimension's group aggregate"
                                             % (g, d["id"], field))
                rows.append(aggregate_row(head, g, d["id"], "dimension", d["depth"], agg,
                                          cell.get("class") if cell else None))
        for i in a.get("indicators") or []:
            kind, depth = tree.get(i["indicator"], ("indicator", ""))
            rows.append(aggregate_row(head, i["group"], i["indicator"], "indicator", depth, i, i.get("class")))
        diagnostics += len(a.get("diagnostics") or [])
    if diagnostics:
        print("note: the results JSON carries %d diagnostics (responses the tool could not use)" % diagnostics,
              file=sys.stderr)
    return rows


# ----------------------------------------------------------------------------- reading and comparing

def read_rows(path, rubric=None):
    with open(path, encoding="utf-8") as f:
        start = f.read(1)
        while start.isspace():
            start = f.read(1)
    if start in "{[":
        with open(path, encoding="utf-8") as f:
            return json_to_rows(json.load(f), rubric), "results JSON"
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            sys.exit("%s: missing columns %s" % (path, ", ".join(missing)))
        return list(reader), "tidy CSV"


def index(rows, path):
    out = {}
    for r in rows:
        k = tuple(r[c] for c in KEY)
        if k in out:
            sys.exit("%s: key %s appears twice" % (path, "/".join(k)))
        out[k] = r
    return out


def number(text):
    return None if text in ("", None) else float(text)


def compare(a_rows, b_rows, tolerance):
    """(mismatches, only_a, only_b, per-field stats) of two keyed row sets."""
    mismatches, stats = [], {f: dict(equal=0, null_both=0, max_diff=0.0) for f in NUMBERS + TEXTS}
    only_a = sorted(set(a_rows) - set(b_rows))
    only_b = sorted(set(b_rows) - set(a_rows))
    for k in sorted(set(a_rows) & set(b_rows)):
        ra, rb = a_rows[k], b_rows[k]
        for f in NUMBERS:
            x, y = number(ra[f]), number(rb[f])
            if x is None and y is None:
                stats[f]["null_both"] += 1
            elif x is None or y is None or not math.isfinite(x) or not math.isfinite(y) or abs(x - y) > tolerance:
                mismatches.append((k, f, ra[f], rb[f]))
            else:
                stats[f]["equal"] += 1
                stats[f]["max_diff"] = max(stats[f]["max_diff"], abs(x - y))
        for f in TEXTS:
            if (ra[f] or "") == (rb[f] or ""):
                stats[f]["equal"] += 1
            else:
                mismatches.append((k, f, ra[f], rb[f]))
    return mismatches, only_a, only_b, stats


def main():
    ap = argparse.ArgumentParser(description="Compares two tidy score row sets (CSV or results JSON).")
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("--tolerance", type=float, default=1e-9)
    ap.add_argument("--rubric", help="rubric file or bundled id, for a results JSON side (default: the one it names)")
    ap.add_argument("--show", type=int, default=20, help="how many mismatches to print")
    ap.add_argument("--quiet", action="store_true", help="print the verdict line only")
    args = ap.parse_args()

    a_list, a_kind = read_rows(args.a, args.rubric)
    b_list, b_kind = read_rows(args.b, args.rubric)
    a_rows, b_rows = index(a_list, args.a), index(b_list, args.b)
    mismatches, only_a, only_b, stats = compare(a_rows, b_rows, args.tolerance)
    common = len(set(a_rows) & set(b_rows))
    assessments = len({k[:2] for k in set(a_rows) | set(b_rows)})

    if not args.quiet:
        print("A: %s (%s), %d rows" % (args.a, a_kind, len(a_rows)))
        print("B: %s (%s), %d rows" % (args.b, b_kind, len(b_rows)))
        print("%d assessments, %d rows on both sides, %d only in A, %d only in B" % (assessments, common, len(only_a), len(only_b)))
        print("%-15s %10s %10s %10s %12s" % ("field", "agree", "both null", "differ", "max |A-B|"))
        differ = {}
        for _, f, _, _ in mismatches:
            differ[f] = differ.get(f, 0) + 1
        for f in NUMBERS + TEXTS:
            s = stats[f]
            print("%-15s %10d %10s %10d %12s" % (f, s["equal"] + s["null_both"], s["null_both"] if f in NUMBERS else "",
                                                   differ.get(f, 0), ("%.3g" % s["max_diff"]) if f in NUMBERS else ""))
        for k in only_a[:args.show]:
            print("only in A: %s" % "/".join(k))
        for k in only_b[:args.show]:
            print("only in B: %s" % "/".join(k))
        for k, f, x, y in mismatches[:args.show]:
            print("differ: %s %s: A=%s B=%s" % ("/".join(k), f, x or "(empty)", y or "(empty)"))
    ok = not mismatches and not only_a and not only_b
    print("%s: %d rows x %d fields compared, %d mismatches, %d keys only in A, %d only in B"
          % ("AGREE" if ok else "DIFFER", common, len(NUMBERS + TEXTS), len(mismatches), len(only_a), len(only_b)))
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
