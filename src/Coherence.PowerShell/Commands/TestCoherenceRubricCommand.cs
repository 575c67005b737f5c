using System.Linq;
using System.Management.Automation;
using Coherence.Operations;

namespace Coherence.PowerShell.Commands;

/// <summary><c>Test-CoherenceRubric</c>: checks rubric files (like <c>coherence rubric validate</c>); one result per file with every diagnostic.</summary>
[Cmdlet(VerbsDiagnostic.Test, "CoherenceRubric")]
[OutputType(typeof(RubricCheck), typeof(bool))]
public sealed class TestCoherenceRubricCommand : CoherenceCmdlet
{
    /// <summary>Gets or sets the rubric files (YAML or JSON); wildcards allowed.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("FullName")]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = System.Array.Empty<string>();

    /// <summary>Gets or sets a value indicating whether to return only <see langword="true"/> or <see langword="false"/> per file.</summary>
    [Parameter]
    public SwitchParameter Quiet { get; set; }

    /// <inheritdoc/>
    protected override void ProcessRecord()
    {
        foreach (var file in Path.SelectMany(ResolvePath))
        {
            var check = RubricCheck.Of(file);
            WriteObject(Quiet.IsPresent ? check.IsValid : check);
        }
    }
}
