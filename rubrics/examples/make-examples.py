#!/usr/bin/env python3
"""Writes the example assessments in this folder from the bundled Mesoamerica rubric.

The countries are fictitious (user-assigned ISO codes XMA, XMB, ...). Their answers are
drawn from fixed profiles with a fixed seed, so that the examples show every gap class,
missing data, a group left unassessed and a dimension with insufficient data; country E is
assessed twice, by its government and by civil society, for agreement and reconciliation. They
are illustrations of the tool, not ratings of any real country.

Indicators of version 1.0.0 draw their answers from one stream per profile, in rubric order, as
they always did; every indicator added later draws from a stream of its own, so that adding
indicators never changes the answers to the others. Indicators added later that ask about the
country as a whole (scope: country) are answered once, with group "*", except in a profile that
leaves a group unassessed, which answers them per group like the older ones.

Usage: python3 rubrics/examples/make-examples.py   (needs PyYAML)
"""
import json
import os
import random
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
RUBRIC = yaml.safe_load(open(os.path.join(HERE, "..", "mesoamerica.yaml"), encoding="utf-8"))
SPEC = RUBRIC["spec"]
LAW = [l["id"] for l in next(s for s in SPEC["scales"] if s["id"] == "provision")["levels"]]
PRACTICE = [l["id"] for l in next(s for s in SPEC["scales"] if s["id"] == "implementation")["levels"]]
GROUPS = [g["id"] for g in SPEC["groups"]]


def indicators(node, top=None):
    for d in node.get("dimensions", []):
        yield from indicators(d, top or d["id"])
    for i in node.get("indicators", []):
        yield top, i


# Indicators that version 1.0.0 did not have: each gets its own random stream (see above).
ADDED_AFTER_1_0 = {
    "RCP-06", "LOC-06", "PAR-06", "PAR-07", "COP-06",
    "CHI-01", "CHI-02", "CHI-03", "BOR-01", "BOR-02", "BOR-03", "DSP-01", "DSP-02",
    "NAT-01", "NAT-02", "NAT-03", "NAT-04", "NAT-05", "DIV-01", "DIV-02", "DIV-03",
}


def pick(rng, centre):
    # Mostly the profile's level, sometimes one step either side.
    step = 0 if rng.random() < 0.6 else rng.choice([-1, 1])
    return max(0, min(4, centre + step))


# Each profile: (law level centre, practice level centre) per top-level dimension, with overrides.
PROFILES = {
    "XMA": dict(name={"es": "País de ejemplo A (ficticio)", "en": "Example country A (fictitious)"}, period="2026", law=3, practice=1, seed=11,
                notes="Fictitious example: advanced laws, weak implementation (implementation gaps)."),
    "XMA-2025": dict(code="XMA", name={"es": "País de ejemplo A (ficticio)", "en": "Example country A (fictitious)"}, period="2025", law=3, practice=1, seed=7,
                     notes="Fictitious example: the previous round of country A, for comparisons across periods.",
                     shift={"practice": -1}),
    "XMB": dict(name={"es": "País de ejemplo B (ficticio)", "en": "Example country B (fictitious)"}, period="2026", law=3, practice=3, seed=12,
                notes="Fictitious example: laws applied (coherent-high), practice ahead of law at local level.",
                dims={"local": (1, 3), "participation": (1, 3), "reception": (2, 4)}),
    "XMC": dict(name={"es": "País de ejemplo C (ficticio)", "en": "Example country C (fictitious)"}, period="2026", law=1, practice=1, seed=13,
                notes="Fictitious example: little law and little practice (coherent-low), much missing data.",
                unknown=0.10, empty_dims={"data"}),
    "XMD": dict(name={"es": "País de ejemplo D (ficticio)", "en": "Example country D (fictitious)"}, period="2026", law=2, practice=2, seed=14,
                notes="Fictitious example: mixed picture; emigrants were not assessed.",
                skip_groups={"emigrants"}, dims={"asylum": (4, 1), "due-process": (3, 0), "integration": (1, 3)}),
}

