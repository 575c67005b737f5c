using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Runtime.InteropServices;
using System.Security;
using System.Threading.Tasks;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Model;
using Coherence.Operations;
using Coherence.PowerShell.Completion;
using Coherence.Workbooks;

namespace Coherence.PowerShell.Commands;

/// <summary><c>New-CoherenceWorkbook</c>: the rubric workbook a team fills for one country and period (like <c>coherence workbook new</c>); piped rows make one each, as <c>--batch</c> does.</summary>
/// <remarks>
/// Every row is gathered and checked first, each rubric read once: a bad row is one error of its own, and then no workbook is written.
/// -WhatIf and -Confirm name each file; the workbooks confirmed are written in parallel and -PassThru returns them in the rows' order.
/// </remarks>
[Cmdlet(VerbsCommon.New, "CoherenceWorkbook", SupportsShouldProcess = true, DefaultParameterSetName = OutDirSet)]
[OutputType(typeof(FileInfo))]
public sealed class NewCoherenceWorkbookCommand : CoherenceCmdlet
{
    private const string OutDirSet = "OutDir";
    private const string OutFileSet = "OutFile";
    private readonly List<NewWorkbookOptions> rows = new();
    private readonly Dictionary<string, Result<Rubric>> rubrics = new(StringComparer.Ordinal);

    /// <summary>Gets or sets the country's ISO 3166-1 alpha-3 code; binds Country from piped objects (Import-Csv).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(CountryCompleter))]
    [ValidateNotNullOrEmpty]
    public string Country { get; set; } = string.Empty;

    /// <summary>Gets or sets the period the assessment covers (<c>2026</c>).</summary>
    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Period { get; set; } = string.Empty;

    /// <summary>Gets or sets the rubric: a bundled rubric's id or a rubric file.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(RubricCompleter))]
    [ValidateNotNullOrEmpty]
    public string Rubric { get; set; } = string.Empty;

    /// <summary>Gets or sets the folder to write <c>ISO3-period.xlsx</c> into; the current location when omitted.</summary>
    [Parameter(ParameterSetName = OutDirSet)]
    public string? OutDir { get; set; }

    /// <summary>Gets or sets the workbook to write (.xlsx).</summary>
    [Parameter(Mandatory = true, ParameterSetName = OutFileSet)]
    [ValidateNotNullOrEmpty]
    public string OutFile { get; set; } = string.Empty;

    /// <summary>Gets or sets the workbook's language (es, en); the rubric's first language when omitted or empty.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(LanguageCompleter))]
    public string? Language { get; set; }

    /// <summary>Gets or sets the country's name as the workbook shows it, in every language; else the one of <c>-From</c>, else its ISO 3166-1 name.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? CountryName { get; set; }

    /// <summary>Gets or sets the name of the person who leads the assessment.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Assessor { get; set; }

    /// <summary>Gets or sets the assessor's organization.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Organization { get; set; }

    /// <summary>Gets or sets on whose behalf the team rates.</summary>
    /// <remarks>An empty value (an empty cell of a CSV) takes the default, as an omitted one does.</remarks>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(RoleCompleter))]
    public string? Role { get; set; }

    /// <summary>Gets or sets a previous round's workbook or assessment JSON whose answers are written in advance.</summary>
    [Parameter]
    public string? From { get; set; }

    /// <summary>Gets or sets a password for the sheet protection; protected without password when omitted.</summary>
    [Parameter]
    public SecureString? ProtectPassword { get; set; }

    /// <summary>Gets or sets a value indicating whether an existing workbook may be replaced.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Gets or sets a value indicating whether to write the workbook as <c>Get-Item</c> would.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <summary>Gets or sets the paper the sheets are laid out to print on: Letter (the default, the paper of the region) or A4.</summary>
    [Parameter]
    [ValidateSet("Letter", "A4", IgnoreCase = true)]
    public string Paper { get; set; } = "Letter";

    /// <inheritdoc/>
    protected override void ProcessRecord()
    {
        // Every row is gathered and checked before any workbook is written, as coherence workbook new --batch does.
        var path = ParameterSetName == OutFileSet
            ? SessionState.Path.GetUnresolvedProviderPathFromPSPath(OutFile)
            : Path.Combine(SessionState.Path.GetUnresolvedProviderPathFromPSPath(OutDir ?? "."), WorkbookFiles.NameOf(Country, Period));

        // Import-Csv gives an empty string for an empty cell: an optional value left empty takes its default.
        rows.Add(new NewWorkbookOptions(RubricArgument(Rubric), Country, Period, path)
        {
            Language = OrNull(Language),
            CountryName = OrNull(CountryName),
            AssessorName = OrNull(Assessor),
            Organization = OrNull(Organization),
            Role = OrNull(Role),
            From = From is null ? null : SessionState.Path.GetUnresolvedProviderPathFromPSPath(From),
            ProtectPassword = Plain(ProtectPassword),
            Force = Force.IsPresent,
            Paper = PaperOf(Paper),
        });
    }

