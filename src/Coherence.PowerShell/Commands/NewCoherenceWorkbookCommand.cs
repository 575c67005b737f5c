using System;
using System.IO;
using System.Management.Automation;
using System.Runtime.InteropServices;
using System.Security;
using Coherence.Model;
using Coherence.Operations;
using Coherence.PowerShell.Completion;

namespace Coherence.PowerShell.Commands;

/// <summary><c>New-CoherenceWorkbook</c>: the rubric workbook a team fills for one country and period (like <c>coherence workbook new</c>).</summary>
[Cmdlet(VerbsCommon.New, "CoherenceWorkbook", SupportsShouldProcess = true, DefaultParameterSetName = OutDirSet)]
[OutputType(typeof(FileInfo))]
public sealed class NewCoherenceWorkbookCommand : CoherenceCmdlet
{
    private const string OutDirSet = "OutDir";
    private const string OutFileSet = "OutFile";

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

    /// <inheritdoc/>
    protected override void ProcessRecord()
    {
        var path = ParameterSetName == OutFileSet
            ? SessionState.Path.GetUnresolvedProviderPathFromPSPath(OutFile)
            : Path.Combine(SessionState.Path.GetUnresolvedProviderPathFromPSPath(OutDir ?? "."), WorkbookFiles.NameOf(Country, Period));
        if (!ShouldProcess(path, $"Write the {Rubric} workbook of {Country} {Period}"))
        {
            return;
        }

        // Import-Csv gives an empty string for an empty cell: an optional value left empty takes its default.
        var options = new NewWorkbookOptions(RubricArgument(Rubric), Country, Period, path)
        {
            Language = OrNull(Language),
            AssessorName = OrNull(Assessor),
            Organization = OrNull(Organization),
            Role = OrNull(Role),
            From = From is null ? null : SessionState.Path.GetUnresolvedProviderPathFromPSPath(From),
            ProtectPassword = Plain(ProtectPassword),
            Force = Force.IsPresent,
        };
        var result = new NewWorkbookOperation(Catalog).RunAsync(options).GetAwaiter().GetResult();
        if (!Report(result.Diagnostics, path) && result.Value is { } made && PassThru.IsPresent)
        {
            WriteItem(made.Path);
        }
    }

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
