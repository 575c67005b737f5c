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
    # Country E was assessed by two teams: its two files are a set to compare or reconcile, not two scores to pipe.
    $oneTeamFiles = @($exampleFiles | Where-Object Name -notlike 'XME-*')
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

    It 'completes countries by their name in Spanish and English, Mesoamerica first, with the code' {
        $complete = { param($typed) $line = "New-CoherenceWorkbook -Country $typed"; (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches }
        $gua = @(& $complete 'gua')
        $gua[0].CompletionText | Should -Be 'GTM'
        $gua.CompletionText | Should -Be @('GTM', 'GUF', 'GLP', 'GUM')
        @(& $complete 'méxi').CompletionText | Should -Be @('MEX')
        @(& $complete 'mexi').CompletionText | Should -Be @('MEX')
        @(& $complete 'salv').CompletionText | Should -Be @('SLV')
        @(& $complete 'alema').CompletionText | Should -Be @('DEU')
        @(& $complete 'germ').CompletionText | Should -Be @('DEU')
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
        $scores = @($oneTeamFiles | Import-CoherenceAssessment | Measure-CoherenceGap)
        $scores.Count | Should -Be $oneTeamFiles.Count
        foreach ($score in $scores) {
            $score.GetType().FullName | Should -Be 'Coherence.PowerShell.CoherenceGap'
            $score.Coherence | Should -BeGreaterOrEqual 0
            $score.Coherence | Should -BeLessOrEqual 100
        }
    }

    It 'formats scores as a table with country, period, law, practice, net gap, coherence and coverage' {
        $text = $oneTeamFiles | Import-CoherenceAssessment | Measure-CoherenceGap | Format-Table | Out-String -Width 160
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

    It 'compares as flat rows that filter, sort, export and convert, with the detail reachable' {
        $rows = @(Measure-CoherenceGap -Path $examples -WarningAction SilentlyContinue | Where-Object Country -eq XMA | Compare-CoherenceAssessment -Language en)
        $rows.Count | Should -Be 240
        $rows[0].GetType().FullName | Should -Be 'Coherence.PowerShell.CoherenceComparison'
        $overall = @($rows | Where-Object { $null -eq $_.Group -and $null -eq $_.Dimension } | Sort-Object Period -Descending)
        $overall.Period | Should -Be @('2026', '2025')
        $overall[0].CountryName | Should -Be 'Example country A (fictitious)'
        $spanish = @(Measure-CoherenceGap -Path $examples -WarningAction SilentlyContinue | Where-Object Country -eq XMA | Compare-CoherenceAssessment -Language es)
        $spanish[0].CountryName | Should -Be 'País de ejemplo A (ficticio)'
        $overall[0].CoherenceChange | Should -Be ($overall[0].Coherence - $overall[1].Coherence)
        @($rows | Where-Object { $null -ne $_.LawChange }).Count | Should -Be @($rows | Where-Object { $_.Period -eq '2026' -and $null -ne $_.Law -and $null -ne $_.GetRow().LawChange }).Count
        $changed = @($rows | Where-Object ClassChanged)
        $changed | ForEach-Object { $_.Class | Should -Not -Be $_.ReferenceClass }
        $csv = Join-Path $TestDrive 'comparison.csv'
        $rows | Export-Csv $csv -NoTypeInformation
        $back = @(Import-Csv $csv)
        $back.Count | Should -Be 240
        ($back[0].PSObject.Properties.Name -join ',') | Should -BeLike 'Country,CountryName,Period,Group,GroupName,Dimension,DimensionName,Law,Practice,NetGap,Coherence,Coverage,Class,Status,Reference,IsReference,ReferenceClass,ClassChanged,LawChange,PracticeChange,NetGapChange,CoherenceChange'
        $json = $overall[0] | ConvertTo-Json | ConvertFrom-Json
        $json.Country | Should -Be 'XMA'
        $json.Class | Should -BeOfType [string]
        $overall[0].GetAggregate().Coverage | Should -Be $overall[0].Coverage
        $spanish = @(Measure-CoherenceGap -Path (Join-Path $examples 'XMA-*.json') | Compare-CoherenceAssessment -Language es | Where-Object Dimension -eq 'recognition')
        $spanish[0].DimensionName | Should -Be 'Reconocimiento constitucional y legal'
    }

    It 'writes a report for each score: Import | Measure | Export-CoherenceReport -OutDir' {
        $out = Join-Path $TestDrive 'reports'
        $written = @($oneTeamFiles | Import-CoherenceAssessment | Measure-CoherenceGap | Export-CoherenceReport -OutDir $out -PassThru)
        $written.Count | Should -BeGreaterThan 0
        $written | ForEach-Object { Test-Path $_.FullName | Should -BeTrue }
    }

    It 'writes nothing with -WhatIf' {
        $out = Join-Path $TestDrive 'whatif'
        $oneTeamFiles | Import-CoherenceAssessment | Measure-CoherenceGap | Export-CoherenceReport -OutDir $out -WhatIf
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

Describe 'Score objects that script' {
    BeforeAll {
        $byAssessment = @(Measure-CoherenceGap -Path $examples)
        $byGroup = @(Measure-CoherenceGap -Path $examples -Level Group -WarningVariable leftOut -WarningAction SilentlyContinue)
        $properties = 'Country', 'CountryName', 'Period', 'Group', 'GroupName', 'Dimension', 'Node', 'NodeName', 'Law', 'Practice', 'NetGap',
            'AbsoluteGap', 'Coherence', 'Coverage', 'Class', 'Status', 'Reason', 'Rubric', 'RubricVersion', 'RubricTitle', 'Level', 'Role'
    }

    It 'writes one object per assessment by default, with flat properties and the country as its code' {
        $byAssessment.Count | Should -Be 5
        $byAssessment.Country | Should -Be @('XMA', 'XMA', 'XMB', 'XMC', 'XMD')
        $byAssessment.Period | Should -Be @('2025', '2026', '2026', '2026', '2026')
        $byAssessment[0].Country | Should -BeOfType [string]
        $byAssessment[0].psobject.Properties.Name | Should -Be $properties
        $byAssessment | ForEach-Object { $_.Group | Should -BeNullOrEmpty }
    }

    It 'writes one object per assessment and group, dimension or indicator with -Level, leaving out and naming those without a value' {
        $byGroup.Count | Should -Be 24
        # Besides country E, left out because two teams assessed it (ASM032).
        @($leftOut).Count | Should -Be 2
        "$($leftOut[0])" | Should -BeLike 'XMD 2026: 1 of 5 scores have no value*emigrants (no-data)*-IncludeUnscored*'
        "$($leftOut[1])" | Should -BeLike '*ASM032*XME 2026*-Assessors ByRole*'
        @(Measure-CoherenceGap -Path $examples -Level Group -IncludeUnscored).Count | Should -Be 25
        @(Measure-CoherenceGap -Path $examples -Level Dimension -IncludeUnscored).Count | Should -Be 475
        @(Measure-CoherenceGap -Path $examples -Level Indicator -IncludeUnscored).Count | Should -Be 1610
        ($byGroup | Where-Object Country -eq XMD).Group | Should -Be @('immigrants', 'transit', 'returnees', 'asylum')
    }

    It 'keeps a score without a value as empty values with its status when asked' {
        $unscored = @(Measure-CoherenceGap -Path (Join-Path $examples 'XMD-2026.json') -Level Group -IncludeUnscored | Where-Object Status -ne Scored)
        $unscored.Count | Should -Be 1
        $unscored[0].Group | Should -Be 'emigrants'
        $unscored[0].Status | Should -Be 'InsufficientData'
        $unscored[0].Reason | Should -Be 'no-data'
        $unscored[0].Coherence | Should -BeNullOrEmpty
    }

    It 'filters with Where-Object: coherence below 60' {
        @($byAssessment | Where-Object Coherence -lt 60).Period | Should -Be @('2025', '2026')
        @($byAssessment | Where-Object Coherence -lt 60).Country | Should -Be @('XMA', 'XMA')
        $low = @($byGroup | Where-Object Coherence -lt 60)
        $low.Count | Should -Be 10
        ($low.Country | Sort-Object -Unique) | Should -Be 'XMA'
        @($byGroup | Where-Object Class -eq ImplementationGap).Count | Should -Be 14
    }

    It 'sorts with Sort-Object by coherence' {
        $sorted = @($byAssessment | Sort-Object Coherence -Descending)
        $sorted.Country | Should -Be @('XMC', 'XMB', 'XMD', 'XMA', 'XMA')
        $sorted[-1].Period | Should -Be '2025'
    }

    It 'groups with Group-Object by country and by group' {
        $countries = $byGroup | Group-Object Country
        $countries.Name | Should -Be @('XMA', 'XMB', 'XMC', 'XMD')
        ($countries | ForEach-Object Count) | Should -Be @(10, 5, 5, 4)
        ($byGroup | Group-Object GroupName | Where-Object Name -eq 'Emigrants').Count | Should -Be 4
    }

    It 'measures with Measure-Object: the mean of the values there are, never counting a missing one as zero' {
        $measured = $byGroup | Measure-Object Coherence -Average -Minimum -Maximum
        $measured.Count | Should -Be 24
        $values = @($byGroup.Coherence)
        $measured.Average | Should -BeGreaterThan 60
        [math]::Abs($measured.Average - (($values | ForEach-Object { $_ } | Measure-Object -Sum).Sum / 24)) | Should -BeLessThan 1e-9
        $measured.Minimum | Should -Be (($byGroup | Where-Object Country -eq XMA | Sort-Object Coherence)[0].Coherence)
    }

    It 'exports one readable row per score with Export-Csv' {
        $file = Join-Path $TestDrive 'groups.csv'
        $byGroup | Export-Csv $file -NoTypeInformation -Encoding UTF8
        $rows = @(Import-Csv $file)
        $rows.Count | Should -Be 24
        $rows[0].psobject.Properties.Name | Should -Be $properties
        $rows[0].Country | Should -Be 'XMA'
        $rows[0].Group | Should -Be 'immigrants'
        $rows[0].Class | Should -Be 'ImplementationGap'
        $rows[0].Status | Should -Be 'Scored'
        $rows[0].RubricTitle | Should -Be 'Migration policy coherence in Mesoamerica: law and practice'
        [double]::Parse($rows[0].Coherence, [cultureinfo]::CurrentCulture) | Should -Be $byGroup[0].Coherence
        (Get-Content $file -Raw) | Should -Not -Match 'Coherence\.(Scoring|Model)\.'
    }

    It 'converts to readable JSON: codes, names and numbers, nothing nested, nothing truncated' {
        $json = $byGroup | ConvertTo-Json -WarningVariable truncated
        @($truncated).Count | Should -Be 0
        $back = @($json | ConvertFrom-Json)
        $back.Count | Should -Be 24
        $back[0].Country | Should -Be 'XMA'
        $back[0].Level | Should -Be 'Group'
        $back[0].Class | Should -Be 'ImplementationGap'
        $back[0].Coherence | Should -Be $byGroup[0].Coherence
        $back[0].psobject.Properties.Name | Should -Be $properties
        foreach ($property in $back[0].psobject.Properties) {
            $property.Value | Should -Not -BeOfType [System.Management.Automation.PSCustomObject]
        }
    }

    It 'names and titles in the language chosen with -Language' {
        $spanish = @(Measure-CoherenceGap -Path (Join-Path $examples 'XMA-2026.json') -Level Group -Language es)
        $spanish[0].RubricTitle | Should -Be 'Coherencia de las políticas migratorias en Mesoamérica: ley y práctica'
        $spanish[0].GroupName | Should -Be 'Personas inmigrantes'
        ($spanish | ConvertTo-Json | ConvertFrom-Json)[0].RubricTitle | Should -Be $spanish[0].RubricTitle
    }

    It 'names a real country by its ISO name when the assessment gives none' {
        $json = Get-Content (Join-Path $examples 'XMA-2026.json') -Raw | ConvertFrom-Json
        $json.country = 'MEX'
        $json.psobject.Properties.Remove('countryName')
        $file = Join-Path $TestDrive 'MEX-2026.json'
        $json | ConvertTo-Json -Depth 20 | Set-Content $file -Encoding UTF8
        (Measure-CoherenceGap -Path $file).CountryName | Should -Be 'Mexico'
        (Measure-CoherenceGap -Path $file -Language es).CountryName | Should -Be 'México'
    }

    It 'keeps the whole score reachable with GetScore()' {
        $score = $byAssessment[0].GetScore()
        $score.GetType().FullName | Should -Be 'Coherence.Scoring.AssessmentScore'
        $score.Indicators.Count | Should -Be 322
        $score.Matrix.Count | Should -Be 95
        $byGroup[0].GetScore() | Should -Be $byGroup[1].GetScore()
    }

    It 'gives each indicator its dimension, node and name' {
        $indicators = @(Measure-CoherenceGap -Path (Join-Path $examples 'XMA-2026.json') -Level Indicator -WarningAction SilentlyContinue)
        $first = $indicators[0]
        $first.Level | Should -Be 'Indicator'
        $first.Dimension | Should -Be 'recognition'
        $first.Node | Should -Be 'REC-01'
        $first.NodeName | Should -Not -BeNullOrEmpty
    }
}

Describe 'Publishing piped scores' {
    It 'writes one report per assessment whatever the level of the piped objects' {
        $out = Join-Path $TestDrive 'by-group'
        $written = @(Measure-CoherenceGap -Path $examples -Level Group -WarningAction SilentlyContinue | Export-CoherenceReport -OutDir $out -PassThru)
        $written.Name | Should -Be @('XMA-2025.html', 'XMA-2026.html', 'XMB-2026.html', 'XMC-2026.html', 'XMD-2026.html')
    }

    It 'publishes what Where-Object kept' {
        $out = Join-Path $TestDrive 'filtered'
        $written = @(Measure-CoherenceGap -Path $examples | Where-Object Coherence -lt 60 | Export-CoherenceReport -OutDir $out -PassThru)
        $written.Name | Should -Be @('XMA-2025.html', 'XMA-2026.html')
    }

    It 'returns what Get-Item returns with -PassThru' {
        $out = Join-Path $TestDrive 'items'
        $written = @(Measure-CoherenceGap -Path (Join-Path $examples 'XMB-2026.json') | Export-CoherenceReport -OutDir $out -PassThru)
        $written[0] | Should -BeOfType [System.IO.FileInfo]
        $written[0].PSPath | Should -Be (Get-Item $written[0].FullName).PSPath
        $written[0].PSProvider.Name | Should -Be 'FileSystem'
        $written[0].PSChildName | Should -Be 'XMB-2026.html'
        $workbook = Measure-CoherenceGap -Path $examples | Export-CoherenceWorkbook -OutFile (Join-Path $out 'results.xlsx') -PassThru
        $workbook.PSParentPath | Should -Be (Get-Item $out).PSPath
        $made = New-CoherenceWorkbook -Country XMA -Period 2030 -Rubric mesoamerica-coherence -OutDir $out -PassThru
        $made.PSChildName | Should -Be 'XMA-2030.xlsx'
        $written, $workbook, $made | Remove-Item
        @(Get-ChildItem $out).Count | Should -Be 0
    }

    It 'compares piped objects of any level by assessment' {
        $rows = @(Measure-CoherenceGap -Path $examples -Level Dimension -WarningAction SilentlyContinue | Where-Object Country -eq XMA | Compare-CoherenceAssessment)
        @($rows | Where-Object { $null -eq $_.Group -and $null -eq $_.Dimension }).Count | Should -Be 2
    }

    It 'needs no -Rubric for scores computed with a rubric file' {
        $rubric = Join-Path $TestDrive 'own.yaml'
        Copy-Item (Join-Path $repository 'rubrics/mesoamerica.yaml') $rubric
        $out = Join-Path $TestDrive 'own.xlsx'
        Measure-CoherenceGap -Path $examples -Rubric $rubric | Export-CoherenceWorkbook -OutFile $out
        Test-Path $out | Should -BeTrue
    }
}

Describe 'One assessment per country and period across the pipeline' {
    It 'refuses a second assessment of a country and period among the files' {
        $folder = Join-Path $TestDrive 'twice'
        New-Item -ItemType Directory $folder | Out-Null
        Copy-Item $exampleFiles.FullName $folder
        Copy-Item (Join-Path $examples 'XMA-2026.json') (Join-Path $folder 'XMA-2026-again.json')
        $scores = @(Measure-CoherenceGap -Path $folder -ErrorVariable twice -ErrorAction SilentlyContinue)
        $scores.Count | Should -Be 5
        @($twice).Count | Should -Be 1
        $twice[0].FullyQualifiedErrorId | Should -BeLike 'ASM031,*'
        $twice[0].TargetObject | Should -BeLike '*XMA-2026*.json'
    }

    It 'refuses it when it comes in another record of the pipeline' {
        $scores = @($oneTeamFiles | ForEach-Object { $_; $_ } | Import-CoherenceAssessment | Measure-CoherenceGap -ErrorVariable twice -ErrorAction SilentlyContinue)
        $scores.Count | Should -Be 5
        @($twice).Count | Should -Be 5
    }

    It 'refuses a second team''s assessment piped after the first, and says how to compare or combine them' {
        $scores = @(Get-ChildItem $examples -Filter 'XME-*.json' | Import-CoherenceAssessment | Measure-CoherenceGap -ErrorVariable teams -ErrorAction SilentlyContinue)
        $scores.Count | Should -Be 1
        @($teams).Count | Should -Be 1
        $teams[0].FullyQualifiedErrorId | Should -BeLike 'ASM031,*'
        "$($teams[0])" | Should -BeLike '*Measure-CoherenceAgreement*Merge-CoherenceAssessment*'
    }

    It 'leaves out both teams'' files of one country and period given with -Path, with a warning, as coherence score does' {
        $scores = @(Measure-CoherenceGap -Path $examples -WarningVariable leftOut -WarningAction SilentlyContinue -ErrorVariable failed -ErrorAction SilentlyContinue)
        $scores.Country | Should -Not -Contain 'XME'
        @($failed).Count | Should -Be 0
        @($leftOut | Where-Object { "$_" -like '*ASM032*XME 2026*2 teams*' }).Count | Should -Be 1
    }

    It 'refuses it among scores piped from two runs' {
        $first = Measure-CoherenceGap -Path $examples
        $second = Measure-CoherenceGap -Path (Join-Path $examples 'XMB-2026.json')
        $out = Join-Path $TestDrive 'twice.xlsx'
        $first + $second | Export-CoherenceWorkbook -OutFile $out -ErrorVariable twice -ErrorAction SilentlyContinue
        @($twice).Count | Should -Be 1
        $twice[0].FullyQualifiedErrorId | Should -BeLike 'ASM031,*'
        Test-Path $out | Should -BeTrue
    }
}

Describe 'A folder with good and bad files' {
    BeforeAll {
        $mixed = Join-Path $TestDrive 'mixed'
        New-Item -ItemType Directory $mixed | Out-Null
        Copy-Item $exampleFiles.FullName $mixed
        Set-Content -Path (Join-Path $mixed 'ZZZ-bad.json') -Value '{ "kind": "Assessment", ' -Encoding UTF8
        Set-Content -Path (Join-Path $mixed 'ZZZ-not-a-workbook.xlsx') -Value 'not a workbook' -Encoding UTF8
    }

    It 'Export-CoherenceWorkbook -Path writes the good ones and reports each bad file' {
        $out = Join-Path $TestDrive 'mixed.xlsx'
        $workbook = Export-CoherenceWorkbook -Path $mixed -OutFile $out -PassThru -ErrorVariable bad -ErrorAction SilentlyContinue
        $workbook.Name | Should -Be 'mixed.xlsx'
        @($bad).Count | Should -Be 2
        ($bad.TargetObject | ForEach-Object { Split-Path $_ -Leaf } | Sort-Object) | Should -Be @('ZZZ-bad.json', 'ZZZ-not-a-workbook.xlsx')
    }

    It 'Export-CoherenceReport -Path writes a report for each good file and reports each bad one' {
        $out = Join-Path $TestDrive 'mixed-reports'
        $written = @(Export-CoherenceReport -Path $mixed -OutDir $out -PassThru -ErrorVariable bad -ErrorAction SilentlyContinue)
        $written.Count | Should -Be 5
        @($bad).Count | Should -Be 2
    }

    It 'Export-CoherenceReport -OutDir keeps an existing report and writes the others' {
        $out = Join-Path $TestDrive 'one-exists'
        New-Item -ItemType Directory $out | Out-Null
        Set-Content -Path (Join-Path $out 'XMB-2026.html') -Value 'kept'
        $written = @(Export-CoherenceReport -Path $examples -OutDir $out -PassThru -ErrorVariable refused -ErrorAction SilentlyContinue)
        $written.Count | Should -Be 4
        @($refused).Count | Should -Be 1
        $refused[0].CategoryInfo.Category | Should -Be 'ResourceExists'
        $refused[0].Exception.Message | Should -BeLike '*XMB-2026.html*-Force*'
        Get-Content (Join-Path $out 'XMB-2026.html') | Should -Be 'kept'
    }
}

Describe 'Messages in PowerShell words' {
    It 'names -OutFile and -OutDir, never the command line options' {
        Export-CoherenceReport -Path $examples -ErrorVariable bad -ErrorAction SilentlyContinue
        "$($bad[0].Exception.Message) $($bad[0].ErrorDetails.RecommendedAction)" | Should -Match '-OutFile <file>.*-OutDir <folder>'
        "$($bad[0].Exception.Message) $($bad[0].ErrorDetails.RecommendedAction)" | Should -Not -Match '--[a-z]|-o <file>'
    }

    It 'names -Rubric for a rubric that is not bundled' {
        $json = Get-Content (Join-Path $examples 'XMA-2026.json') -Raw | ConvertFrom-Json
        $json.rubric.id = 'own-rubric'
        $file = Join-Path $TestDrive 'XMA-own.json'
        $json | ConvertTo-Json -Depth 20 | Set-Content $file -Encoding UTF8
        Measure-CoherenceGap -Path $file -ErrorVariable bad -ErrorAction SilentlyContinue
        $bad[0].Exception.Message | Should -Match 'with -Rubric'
        $bad[0].Exception.Message | Should -Not -Match '--rubric'
    }

    It 'names New-CoherenceWorkbook and -Country' {
        Import-CoherenceAssessment (Join-Path $TestDrive 'nowhere.xlsx') -ErrorAction SilentlyContinue
        $fake = Join-Path $TestDrive 'fake.xlsx'
        Set-Content -Path $fake -Value 'not a workbook'
        Import-CoherenceAssessment $fake -ErrorVariable bad -ErrorAction SilentlyContinue
        $bad[0].Exception.Message | Should -Match 'New-CoherenceWorkbook'
        $bad[0].Exception.Message | Should -Not -Match "coherence workbook new"
        New-CoherenceWorkbook -Country Q1 -Period 2026 -Rubric mesoamerica-coherence -OutDir $TestDrive -ErrorVariable country -ErrorAction SilentlyContinue
        $country[0].Exception.Message | Should -BeLike '-Country: error WBK060*'
    }
}

Describe 'ShouldProcess names each file' {
    It 'asks once per report with -WhatIf, naming the file' {
        $out = Join-Path $TestDrive 'whatif-each'
        $pwsh = (Get-Command pwsh -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1).Source
        if (-not $pwsh) { $pwsh = Join-Path $PSHOME 'pwsh' }
        $script = "Import-Module '$manifestPath'; Measure-CoherenceGap -Path '$examples' | Export-CoherenceReport -OutDir '$out' -WhatIf; New-CoherenceWorkbook -Country XMA -Period 2030 -Rubric mesoamerica-coherence -OutDir '$out' -WhatIf; Measure-CoherenceGap -Path '$examples' | Export-CoherenceWorkbook -OutFile '$out/results.xlsx' -WhatIf; 'XMB', 'XMC' | ForEach-Object { [pscustomobject]@{ Country = `$_ } } | New-CoherenceWorkbook -Period 2031 -Rubric mesoamerica-coherence -OutDir '$out' -WhatIf"
        $said = @(& $pwsh -NoProfile -NonInteractive -Command $script) -match '^What if:'
        $said.Count | Should -Be 9
        $said[7] | Should -BeLike "*$(Join-Path $out 'XMB-2031.xlsx')*"
        $said[8] | Should -BeLike "*$(Join-Path $out 'XMC-2031.xlsx')*"
        $said[0] | Should -BeLike "*Write the country profile of XMA 2025*$(Join-Path $out 'XMA-2025.html')*"
        $said[5] | Should -BeLike "*$(Join-Path $out 'XMA-2030.xlsx')*"
        $said[6] | Should -BeLike "*results.xlsx*"
        Test-Path $out | Should -BeFalse
    }
}

Describe 'Workbooks' {
    It 'makes one workbook per row of a CSV whose optional cells are empty' {
        $out = Join-Path $TestDrive 'from-csv'
        $csv = Join-Path $TestDrive 'countries.csv'
        Set-Content -Path $csv -Encoding UTF8 -Value "Country,Assessor,Organization,Role,Language`nXMA,Ana,,,`nXMB,,,government,es`nXMC,,,,"
        $made = @(Import-Csv $csv | New-CoherenceWorkbook -Rubric mesoamerica-coherence -Period 2026 -OutDir $out -PassThru -ErrorVariable bad)
        @($bad).Count | Should -Be 0
        $made.Name | Should -Be @('XMA-2026.xlsx', 'XMB-2026.xlsx', 'XMC-2026.xlsx')
    }

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
        $workbook = $oneTeamFiles | Import-CoherenceAssessment | Measure-CoherenceGap | Export-CoherenceWorkbook -OutFile $out -Language es -PassThru
        $workbook.FullName | Should -Be $out
        $workbook.Length | Should -BeGreaterThan 0
    }

    It 'reads back a workbook it made, filled in advance from a previous round' {
        $out = Join-Path $TestDrive 'next'
        $made = New-CoherenceWorkbook -Country XMA -Period 2027 -Rubric mesoamerica-coherence -From (Join-Path $examples 'XMA-2026.json') -OutDir $out -PassThru
        $back = Import-CoherenceAssessment $made.FullName
        $back.Period | Should -Be '2027'
        $back.Responses.Count | Should -BeGreaterThan 0
        $back.CountryName.For('es-GT') | Should -Be 'País de ejemplo A (ficticio)'
        $back.CountryName.For('en') | Should -Be 'Example country A (fictitious)'
        $renamed = New-CoherenceWorkbook -Country XMA -Period 2028 -Rubric mesoamerica-coherence -CountryName 'Xmalandia' -OutDir $out -PassThru
        (Import-CoherenceAssessment $renamed.FullName).CountryName.For('es') | Should -Be 'Xmalandia'
    }

    It 'shows a country''s name in the session''s culture when no -Language is given' {
        $culture = [cultureinfo]::CurrentUICulture
        try {
            [cultureinfo]::CurrentUICulture = 'es-GT'
            $rows = @(Measure-CoherenceGap -Path (Join-Path $examples 'XMA-2026.json'))
            $rows[0].CountryName | Should -Be 'País de ejemplo A (ficticio)'
            [cultureinfo]::CurrentUICulture = 'en-US'
            $rows = @(Measure-CoherenceGap -Path (Join-Path $examples 'XMA-2026.json'))
            $rows[0].CountryName | Should -Be 'Example country A (fictitious)'
        }
        finally {
            [cultureinfo]::CurrentUICulture = $culture
        }
    }

    It 'measures how far the two teams of example country E agree, as flat rows' {
        $rows = @($exampleFiles | Import-CoherenceAssessment | Measure-CoherenceAgreement -Resamples 100)
        $overall = $rows | Where-Object Scope -eq 'overall'
        $overall.Country | Should -Be 'XME'
        $overall.CountryName | Should -Be 'Example country E (fictitious)'
        @($rows | Where-Object CountryName -eq 'Example country E (fictitious)').Count | Should -Be $rows.Count
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
        $files[0].PSPath | Should -Not -BeNullOrEmpty
        (Merge-CoherenceAssessment -Decisions $workbook).Country.Value | Should -Be 'XME'
    }

    It 'scores each team of example country E, told apart by Role, or their median, with -Assessors' {
        $byRole = @(Measure-CoherenceGap -Path $examples -Assessors ByRole | Where-Object Country -eq 'XME')
        $byRole.Role | Should -Be @('government', 'civil-society')
        $byRole[1].Practice | Should -BeLessThan $byRole[0].Practice
        $median = @(Measure-CoherenceGap -Path $examples -Assessors Median | Where-Object Country -eq 'XME')
        $median.Count | Should -Be 1
        $median[0].Role | Should -BeNullOrEmpty
    }
}

Describe 'Robustness' {
    It 'gives flat rank intervals per country and group, piped from Get-ChildItem, with a reading' {
        $ranks = @($exampleFiles | Measure-CoherenceRobustness -Draws 300 -Seed 4 -Language en)
        $overall = @($ranks | Where-Object { $_.Group -eq '*' -and $_.Period -eq '2026' })
        @($overall).Count | Should -Be 4
        ($overall | Where-Object Country -eq 'XMB').NominalRank | Should -Be 1
        foreach ($row in $overall) {
            $row.RankLow | Should -BeLessOrEqual $row.RankHigh
            $row.Reading | Should -BeLike 'In 90% of the variations, *'
        }
        ($ranks | Where-Object Group -eq 'transit').Count | Should -BeGreaterThan 0
        ($ranks[0].PSObject.Properties | Where-Object { $_.Value -is [System.Collections.IEnumerable] -and $_.Value -isnot [string] }) | Should -BeNullOrEmpty
    }

    It 'refuses a specification it cannot apply, with its file and line' {
        $spec = Join-Path $TestDrive 'spec.yaml'
        Set-Content -Path $spec -Value "apiVersion: coherence/v1`nkind: Robustness`nspec:`n  variants: [strict]"
        $result = @(Measure-CoherenceRobustness -Path $examples -Spec $spec -ErrorVariable problems -ErrorAction SilentlyContinue)
        $result.Count | Should -Be 0
        "$problems" | Should -BeLike '*spec.yaml:4*ROB021*'
    }
}

Describe 'Batch workbooks from a list' {
    It 'checks the whole list first: each bad row is one error naming its row, and then nothing is written' {
        $out = Join-Path $TestDrive 'batch-bad'
        $csv = Join-Path $TestDrive 'bad-list.csv'
        Set-Content -Path $csv -Encoding UTF8 -Value "Country,Period,Assessor`nXMA,2026,Ana`nQQ,2026,`nXMB,20 26,`nXMC,2026,`nXMA,2026,Bob"
        $made = @(Import-Csv $csv | New-CoherenceWorkbook -Rubric mesoamerica-coherence -OutDir $out -PassThru -ErrorVariable bad -ErrorAction SilentlyContinue -WarningVariable warned -WarningAction SilentlyContinue)
        $made.Count | Should -Be 0
        @($bad).Count | Should -Be 3
        @($bad.FullyQualifiedErrorId -replace ',.*') | Should -Be @('WBK060', 'WBK061', 'PSM100')
        $bad[0].Exception.Message | Should -BeLike 'input row 2, -Country: error WBK060*'
        $bad[1].Exception.Message | Should -BeLike 'input row 3, -Period: error WBK061*'
        $bad[2].Exception.Message | Should -BeLike '*XMA-2026.xlsx: error PSM100: input row 5 writes the same workbook as input row 1*'
        @($warned).Count | Should -Be 1
        "$($warned[0])" | Should -BeLike '*PSM101*3 of 5 rows*'
        Test-Path $out | Should -BeFalse
    }

    It 'reads the rubric once, writes every row of a good list and returns them as Get-Item does, in the list''s order' {
        $out = Join-Path $TestDrive 'batch-good'
        $csv = Join-Path $TestDrive 'good-list.csv'
        Set-Content -Path $csv -Encoding UTF8 -Value "Country,Period,Language`nXMC,2026,en`nXMA,2026,`nXMB,2027,es`nXMD,2026,"
        $said = @(Import-Csv $csv | New-CoherenceWorkbook -Rubric mesoamerica-coherence -OutDir $out -PassThru -Verbose 4>&1)
        $read = @($said | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like 'Reading the rubric*' })
        $read.Count | Should -Be 1
        $made = @($said | Where-Object { $_ -is [System.IO.FileInfo] })
        $made.Name | Should -Be @('XMC-2026.xlsx', 'XMA-2026.xlsx', 'XMB-2027.xlsx', 'XMD-2026.xlsx')
        $made | ForEach-Object { $_.PSPath | Should -BeLike 'Microsoft.PowerShell.Core\FileSystem::*' }
        @(Get-ChildItem $out -Filter *.xlsx).Count | Should -Be 4
        (Import-CoherenceAssessment (Join-Path $out 'XMB-2027.xlsx') -WarningAction SilentlyContinue).Period | Should -Be '2027'
    }

    It 'refuses the whole list when one workbook exists, and writes it with -Force' {
        $out = Join-Path $TestDrive 'batch-exists'
        New-CoherenceWorkbook -Country XMB -Period 2026 -Rubric mesoamerica-coherence -OutDir $out
        $rows = 'XMA', 'XMB' | ForEach-Object { [pscustomobject]@{ Country = $_; Period = '2026' } }
        $rows | New-CoherenceWorkbook -Rubric mesoamerica-coherence -OutDir $out -ErrorVariable exists -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
        @($exists).Count | Should -Be 1
        $exists[0].FullyQualifiedErrorId | Should -BeLike 'OUT002,*'
        Test-Path (Join-Path $out 'XMA-2026.xlsx') | Should -BeFalse
        @($rows | New-CoherenceWorkbook -Rubric mesoamerica-coherence -OutDir $out -Force -PassThru).Count | Should -Be 2
    }
}

Describe 'Paper' {
    BeforeAll {
        Add-Type -AssemblyName System.IO.Compression.FileSystem
        # The paper size code of each worksheet of a workbook: 1 is Letter, 9 is A4.
        function Get-PaperSizes([string] $Path) {
            $zip = [System.IO.Compression.ZipFile]::OpenRead($Path)
            try {
                foreach ($entry in @($zip.Entries | Where-Object FullName -like 'xl/worksheets/sheet*.xml')) {
                    $reader = [System.IO.StreamReader]::new($entry.Open())
                    try { [regex]::Match($reader.ReadToEnd(), 'paperSize="(\d+)"').Groups[1].Value } finally { $reader.Dispose() }
                }
            }
            finally { $zip.Dispose() }
        }
    }

    It 'lays rubric workbooks out for Letter unless -Paper A4 is given' {
        $out = Join-Path $TestDrive 'paper'
        $letter = New-CoherenceWorkbook -Country XMA -Period 2026 -Rubric mesoamerica-coherence -OutDir $out -PassThru
        $a4 = New-CoherenceWorkbook -Country XMB -Period 2026 -Rubric mesoamerica-coherence -OutDir $out -Paper a4 -PassThru
        $letterSizes = @(Get-PaperSizes $letter.FullName)
        $letterSizes.Count | Should -BeGreaterThan 3
        $letterSizes | Sort-Object -Unique | Should -Be '1'
        @(Get-PaperSizes $a4.FullName) | Sort-Object -Unique | Should -Be '9'
    }

    It 'lays the results workbook out for A4 with -Paper A4' {
        $out = Join-Path $TestDrive 'results-a4.xlsx'
        $oneTeamFiles | Measure-CoherenceGap | Export-CoherenceWorkbook -OutFile $out -Paper A4
        $sizes = @(Get-PaperSizes $out)
        $sizes.Count | Should -Be 6
        $sizes | Sort-Object -Unique | Should -Be '9'
    }

    It 'prints Spanish reports on Letter and English ones on A4 unless -Paper says otherwise' {
        $out = Join-Path $TestDrive 'paper-reports'
        $scores = @(Measure-CoherenceGap -Path (Join-Path $examples 'XMA-2026.json'))
        $size = { param($file) (Select-String -Path $file -Pattern '@page \{ size: (\w+)').Matches[0].Groups[1].Value }
        & $size ($scores | Export-CoherenceReport -OutFile (Join-Path $out 'es.html') -Language es -PassThru).FullName | Should -Be 'Letter'
        & $size ($scores | Export-CoherenceReport -OutFile (Join-Path $out 'en.html') -Language en -PassThru).FullName | Should -Be 'A4'
        & $size ($scores | Export-CoherenceReport -OutFile (Join-Path $out 'en-letter.html') -Language en -Paper Letter -PassThru).FullName | Should -Be 'Letter'
    }

    It 'completes -Paper with Letter and A4 and refuses any other paper' {
        foreach ($command in 'New-CoherenceWorkbook', 'Export-CoherenceWorkbook', 'Export-CoherenceReport') {
            $line = "$command -Paper "
            @((TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText) | Sort-Object | Should -Be @('A4', 'Letter')
        }
        { New-CoherenceWorkbook -Country XMA -Period 2026 -Rubric mesoamerica-coherence -OutDir $TestDrive -Paper Legal -ErrorAction Stop } | Should -Throw '*Paper*'
    }
}

Describe 'Rank intervals in the regional comparison' {
    BeforeAll {
        $result = Join-Path $TestDrive 'robustness.json'
        $null = Measure-CoherenceRobustness -Path $oneTeamFiles.FullName -Draws 200 -Seed 2 -JsonFile $result
    }

    It 'writes the result as JSON with -JsonFile, not with -WhatIf, and returns it with -PassThru after the ranks' {
        Test-Path $result | Should -BeTrue
        $skipped = Join-Path $TestDrive 'whatif-robustness.json'
        $ranks = @(Measure-CoherenceRobustness -Path (Join-Path $examples 'XMA-2026.json'), (Join-Path $examples 'XMB-2026.json') -Draws 20 -JsonFile $skipped -WhatIf)
        $ranks.Count | Should -Be 12
        Test-Path $skipped | Should -BeFalse
        $out = @(Measure-CoherenceRobustness -Path (Join-Path $examples 'XMA-2026.json'), (Join-Path $examples 'XMB-2026.json') -Draws 20 -JsonFile $skipped -PassThru)
        $out.Count | Should -Be 13
        $out[-1].FullName | Should -Be $skipped
        $out[-1].PSPath | Should -Not -BeNullOrEmpty
        { Measure-CoherenceRobustness -Path (Join-Path $examples 'XMA-2026.json') -Draws 20 -JsonFile $skipped -ErrorAction Stop } | Should -Throw '*OUT002*'
    }

    It 'shows the intervals of -Robustness in the regional comparison, in the reader''s language' {
        $report = Measure-CoherenceGap -Path $oneTeamFiles.FullName | Export-CoherenceReport -Template regional-comparison -Period 2026 -Robustness $result -OutFile (Join-Path $TestDrive 'regional.html') -Language es -PassThru
        $html = Get-Content $report.FullName -Raw
        # Each of the 4 countries of 2026 has its reading twice: beside its interval and as the chart's label.
        ([regex]::Matches($html, 'En el 90 % de las variaciones')).Count | Should -Be 8
        @([regex]::Matches($html, 'En el 90 % de las variaciones, (País de ejemplo [A-D])') | ForEach-Object { $_.Groups[1].Value } | Sort-Object -Unique) | Should -Be @('País de ejemplo A', 'País de ejemplo B', 'País de ejemplo C', 'País de ejemplo D')
        $html | Should -Not -Match 'Example country'
    }

    It 'refuses a result that is missing (REP012) or not JSON (REP013), and one that does not cover the period (REP015), and writes nothing' {
        $broken = Join-Path $TestDrive 'broken.json'
        Set-Content -Path $broken -Value '{"kind":'
        $scores = @(Measure-CoherenceGap -Path (Join-Path $examples 'XMA-2026.json'))
        $codes = foreach ($file in (Join-Path $TestDrive 'none.json'), $broken) {
            $scores | Export-CoherenceReport -Template regional-comparison -Robustness $file -OutFile (Join-Path $TestDrive 'refused.html') -ErrorVariable refused -ErrorAction SilentlyContinue
            $refused | ForEach-Object { $_.FullyQualifiedErrorId -replace ',.*' }
        }
        @($codes) | Should -Be @('REP012', 'REP013')
        $other = Join-Path $TestDrive 'other-period.json'
        $null = Measure-CoherenceRobustness -Path (Join-Path $examples 'XMA-2025.json') -Draws 20 -JsonFile $other
        $scores | Export-CoherenceReport -Template regional-comparison -Robustness $other -OutFile (Join-Path $TestDrive 'refused.html') -ErrorVariable period -ErrorAction SilentlyContinue
        @($period).Count | Should -Be 1
        $period[0].Exception.Message | Should -BeLike '*REP015*'
        $period[0].ErrorDetails.RecommendedAction | Should -BeLike '*Measure-CoherenceRobustness*-Period*'
        Test-Path (Join-Path $TestDrive 'refused.html') | Should -BeFalse
    }
}

Describe 'Diagnostics capped per file and code' {
    It 'says the first of each code, then how many more, as the command line does' {
        $rubric = Join-Path $TestDrive 'many-errors.yaml'
        # 14 indicators name a group the rubric lacks: 14 errors RUB008 in one file.
        (Get-Content (Join-Path $repository 'rubrics/mesoamerica.yaml') -Raw).Replace('groups: [immigrants, transit, asylum]', 'groups: [immigrants, transit, asylumz]') | Set-Content -Path $rubric -Encoding UTF8
        $before = $env:COHERENCE_MAX_DIAGNOSTICS
        try {
            $env:COHERENCE_MAX_DIAGNOSTICS = '5'
            { Measure-CoherenceGap -Path (Join-Path $examples 'XMA-2026.json') -Rubric $rubric -ErrorAction Stop } | Should -Throw
            $lines = @($Error[0].Exception.Message -split "`r?`n")
            $lines.Count | Should -Be 6
            @($lines | Where-Object { $_ -like '*error RUB008: group*' }).Count | Should -Be 5
            $lines[5] | Should -BeLike '*many-errors.yaml: error RUB008: and 9 more like this*COHERENCE_MAX_DIAGNOSTICS*'
            $env:COHERENCE_MAX_DIAGNOSTICS = $null
            { Measure-CoherenceGap -Path (Join-Path $examples 'XMA-2026.json') -Rubric $rubric -ErrorAction Stop } | Should -Throw
            @($Error[0].Exception.Message -split "`r?`n").Count | Should -Be 14
        }
        finally {
            $env:COHERENCE_MAX_DIAGNOSTICS = $before
        }
    }
}
