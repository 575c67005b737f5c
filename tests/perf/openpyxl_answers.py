#!/usr/bin/env python3
"""Reads the answers of filled rubric workbooks with openpyxl, as a competent user would: the baseline for `coherence import`.

Written from the workbook's documented layout (docs/workbooks.md), not from the tool's code: the hidden metadata sheet
`_coherence` names the country, the period and the sheet of each group (and of the whole country); on each answer
sheet the hidden key row (row 3) names the columns (`indicator`, `law.level`, `law.evidence`, ...); every row below
with an indicator id is an indicator. Only those sheets are opened, in read_only mode, and only the answer cells of
each row are kept. A level cell shows the level's label in the workbook's language; the rubric (JSON) maps it to
the level id. Blank rows (no level and no detail) are no answer.

Usage: openpyxl_answers.py RUBRIC.json FOLDER OUT.jsonl
Writes one line per answer: country, period, indicator, group, facet, status, level, evidence, sources, confidence, notes.
"""
import json
import os
import sys

import openpyxl

PARTS = ("level", "evidence", "sources", "confidence", "notes")
NOT_APPLICABLE = {"no aplica", "not applicable", "n/a"}
UNKNOWN = {"se desconoce", "unknown", "desconocido"}
CONFIDENCE = {"alta": "high", "media": "medium", "baja": "low", "high": "high", "medium": "medium", "low": "low"}


def level_ids(rubric):
    """(scale id) -> {normalised label in any language: level id}, and facet -> scale per indicator."""
    spec = rubric["spec"]
    by_scale = {}
    for scale in spec["scales"]:
        labels = {}
        for level in scale.get("levels") or []:
            for text in level["label"].values():
                labels[text.strip().lower()] = level["id"]
        by_scale[scale["id"]] = labels
    scale_of = {}

    def walk(dimensions):
        for d in dimensions:
            for i in d.get("indicators") or []:
                for facet, part in i["facets"].items():
                    scale_of[(i["id"], facet)] = part["scale"]
            walk(d.get("dimensions") or [])

    walk(spec["dimensions"])
    return by_scale, scale_of


def text(value):
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    value = str(value)
    return value if value.strip() else None


def read(path, by_scale, scale_of, out):
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    meta = {}
    for key, value in wb["_coherence"].iter_rows(min_row=2, max_col=2, values_only=True):
        if key is not None:
            meta[key] = "" if value is None else str(value)
    sheets = [("*", meta["country.sheet"])] if meta.get("country.sheet") else []
    index = 1
    while "group.%d.id" % index in meta:
        sheets.append((meta["group.%d.id" % index], meta["group.%d.sheet" % index]))
        index += 1
    answers = 0
    for group, name in sheets:
        rows = wb[name].iter_rows(min_row=3, values_only=True)
        keys = next(rows)
        columns = {key: c for c, key in enumerate(keys) if key}
        id_column = columns["indicator"]
        facets = [f for f in ("law", "practice") if f + ".level" in columns]
        for row in rows:
            if id_column >= len(row) or not isinstance(row[id_column], str):
                continue
            indicator = row[id_column].strip()
            for facet in facets:
                if (indicator, facet) not in scale_of:
                    continue
                cells = {p: text(row[columns[facet + "." + p]]) if columns.get(facet + "." + p, 99) < len(row) else None for p in PARTS}
                sources = [s.strip() for s in (cells["sources"] or "").splitlines() if s.strip()]
                confidence = CONFIDENCE.get((cells["confidence"] or "").strip().lower())
                level_text = (cells["level"] or "").strip()
                if not level_text and not (cells["evidence"] or cells["notes"] or sources or confidence):
                    continue
                status, level = "answered", None
                if not level_text or level_text.lower() in UNKNOWN:
                    status = "unknown"
                elif level_text.lower() in NOT_APPLICABLE:
                    status = "not-applicable"
                else:
                    level = by_scale[scale_of[(indicator, facet)]][level_text.lower()]
                out.write(json.dumps([meta["country"], meta["period"], indicator, group, facet, status, level,
                                      cells["evidence"], sources, confidence, cells["notes"]], ensure_ascii=False) + "\n")
                answers += 1
    wb.close()
    return answers


def main():
    rubric = json.load(open(sys.argv[1], encoding="utf-8"))
    by_scale, scale_of = level_ids(rubric)
    files = sorted(os.path.join(sys.argv[2], f) for f in os.listdir(sys.argv[2]) if f.endswith(".xlsx"))
    answers = 0
    with open(sys.argv[3], "w", encoding="utf-8") as out:
        for path in files:
            answers += read(path, by_scale, scale_of, out)
    print("%d workbooks, %d answers" % (len(files), answers))


if __name__ == "__main__":
    main()