EVIDENCE_LAW = [
    "Ejemplo ilustrativo: artículo {n} de la ley de migración (país ficticio).",
    "Ejemplo ilustrativo: reglamento publicado en el diario oficial, sección {n}.",
    "Ejemplo ilustrativo: acuerdo ministerial {n}/2025.",
]
EVIDENCE_PRACTICE = [
    "Ejemplo ilustrativo: informe de la defensoría del pueblo, capítulo {n}.",
    "Ejemplo ilustrativo: presupuesto ejecutado al {n}0 %.",
    "Ejemplo ilustrativo: visita a {n} oficinas locales; registros administrativos.",
]


def answer(rng, p, ind, group, top):
    law_c, practice_c = p.get("dims", {}).get(top, (p["law"], p["practice"]))
    practice_c += p.get("shift", {}).get("practice", 0)
    responses = []
    for facet, centre, levels, evidence in (("law", law_c, LAW, EVIDENCE_LAW), ("practice", practice_c, PRACTICE, EVIDENCE_PRACTICE)):
        roll = rng.random()
        if roll < p.get("unknown", 0.03):
            responses.append(dict(indicator=ind["id"], group=group, facet=facet, status="unknown"))
            continue
        if roll < p.get("unknown", 0.03) + 0.05:
            continue  # left blank: lowers coverage
        response = dict(indicator=ind["id"], group=group, facet=facet, level=levels[pick(rng, max(0, min(4, centre)))])
        response["evidence"] = rng.choice(evidence).format(n=rng.randint(2, 99))
        response["confidence"] = rng.choice(["low", "medium", "high"])
        responses.append(response)
    return responses


def make(key, p):
    rng = random.Random(p["seed"])
    code = p.get("code", key)
    responses = []
    for top, ind in indicators(SPEC):
        groups = [g for g in ind.get("groups", GROUPS) if g not in p.get("skip_groups", set())]
        if top in p.get("empty_dims", set()):
            groups = [g for g in groups if g not in ("transit", "returnees", "asylum")]
        if ind["id"] not in ADDED_AFTER_1_0:
            for group in groups:
                responses += answer(rng, p, ind, group, top)
            continue
        own = random.Random(f"{p['seed']}-{ind['id']}")
        if ind.get("scope") == "country" and not p.get("skip_groups") and groups:
            responses += answer(own, p, ind, "*", top)
        else:
            for group in groups:
                responses += answer(own, p, ind, group, top)
    return {
        "$schema": "../schema/assessment.schema.json",
        "apiVersion": "coherence/v1",
        "kind": "Assessment",
        "country": code,
        "countryName": p["name"],
        "period": p["period"],
        "language": "es",
        "rubric": {"id": RUBRIC["metadata"]["id"], "version": RUBRIC["metadata"]["version"]},
        "assessors": [{"name": "Equipo de ejemplo", "organization": "Fictitious ministry", "role": "government"}],
        "notes": p["notes"],
        "responses": responses,
    }


def write(doc, name):
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(path, len(doc["responses"]), "responses")


# --- Several assessors: one country assessed by its government and by civil society -------------
# Kept apart from the profiles above so that the rubric's examples can be regenerated on their own.

ASSESSOR_TEAMS = {
    "government": dict(name="Equipo de ejemplo del ministerio", organization="Fictitious ministry of the interior",
                       notes="Fictitious example: the government's self-assessment of country E.",
                       evidence_law=EVIDENCE_LAW,
                       evidence_practice=[
                           "Ejemplo ilustrativo: informe anual del ministerio, sección {n}.",
                           "Ejemplo ilustrativo: protocolo de atención {n}/2024.",
                           "Ejemplo ilustrativo: registros administrativos del instituto de migración, cuadro {n}.",
                       ]),
    "civil-society": dict(name="Equipo de ejemplo de la red", organization="Fictitious network of migrant-rights organisations",
                          notes="Fictitious example: the civil-society assessment of country E, beside the government's.",
                          evidence_law=EVIDENCE_LAW,
                          evidence_practice=[
                              "Ejemplo ilustrativo: monitoreo de {n} casos acompañados por la red.",
                              "Ejemplo ilustrativo: testimonios recogidos en {n} albergues.",
                              "Ejemplo ilustrativo: solicitudes de información pública sin respuesta ({n}).",
                          ]),
}

