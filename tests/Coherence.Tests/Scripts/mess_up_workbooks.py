#!/usr/bin/env python3
"""Does to Coherence workbooks what teams do: inserts a column and rows, reverses the order of the rows,
adds a sheet, notes and colours. The import must not care.

Usage: mess_up_workbooks.py IN.xlsx OUT.xlsx [IN.xlsx OUT.xlsx ...]
"""
import sys

import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import PatternFill


def mess(source, target):
    workbook = openpyxl.load_workbook(source)
    hidden = {"_coherence", "_rubric"}
    groups = [ws for ws in workbook.worksheets if ws.title not in hidden and ws.cell(row=3, column=1).value == "indicator"]
    for sheet in groups:
        first = 5
        last = sheet.max_row
        rows = [[sheet.cell(row=r, column=c).value for c in range(1, sheet.max_column + 1)] for r in range(first, last + 1)]
        rows.reverse()
        for offset, values in enumerate(rows):
            for column, value in enumerate(values, start=1):
                sheet.cell(row=first + offset, column=column).value = value
        sheet.insert_cols(2)
        sheet.cell(row=4, column=2).value = "Responsable"
        sheet.insert_rows(5, amount=2)
        sheet.cell(row=5, column=1).value = "Fila añadida por el equipo"
        sheet.cell(row=sheet.max_row + 2, column=1).value = "Revisado el 3 de marzo"
        sheet.cell(row=4, column=1).comment = Comment("Comentario del equipo", "Equipo")
        sheet.cell(row=4, column=1).fill = PatternFill("solid", fgColor="FFFF00")
    extra = workbook.create_sheet("Notas del equipo")
    extra["A1"] = "indicator"
    extra["A2"] = "H1"
    extra["B2"] = "Plena"
    workbook.save(target)


def main():
    arguments = sys.argv[1:]
    for index in range(0, len(arguments), 2):
        mess(arguments[index], arguments[index + 1])
    print("messed up %d workbooks" % (len(arguments) // 2))


if __name__ == "__main__":
    main()
