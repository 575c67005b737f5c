using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Operations;
using Coherence.PowerShell.Completion;

namespace Coherence.PowerShell.Commands;

/// <summary><c>Measure-CoherenceRobustness</c>: draws methodological choices many times (like <c>coherence robustness</c>) and writes one rank interval per assessment, overall and per migrant group.</summary>
/// <remarks>With -JsonFile it also writes the whole result as JSON (-WhatIf and -Confirm name the file), and with -PassThru that file as <c>Get-Item</c> writes it, after the ranks.</remarks>
[Cmdlet(VerbsDiagnostic.Measure, "CoherenceRobustness", SupportsShouldProcess = true)]
[OutputType(typeof(RobustnessRank), typeof(System.IO.FileInfo))]
public sealed class MeasureCoherenceRobustnessCommand : CoherenceCmdlet
{
    private readonly List<string> paths = new();

    /// <summary>Gets or sets assessment files or folders, all of one rubric; binds <c>FullName</c> from <c>Get-ChildItem</c>.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("FullName")]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = Array.Empty<string>();

    /// <summary>Gets or sets the specification file of which choices vary; the default specification when omitted.</summary>
    [Parameter]
    public string? Spec { get; set; }

    /// <summary>Gets or sets how many draws.</summary>
    [Parameter]
    [ValidateRange(1, RobustnessOperation.MaxDraws)]
    public int Draws { get; set; } = 1000;

    /// <summary>Gets or sets the seed.</summary>
    [Parameter]
    public long Seed { get; set; } = 1;

    /// <summary>Gets or sets a rubric (bundled id or file) instead of the one the assessments name.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(RubricCompleter))]
    public string? Rubric { get; set; }

    /// <summary>Gets or sets the language of names and readings (es, en); the interface language when omitted.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(LanguageCompleter))]
    public string? Language { get; set; }

    /// <summary>Gets or sets a file to write the whole result to as JSON, as <c>coherence robustness --json</c> does: what <c>Export-CoherenceReport -Robustness</c> reads.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? JsonFile { get; set; }

    /// <summary>Gets or sets a value indicating whether an existing -JsonFile may be replaced.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Gets or sets a value indicating whether to write the -JsonFile, after the ranks, as <c>Get-Item</c> would.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc/>
    protected override void ProcessRecord()
    {
        foreach (var path in Path)
        {
            paths.AddRange(ResolvePath(path));
        }
    }

    /// <inheritdoc/>
    protected override void EndProcessing()
    {
        var language = Labels.Choose(Language?.Trim().ToLowerInvariant(), CultureInfo.CurrentUICulture);
        if (!Labels.Supported.Contains(language))
        {
            var error = Diagnostic.Error("OUT004", Phrase.Of("diag.OUT004", Language), SourceLocation.None, Phrase.Of("hint.languages", Labels.Supported));
            ThrowTerminatingError(ErrorRecords.Of(new[] { error }, Language));
        }

        var json = JsonFile is null ? null : SessionState.Path.GetUnresolvedProviderPathFromPSPath(JsonFile);
        if (json is not null && !ShouldProcess(json, "Write the robustness result"))
        {
            json = null;
        }

        var options = new RobustnessOptions(paths)
        {
            SpecPath = Spec is null ? null : ResolvePath(Spec).FirstOrDefault() ?? Spec,
            Draws = Draws,
            Seed = unchecked((ulong)Seed),
            Rubric = Rubric is null ? null : RubricArgument(Rubric),
            JsonPath = json,
            Force = Force.IsPresent,
        };
        var result = new RobustnessOperation(Catalog, Loader).RunAsync(options).GetAwaiter().GetResult();
        Report(result.Diagnostics, Spec ?? (object)string.Join(", ", paths));
        if (result.Value is { } value)
        {
            WriteObject(value.Ranks.Select(r => new RobustnessRank(r, language)), enumerateCollection: true);
            if (json is not null && PassThru.IsPresent)
            {
                WriteItem(json);
            }
        }
    }
}
