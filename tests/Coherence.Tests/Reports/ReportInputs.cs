using System.IO;
using Coherence.Serialization;
using Coherence.Tests.Support;

namespace Coherence.Tests.Reports;

/// <summary>The sample assessments written as files, with the small rubric beside them, as users would have them.</summary>
internal static class ReportInputs
{
    /// <summary>Writes the four sample assessments into <c>inputs/</c> and the rubric as <c>small.yaml</c>.</summary>
    /// <returns>The inputs folder and the rubric file.</returns>
    public static (string Inputs, string Rubric) Write(TempDirectory temp, bool onlyOnePeriod = false)
    {
        var rubric = TestRubrics.Small();
        var inputs = Directory.CreateDirectory(temp.File("inputs")).FullName;
        var assessments = onlyOnePeriod
            ? new[] { ReportSamples.Xma(rubric), ReportSamples.Xmb(rubric), ReportSamples.Xmc(rubric) }
            : new[] { ReportSamples.Xma(rubric), ReportSamples.Xmb(rubric), ReportSamples.Xmc(rubric), ReportSamples.Xma2025(rubric) };
        foreach (var assessment in assessments)
        {
            File.WriteAllBytes(Path.Combine(inputs, assessment.Country.Value.ToLowerInvariant() + "-" + assessment.Period + ".json"), AssessmentJson.ToUtf8(assessment with { Source = null }));
        }

        var rubricFile = temp.File("small.yaml");
        File.WriteAllText(rubricFile, TestRubrics.SmallYaml);
        return (inputs, rubricFile);
    }
}
