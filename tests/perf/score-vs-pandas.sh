#!/usr/bin/env bash
# Scores N synthetic assessments with the published tool and with the pandas oracle of the method,
# checks that both give the same rows, and prints wall time, CPU time and peak memory side by side.
# The tool also runs once more without an output file, to show what writing the rows costs.
#
# Usage: tests/perf/score-vs-pandas.sh [N]          (N assessments, default 2200)
# Environment:
#   RUNS=3          run each side 3 times, alternately, and report the medians (default 1)
#   SEED=2026       seed of the synthetic assessments
#   TOOL=path       a published Coherence.Cli apphost to use instead of publishing one
#   LIMIT_S=600     each run is killed after this many seconds
#   LIMIT_GB=12     each run's address space is capped at this many GiB (ulimit -v)
#   KEEP=1          keep the work folder (assessments, outputs, timings) and print its path
# Needs: the .NET SDK, GNU time (/usr/bin/time), Debian's python3-pandas, python3-numpy and python3-yaml.
# The tool writes tidy rows with 'score --csv' when its help offers it, else results JSON ('--json'),
# which compare_rows.py turns into the same rows. Exit status: 0 when both sides agree, 1 otherwise.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
here="$root/tests/perf"
n="${1:-2200}"
runs="${RUNS:-1}"
seed="${SEED:-2026}"
limit_s="${LIMIT_S:-600}"
limit_gb="${LIMIT_GB:-12}"
work="$(mktemp -d)"
if [ "${KEEP:-0}" = 1 ]; then trap 'echo "work folder: $work"' EXIT; else trap 'rm -rf "$work"' EXIT; fi

python=/usr/bin/python3
"$python" -c 'import pandas, numpy, yaml' 2>/dev/null || python=python3
"$python" -c 'import pandas, numpy, yaml' 2>/dev/null || {
  echo "needs Python 3 with pandas, numpy and yaml (Debian: apt-get install python3-pandas python3-yaml)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time (Debian: apt-get install time)" >&2; exit 2; }

if [ -n "${TOOL:-}" ]; then
  tool="$TOOL"
else
  echo "publishing the tool (Release)..." >&2
  dotnet publish "$root/src/Coherence.Cli" -c Release -o "$work/tool" -m:1 -v q -nologo >/dev/null
  tool="$work/tool/Coherence.Cli"
  [ -x "$work/tool/coherence" ] && tool="$work/tool/coherence"
fi

echo "writing $n assessments (seed $seed)..." >&2
gen_start=$(date +%s.%N)
"$python" "$here/make-assessments.py" "$n" "$work/assessments" --seed "$seed"
gen_s=$(awk -v a="$gen_start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
input_mb=$(du -sm "$work/assessments" | cut -f1)

if "$tool" score --help 2>/dev/null | grep -q -- '--csv'; then
  tool_format=csv; tool_rows="$work/tool.csv"
else
  tool_format=json; tool_rows="$work/tool.json"
fi

# measure LABEL COMMAND...: one run under GNU time, killed past LIMIT_S, address space capped at LIMIT_GB.
# Appends "wall cpu rss_mb exit" to $work/LABEL.runs.
measure() {
  local label="$1"; shift
  local rc=0
  ( ulimit -v $((limit_gb * 1024 * 1024))
    exec /usr/bin/time -v -o "$work/$label.time" timeout -s KILL "$limit_s" "$@" >"$work/$label.out" 2>&1 ) || rc=$?
  awk -v rc="$rc" -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); wall = (n == 3) ? p[1] * 3600 + p[2] * 60 + p[3] : p[1] * 60 + p[2] }
    /User time \(seconds\)/ { user = $2 }
    /System time \(seconds\)/ { sys = $2 }
    /Maximum resident set size/ { rss = $2 / 1024 }
    END { printf "%.2f %.2f %.0f %d\n", wall, user + sys, rss, rc }' "$work/$label.time" >>"$work/$label.runs"
  if [ "$rc" -ne 0 ]; then
    echo "$label: exit $rc (124/137: killed at the ${limit_s} s bound; out of memory under the ${limit_gb} GiB cap shows as a crash)" >&2
    tail -n 5 "$work/$label.out" >&2
  fi
}

median() {  # median of column $2 of file $1
  sort -g -k"$2","$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

for ((r = 1; r <= runs; r++)); do
  echo "run $r/$runs: tool..." >&2
  measure tool "$tool" score "$work/assessments" --"$tool_format" "$tool_rows" --force --quiet
  echo "run $r/$runs: tool, no output file..." >&2
  measure tool_score "$tool" score "$work/assessments" --quiet
  echo "run $r/$runs: pandas oracle..." >&2
  measure oracle "$python" "$here/oracle_pandas.py" "$work/assessments" -o "$work/oracle.csv"
done

verdict=0
"$python" "$here/compare_rows.py" "$work/oracle.csv" "$tool_rows" >"$work/compare.txt" 2>&1 || verdict=$?

echo
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo ".NET $(dotnet --version 2>/dev/null || echo '?'); $("$python" --version 2>&1), pandas $("$python" -c 'import pandas; print(pandas.__version__)')"
echo "input: $n assessments of mesoamerica-coherence, $input_mb MiB of JSON (written in $gen_s s); medians of $runs run(s)"
echo
printf '%-44s %10s %12s %14s %6s\n' "whole process" "wall (s)" "user+sys (s)" "peak RSS (MiB)" "exit"
for side in tool tool_score oracle; do
  case $side in
    tool) name="coherence score --$tool_format" ;;
    tool_score) name="  the same, no output file (read + score)" ;;
    oracle) name="pandas oracle (oracle_pandas.py -> CSV)" ;;
  esac
  printf '%-44s %10s %12s %14s %6s\n' "$name" "$(median "$work/$side.runs" 1)" "$(median "$work/$side.runs" 2)" \
    "$(median "$work/$side.runs" 3)" "$(sort -n -k4,4 "$work/$side.runs" | tail -n 1 | cut -d' ' -f4)"
done
awk -v tw="$(median "$work/tool.runs" 1)" -v tc="$(median "$work/tool.runs" 2)" -v tm="$(median "$work/tool.runs" 3)" \
    -v ow="$(median "$work/oracle.runs" 1)" -v oc="$(median "$work/oracle.runs" 2)" -v om="$(median "$work/oracle.runs" 3)" \
  'function r(a, b) { return b > 0 ? sprintf("%.2fx", a / b) : "-" }
   BEGIN { printf "%-44s %10s %12s %14s\n", "ratio pandas / tool", r(ow, tw), r(oc, tc), r(om, tm) }'
echo
tail -n 1 "$work/compare.txt"
[ "$verdict" -eq 0 ] || { echo "the outputs differ:"; head -n 40 "$work/compare.txt"; }
exit "$verdict"
