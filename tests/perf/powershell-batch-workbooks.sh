#!/usr/bin/env bash
# Times a round of rubric workbooks made in PowerShell from a CSV list, three ways a user would write it, on the same list:
#   batch:    Import-Csv list.csv | New-CoherenceWorkbook ...                 (rows checked whole, rubric read once, parallel writing)
#   per row:  Import-Csv list.csv | ForEach-Object { New-CoherenceWorkbook ... } (one command per row: rubric read and workbook written each time)
#   CLI:      coherence workbook new --batch list.csv ...                     (the command line's batch)
# Each is a whole process (pwsh start and Import-Module included). Checks that all three wrote the same workbooks, with the
# same answer cells (tests/perf/openpyxl_workbooks.py --answer-cells), and prints the ratios.
# Usage: tests/perf/powershell-batch-workbooks.sh [count]   (needs pwsh on PATH and Debian's python3-openpyxl and python3-yaml)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
count="${1:-40}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python=/usr/bin/python3

dotnet build "$root/src/Coherence.Cli" -c Release -m:1 -v q -nologo >/dev/null
cli="$root/src/Coherence.Cli/bin/Release/net10.0/Coherence.Cli"
"$root/tests/module/build-module.sh" "$work/module" >/dev/null
module="$work/module/Coherence.psd1"

# The list: the first $count countries the tool knows, period 2026, in Spanish.
{ echo "country,period,language"; grep -v '^#' "$root/src/Coherence/Model/CountryNames.tsv" | head -n "$count" | awk -F'\t' '{ printf "%s,2026,es\n", $1 }'; } > "$work/countries.csv"

seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }

echo "machine: $(nproc) cores, $(uname -sr), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$(pwsh --version), .NET $(dotnet --version), $count workbooks of the bundled rubric"
batch_s=$(seconds pwsh -NoProfile -NonInteractive -Command "Import-Module '$module'; Import-Csv '$work/countries.csv' | New-CoherenceWorkbook -Rubric mesoamerica-coherence -OutDir '$work/batch'")
row_s=$(seconds pwsh -NoProfile -NonInteractive -Command "Import-Module '$module'; Import-Csv '$work/countries.csv' | ForEach-Object { New-CoherenceWorkbook -Country \$_.country -Period \$_.period -Language \$_.language -Rubric mesoamerica-coherence -OutDir '$work/row' }")
cli_s=$(seconds "$cli" workbook new --rubric mesoamerica-coherence --batch "$work/countries.csv" --out-dir "$work/cli" -q)

for side in batch row cli; do
  "$python" "$root/tests/perf/openpyxl_workbooks.py" --answer-cells "$work/$side" > "$work/$side.cells"
  test "$(wc -l < "$work/$side.cells")" -eq "$count" || { echo "$side wrote $(wc -l < "$work/$side.cells") workbooks, not $count" >&2; exit 1; }
done
diff "$work/batch.cells" "$work/row.cells" >&2 || { echo "the batch and per-row workbooks differ" >&2; exit 1; }
diff "$work/batch.cells" "$work/cli.cells" >&2 || { echo "the PowerShell and command-line workbooks differ" >&2; exit 1; }
echo "the same $count workbooks (file names and answer cells) from all three"
echo "Import-Csv | New-CoherenceWorkbook (batch):          ${batch_s} s"
echo "Import-Csv | ForEach-Object { New-CoherenceWorkbook }: ${row_s} s   ($(ratio "$row_s" "$batch_s")x the batch's time)"
echo "coherence workbook new --batch:                       ${cli_s} s   ($(ratio "$batch_s" "$cli_s")x: the PowerShell batch against the command line's)"
