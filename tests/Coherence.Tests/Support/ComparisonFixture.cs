using System.Collections.Generic;
using System.IO;
using System.Linq;
using Coherence.Model;
using Coherence.Serialization;
using static Coherence.Tests.Support.TestRubrics;

namespace Coherence.Tests.Support;

/// <summary>Assessments of the small rubric written out as files, for comparisons across periods and countries.</summary>
internal static class ComparisonFixture
{
    public static readonly string[] AllIndicators = { "H1", "H2", "R1", "D1", "D2" };

    /// <summary>Writes the small rubric to a file and returns its path.</summary>
    public static string WriteRubric(TempDirectory dir)
    {
        var path = dir.File("small.yaml");
        File.WriteAllText(path, SmallYaml);
        return path;
    }

    /// <summary>An assessment where law is full everywhere and practice is at one level, for the indicators given.</summary>
    public static Assessment Assessment(string country, string period, string practiceLevel, params string[] indicators)
    {
        var rubric = Small();
        var responses = new List<Response>();
        foreach (var indicatorId in indicators.Length == 0 ? AllIndicators : indicators)
        {
            foreach (var group in rubric.Groups.Where(g => rubric.FindIndicator(indicatorId)!.AppliesTo(g.Id)))
            {
                responses.Add(Law(indicatorId, group.Id, "full"));
                responses.Add(Practice(indicatorId, group.Id, practiceLevel));
            }
        }

        return new Assessment(CountryCode.Parse(country), period, RubricReference.Of(rubric), responses);
    }

    /// <summary>Writes an assessment as JSON and returns its path.</summary>
    public static string Write(TempDirectory dir, Assessment assessment)
    {
        var path = dir.File($"{assessment.Country.Value}-{assessment.Period}.json");
        File.WriteAllText(path, AssessmentJson.Write(assessment));
        return path;
    }
}
