#!/usr/bin/env bash
# Times 'coherence import' on 100 filled workbooks against openpyxl loading the same files, side by side.
# Usage: tests/perf/import-vs-openpyxl.sh [count]   (needs Debian's python3-openpyxl; figures go in docs/performance.md)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
count="${1:-100}"
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

seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }

echo "machine: $(nproc) cores, $(uname -sr), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "openpyxl $("$python" -c 'import openpyxl; print(openpyxl.__version__)'), $("$python" --version 2>&1), .NET $(dotnet --version)"
import_s=$(seconds "$cli" import "$workbooks" -o "$work/json/" -r "$work/rubric.json" -q)
openpyxl_s=$(seconds "$python" "$root/tests/perf/openpyxl_load.py" "$workbooks")
openpyxl_ro_s=$(seconds "$python" "$root/tests/perf/openpyxl_load.py" "$workbooks" --read-only)
echo "coherence import, $count workbooks -> JSON (whole process):   ${import_s} s"
echo "openpyxl load_workbook + read every cell (whole process):      ${openpyxl_s} s   ($(ratio "$openpyxl_s" "$import_s")x the import's time)"
echo "openpyxl load_workbook(read_only=True) + read every cell:      ${openpyxl_ro_s} s   ($(ratio "$openpyxl_ro_s" "$import_s")x the import's time)"
