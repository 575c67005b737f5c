#!/usr/bin/env python3
"""Turns the assessment JSON files that `coherence import` wrote into the answer lines of openpyxl_answers.py, sorted.

Usage: import_answers.py JSON_FOLDER   (prints the lines; `sort` both sides and diff them)
"""
import json
import os
import sys


def main():
    folder = sys.argv[1]
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".json"):
            continue
        d = json.load(open(os.path.join(folder, name), encoding="utf-8"))
        for r in d["responses"]:
            print(json.dumps([d["country"], d["period"], r["indicator"], r["group"], r["facet"], r.get("status", "answered"),
                              r.get("level"), r.get("evidence"), r.get("sources") or [], r.get("confidence"), r.get("notes")],
                             ensure_ascii=False))


if __name__ == "__main__":
    main()
