#!/usr/bin/env python3
"""Generates the hostile-input corpus of docs/limits.md into a folder: nothing of it is committed.

usage: make_corpus.py OUT_DIR WORKBOOK.xlsx
WORKBOOK.xlsx is a fresh `coherence workbook new` workbook, the base of the workbook cases.
Each case is a file name; cases.tsv lists: name, command (score|import|import-table|rubric), what it tests.
"""
import json
import os
import sys
import zipfile

out, base = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
cases = []


def case(name, command, what, data):
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)
    cases.append((name, command, what))


assessment = open(os.path.join(root, "rubrics/examples/XMA-2026.json"), "rb").read()
rubric = open(os.path.join(root, "rubrics/mesoamerica.yaml"), "rb").read()
at = assessment.index(b'"evidence"') + 14

# 1. Invalid UTF-8 and UTF-16 (JSON and YAML)
case("bad-utf8.json", "score", "invalid UTF-8 in an assessment", assessment[:at] + b"\xff\xfe" + assessment[at:])
case("utf16.json", "score", "UTF-16 assessment without BOM", assessment.decode("utf-8").encode("utf-16-le"))
case("bad-utf8-rubric.json", "rubric", "invalid UTF-8 in a JSON rubric", b'{"apiVersion": "coherence/v1", "kind": "Rubric", "metadata": {"id": "x\xc3\x28"}}')
line = rubric.index(b"\n", 2000)
case("bad-utf8.yaml", "rubric", "invalid UTF-8 in a YAML rubric", rubric[:line] + b" # \xc3\x28" + rubric[line:])
lines = rubric.split(b"\n")
lines[13] = b"\t" + lines[13]
case("tab.yaml", "rubric", "a tab in YAML indentation on line 14", b"\n".join(lines))
case("comments.json", "score", "JSON with comments and trailing commas (accepted)", b"// a comment\n" + assessment.rstrip()[:-1].rstrip() + b",\n}\n")

# 3. Messages that repeat the input; diagnostics per file
doc = json.loads(assessment)
first = {k: v for k, v in doc["responses"][0].items() if k in ("indicator", "group", "facet", "level", "status")}
doc["responses"] = [first] * 500_000
case("dups.json", "score", "500,000 duplicate responses", json.dumps(doc).encode())
stray = dict(first, colour="x")
doc["responses"] = [stray] * 400_000
case("unknown-keys.json", "score", "400,000 responses with an unknown key each", json.dumps(doc).encode())
case("bigcell.csv", "import-table", "one 50 MB cell", b"cntry,year,x\nAT,2010," + b"z" * 50_000_000 + b"\n")
case("unknown-value.json", "score", "a 1 MB unknown level", assessment.replace(b'"level": "', b'"level": "' + b"q" * 1_000_000, 1))

# 4/5. CSV encodings and separators
case("nul.csv", "import-table", "NUL inside a number", b"cntry,year,x\nAT,2010,1\x00\n")
case("utf16.csv", "import-table", "UTF-16 CSV without BOM", "cntry,year,x\nAT,2010,1\n".encode("utf-16-le"))
case("mixed.csv", "import-table", "; and tabs mixed", b'cntry;year;x\n"AT"\t2010;1\n')

# 7. Slow: 200,000 unknown columns
case("wide.csv", "import-table", "200,000 unknown columns", b"cntry,year," + b",".join(b"c%d" % i for i in range(200_000)) + b"\nAT,2010" + b",1" * 200_000 + b"\n")


def workbook(name, what, replace):
    """A copy of the base workbook with some entries replaced (name -> bytes or a writer function)."""
    path = os.path.join(out, name)
    with zipfile.ZipFile(base) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            if item.filename in replace:
                continue
            dst.writestr(item, src.read(item.filename))
        for entry, data in replace.items():
            if callable(data):
                with dst.open(entry, "w", force_zip64=True) as f:
                    data(f)
            else:
                dst.writestr(entry, data)
    cases.append((name, "import", what))


def rows(count, cells=1, text=b"1", numbered=True):
    def write(f):
        f.write(b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
        chunk = []
        for r in range(1, count + 1):
            chunk.append((b'<row r="%d">' % r if numbered else b"<row>") + b"".join(b'<c t="inlineStr"><is><t>%s</t></is></c>' % text for _ in range(cells)) + b"</row>")
            if len(chunk) == 10_000:
                f.write(b"".join(chunk))
                chunk = []
        f.write(b"".join(chunk) + b"</sheetData></worksheet>")
    return write


# 2. Memory bombs: a group sheet that inflates to 2 GB of tiny rows, 200 MB, a million plain rows, a wide row
workbook("bomb-2g.xlsx", "group sheet inflating to 2 GB", {"xl/worksheets/sheet2.xml": rows(40_000_000, numbered=False)})
workbook("bomb-200m.xlsx", "group sheet inflating to 200 MB", {"xl/worksheets/sheet2.xml": rows(4_000_000, numbered=False)})
workbook("rows-1m.xlsx", "a 1,000,000-row sheet", {"xl/worksheets/sheet2.xml": rows(1_000_000)})
workbook("wide-row.xlsx", "a row of 20,000 cells", {"xl/worksheets/sheet2.xml": rows(1, cells=20_000)})
# 5. DTD and external entity
xxe = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&e;</t></si></sst>'
workbook("xxe.xlsx", "an external entity in sharedStrings", {"xl/sharedStrings.xml": xxe})

with open(os.path.join(out, "cases.tsv"), "w") as f:
    for name, command, what in cases:
        f.write(f"{name}\t{command}\t{what}\n")
