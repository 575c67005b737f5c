#!/usr/bin/env python3
"""Writes N synthetic, valid assessments of a rubric (by default the bundled Mesoamerica rubric).

Usage: make-assessments.py N OUTDIR [--seed S] [--rubric ID_OR_PATH]

Each file is one fictitious country and period: user-assigned codes XAA..XZZ and periods
2000..2099, never two files with the same (country, period). Answers are drawn around a
profile per country and top-level dimension, with realistic noise: unknown answers, blank
cells, cells marked not applicable (now and then for one facet only), a group or a dimension
left unassessed in some files, and evidence texts of 100-400 characters. Continuous scales
(for instance IMPIC's) get values on [min, max]. The same seed writes the same files, and
file i does not depend on N (a smaller N writes a subset of a larger one).

Needs Debian's python3-yaml and python3-numpy only.
"""
import argparse
import json
import os
import sys

import numpy as np
import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
COUNTRIES = ["X" + a + b for a in LETTERS for b in LETTERS]  # 676 user-assigned codes
MAX_PERIODS = 100  # 2000..2099

# Rates of the answer kinds, per facet cell.
UNKNOWN = 0.03
BLANK = 0.05
NOT_APPLICABLE = 0.02          # both facets of the indicator and group
ONE_FACET_NOT_APPLICABLE = 0.003
SKIP_GROUP = 0.04              # a whole group left unassessed in a file
EMPTY_DIMENSION = 0.03         # a whole top-level dimension left blank for some groups
EVIDENCE = 0.9                 # share of answers that carry evidence
SOURCES = 0.3
NOTES = 0.05

FRAGMENTS_ES = [
    "Artículo {n} de la Ley de Migración y su reglamento, publicado en el diario oficial en {y}",
    "informe anual de la defensoría del pueblo ({y}), capítulo {n}, sobre la atención a personas migrantes",
    "presupuesto ejecutado del programa al {p} % según la cuenta pública {y}",
    "entrevistas con {n} funcionarias y funcionarios de oficinas locales de migración",
    "registros administrativos del instituto de migración, serie {y}, cuadro {n}",
    "protocolo interinstitucional firmado en {y}; no se encontró evidencia de su aplicación en {n} de los casos revisados",
    "acuerdo ministerial {n}/{y} y circular operativa de la dirección general",
    "visita de campo a {n} albergues y puntos fronterizos durante {y}",
    "sentencia de la sala constitucional {n}-{y} que reconoce el derecho",
    "encuesta a {n} personas usuarias de los servicios, levantada en {y}",
]
FRAGMENTS_EN = [
    "Section {n} of the migration act and its regulations, published in the official gazette in {y}",
    "annual report of the ombudsperson ({y}), chapter {n}, on services for migrants",
    "programme budget executed at {p}% according to the {y} public accounts",
    "interviews with {n} officials of local migration offices",
    "administrative records of the migration institute, {y} series, table {n}",
    "inter-agency protocol signed in {y}; no evidence of its use was found in {n} of the cases reviewed",
]


def load_rubric(spec):
    if os.path.isfile(spec):
        path = spec
    else:
        path = None
        folder = os.path.join(ROOT, "rubrics")
        for name in sorted(os.listdir(folder)):
            if name.endswith((".yaml", ".yml", ".json")):
                candidate = os.path.join(folder, name)
                with open(candidate, encoding="utf-8") as f:
                    doc = yaml.safe_load(f)
                if isinstance(doc, dict) and doc.get("kind") == "Rubric" and doc["metadata"]["id"] == spec:
                    path = candidate
                    break
        if path is None:
            sys.exit("no bundled rubric with id '%s'" % spec)
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


def cells_of(rubric):
    """(top-level dimension index, indicator, group, facet, scale) for every applicable facet cell, in rubric order."""
    spec = rubric["spec"]
    facets = spec.get("facets") or [{"id": "law", "scale": None}, {"id": "practice", "scale": None}]
    scales = {s["id"]: s for s in spec.get("scales", [])}
    groups = [g["id"] for g in spec["groups"]]
    tops = [d["id"] for d in spec["dimensions"]]
    cells = []

    def walk(node, top):
        for d in node.get("dimensions", []) or []:
            walk(d, top)
        for ind in node.get("indicators", []) or []:
            for g in ind.get("groups") or groups:
                for facet in facets:
                    fid = facet["id"]
                    scale = ((ind.get("facets") or {}).get(fid) or {}).get("scale") or facet.get("scale")
                    cells.append((top, ind["id"], g, fid, scales[scale]))

    for t, d in enumerate(spec["dimensions"]):
        walk(d, t)
    return cells, [f["id"] for f in facets], groups, tops


def evidence_pool(rng, size=4096):
    pool = []
    for _ in range(size):
        frags = FRAGMENTS_ES if rng.random() < 0.8 else FRAGMENTS_EN
        target = int(rng.integers(100, 401))
        text = ""
        while True:
            frag = frags[int(rng.integers(len(frags)))].format(
                n=int(rng.integers(2, 400)), y=int(rng.integers(1990, 2026)), p=int(rng.integers(5, 100)))
            candidate = (text + "; " + frag) if text else frag[0].upper() + frag[1:]
            if len(candidate) + 1 > target and text:
                break
            text = candidate
            if len(text) >= target:
                break
        text = text[:400].rstrip() + "."
        if len(text) < 100:
            text = (text + " Véase también el anexo metodológico del informe y la base de datos pública.")[:400]
        pool.append(json.dumps(text, ensure_ascii=False))
    return pool


