#Requires -Version 5.1
# Pester tests of the built module (they pass under Pester 5 and Pester 6): the pipeline of docs/powershell.md
# over the bundled fictitious examples.
# Build the module first (tests/module/build-module.sh, or dotnet publish src/Coherence.PowerShell -c Release -o module/Coherence/bin),
# then: Invoke-Pester tests/module/Coherence.Tests.ps1, or under one exact Pester version:
# pwsh tests/module/run-pester.ps1 -PesterVersion 6.2.0 [-Module OUT_DIR]
# COHERENCE_MODULE may name another built module folder (the xunit suite builds one in a temporary folder).

BeforeAll {
    $repository = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
    $moduleFolder = if ($env:COHERENCE_MODULE) { $env:COHERENCE_MODULE } else { Join-Path $repository 'module/Coherence' }
    if (-not (Test-Path (Join-Path $moduleFolder 'bin/Coherence.PowerShell.dll'))) {
        throw "The module is not built in $moduleFolder; run: dotnet publish src/Coherence.PowerShell -c Release -o module/Coherence/bin"
    }

    $manifestPath = Join-Path $moduleFolder 'Coherence.psd1'
    Import-Module $manifestPath -Force
    $examples = Join-Path $repository 'rubrics/examples'
    $exampleFiles = @(Get-ChildItem $examples -Filter *.json)
}

AfterAll {
    Remove-Module Coherence -ErrorAction SilentlyContinue
}

Describe 'The Coherence module' {
    It 'exports exactly the cmdlets its manifest lists' {
        $manifest = Import-PowerShellDataFile $manifestPath
        $exported = (Get-Command -Module Coherence).Name | Sort-Object
        $exported | Should -Be ($manifest.CmdletsToExport | Sort-Object)
    }

    It 'has help with an example for every cmdlet' {
        foreach ($command in Get-Command -Module Coherence) {
            $help = Get-Help $command.Name -Full
            @($help.Examples.Example).Count | Should -BeGreaterThan 0 -Because "$($command.Name) needs an example"
        }
    }

    It 'completes bundled rubric ids' {
        $line = 'Measure-CoherenceGap -Rubric meso'
        $completion = TabExpansion2 -inputScript $line -cursorColumn $line.Length
        $completion.CompletionMatches.CompletionText | Should -Contain 'mesoamerica-coherence'
    }

    It 'completes country codes' {
        $line = 'New-CoherenceWorkbook -Country GT'
        $completion = TabExpansion2 -inputScript $line -cursorColumn $line.Length
        $completion.CompletionMatches.CompletionText | Should -Contain 'GTM'
    }
}

Describe 'Rubrics' {
    It 'lists the bundled rubrics, Mesoamerica first' {
        $rubrics = @(Get-CoherenceRubric)
        $rubrics[0].Id | Should -Be 'mesoamerica-coherence'
    }

    It 'finds the bundled file valid' {
        Test-CoherenceRubric (Join-Path $repository 'rubrics/mesoamerica.yaml') -Quiet | Should -BeTrue
    }

    It 'reports a broken rubric with located diagnostics' {
        $path = Join-Path $TestDrive 'broken.yaml'
        Set-Content -Path $path -Value "apiVersion: coherence/v1`nkind: Rubric`nmetadata: {}`n" -Encoding UTF8
        $check = Test-CoherenceRubric $path
        $check.IsValid | Should -BeFalse
        $check.Diagnostics[0].Location.File | Should -Be $path
    }
}

