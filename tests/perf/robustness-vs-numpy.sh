#!/usr/bin/env bash
# 10,000 draws over 35 countries with the bundled rubric: `coherence robustness` against a
# straightforward NumPy implementation of the same draws (robustness_numpy.py), outputs checked
# equal (every rank share, 5% and 95% rank and class probability), wall times and their ratio in
# one run.
#
# Usage: tests/perf/robustness-vs-numpy.sh [DRAWS]       (default 10000)
# Environment:
#   TOOL=path   a published Coherence.Cli apphost to use instead of publishing one
#   KEEP=1      keep the work folder and print its path
# Needs: the .NET SDK, GNU time (/usr/bin/time), Debian's python3-numpy and python3-yaml.
# The NumPy side reads the parameters of every draw from `--draws-out` (written by an untimed run
# with the same seed), so both sides score exactly the same draws. Exit status 0 when they agree.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
here="$root/tests/perf"
draws="${1:-10000}"
work="$(mktemp -d)"
if [ "${KEEP:-0}" = 1 ]; then trap 'echo "work folder: $work"' EXIT; else trap 'rm -rf "$work"' EXIT; fi

python=/usr/bin/python3
"$python" -c 'import numpy, yaml' 2>/dev/null || python=python3
"$python" -c 'import numpy, yaml' 2>/dev/null || { echo "needs Python 3 with numpy and yaml (Debian: apt-get install python3-numpy python3-yaml)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time (Debian: apt-get install time)" >&2; exit 2; }

if [ -n "${TOOL:-}" ]; then
  tool="$TOOL"
else
  echo "publishing the tool (Release)..." >&2
  dotnet publish "$root/src/Coherence.Cli" -c Release -o "$work/tool" -m:1 -v q -nologo >/dev/null
  tool="$work/tool/Coherence.Cli"
fi

# 35 countries in one period: the first period of 700 synthetic files (35 countries x 20 periods).
"$python" "$here/make-assessments.py" 700 "$work/all" --seed 1 >/dev/null
mkdir -p "$work/in"
cp "$work"/all/*-2000.json "$work/in/"
spec="$root/rubrics/examples/robustness.yaml"

# The draws' parameters for the NumPy side (not timed).
"$tool" robustness "$work/in" --draws "$draws" --seed 1 --spec "$spec" --json "$work/tool.json" --draws-out "$work/draws.jsonl" --quiet

/usr/bin/time -f "%e %U" -o "$work/tool.time" "$tool" robustness "$work/in" --draws "$draws" --seed 1 --spec "$spec" --json "$work/timed.json" --quiet
/usr/bin/time -f "%e %U" -o "$work/numpy.time" "$python" "$here/robustness_numpy.py" "$root/rubrics/mesoamerica.yaml" "$work/in" "$work/draws.jsonl" "$work/numpy.json"

"$python" - "$work/tool.json" "$work/timed.json" "$work/numpy.json" <<'PY'
import json, sys
tool, timed, numpy_ = (json.load(open(p)) for p in sys.argv[1:4])
assert tool["ranks"] == timed["ranks"] and tool["classes"] == timed["classes"], "the timed run differs from the run that wrote the draws"
mine = {(r["country"], r["period"]): r for r in tool["ranks"] if r["group"] == "*"}
bad = 0
for r in numpy_["ranks"]:
    m = mine[(r["country"], r["period"])]
    for key in ("nominalRank", "rankLow", "rankHigh"):
        if m[key] != r[key]:
            bad += 1; print("rank differs:", r["country"], key, m[key], r[key])
    if any(abs(a - b) > 1e-12 for a, b in zip(m["rankShares"], r["rankShares"])):
        bad += 1; print("rank shares differ:", r["country"])
classes = {(c["country"], c["period"], c["group"], c["dimension"]): c["probability"] for c in tool["classes"]}
for c in numpy_["classes"]:
    m = classes[(c["country"], c["period"], c["group"], c["dimension"])]
    for k, v in c["probability"].items():
        if abs(m[k] - v) > 1e-12:
            bad += 1; print("class probability differs:", c["country"], c["group"], c["dimension"], k, m[k], v)
print(f"compared {len(numpy_['ranks'])} rank intervals and {len(numpy_['classes'])} matrix cells: {'equal' if bad == 0 else str(bad) + ' differences'}")
sys.exit(1 if bad else 0)
PY
read -r tool_wall tool_user < "$work/tool.time"
read -r numpy_wall numpy_user < "$work/numpy.time"
echo "draws: $(wc -l < "$work/draws.jsonl"), countries: 35"
echo "coherence robustness (whole command, start-up included): ${tool_wall} s wall, ${tool_user} s user"
echo "NumPy (robustness_numpy.py, whole script):               ${numpy_wall} s wall, ${numpy_user} s user"
"$python" -c "print(f'ratio: {float($numpy_wall) / float($tool_wall):.1f}x (wall), {float($numpy_user) / max(float($tool_user), 1e-3):.1f}x (user)')"
