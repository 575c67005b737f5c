"""Validates YAML or JSON files against a JSON Schema; prints each error with its path; exits 1 on any."""
import json
import sys

import jsonschema
import yaml

schema = json.load(open(sys.argv[1], encoding="utf-8"))
validator = jsonschema.Draft202012Validator(schema)
failed = 0
for path in sys.argv[2:]:
    with open(path, encoding="utf-8") as f:
        document = json.load(f) if path.endswith(".json") else yaml.safe_load(f)
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
    for error in errors[:20]:
        print(f"{path}: {'/'.join(map(str, error.path))}: {error.message}")
    failed += len(errors)
    if not errors:
        print(f"{path}: valid")
sys.exit(1 if failed else 0)
