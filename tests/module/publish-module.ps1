#Requires -Version 7.2
<#
.SYNOPSIS
Packs the built module as the PowerShell Gallery holds modules: a .nupkg in a local folder repository.

.DESCRIPTION
Registers -Repository (a folder) as a PSResourceGet repository under a name of its own, publishes the module folder that
tests/module/build-module.sh built into it with Publish-PSResource, and unregisters it again, so that the user's repositories are
left as they were. Prints the path of the package, such as out/packages/Coherence.0.1.0.nupkg. Works offline.

.EXAMPLE
tests/module/build-module.sh out/module/Coherence
pwsh -NoProfile tests/module/publish-module.ps1 -Module out/module/Coherence -Repository out/packages
#>
param(
    # The built module folder (its name is Coherence).
    [Parameter(Mandatory)] [string] $Module,
    # The folder repository to publish into; made when missing.
    [Parameter(Mandatory)] [string] $Repository
)

$ErrorActionPreference = 'Stop'
$Module = (Resolve-Path $Module).Path
New-Item -ItemType Directory -Force $Repository | Out-Null
$Repository = (Resolve-Path $Repository).Path
$version = (Import-PowerShellDataFile (Join-Path $Module 'Coherence.psd1')).ModuleVersion
$name = 'CoherenceLocal' + [guid]::NewGuid().ToString('N').Substring(0, 8)
Register-PSResourceRepository -Name $name -Uri $Repository -Trusted
try {
    Publish-PSResource -Path $Module -Repository $name -SkipDependenciesCheck
}
finally {
    Unregister-PSResourceRepository -Name $name
}

$package = Join-Path $Repository "Coherence.$version.nupkg"
if (-not (Test-Path $package)) {
    throw "Publish-PSResource wrote no $package"
}

$package
