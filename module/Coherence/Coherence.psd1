# Module manifest of Coherence: measure the gap between migration law and its implementation.
# Build the module folder with: dotnet publish src/Coherence.PowerShell -c Release -o module/Coherence/bin
@{
    RootModule             = 'bin/Coherence.PowerShell.dll'
    ModuleVersion          = '0.1.0'
    CompatiblePSEditions   = @('Core', 'Desktop')
    GUID                   = 'f5afcda0-a189-4eb7-81f9-a86ed4245fa1'
    Author                 = 'Coherence contributors'
    CompanyName            = 'Coherence'
    Copyright              = 'Copyright (c) Coherence contributors'
    Description            = 'Measures policy coherence in migration governance: reads assessments, scores the gap between what the law provides and what is implemented in practice per country and migrant group, compares rounds, and writes workbooks and reports.'
    PowerShellVersion      = '5.1'
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess       = @('Coherence.format.ps1xml')
    CmdletsToExport        = @(
        'Get-CoherenceRubric'
        'Test-CoherenceRubric'
        'New-CoherenceWorkbook'
        'Import-CoherenceAssessment'
        'Measure-CoherenceGap'
        'Compare-CoherenceAssessment'
        'Measure-CoherenceRobustness'
        'Export-CoherenceWorkbook'
        'Export-CoherenceReport'
        'Measure-CoherenceAgreement'
        'Merge-CoherenceAssessment'
    )
    FunctionsToExport      = @()
    VariablesToExport      = @()
    AliasesToExport        = @()
    PrivateData            = @{
        PSData = @{
            Tags         = @('migration', 'policy-coherence', 'governance', 'rubric', 'assessment', 'PSEdition_Core', 'PSEdition_Desktop', 'Windows', 'Linux', 'MacOS')
            LicenseUri   = 'https://github.com/coherence-toolkit/coherence/blob/main/LICENSE'
            ProjectUri   = 'https://github.com/coherence-toolkit/coherence'
            ReleaseNotes = 'https://github.com/coherence-toolkit/coherence/blob/main/docs/powershell.md'
        }
    }
}
