#!/usr/bin/env bash
# Builds the PowerShell module folder and checks that it loads as shipped: manifest, formats, help in
# English and Spanish, Coherence.PowerShell.dll, Coherence.dll with its Spanish texts (es/), every
# runtime dependency listed in the deps file beside them, and no copy of PowerShell's own
# System.Management.Automation.dll.
#
#   tests/module/build-module.sh            builds module/Coherence/bin in place
#   tests/module/build-module.sh OUT_DIR    copies module/Coherence to OUT_DIR and builds OUT_DIR/bin
set -euo pipefail
cd "$(dirname "$0")/../.."

out="${1:-module/Coherence}"
if [ "$out" != "module/Coherence" ]; then
  mkdir -p "$out"
  cp -R module/Coherence/. "$out"/
  rm -rf "$out/bin"
fi

dotnet publish src/Coherence.PowerShell/Coherence.PowerShell.csproj -c Release -o "$out/bin" -nologo

fail() { echo "build-module: $*" >&2; exit 1; }
for file in Coherence.psd1 Coherence.format.ps1xml \
            en-US/Coherence.PowerShell.dll-help.xml en-US/about_Coherence.help.txt \
            es/Coherence.PowerShell.dll-help.xml es/about_Coherence.help.txt \
            es-ES/Coherence.PowerShell.dll-help.xml es-ES/about_Coherence.help.txt \
            bin/Coherence.PowerShell.dll bin/Coherence.dll bin/Coherence.PowerShell.deps.json \
            bin/es/Coherence.resources.dll; do
  [ -f "$out/$file" ] || fail "missing $file"
done
[ ! -e "$out/bin/System.Management.Automation.dll" ] || fail "bin holds System.Management.Automation.dll: PowerShell provides it"

# Every runtime assembly the deps file names must sit in bin, by file name.
missing=$(python3 - "$out/bin/Coherence.PowerShell.deps.json" <<'PY'
import json, os, sys
deps = json.load(open(sys.argv[1], encoding="utf-8"))
folder = os.path.dirname(sys.argv[1])
needed = set()
for target in deps["targets"].values():
    for library in target.values():
        for asset in library.get("runtime", {}):
            needed.add(os.path.basename(asset))
print(" ".join(sorted(n for n in needed if not os.path.exists(os.path.join(folder, n)))))
PY
)
[ -z "$missing" ] || fail "bin lacks $missing"

# The manifest's version is the one the assemblies carry.
version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props | head -n 1)
grep -Eq "^\s*ModuleVersion\s*=\s*'$version'" "$out/Coherence.psd1" || fail "ModuleVersion is not $version"
grep -Eq "^\s*RootModule\s*=\s*'bin/Coherence.PowerShell.dll'" "$out/Coherence.psd1" || fail "RootModule is not bin/Coherence.PowerShell.dll"

echo "module built and complete: $out ($(ls "$out/bin"/*.dll | wc -l) assemblies in bin)"
