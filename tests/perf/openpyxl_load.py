#!/usr/bin/env python3
"""Loads every workbook of a folder with openpyxl and reads every cell value: the baseline the import is measured against.

Usage: openpyxl_load.py FOLDER [--read-only]
Prints the number of files, of non-empty cells and the seconds taken (the interpreter's start excluded).
"""
import os
import sys
import time

import openpyxl


def main():
    folder = sys.argv[1]
    read_only = "--read-only" in sys.argv
    files = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".xlsx"))
    started = time.perf_counter()
    cells = 0
    for path in files:
        workbook = openpyxl.load_workbook(path, read_only=read_only)
        for sheet in workbook.worksheets:
            for row in sheet.iter_rows(values_only=True):
                cells += sum(1 for value in row if value is not None)
        workbook.close()
    elapsed = time.perf_counter() - started
    print("%d files, %d cells, %.2f s" % (len(files), cells, elapsed))


if __name__ == "__main__":
    main()