# Where civil society sees practice fall short of what the government reports: people in transit and asylum
# seekers, detention and due process, reception. On the law the two mostly agree: both read the same texts.
STRICTER_GROUPS = {"transit", "asylum"}
STRICTER_DIMS = {"due-process", "asylum", "reception", "regularization"}


def make_assessor_examples():
    """Writes XME-2026-government.json and XME-2026-civil-society.json: the same country and period, two teams."""
    truth = random.Random(15)
    rng = {"government": random.Random(16), "civil-society": random.Random(17)}
    dims = {"asylum": (3, 2), "due-process": (3, 1), "local": (2, 2), "data": (2, 1), "information": (2, 2)}
    responses = {team: [] for team in ASSESSOR_TEAMS}
    for top, ind in indicators(SPEC):
        # An indicator about the country as a whole is answered once, with group "*", by both teams.
        for group in ["*"] if ind.get("scope") == "country" else ind.get("groups", GROUPS):
            law_c, practice_c = dims.get(top, (3, 2))
            law = pick(truth, law_c)
            practice = pick(truth, practice_c)
            for team, profile in ASSESSOR_TEAMS.items():
                r = rng[team]
                if team == "government":
                    team_law = law
                    # A self-assessment gives practice the benefit of the doubt now and then.
                    team_practice = min(4, practice + (1 if r.random() < 0.25 else 0))
                else:
                    team_law = law if r.random() < 0.85 else max(0, min(4, law + r.choice([-1, 1])))
                    strict = group in STRICTER_GROUPS or top in STRICTER_DIMS
                    roll = r.random()
                    drop = (2 if roll < 0.15 else 1 if roll < 0.7 else 0) if strict else (1 if roll < 0.2 else 0)
                    team_practice = max(0, practice - drop)
                for facet, level, levels, evidence in (("law", team_law, LAW, profile["evidence_law"]), ("practice", team_practice, PRACTICE, profile["evidence_practice"])):
                    roll = r.random()
                    if roll < 0.02:
                        responses[team].append(dict(indicator=ind["id"], group=group, facet=facet, status="unknown"))
                        continue
                    if roll < 0.04:
                        continue  # left blank
                    response = dict(indicator=ind["id"], group=group, facet=facet, level=levels[level])
                    response["evidence"] = r.choice(evidence).format(n=r.randint(2, 99))
                    response["confidence"] = r.choice(["medium", "high"] if team == "government" else ["low", "medium", "high"])
                    responses[team].append(response)
    for team, profile in ASSESSOR_TEAMS.items():
        doc = {
            "$schema": "../schema/assessment.schema.json",
            "apiVersion": "coherence/v1",
            "kind": "Assessment",
            "country": "XME",
            "countryName": {"es": "País de ejemplo E (ficticio)", "en": "Example country E (fictitious)"},
            "period": "2026",
            "language": "es",
            "rubric": {"id": RUBRIC["metadata"]["id"], "version": RUBRIC["metadata"]["version"]},
            "assessors": [{"name": profile["name"], "organization": profile["organization"], "role": team}],
            "notes": profile["notes"],
            "responses": responses[team],
        }
        write(doc, f"XME-2026-{team}.json")


for key, profile in PROFILES.items():
    doc = make(key, profile)
    write(doc, f"{doc['country']}-{doc['period']}.json")

make_assessor_examples()