Describe 'A round of assessments' {
    It 'imports the examples piped from Get-ChildItem (FullName binds -Path)' {
        $assessments = @($exampleFiles | Import-CoherenceAssessment)
        $assessments.Count | Should -Be $exampleFiles.Count
        $assessments[0].GetType().FullName | Should -Be 'Coherence.Model.Assessment'
    }

    It 'resolves relative paths from the PowerShell location' {
        Push-Location $examples
        try {
            @(Import-CoherenceAssessment .\*.json).Count | Should -Be $exampleFiles.Count
        }
        finally {
            Pop-Location
        }
    }

    It 'gives one error per bad file and goes on with the others' {
        Copy-Item $exampleFiles.FullName $TestDrive
        Set-Content -Path (Join-Path $TestDrive 'ZZZ-bad.json') -Value '{ "kind": "Assessment", ' -Encoding UTF8
        Set-Content -Path (Join-Path $TestDrive 'ZZZ-empty.json') -Value '[]' -Encoding UTF8
        $read = @(Get-ChildItem $TestDrive -Filter *.json | Import-CoherenceAssessment -ErrorVariable bad -ErrorAction SilentlyContinue)
        $read.Count | Should -Be $exampleFiles.Count
        $bad.Count | Should -Be 2
        $bad[0].TargetObject | Should -BeLike '*ZZZ-bad.json'
        $bad[0].CategoryInfo.Category | Should -Be 'InvalidData'
        $bad[0].Exception.Message | Should -BeLike '*ZZZ-bad.json*'
    }

    It 'scores each assessment with values between 0 and 100' {
        $scores = @($exampleFiles | Import-CoherenceAssessment | Measure-CoherenceGap)
        $scores.Count | Should -Be $exampleFiles.Count
        foreach ($score in $scores) {
            $score.GetType().FullName | Should -Be 'Coherence.Scoring.AssessmentScore'
            if ($null -ne $score.Overall.Coherence) {
                $score.Overall.Coherence | Should -BeGreaterOrEqual 0
                $score.Overall.Coherence | Should -BeLessOrEqual 100
            }
        }
    }

    It 'formats scores as a table with country, period, law, practice, net gap, coherence and coverage' {
        $text = $exampleFiles | Import-CoherenceAssessment | Measure-CoherenceGap | Format-Table | Out-String
        foreach ($header in 'Country', 'Period', 'Law', 'Practice', 'NetGap', 'Coherence', 'Coverage') {
            $text | Should -Match $header
        }
    }

    It 'compares a country across periods' {
        $rows = @(Get-ChildItem $examples -Filter 'XMA-*.json' | Import-CoherenceAssessment | Measure-CoherenceGap | Compare-CoherenceAssessment)
        $overall = $rows | Where-Object { $null -eq $_.Group -and $null -eq $_.Dimension }
        @($overall).Count | Should -Be 2
        ($overall | Where-Object IsReference).Period | Should -Be '2025'
        ($overall | Where-Object { -not $_.IsReference }).CoherenceChange | Should -Not -BeNullOrEmpty
    }

    It 'writes a report for each score: Import | Measure | Export-CoherenceReport -OutDir' {
        $out = Join-Path $TestDrive 'reports'
        $written = @($exampleFiles | Import-CoherenceAssessment | Measure-CoherenceGap | Export-CoherenceReport -OutDir $out -PassThru)
        $written.Count | Should -BeGreaterThan 0
        $written | ForEach-Object { Test-Path $_.FullName | Should -BeTrue }
    }

    It 'writes nothing with -WhatIf' {
        $out = Join-Path $TestDrive 'whatif'
        $exampleFiles | Import-CoherenceAssessment | Measure-CoherenceGap | Export-CoherenceReport -OutDir $out -WhatIf
        Test-Path $out | Should -BeFalse
    }

    It 'refuses to replace a report without -Force and replaces it with -Force' {
        $out = Join-Path $TestDrive 'again'
        $exampleFiles[0] | Import-CoherenceAssessment | Measure-CoherenceGap | Export-CoherenceReport -OutDir $out
        $exampleFiles[0] | Import-CoherenceAssessment | Measure-CoherenceGap | Export-CoherenceReport -OutDir $out -ErrorVariable refused -ErrorAction SilentlyContinue
        $refused[0].CategoryInfo.Category | Should -Be 'ResourceExists'
        @($exampleFiles[0] | Import-CoherenceAssessment | Measure-CoherenceGap | Export-CoherenceReport -OutDir $out -Force -PassThru).Count | Should -Be 1
    }
}

