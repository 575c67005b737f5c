using Coherence.Rubrics;
using Coherence.Operations;

namespace Coherence.PowerShell;

/// <summary>The assessment file readers the module uses: the same as the command line's (JSON and workbooks).</summary>
internal static class ModuleReaders
{
    public static AssessmentLoader Loader(RubricCatalog catalog) => new(catalog, new IAssessmentFileReader[] { new JsonAssessmentFileReader(), new WorkbookAssessmentFileReader() });
}
