#!/usr/bin/env bash
# Scores N synthetic assessments with the published tool, for each N given, and prints wall time, CPU time and
# peak memory of each output: the results JSON, the tidy CSV and JSON Lines, and no file at all.
#
# Usage: tests/perf/score-at-scale.sh [N ...]        (default: 220 2200 22000)
# Environment:
#   TOOL=path       a published Coherence.Cli to use instead of publishing one
#   OUTPUTS="json csv jsonl none"   which outputs to time (default: all four)
#   SEED=2026       seed of the synthetic assessments
#   KEEP=1          keep the work folder and print its path
# Needs the .NET SDK, GNU time (/usr/bin/time) and tests/perf/make-assessments.py (Debian's python3-numpy and
# python3-yaml). The figures go in docs/performance.md, "Scoring at scale"; tests/perf/score-vs-pandas.sh compares
# the same runs with the pandas implementation of the method.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
here="$root/tests/perf"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(220 2200 22000)
outputs="${OUTPUTS:-json csv jsonl none}"
seed="${SEED:-2026}"
work="$(mktemp -d)"
if [ "${KEEP:-0}" = 1 ]; then trap 'echo "work folder: $work"' EXIT; else trap 'rm -rf "$work"' EXIT; fi

[ -f "$here/make-assessments.py" ] || { echo "needs tests/perf/make-assessments.py (the synthetic assessment generator)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time (Debian: apt-get install time)" >&2; exit 2; }
python=/usr/bin/python3
"$python" -c 'import numpy, yaml' 2>/dev/null || python=python3

if [ -n "${TOOL:-}" ]; then
  tool="$TOOL"
else
  echo "publishing the tool (Release)..." >&2
  dotnet publish "$root/src/Coherence.Cli" -c Release -o "$work/tool" -m:1 -v q -nologo >/dev/null
  tool="$work/tool/Coherence.Cli"
fi

echo "machine: $(nproc) cores, $(uname -sr), .NET $(dotnet --version), load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-8s %-6s %9s %9s %9s %10s %s\n' "N" "output" "wall s" "CPU s" "peak MB" "file MB" "check"
for n in "${sizes[@]}"; do
  rm -rf "$work/assessments"
  "$python" "$here/make-assessments.py" "$n" "$work/assessments" --seed "$seed" >/dev/null
  for output in $outputs; do
    file="$work/out.$output"
    rm -f "$file"
    args=(score "$work/assessments" --quiet --force)
    [ "$output" = none ] || args+=(--"$output" "$file")
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$tool" "${args[@]}" >"$work/stdout" 2>"$work/stderr" || {
      echo "$n $output: exit $?" >&2; tail -n 5 "$work/stderr" >&2; continue; }
    read -r wall user sys rss <"$work/time"
    size=0
    check="-"
    if [ -f "$file" ]; then
      size=$(( $(stat -c %s "$file") / 1048576 ))
      case "$output" in
        csv) check="$(( $(wc -l <"$file") - 1 )) rows" ;;
        jsonl) check="$(wc -l <"$file") rows" ;;
        json) check="$(tail -c 200 "$file" | tr -d ' \n' | grep -o '"rows":[0-9]*' | cut -d: -f2) rows" ;;
      esac
      rm -f "$file"
    fi
    printf '%-8s %-6s %9.2f %9.2f %9.0f %10s %s\n' "$n" "$output" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')" "$size" "$check"
  done
done
