using System.Linq;
using System.Management.Automation;
using Coherence.Model;
using Coherence.PowerShell.Completion;

namespace Coherence.PowerShell.Commands;

/// <summary><c>Get-CoherenceRubric</c>: the bundled rubrics, or rubrics by id or file (like <c>coherence rubric list|show</c>).</summary>
[Cmdlet(VerbsCommon.Get, "CoherenceRubric", DefaultParameterSetName = IdSet)]
[OutputType(typeof(Rubric))]
public sealed class GetCoherenceRubricCommand : CoherenceCmdlet
{
    private const string IdSet = "Id";
    private const string PathSet = "Path";

    /// <summary>Gets or sets bundled rubric ids (wildcards allowed); all bundled rubrics when omitted.</summary>
    [Parameter(Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true)]
    [ArgumentCompleter(typeof(RubricCompleter))]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    /// <summary>Gets or sets rubric files (YAML or JSON).</summary>
    [Parameter(Mandatory = true, ParameterSetName = PathSet, ValueFromPipelineByPropertyName = true)]
    [Alias("FullName")]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = System.Array.Empty<string>();

    /// <inheritdoc/>
    protected override void ProcessRecord()
    {
        if (ParameterSetName == PathSet)
        {
            foreach (var file in Path.SelectMany(ResolvePath))
            {
                var result = Catalog.Resolve(file);
                if (!Report(result.Diagnostics, file) && result.Value is { } rubric)
                {
                    WriteObject(rubric);
                }
            }

            return;
        }

        var bundled = Catalog.Bundled();
        if (Id is null)
        {
            WriteObject(bundled, enumerateCollection: true);
            return;
        }

        foreach (var id in Id)
        {
            if (WildcardPattern.ContainsWildcardCharacters(id))
            {
                var pattern = new WildcardPattern(id, WildcardOptions.IgnoreCase);
                WriteObject(bundled.Where(r => pattern.IsMatch(r.Id)), enumerateCollection: true);
                continue;
            }

            var found = bundled.FirstOrDefault(r => string.Equals(r.Id, id, System.StringComparison.OrdinalIgnoreCase));
            if (found is not null)
            {
                WriteObject(found);
            }
            else
            {
                // An id that names a file is read relative to the PowerShell location, like -Path.
                var file = SessionState.Path.GetUnresolvedProviderPathFromPSPath(id);
                var result = Catalog.Resolve(System.IO.File.Exists(file) ? file : id);
                if (!Report(result.Diagnostics, id) && result.Value is { } rubric)
                {
                    WriteObject(rubric);
                }
            }
        }
    }
}