def place(i):
    """File i's country and period: blocks of 20 periods per country (11 countries x 20 periods for
    N=220), the next 20 periods once all 676 codes are used; it does not depend on N."""
    block, rest = divmod(i, 20 * len(COUNTRIES))
    return COUNTRIES[rest // 20], str(2000 + 20 * block + rest % 20)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("n", type=int)
    ap.add_argument("outdir")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--rubric", default="mesoamerica-coherence", help="bundled rubric id or a rubric file")
    args = ap.parse_args()

    rubric = load_rubric(args.rubric)
    rid, rversion = rubric["metadata"]["id"], str(rubric["metadata"]["version"])
    cells, facets, groups, tops = cells_of(rubric)
    if args.n > len(COUNTRIES) * MAX_PERIODS:
        sys.exit("at most %d assessments (676 codes x 100 periods)" % (len(COUNTRIES) * MAX_PERIODS))
    os.makedirs(args.outdir, exist_ok=True)

    pool = evidence_pool(np.random.default_rng([args.seed, 0x5EED]))
    n_cells = len(cells)
    top_of = np.array([c[0] for c in cells])
    group_of = np.array([groups.index(c[2]) for c in cells])
    facet_of = np.array([facets.index(c[3]) for c in cells])
    prefix = ['{"indicator":"%s","group":"%s","facet":"%s",' % (c[1], c[2], c[3]) for c in cells]
    ordinal = [c[4].get("type", "ordinal") == "ordinal" for c in cells]
    n_levels = np.array([len(c[4]["levels"]) if o else 0 for c, o in zip(cells, ordinal)])
    level_json = [['"level":"%s"' % lv["id"] for lv in c[4]["levels"]] if o else None for c, o in zip(cells, ordinal)]
    lo = np.array([0.0 if o else float(c[4]["min"]) for c, o in zip(cells, ordinal)])
    hi = np.array([1.0 if o else float(c[4]["max"]) for c, o in zip(cells, ordinal)])
    is_ordinal = np.array(ordinal)
    # Cells come in facet order per indicator and group: first[k] is the first facet's cell of k's indicator and group.
    nf = len(facets)
    first = np.arange(n_cells) - np.arange(n_cells) % nf
    confidence = ['"low"', '"medium"', '"high"']
    assessors = ('[{"name":"Equipo sintético","organization":"Fictitious ministry","role":"government"},'
                 '{"name":"Synthetic reviewer","organization":"Fictitious observatory","role":"civil-society"}]')

    for i in range(args.n):
        country, period = place(i)
        rng = np.random.default_rng([args.seed, i])
        # Profile: a centre per top-level dimension and facet on the 0..1 scale of the scale's range.
        base = rng.uniform(0.1, 0.9, size=nf)
        centre = np.clip(base[None, :] + rng.normal(0, 0.2, size=(len(tops), nf)), 0, 1)
        u = rng.random(n_cells)
        noise = rng.normal(0, 0.18, size=n_cells)
        pos = np.clip(centre[top_of, facet_of] + noise, 0, 1)
        level_idx = np.minimum((pos * n_levels).astype(int), np.maximum(n_levels - 1, 0))
        value = lo + pos * (hi - lo)
        both_na = rng.random(n_cells)[first]  # one draw per indicator and group
        ev = rng.integers(len(pool), size=n_cells)
        extra = rng.random((n_cells, 3))
        conf = rng.integers(3, size=n_cells)
        skipped_groups = set(np.flatnonzero(rng.random(len(groups)) < SKIP_GROUP))
        empty_tops = set(np.flatnonzero(rng.random(len(tops)) < EMPTY_DIMENSION))
        empty_groups = set(np.flatnonzero(rng.random(len(groups)) < 0.5))

        parts = []
        for k in range(n_cells):
            g = group_of[k]
            if g in skipped_groups or (top_of[k] in empty_tops and g in empty_groups):
                continue
            if both_na[k] < NOT_APPLICABLE:
                parts.append(prefix[k] + '"status":"not-applicable"}')
                continue
            r = u[k]
            if r < ONE_FACET_NOT_APPLICABLE:
                parts.append(prefix[k] + '"status":"not-applicable"}')
                continue
            if r < ONE_FACET_NOT_APPLICABLE + UNKNOWN:
                body = prefix[k] + '"status":"unknown"'
                if extra[k, 2] < 0.3:
                    body += ',"notes":"No se encontró información pública ni respuesta de la institución."'
                parts.append(body + "}")
                continue
            if r < ONE_FACET_NOT_APPLICABLE + UNKNOWN + BLANK:
                continue
            if is_ordinal[k]:
                body = prefix[k] + level_json[k][level_idx[k]]
            else:
                body = prefix[k] + '"value":' + repr(float(round(value[k], 4)))
            if extra[k, 0] < EVIDENCE:
                body += ',"evidence":' + pool[ev[k]]
            if extra[k, 1] < SOURCES:
                body += ',"sources":["https://example.org/fuentes/%s/%s/%d"]' % (country, period, k)
            if extra[k, 2] < NOTES:
                body += ',"notes":"Dato a confirmar con la contraparte técnica."'
            parts.append(body + ',"confidence":' + confidence[conf[k]] + "}")

        doc = ('{"$schema":"https://coherence-toolkit.github.io/schema/assessment.schema.json",'
               '"apiVersion":"coherence/v1","kind":"Assessment",'
               '"country":"%s","countryName":"Synthetic country %s (fictitious)","period":"%s","language":"es",'
               '"rubric":{"id":"%s","version":"%s"},"assessors":%s,'
               '"notes":"Synthetic assessment for performance tests; not a rating of any country.",'
               '"responses":[\n%s\n]}\n') % (country, country, period, rid, rversion, assessors, ",\n".join(parts))
        with open(os.path.join(args.outdir, "%s-%s.json" % (country, period)), "w", encoding="utf-8", newline="\n") as f:
            f.write(doc)


if __name__ == "__main__":
    main()
