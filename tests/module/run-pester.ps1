#Requires -Version 7.0
<#
.SYNOPSIS
Runs Coherence.Tests.ps1 under one exact version of Pester and says what ran.

.DESCRIPTION
Imports Pester -RequiredVersion $PesterVersion (one version per process: two Pester.dll cannot load
side by side), runs tests/module/Coherence.Tests.ps1 against the built module and prints one line:
  Pester 6.2.0: Passed, 22 tests: 22 passed, 0 failed, 0 skipped, 0 not run
With -ResultFile the same counts are written as JSON. Exits 0 only when the run passed, at least one
test ran and none failed (tests, blocks or containers).

.EXAMPLE
tests/module/build-module.sh out/module/Coherence
pwsh -NoProfile tests/module/run-pester.ps1 -PesterVersion 6.2.0 -Module out/module/Coherence
#>
param(
    [Parameter(Mandatory)] [version] $PesterVersion,
    # The built module folder; by default module/Coherence in this clone.
    [string] $Module,
    [string] $ResultFile,
    [ValidateSet('None', 'Normal', 'Detailed', 'Diagnostic')] [string] $Verbosity = 'Detailed'
)

$ErrorActionPreference = 'Stop'
Import-Module Pester -RequiredVersion $PesterVersion
$loaded = (Get-Module Pester).Version
if ($Module) {
    $env:COHERENCE_MODULE = (Resolve-Path $Module).Path
}

$configuration = New-PesterConfiguration
$configuration.Run.Path = Join-Path $PSScriptRoot 'Coherence.Tests.ps1'
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = $Verbosity
$run = Invoke-Pester -Configuration $configuration

$counts = [ordered]@{
    PesterVersion = "$loaded"
    Result = "$($run.Result)"
    Total = $run.TotalCount
    Passed = $run.PassedCount
    Failed = $run.FailedCount
    Skipped = $run.SkippedCount
    NotRun = $run.NotRunCount
    FailedBlocks = $run.FailedBlocksCount
    FailedContainers = $run.FailedContainersCount
}
"Pester {0}: {1}, {2} tests: {3} passed, {4} failed, {5} skipped, {6} not run, {7} failed blocks, {8} failed containers" -f @($counts.Values)
if ($ResultFile) {
    $counts | ConvertTo-Json | Set-Content -Path $ResultFile -Encoding utf8
}

$ok = $counts.Result -eq 'Passed' -and $counts.Total -gt 0 -and $counts.Passed -gt 0 -and
    $counts.Failed -eq 0 -and $counts.FailedBlocks -eq 0 -and $counts.FailedContainers -eq 0
exit ($ok ? 0 : 1)
