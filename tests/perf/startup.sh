#!/usr/bin/env bash
# Start-up of the coherence command against `python3 -c "import openpyxl"`, as ratios measured in one run.
# Usage: tests/perf/startup.sh [runs]   (default 21 pairs per case; needs Debian's python3-openpyxl)
#
# Builds what users get: the published command (`dotnet publish`, ReadyToRun) and the packed tool installed with
# `dotnet tool install` from a local folder. Each case runs the command and Python in turn (A B A B ...), after two
# pairs not counted, and prints medians: wall time, CPU time (user + system) and the ratio to Python taken pair by
# pair, so that a machine whose speed drifts during the run still gives a fair ratio. Target: a ratio of at most 0.5
# for `coherence --version` and `coherence rubric list`. Figures go in docs/performance.md, "Start-up".
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${1:-21}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
python=/usr/bin/python3
"$python" -c 'import openpyxl' 2>/dev/null || python=python3
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$root/Directory.Build.props" | head -n 1)

echo "building: dotnet build, dotnet publish, dotnet pack + dotnet tool install ..." >&2
dotnet build "$root/src/Coherence.Cli" -c Release -m:1 -v q -nologo >/dev/null
dotnet publish "$root/src/Coherence.Cli" -c Release -m:1 -v q -nologo -o "$work/publish" >/dev/null
dotnet pack "$root/src/Coherence.Cli" -c Release -m:1 -v q -nologo -o "$work/packages" >/dev/null
dotnet tool install Coherence.Cli --version "$version" --tool-path "$work/tool" --add-source "$work/packages" >/dev/null

echo "machine: $(nproc) cores, $(uname -sr), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "openpyxl $("$python" -c 'import openpyxl; print(openpyxl.__version__)'), $("$python" --version 2>&1), .NET $(dotnet --version)"
echo "installed tool: $(readlink "$work/tool/coherence" | sed 's:.*/\.store/::')"

"$python" - "$runs" "$python" "$root" "$work" <<'EOF'
import os, resource, statistics, subprocess, sys, time

runs, python, root, work = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
baseline = [python, "-c", "import openpyxl"]


def once(command):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"{' '.join(command)} exited {done.returncode}: {done.stderr.decode(errors='replace')}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def case(label, command, pairs=runs):
    for _ in range(2):
        once(command), once(baseline)
    a, b = [], []
    for _ in range(pairs):
        a.append(once(command))
        b.append(once(baseline))
    med = statistics.median
    wall_ratio = med(x[0] / y[0] for x, y in zip(a, b))
    cpu_ratio = med(x[1] / y[1] for x, y in zip(a, b))
    print(f"{label:<52} {med(x[0] for x in a):6.3f} s {med(y[0] for y in b):6.3f} s {wall_ratio:6.2f}   "
          f"{med(x[1] for x in a):6.3f} s {med(y[1] for y in b):6.3f} s {cpu_ratio:6.2f}", flush=True)
    return wall_ratio


published = os.path.join(work, "publish", "Coherence.Cli")
tool = os.path.join(work, "tool", "coherence")
built = os.path.join(root, "src", "Coherence.Cli", "bin", "Release", "net10.0", "Coherence.Cli")
run = ["dotnet", "run", "--project", os.path.join(root, "src", "Coherence.Cli"), "-c", "Release", "--"]

print(f"{f'medians of {runs} pairs':<52} {'wall':>8} {'python':>8} {'ratio':>6}   {'cpu':>8} {'python':>8} {'ratio':>6}")
ratios = {}
for args in (["--version"], ["rubric", "list"]):
    name = "coherence " + " ".join(args)
    ratios[name + ", published"] = case(f"{name} (dotnet publish, apphost)", [published, *args])
    ratios[name + ", installed"] = case(f"{name} (dotnet tool install)", [tool, *args])
print("for information:")
case("coherence --help (dotnet publish, apphost)", [published, "--help"])
case("coherence rubric list (dotnet build output, no R2R)", [built, "rubric", "list"])
case("coherence rubric list (dotnet run --project)", [*run, "rubric", "list"], pairs=min(runs, 5))
print("target: ratio <= 0.50 for --version and rubric list: "
      + ("met" if all(r <= 0.5 for r in ratios.values()) else "NOT met: " + ", ".join(k for k, r in ratios.items() if r > 0.5)))
EOF