Describe 'Workbooks' {
    It 'makes one workbook per row of a CSV' {
        $out = Join-Path $TestDrive 'workbooks'
        $rows = @([pscustomobject]@{ Country = 'XMA'; Assessor = 'Ana' }, [pscustomobject]@{ Country = 'XMB'; Assessor = 'Luis' })
        $made = @($rows | New-CoherenceWorkbook -Rubric mesoamerica-coherence -Period 2026 -Language es -OutDir $out -PassThru)
        $made.Name | Should -Be @('XMA-2026.xlsx', 'XMB-2026.xlsx')
    }

    It 'writes nothing with -WhatIf' {
        $out = Join-Path $TestDrive 'nothing'
        New-CoherenceWorkbook -Country XMA -Period 2026 -Rubric mesoamerica-coherence -OutDir $out -WhatIf
        Test-Path (Join-Path $out 'XMA-2026.xlsx') | Should -BeFalse
    }

    It 'writes the results of the examples as one workbook' {
        $out = Join-Path $TestDrive 'results.xlsx'
        $workbook = $exampleFiles | Import-CoherenceAssessment | Measure-CoherenceGap | Export-CoherenceWorkbook -OutFile $out -Language es -PassThru
        $workbook.FullName | Should -Be $out
        $workbook.Length | Should -BeGreaterThan 0
    }

    It 'reads back a workbook it made, filled in advance from a previous round' {
        $out = Join-Path $TestDrive 'next'
        $made = New-CoherenceWorkbook -Country XMA -Period 2027 -Rubric mesoamerica-coherence -From (Join-Path $examples 'XMA-2026.json') -OutDir $out -PassThru
        $back = Import-CoherenceAssessment $made.FullName
        $back.Period | Should -Be '2027'
        $back.Responses.Count | Should -BeGreaterThan 0
    }

    It 'measures how far the two teams of example country E agree, as flat rows' {
        $rows = @($exampleFiles | Import-CoherenceAssessment | Measure-CoherenceAgreement -Resamples 100)
        $overall = $rows | Where-Object Scope -eq 'overall'
        $overall.Country | Should -Be 'XME'
        $overall.Raters | Should -Be 'government;civil-society'
        $overall.Alpha | Should -BeGreaterThan 0
        $overall.AlphaLower | Should -BeLessOrEqual $overall.Alpha
        ($rows | Where-Object { $_.Scope -eq 'facet' -and $_.Part -eq 'practice' }).ExactAgreement | Should -BeLessThan (($rows | Where-Object { $_.Scope -eq 'facet' -and $_.Part -eq 'law' }).ExactAgreement)
        $text = $rows | Format-Table | Out-String
        $text | Should -Match 'Alpha'
    }

    It 'lists each team''s answer to the largest disagreements' {
        $answers = @(Measure-CoherenceAgreement -Path (Join-Path $examples 'XME-2026-*.json') -Resamples 0 -Disagreements | Where-Object Rank -eq 1)
        $answers.Count | Should -Be 2
        $answers.Rater | Should -Be @('government', 'civil-society')
    }

    It 'merges the two teams into a consensus that Measure-CoherenceGap scores, and writes files only when asked' {
        $consensus = Get-ChildItem $examples -Filter 'XME-2026-*.json' | Import-CoherenceAssessment | Merge-CoherenceAssessment -Rule within:1, role:civil-society
        $consensus.Reconciliation.Sources.Id | Should -Be @('government', 'civil-society')
        @($consensus | Measure-CoherenceGap).Count | Should -Be 1
        $out = Join-Path $TestDrive 'XME-2026-consensus.json'
        $workbook = Join-Path $TestDrive 'XME-2026-reconciliation.xlsx'
        Merge-CoherenceAssessment -Path (Join-Path $examples 'XME-2026-*.json') -Rule median -OutFile $out -Workbook $workbook -WhatIf
        Test-Path $out | Should -BeFalse
        $files = @(Merge-CoherenceAssessment -Path (Join-Path $examples 'XME-2026-*.json') -Rule median -OutFile $out -Workbook $workbook -PassThru)
        $files.Count | Should -Be 2
        (Merge-CoherenceAssessment -Decisions $workbook).Country.Value | Should -Be 'XME'
    }
}
