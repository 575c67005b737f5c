#!/usr/bin/env bash
# Times 'coherence import' of filled workbooks against an openpyxl reader of the same answer cells (read_only mode),
# checks that both give the same answers value by value, and prints the ratio: pairs of runs interleaved, median.
# Usage: tests/perf/import-vs-openpyxl.sh [count] [pairs]   (needs Debian's python3-openpyxl; figures go in docs/performance.md)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
count="${1:-100}"
pairs="${2:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python=/usr/bin/python3
"$python" -c 'import openpyxl' 2>/dev/null || python=python3

dotnet build "$root/src/Coherence.Cli" -c Release -m:1 -v q -nologo >/dev/null
dotnet build "$root/tests/Coherence.Benchmarks" -c Release -m:1 -v q -nologo >/dev/null
cli="$root/src/Coherence.Cli/bin/Release/net10.0/Coherence.Cli"
bench="$root/tests/Coherence.Benchmarks/bin/Release/net10.0/Coherence.Benchmarks"

# The full-size rubric (the bundled Mesoamerica rubric when present), an answer in every cell, and the workbooks.
"$bench" inputs "$work" "$count"
workbooks="$work/workbooks"

# timed NAME CMD...: runs the whole process, its output thrown away, and appends "wall cpu" to $work/NAME.times.
timed() { local name="$1"; shift; /usr/bin/time -f "%e %U %S" -o "$work/time.out" "$@" >/dev/null; awk '{ printf "%.2f %.2f\n", $1, $2 + $3 }' "$work/time.out" >> "$work/$name.times"; tail -1 "$work/$name.times"; }
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }

echo "machine: $(nproc) cores, $(uname -sr), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "openpyxl $("$python" -c 'import openpyxl; print(openpyxl.__version__)'), $("$python" --version 2>&1), .NET $(dotnet --version)"
for pair in $(seq 1 "$pairs"); do
  rm -rf "$work/json"
  c=$(timed import "$cli" import "$workbooks" -o "$work/json/" -r "$work/rubric.json" -q)
  o=$(timed openpyxl "$python" "$root/tests/perf/openpyxl_answers.py" "$work/rubric.json" "$workbooks" "$work/openpyxl.jsonl")
  echo "pair $pair (wall cpu): coherence import $c, openpyxl $o, load $(cut -d' ' -f1 /proc/loadavg)"
done

# Both read the same answers: every value of every answer, line by line.
"$python" "$root/tests/perf/import_answers.py" "$work/json" | LC_ALL=C sort > "$work/import.lines"
LC_ALL=C sort "$work/openpyxl.jsonl" > "$work/openpyxl.lines"
test "$(wc -l < "$work/import.lines")" -gt 0 || { echo "the import wrote no answer" >&2; exit 1; }
diff "$work/import.lines" "$work/openpyxl.lines" >&2 || { echo "the answers differ" >&2; exit 1; }
echo "answers: $(wc -l < "$work/import.lines") in $count workbooks, the same on both sides, value by value"

cw=$(cut -d' ' -f1 "$work/import.times" | median); cc=$(cut -d' ' -f2 "$work/import.times" | median)
ow=$(cut -d' ' -f1 "$work/openpyxl.times" | median); oc=$(cut -d' ' -f2 "$work/openpyxl.times" | median)
echo "coherence import, $count workbooks -> JSON (whole process), median of $pairs: ${cw} s wall, ${cc} s processor"
echo "openpyxl read_only reader of the answer cells (whole process), median:  ${ow} s wall, ${oc} s processor"
echo "ratio (openpyxl / coherence): $(ratio "$ow" "$cw")x wall, $(ratio "$oc" "$cc")x processor time"
