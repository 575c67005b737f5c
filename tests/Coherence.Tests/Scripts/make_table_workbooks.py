"""Makes the .xlsx fixtures of the table-import tests (run once; the outputs are committed in TestData).

impic2016-editions.xlsx: two editions of the real IMPIC 2016 file (years 2009 and 2010), one per sheet, each
under a title row and a blank row, so that the header is row 3; cells as in the CSV (numbers as numbers, NA kept).

synthetic-layouts.xlsx: made-up values in the layouts published indices use: 'Transposed' has units in columns,
'TwoRowHeader' has a header over two rows with a merged upper cell and a line break in a header cell,
'Integrity' is an integrity-style index (questions in law only, in practice only, and in both) with units in columns
and 'n/a' for missing values.
"""
import csv, sys
from openpyxl import Workbook

src, out = sys.argv[1], sys.argv[2]
rows = list(csv.reader(open(src, encoding="utf-8")))
header, body = rows[0], rows[1:]
year = header.index("year")
wb = Workbook()
wb.remove(wb.active)
for edition in ("2009", "2010"):
    ws = wb.create_sheet(edition)
    ws.append(["IMPIC 2016 release, edition " + edition])
    ws.append([])
    ws.append(header)
    for r in body:
        if r[year] != edition:
            continue
        cells = []
        for v in r:
            try:
                cells.append(float(v) if v not in ("", "NA") and not v.isalpha() else v)
            except ValueError:
                cells.append(v)
        ws.append([None if c == "" else c for c in cells])
wb.save(out + "/impic2016-editions.xlsx")

wb = Workbook()
ws = wb.active
ws.title = "Transposed"
ws.append(["unit", "XMA", "XMB"])
ws.append(["period", 2026, 2026])
ws.append(["a1", 0.5, 1])
ws.append(["c1", 0.25, "abc"])
ws2 = wb.create_sheet("TwoRowHeader")
ws2.append(["Unit", "Year", "Access", None, "Conditions"])
ws2.merge_cells("C1:D1")
ws2.append([None, None, "item\na1", "note", "item c1"])
ws2.append(["XMA", 2026, 0.5, "x", 0.25])
ws3 = wb.create_sheet("Integrity")
for r in [
    ["unit", "XMA", "XMB"],
    ["period", "2026", "2026"],
    ["L1", 100, 40],
    ["L2", 80, "n/a"],
    ["P1", 20, 60],
    ["P2", "n/a", 60],
    ["B1.law", 60, 50],
    ["B1.practice", 40, 50],
    ["B2.law", 40, "n/a"],
    ["B2.practice", 40, 10],
    ["L3", 30, 70],
]:
    ws3.append(r)
wb.save(out + "/synthetic-layouts.xlsx")
