#Requires -Version 7.2
<#
.SYNOPSIS
Checks that the module installs as PowerShell users install modules: publish, Install-PSResource, Import-Module, a pipeline.

.DESCRIPTION
Publishes the built module to a local folder repository (publish-module.ps1), then starts a fresh pwsh whose user folders
(HOME, XDG_DATA_HOME, XDG_CONFIG_HOME, XDG_CACHE_HOME) are empty folders under -Work, so that it sees no module and no repository of
this user: there it registers the folder repository, runs Install-PSResource Coherence, imports the module by name from the new
PSModulePath and scores the bundled examples. Prints one JSON object with what it found. Works offline. Linux and macOS.

.EXAMPLE
tests/module/build-module.sh out/module/Coherence
pwsh -NoProfile tests/module/test-package.ps1 -Module out/module/Coherence -Work out/package-test
#>
param(
    [Parameter(Mandatory)] [string] $Module,
    [Parameter(Mandatory)] [string] $Work
)

$ErrorActionPreference = 'Stop'
New-Item -ItemType Directory -Force $Work | Out-Null
$Work = (Resolve-Path $Work).Path
$repository = Join-Path $Work 'repository'
$package = & (Join-Path $PSScriptRoot 'publish-module.ps1') -Module $Module -Repository $repository
$examples = (Resolve-Path (Join-Path $PSScriptRoot '../../rubrics/examples')).Path
$home_ = Join-Path $Work 'home'
foreach ($folder in '.local/share', '.config', '.cache') {
    New-Item -ItemType Directory -Force (Join-Path $home_ $folder) | Out-Null
}

$userModules = Join-Path $home_ '.local/share/powershell/Modules'
$inside = {
    param($repository, $examples, $userModules)
    $ErrorActionPreference = 'Stop'
    $before = @(Get-Module -ListAvailable Coherence).Count
    Register-PSResourceRepository -Name CoherenceLocal -Uri $repository -Trusted
    Install-PSResource -Name Coherence -Repository CoherenceLocal -Scope CurrentUser -TrustRepository -Quiet
    $installed = Get-Module -ListAvailable Coherence | Select-Object -First 1
    Import-Module Coherence
    $gaps = @(Measure-CoherenceGap -Path $examples -Level Group -WarningAction SilentlyContinue)
    [ordered]@{
        VisibleBefore = $before
        Installed = $installed.ModuleBase
        InstalledUnderUserModules = $installed.ModuleBase.StartsWith($userModules)
        Version = "$($installed.Version)"
        Imported = (Get-Module Coherence).Path
        Groups = $gaps.Count
        Below60 = @($gaps | Where-Object Coherence -lt 60).Count
    } | ConvertTo-Json -Compress
}

$pwsh = (Get-Command pwsh -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1).Source
if (-not $pwsh) { $pwsh = Join-Path $PSHOME 'pwsh' }
$saved = @{}
# Install-PSResource -Scope CurrentUser installs under HOME, PowerShell looks for user modules under XDG_DATA_HOME: both fresh.
$environment = @{
    HOME = $home_
    XDG_DATA_HOME = Join-Path $home_ '.local/share'
    XDG_CONFIG_HOME = Join-Path $home_ '.config'
    XDG_CACHE_HOME = Join-Path $home_ '.cache'
    PSModulePath = $userModules
}
foreach ($key in $environment.Keys) {
    $saved[$key] = [Environment]::GetEnvironmentVariable($key)
    [Environment]::SetEnvironmentVariable($key, $environment[$key])
}

try {
    $command = "& { $inside } '$repository' '$examples' '$userModules'"
    $output = & $pwsh -NoProfile -NonInteractive -Command $command
    if ($LASTEXITCODE -ne 0) {
        throw "the fresh pwsh failed ($LASTEXITCODE): $output"
    }
}
finally {
    foreach ($key in $saved.Keys) {
        [Environment]::SetEnvironmentVariable($key, $saved[$key])
    }
}

$result = ($output | Select-Object -Last 1) | ConvertFrom-Json
$result | Add-Member -NotePropertyName Package -NotePropertyValue $package
$result | ConvertTo-Json -Compress
