#!/usr/bin/env python3
"""Fills the agreed levels and notes of a reconciliation workbook with openpyxl, as a person would in a spreadsheet.

Usage: fill_reconciliation.py in.xlsx out.xlsx decisions.json
decisions.json: {"<indicator>|<group>|<facet>": ["<agreed level as typed>", "<note or empty>"], ...}
The sheet is found by its hidden key row (row 3, 'cell' in column A), whatever it is called; rows by their key.
"""
import json
import sys

import openpyxl

source, target, decisions_file = sys.argv[1:4]
decisions = json.load(open(decisions_file, encoding="utf-8"))
wb = openpyxl.load_workbook(source)
sheet = next(ws for ws in wb.worksheets if ws.cell(3, 1).value == "cell")
keys = {sheet.cell(3, c).value: c for c in range(1, sheet.max_column + 1)}
done = 0
for row in range(5, sheet.max_row + 1):
    key = sheet.cell(row, keys["cell"]).value
    if key in decisions:
        level, note = decisions[key]
        sheet.cell(row, keys["agreed"]).value = level
        sheet.cell(row, keys["note"]).value = note or None
        done += 1
wb.save(target)
print("filled", done, "of", len(decisions))
