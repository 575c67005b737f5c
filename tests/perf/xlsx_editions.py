"""Perf helper for tests/perf/import-table-xlsx.sh.

make <impic2016.csv> <out.xlsx>: every year of the IMPIC file on its own sheet, under a title row (header in row 3).
tocsv <in.xlsx> <out.csv>: what a user would otherwise script: openpyxl reads every sheet and writes one CSV table.
"""
import csv, sys
from openpyxl import Workbook, load_workbook

if sys.argv[1] == "make":
    rows = list(csv.reader(open(sys.argv[2], encoding="utf-8")))
    header, body = rows[0], rows[1:]
    year = header.index("year")
    wb = Workbook()
    wb.remove(wb.active)
    for edition in sorted({r[year] for r in body}):
        ws = wb.create_sheet(edition)
        ws.append(["IMPIC 2016 release, edition " + edition])
        ws.append([])
        ws.append(header)
        for r in body:
            if r[year] == edition:
                cells = []
                for v in r:
                    try:
                        cells.append(float(v))
                    except ValueError:
                        cells.append(None if v == "" else v)
                ws.append(cells)
    wb.save(sys.argv[3])
else:
    wb = load_workbook(sys.argv[2], read_only=True, data_only=True)
    with open(sys.argv[3], "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        first = True
        for ws in wb.worksheets:
            for i, row in enumerate(ws.iter_rows(min_row=3, values_only=True)):
                if i == 0 and not first:
                    continue
                if all(v is None for v in row):
                    continue
                out.writerow(["" if v is None else (repr(v) if isinstance(v, float) else v) for v in row])
            first = False
