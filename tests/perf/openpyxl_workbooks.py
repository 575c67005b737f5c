#!/usr/bin/env python3
"""Writes one rubric workbook per row of a CSV list with openpyxl, as a user without Coherence would.

The workbooks have what `coherence workbook new --batch` writes: an instructions sheet with the
metadata cells, a sheet for the whole country and one per migrant group (key row, header row,
dimension rows, one row per indicator with the question and the full level texts of law and
practice), drop-down lists for levels and confidence on the answer cells, unlocked answer cells
and protected sheets, wrapped text, column widths, frozen headers, print titles and landscape
pages, a progress sheet with formulas, and a sheet of descriptors.

Usage: openpyxl_workbooks.py rubric.yaml list.csv out-dir
       openpyxl_workbooks.py --answer-cells dir   (prints, per workbook, the answer cells it finds)
"""
import csv
import os
import sys

import yaml
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

HEADERS = {
    "es": ["ID", "Dimensión", "Indicador", "Pregunta (Ley)", "Niveles (Ley)", "Nivel (Ley)", "Evidencia (Ley)",
           "Fuentes, una por línea", "Confianza (Ley)", "Notas (Ley)", "Pregunta (Práctica)", "Niveles (Práctica)",
           "Nivel (Práctica)", "Evidencia (Práctica)", "Fuentes, una por línea", "Confianza (Práctica)", "Notas (Práctica)"],
    "en": ["ID", "Dimension", "Indicator", "Question (Law)", "Levels (Law)", "Level (Law)", "Evidence (Law)",
           "Sources, one per line", "Confidence (Law)", "Notes (Law)", "Question (Practice)", "Levels (Practice)",
           "Level (Practice)", "Evidence (Practice)", "Sources, one per line", "Confidence (Practice)", "Notes (Practice)"],
}
KEYS = ["indicator", "dimension", "name"] + [f"{f}.{c}" for f in ("law", "practice")
                                             for c in ("question", "levels", "level", "evidence", "sources", "confidence", "notes")]
WIDTHS = [9, 18, 22, 36, 60, 16, 30, 22, 12, 22, 36, 60, 16, 30, 22, 12, 22]
ANSWER_COLUMNS = [6, 7, 8, 9, 10, 13, 14, 15, 16, 17]
COUNTRY = {"es": "Todo el país", "en": "Whole country"}
CONFIDENCE = {"es": ["alta", "media", "baja"], "en": ["high", "medium", "low"]}
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
DIMENSION_FILL = PatternFill("solid", fgColor="D9E2F3")
ANSWER_FILL = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="top")


def indicators(dimensions, parent=None):
    for d in dimensions:
        for i in d.get("indicators") or []:
            yield d, i
        yield from indicators(d.get("dimensions") or [], d)


