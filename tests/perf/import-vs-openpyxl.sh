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

# seconds CMD...: wall seconds of the whole process, its output thrown away.
seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }'; }
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "machine: $(nproc) cores, $(uname -sr), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "openpyxl $("$python" -c 'import openpyxl; print(openpyxl.__version__)'), $("$python" --version 2>&1), .NET $(dotnet --version)"
: > "$work/import.s"
: > "$work/openpyxl.s"
for pair in $(seq 1 "$pairs"); do
  rm -rf "$work/json"
  import_s=$(seconds "$cli" import "$workbooks" -o "$work/json/" -r "$work/rubric.json" -q)
  openpyxl_s=$(seconds "$python" "$root/tests/perf/openpyxl_answers.py" "$work/rubric.json" "$workbooks" "$work/openpyxl.jsonl")
  echo "$import_s" >> "$work/import.s"
  echo "$openpyxl_s" >> "$work/openpyxl.s"
  echo "pair $pair: coherence import ${import_s} s, openpyxl ${openpyxl_s} s, ratio $(awk -v a="$openpyxl_s" -v b="$import_s" 'BEGIN { printf "%.1f", a / b }'), load $(cut -d' ' -f1 /proc/loadavg)"
done

# Both read the same answers: every value of every answer, line by line.
"$python" "$root/tests/perf/import_answers.py" "$work/json" | LC_ALL=C sort > "$work/import.lines"
LC_ALL=C sort "$work/openpyxl.jsonl" > "$work/openpyxl.lines"
test "$(wc -l < "$work/import.lines")" -gt 0 || { echo "the import wrote no answer" >&2; exit 1; }
diff "$work/import.lines" "$work/openpyxl.lines" >&2 || { echo "the answers differ" >&2; exit 1; }
echo "answers: $(wc -l < "$work/import.lines") in $count workbooks, the same on both sides, value by value"

import_median=$(median < "$work/import.s")
openpyxl_median=$(median < "$work/openpyxl.s")
echo "coherence import, $count workbooks -> JSON (whole process), median of $pairs: ${import_median} s"
echo "openpyxl read_only reader of the answer cells (whole process), median:  ${openpyxl_median} s"
echo "ratio (openpyxl / coherence): $(awk -v a="$openpyxl_median" -v b="$import_median" 'BEGIN { printf "%.1f", a / b }')x"
