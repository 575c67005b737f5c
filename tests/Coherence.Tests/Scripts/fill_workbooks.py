#!/usr/bin/env python3
"""Fills Coherence rubric workbooks with openpyxl, as a script or another tool would.

Usage: fill_workbooks.py JOBS.json

JOBS.json is a list of {"workbook": in.xlsx, "output": out.xlsx, "rows": [{"group": id, "indicator": id,
"cells": {"law.level": "Parcial", "law.evidence": "...", ...}}]}. Sheets, key rows and indicator rows are found
the way the import finds them: through the defined names and the hidden metadata sheet, never by position.
"""
import json
import sys

import openpyxl


def defined_name(workbook, name):
    names = workbook.defined_names
    if hasattr(names, "get"):  # openpyxl >= 3.1: a dict
        entry = names.get(name)
    else:  # openpyxl 3.0: a list
        entry = next((d for d in names.definedName if d.name == name), None)
    if entry is None:
        return None
    return next(iter(entry.destinations))


def metadata(workbook):
    sheet = workbook["_coherence"]
    pairs = {}
    for key, value in sheet.iter_rows(min_col=1, max_col=2, values_only=True):
        if key:
            pairs[key] = value
    return pairs


def layout(workbook):
    pairs = metadata(workbook)
    groups = {}
    index = 1
    while "group.%d.id" % index in pairs:
        sheet_name, reference = defined_name(workbook, "Coherence_Group_%d" % index)
        key_row = int("".join(c for c in reference.split(":")[0] if c.isdigit()))
        sheet = workbook[sheet_name]
        columns = {}
        for cell in sheet[key_row]:
            if cell.value and cell.value not in columns:
                columns[cell.value] = cell.column
        rows = {}
        for row in sheet.iter_rows(min_row=key_row + 1, min_col=columns["indicator"], max_col=columns["indicator"]):
            if row[0].value:
                rows[str(row[0].value)] = row[0].row
        groups[pairs["group.%d.id" % index]] = (sheet, rows, columns)
        index += 1
    return groups


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        jobs = json.load(handle)
    for job in jobs:
        workbook = openpyxl.load_workbook(job["workbook"])
        groups = layout(workbook)
        for row in job["rows"]:
            sheet, rows, columns = groups[row["group"]]
            for key, value in row["cells"].items():
                sheet.cell(row=rows[row["indicator"]], column=columns[key]).value = value
        workbook.save(job["output"])
    print("filled %d workbooks" % len(jobs))


if __name__ == "__main__":
    main()
