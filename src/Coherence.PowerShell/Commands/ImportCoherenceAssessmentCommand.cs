using System.Management.Automation;
using Coherence.Model;

namespace Coherence.PowerShell.Commands;

/// <summary><c>Import-CoherenceAssessment</c>: reads assessment files and folders; each bad file is one non-terminating error and the others go on.</summary>
[Cmdlet(VerbsData.Import, "CoherenceAssessment")]
[OutputType(typeof(Assessment))]
public sealed class ImportCoherenceAssessmentCommand : CoherenceCmdlet
{
    /// <summary>Gets or sets assessment files or folders; wildcards allowed; binds <c>FullName</c> from <c>Get-ChildItem</c>.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("FullName")]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = System.Array.Empty<string>();

    /// <inheritdoc/>
    protected override void ProcessRecord()
    {
        foreach (var assessment in ReadAssessments(Path))
        {
            WriteObject(assessment);
        }
    }
}
