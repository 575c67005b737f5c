"""Renames a worksheet with openpyxl, which leaves defined names pointing at the old name (Excel and LibreOffice update them)."""
import sys

import openpyxl

source, target, old, new = sys.argv[1:5]
book = openpyxl.load_workbook(source)
book[old].title = new
book.save(target)
