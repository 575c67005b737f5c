#!/usr/bin/env bash
# Times 'coherence workbook new --batch' for 100 countries against an openpyxl script writing comparable workbooks
# (same sheets, level texts, drop-downs, protection, formatting) for the same list, checks that both wrote 100
# readable workbooks with the same answer cells, and prints the ratio: pairs of runs interleaved, median; wall and
# processor time (user + system) of each whole process.
# Usage: tests/perf/workbooks-vs-openpyxl.sh [count] [pairs]   (needs Debian's python3-openpyxl and python3-yaml)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
count="${1:-100}"
pairs="${2:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python=/usr/bin/python3
"$python" -c 'import openpyxl, yaml' 2>/dev/null || python=python3

dotnet build "$root/src/Coherence.Cli" -c Release -m:1 -v q -nologo >/dev/null
cli="$root/src/Coherence.Cli/bin/Release/net10.0/Coherence.Cli"

# The list: the first $count countries the tool knows, with their Spanish names, period 2026, in Spanish.
# (One awk, not grep | head: head leaving early would kill grep with SIGPIPE, and pipefail the script.)
{ echo "country,name,period,language"; awk -F'\t' -v n="$count" '!/^#/ && taken++ < n { printf "%s,\"%s\",2026,es\n", $1, $3 }' "$root/src/Coherence/Model/CountryNames.tsv"; } > "$work/countries.csv"

# timed NAME CMD...: runs the whole process, its output thrown away, and appends "wall cpu" to $work/NAME.times.
timed() { local name="$1"; shift; /usr/bin/time -f "%e %U %S" -o "$work/time.out" "$@" >/dev/null; awk '{ printf "%.2f %.2f\n", $1, $2 + $3 }' "$work/time.out" >> "$work/$name.times"; tail -1 "$work/$name.times"; }
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", a / b }'; }

echo "machine: $(nproc) cores, $(uname -sr), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "openpyxl $("$python" -c 'import openpyxl; print(openpyxl.__version__)'), $("$python" --version 2>&1), .NET $(dotnet --version)"
for pair in $(seq 1 "$pairs"); do
  rm -rf "$work/coherence" "$work/openpyxl"
  c=$(timed coherence "$cli" workbook new --rubric mesoamerica-coherence --batch "$work/countries.csv" --out-dir "$work/coherence" -q)
  o=$(timed openpyxl "$python" "$root/tests/perf/openpyxl_workbooks.py" "$root/rubrics/mesoamerica.yaml" "$work/countries.csv" "$work/openpyxl")
  echo "pair $pair (wall cpu): coherence $c, openpyxl $o, load $(cut -d' ' -f1 /proc/loadavg)"
done

# Both wrote $count workbooks that openpyxl reads, with the same answer cells (answer sheet in order, indicator, facet of every level drop-down).
"$python" "$root/tests/perf/openpyxl_workbooks.py" --answer-cells "$work/coherence" > "$work/coherence.cells"
"$python" "$root/tests/perf/openpyxl_workbooks.py" --answer-cells "$work/openpyxl" > "$work/openpyxl.cells"
test "$(wc -l < "$work/coherence.cells")" -eq "$count" || { echo "coherence wrote $(wc -l < "$work/coherence.cells") workbooks, not $count" >&2; exit 1; }
diff "$work/coherence.cells" "$work/openpyxl.cells" >&2 || { echo "the answer cells differ" >&2; exit 1; }
echo "answer cells per workbook: $(head -1 "$work/coherence.cells" | cut -d' ' -f2), the same in all $count pairs"
echo "sizes: coherence $(du -sh "$work/coherence" | cut -f1), openpyxl $(du -sh "$work/openpyxl" | cut -f1)"
cw=$(cut -d' ' -f1 "$work/coherence.times" | median); cc=$(cut -d' ' -f2 "$work/coherence.times" | median)
ow=$(cut -d' ' -f1 "$work/openpyxl.times" | median); oc=$(cut -d' ' -f2 "$work/openpyxl.times" | median)
echo "coherence workbook new --batch, $count workbooks (whole process), median of $pairs: ${cw} s wall, ${cc} s processor"
echo "openpyxl script, the same $count workbooks (whole process), median:        ${ow} s wall, ${oc} s processor"
echo "ratio (openpyxl / coherence): $(ratio "$ow" "$cw")x wall, $(ratio "$oc" "$cc")x processor time"