def write(rubric, row, out_dir):
    spec, lang = rubric["spec"], (row.get("language") or rubric["metadata"]["languages"][0])
    scales = {s["id"]: s for s in spec["scales"]}
    facet_scale = {f["id"]: scales[f["scale"]] for f in spec["facets"]}
    t = lambda text: text.get(lang) or text.get("en") if isinstance(text, dict) else text
    wb = Workbook()
    info = wb.active
    info.title = "Instrucciones" if lang == "es" else "Instructions"
    info["A1"] = t(rubric["metadata"]["title"])
    info["A1"].font = Font(bold=True, size=14)
    info["A3"] = t(rubric["metadata"]["description"])
    info["A3"].alignment = WRAP
    info.column_dimensions["A"].width = 28
    info.column_dimensions["B"].width = 60
    for r, (label, value) in enumerate([("País", row.get("name") or row["country"]), ("Código", row["country"]),
                                        ("Período", row["period"]), ("Responsable", row.get("assessor") or ""),
                                        ("Organización", ""), ("Función", "")], start=7):
        info.cell(r, 1, label).font = Font(bold=True)
        cell = info.cell(r, 2, value)
        cell.protection = Protection(locked=False)
        cell.fill = ANSWER_FILL
    for name, ref in (("Coherence_Country", "$B$8"), ("Coherence_Period", "$B$9"), ("Coherence_AssessorName", "$B$10")):
        wb.defined_names.append(DefinedName(name, attr_text=f"'{info.title}'!{ref}"))
    info.protection.sheet = True

    lists = wb.create_sheet("_lists")
    for c, (facet, scale) in enumerate(facet_scale.items(), start=1):
        for r, level in enumerate(scale["levels"], start=1):
            lists.cell(r, c, f"{r} {t(level['label'])}")
        letter = get_column_letter(c)
        wb.defined_names.append(DefinedName(f"Levels_{facet}", attr_text=f"'_lists'!${letter}$1:${letter}${len(scale['levels'])}"))
    lists.sheet_state = "veryHidden"

    groups = [(None, COUNTRY[lang])] + [(g["id"], t(g["name"])[:31].rstrip()) for g in spec["groups"]]
    all_indicators = list(indicators(spec["dimensions"]))
    descriptors = []
    progress = []
    for group, title in groups:
        ws = wb.create_sheet(title)
        ws["A1"] = f"{title} — {row.get('name') or row['country']} {row['period']}"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "Elija un nivel en las listas; escriba la evidencia y las fuentes." if lang == "es" else "Choose a level from the lists; write the evidence and the sources."
        for c, key in enumerate(KEYS, start=1):
            ws.cell(3, c, key)
        ws.row_dimensions[3].hidden = True
        for c, (header, width) in enumerate(zip(HEADERS[lang], WIDTHS), start=1):
            cell = ws.cell(4, c, header)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = HEADER_FILL
            cell.alignment = WRAP
            ws.column_dimensions[get_column_letter(c)].width = width
        levels = {f: DataValidation(type="list", formula1=f"Levels_{f}", allow_blank=True, showErrorMessage=True, errorStyle="stop") for f in facet_scale}
        confidence = DataValidation(type="list", formula1='"' + ",".join(CONFIDENCE[lang]) + '"', allow_blank=True)
        for dv in list(levels.values()) + [confidence]:
            ws.add_data_validation(dv)
        r, last_dimension, first = 5, None, 5
        for dimension, indicator in all_indicators:
            applies = indicator.get("groups")
            if group is None and indicator.get("scope") != "country":
                continue
            if group is not None and (indicator.get("scope") == "country" or (applies and group not in applies)):
                continue
            if dimension["id"] != last_dimension:
                ws.cell(r, 1, t(dimension["name"])).font = Font(bold=True)
                for c in range(1, 18):
                    ws.cell(r, c).fill = DIMENSION_FILL
                ws.row_breaks.append(__import__("openpyxl").worksheet.pagebreak.Break(id=r - 1)) if last_dimension else None
                last_dimension, r = dimension["id"], r + 1
            ws.cell(r, 1, indicator["id"])
            ws.cell(r, 2, t(dimension["name"]))
            ws.cell(r, 3, t(indicator["name"]))
            for offset, facet in ((4, "law"), (11, "practice")):
                f = indicator["facets"][facet]
                scale = facet_scale[facet]
                texts = "\n".join(f"{n} {t(l['label'])}: {t(f['levels'][l['id']])}" for n, l in enumerate(scale["levels"], start=1))
                ws.cell(r, offset, t(f["question"]))
                ws.cell(r, offset + 1, texts)
                levels[facet].add(ws.cell(r, offset + 2))
                confidence.add(ws.cell(r, offset + 5))
                descriptors.append((indicator["id"], facet, texts))
            for c in range(1, 18):
                ws.cell(r, c).alignment = WRAP
            for c in ANSWER_COLUMNS:
                ws.cell(r, c).protection = Protection(locked=False)
                ws.cell(r, c).fill = ANSWER_FILL
            ws.row_dimensions[r].height = 15 * max(5, len(texts) // 60)
            r += 1
        ws.freeze_panes = "D5"
        ws.print_title_rows = "4:4"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_LETTER
        ws.protection.sheet = True
        progress.append((title, first, r - 1))

    summary = wb.create_sheet("Progreso" if lang == "es" else "Progress")
    for i, (title, first, last) in enumerate(progress, start=2):
        summary.cell(i, 1, title)
        summary.cell(i, 2, f"=COUNTA('{title}'!F{first}:F{last})+COUNTA('{title}'!M{first}:M{last})")
        summary.cell(i, 3, f"=COUNTA('{title}'!A{first}:A{last})*2")
    summary.protection.sheet = True
    desc = wb.create_sheet("Descriptores" if lang == "es" else "Descriptors")
    for i, (indicator, facet, texts) in enumerate(descriptors, start=1):
        desc.cell(i, 1, indicator)
        desc.cell(i, 2, facet)
        desc.cell(i, 3, texts).alignment = WRAP
    desc.column_dimensions["C"].width = 100
    desc.protection.sheet = True
    name = row.get("output") or f"{row['country']}-{row['period']}.xlsx"
    path = os.path.join(out_dir, name)
    wb.save(path + ".tmp")
    os.replace(path + ".tmp", path)


def answer_cells(path):
    """The (answer sheet, indicator, facet) of every level drop-down.

    Answer sheets are numbered in order (whole country first, then each group in the rubric's order) rather than
    named: each side names its tabs in its own words (the tool shortens long group names to stay legible in 31
    characters), and what must match is which question is asked on which sheet.
    """
    wb = load_workbook(path)
    found = set()
    sheet = 0
    for ws in wb.worksheets:
        keys = {c.value: c.column for c in ws[3] if c.value}
        cells = set()
        for dv in ws.data_validations.dataValidation:
            for rng in dv.sqref.ranges:
                for r in range(rng.min_row, rng.max_row + 1):
                    for c in range(rng.min_col, rng.max_col + 1):
                        facet = next((k.split(".")[0] for k, col in keys.items() if col == c and k.endswith(".level")), None)
                        if facet:
                            cells.add((ws.cell(r, 1).value, facet))
        if cells:
            sheet += 1
            found.update((sheet, indicator, facet) for indicator, facet in cells)
    return found


if __name__ == "__main__":
    if sys.argv[1] == "--answer-cells":
        import hashlib
        for name in sorted(os.listdir(sys.argv[2])):
            cells = sorted(answer_cells(os.path.join(sys.argv[2], name)))
            print(name, len(cells), hashlib.sha256(repr(cells).encode("utf-8")).hexdigest()[:16])
        sys.exit(0)
    rubric = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
    os.makedirs(sys.argv[3], exist_ok=True)
    with open(sys.argv[2], encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            write(rubric, row, sys.argv[3])
