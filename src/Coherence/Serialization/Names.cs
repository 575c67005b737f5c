using Coherence.Model;
using Coherence.Scoring;

namespace Coherence.Serialization;

/// <summary>The names enumerations take in files and templates: lower-case, words joined by '-'.</summary>
internal static class Names
{
    /// <summary>Gets the file name of a gap class (<c>implementation-gap</c>).</summary>
    /// <param name="value">The class.</param>
    /// <returns>The name.</returns>
    public static string Of(GapClass value) => value switch
    {
        GapClass.CoherentHigh => "coherent-high",
        GapClass.CoherentLow => "coherent-low",
        GapClass.ImplementationGap => "implementation-gap",
        GapClass.PracticeAheadOfLaw => "practice-ahead-of-law",
        _ => "insufficient-data",
    };

    /// <summary>Gets the file name of a score status (<c>insufficient-data</c>).</summary>
    /// <param name="value">The status.</param>
    /// <returns>The name.</returns>
    public static string Of(ScoreStatus value) => value switch
    {
        ScoreStatus.Scored => "scored",
        ScoreStatus.InsufficientData => "insufficient-data",
        _ => "not-applicable",
    };

    /// <summary>Gets the file name of a node kind (<c>rubric</c>, <c>dimension</c>, <c>indicator</c>).</summary>
    /// <param name="value">The kind.</param>
    /// <returns>The name.</returns>
    public static string Of(NodeKind value) => value switch
    {
        NodeKind.Rubric => "rubric",
        NodeKind.Dimension => "dimension",
        _ => "indicator",
    };

    /// <summary>Gets the file name of an assessor role (<c>civil-society</c>).</summary>
    /// <param name="value">The role.</param>
    /// <returns>The name.</returns>
    public static string Of(AssessorRole value) => value switch
    {
        AssessorRole.Government => "government",
        AssessorRole.CivilSociety => "civil-society",
        _ => "independent",
    };
}