    /// <inheritdoc/>
    protected override void EndProcessing()
    {
        var operation = new NewWorkbookOperation(Catalog);
        var planned = new List<NewWorkbookPlan>();
        var bad = 0;
        var firstRow = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (options, index) in rows.Select((o, i) => (o, i + 1)))
        {
            var diagnostics = new List<Diagnostic>();
            var rubric = RubricOf(options.Rubric, diagnostics);
            var plan = operation.Plan(options, rubric, diagnostics);
            if (plan is not null && firstRow.TryGetValue(plan.OutputPath, out var first))
            {
                diagnostics.Add(Diagnostic.Error("PSM100", Phrase.Of("diag.PSM100", index, first), new SourceLocation(plan.OutputPath), Phrase.Of("hint.PSM100")));
                plan = null;
            }

            if (Report(rows.Count > 1 ? diagnostics.Select(d => AtRow(d, index)) : diagnostics, options.OutputPath) || plan is null)
            {
                bad++;
                continue;
            }

            firstRow.Add(plan.OutputPath, index);
            planned.Add(plan);
        }

        if (bad > 0)
        {
            // One bad row stops the whole list, so that a round never starts with some countries' workbooks and not others'.
            if (rows.Count > 1)
            {
                WriteWarning(PowerShellWording.Of(Diagnostic.Warning("PSM101", Phrase.Of("diag.PSM101", bad, rows.Count), SourceLocation.None, Phrase.Of("hint.PSM101")), Texts.For(CultureInfo.CurrentUICulture)));
            }

            return;
        }

        var confirmed = planned.Where(p => ShouldProcess(p.OutputPath, $"Write the {p.Request.Rubric.Id} workbook of {p.Request.Country.Value} {p.Request.Period}")).ToList();
        var failures = new Diagnostic?[confirmed.Count];

        // The workbooks of one round share what is the same for every country of a language: written and compressed once.
        var templates = new WorkbookTemplates();
        Parallel.For(0, confirmed.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i => failures[i] = NewWorkbookOperation.Write(confirmed[i], templates));
        for (var i = 0; i < confirmed.Count; i++)
        {
            if (!Report(failures[i] is { } failed ? new[] { failed } : Array.Empty<Diagnostic>(), confirmed[i].OutputPath) && PassThru.IsPresent)
            {
                WriteItem(confirmed[i].OutputPath);
            }
        }
    }

    // A row's problem says which row it is, when there are several: "input row 3: -Country: error WBK060".
    private static Diagnostic AtRow(Diagnostic diagnostic, int row) =>
        diagnostic.Location.File is null && diagnostic.Location.Place is null
            ? diagnostic with { Location = diagnostic.Location with { Place = Phrase.Of("location.input-row", row) } }
            : diagnostic;

    // Each rubric named is read once, whatever the number of rows that name it; its problems are said once, with the first row.
    private Rubric? RubricOf(string idOrPath, List<Diagnostic> diagnostics)
    {
        if (!rubrics.TryGetValue(idOrPath, out var resolved))
        {
            WriteVerbose("Reading the rubric " + idOrPath);
            resolved = Catalog.Resolve(idOrPath);
            rubrics.Add(idOrPath, resolved);
            diagnostics.AddRange(resolved.Diagnostics);
        }
        else if (!resolved.IsSuccess)
        {
            diagnostics.AddRange(resolved.Errors);
        }

        return resolved.IsSuccess ? resolved.Value : null;
    }

    private static Coherence.Workbooks.Paper PaperOf(string paper) =>
        string.Equals(paper, "A4", StringComparison.OrdinalIgnoreCase) ? Coherence.Workbooks.Paper.A4 : Coherence.Workbooks.Paper.Letter;

    private static string? OrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();

    private static string? Plain(SecureString? secure)
    {
        if (secure is null)
        {
            return null;
        }

        var pointer = Marshal.SecureStringToGlobalAllocUnicode(secure);
        try
        {
            return Marshal.PtrToStringUni(pointer);
        }
        finally
        {
            Marshal.ZeroFreeGlobalAllocUnicode(pointer);
        }
    }
}
