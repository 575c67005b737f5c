using Coherence.Rubrics;
using Coherence.Operations;

namespace Coherence.Cli.Commands;

/// <summary>The assessment file readers the CLI uses.</summary>
internal static class Readers
{
    public static AssessmentLoader Loader(RubricCatalog catalog) => new(catalog, new IAssessmentFileReader[] { new JsonAssessmentFileReader(), new WorkbookAssessmentFileReader() });
}
