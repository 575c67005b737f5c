#!/usr/bin/env bash
# Times 'coherence import-table' reading an .xlsx with one sheet per edition (the whole IMPIC file, 31 sheets) against
# what a user would otherwise do: an openpyxl script that writes the sheets to one CSV, then 'coherence import-table' on it.
# Both produce the assessment files; the script checks they are the same, file by file.
# Usage: tests/perf/import-table-xlsx.sh [runs]   (needs openpyxl; figures go in docs/performance.md)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${1:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python=/usr/bin/python3
"$python" -c 'import openpyxl' 2>/dev/null || python=python3

dotnet build "$root/src/Coherence.Cli" -c Release -m:1 -v q -nologo >/dev/null
cli="$root/src/Coherence.Cli/bin/Release/net10.0/Coherence.Cli"
"$python" "$root/tests/perf/xlsx_editions.py" make "$root/tests/Coherence.Tests/TestData/impic2016.csv" "$work/impic.xlsx"
sheets=$("$python" -c "from openpyxl import load_workbook; print(' '.join('--sheet ' + n for n in load_workbook('$work/impic.xlsx', read_only=True).sheetnames))")
common=(--rubric impic-2016 --unit-column cntry --period-column year --map "$root/rubrics/examples/impic-2016.map.csv" --skip-unit ed --skip-unit er -q --force)

seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }'; }
direct() { "$cli" import-table "$work/impic.xlsx" $sheets --header-row 3 "${common[@]}" -o "$work/direct"; }
script() { "$python" "$root/tests/perf/xlsx_editions.py" tocsv "$work/impic.xlsx" "$work/impic.csv" && "$cli" import-table "$work/impic.csv" "${common[@]}" -o "$work/script"; }

echo "machine: $(nproc) cores, $(uname -sr), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "openpyxl $("$python" -c 'import openpyxl; print(openpyxl.__version__)'), $("$python" --version 2>&1), .NET $(dotnet --version)"
direct; script
diff -r "$work/direct" "$work/script" >/dev/null && echo "outputs: $(ls "$work/direct" | wc -l) assessment files, identical"
ratios=()
for i in $(seq "$runs"); do
  d=$(seconds direct); s=$(seconds script)
  ratios+=("$(awk -v a="$d" -v b="$s" 'BEGIN { printf "%.2f", a / b }')")
  echo "run $i: import-table .xlsx ${d} s, openpyxl to CSV + import-table ${s} s, ratio $(awk -v a="$d" -v b="$s" 'BEGIN { printf "%.2f", a / b }')"
done
printf '%s\n' "${ratios[@]}" | sort -n | awk '{ a[NR] = $1 } END { print "median ratio (xlsx direct / script): " a[int((NR + 1) / 2)] }'
