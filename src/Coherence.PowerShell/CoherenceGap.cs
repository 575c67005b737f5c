using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Coherence.Model;
using Coherence.Scoring;
using ModelRubric = Coherence.Model.Rubric;

namespace Coherence.PowerShell;

/// <summary>One score as <c>Measure-CoherenceGap</c> writes it: flat properties to filter, sort, group, measure and export, one object per assessment, group, dimension or indicator (see <see cref="ScoreLevel"/>).</summary>
/// <remarks>
/// Every property is text or a number, so that <c>Export-Csv</c> and <c>ConvertTo-Json</c> write readable values: the country as its
/// code, classes and statuses as names, titles in the language chosen with <c>-Language</c>. Scores are on 0-100 and coverage on 0-1;
/// a score that could not be computed is <see langword="null"/> and <see cref="Status"/> and <see cref="Reason"/> say why.
/// The whole score of the assessment (every dimension, indicator and response) stays reachable through <see cref="GetScore"/>;
/// it is a method, not a property, so that exports stay one flat row. <c>Compare-CoherenceAssessment</c>,
/// <c>Export-CoherenceWorkbook</c> and <c>Export-CoherenceReport</c> take these objects from the pipeline.
/// </remarks>
public sealed class CoherenceGap
{
    private readonly ScoreRow row;
    private readonly AssessmentScore score;
    private readonly ModelRubric rubric;
    private readonly ScoreLevel level;

    private CoherenceGap(ScoreRow row, AssessmentScore score, ModelRubric rubric, ScoreLevel level, string language)
    {
        this.row = row;
        this.score = score;
        this.rubric = rubric;
        this.level = level;
        var assessment = score.Assessment;
        CountryName = assessment.CountryName?.For(language) ?? CountryNames.Of(assessment.Country)?.Get(language);
        if (row.Group != ScoreRow.AllGroups)
        {
            Group = row.Group;
            GroupName = rubric.FindGroup(row.Group)?.Name.Get(language);
        }

        NodeName = row.Kind switch
        {
            NodeKind.Indicator => rubric.FindIndicator(row.NodeId)?.Name.Get(language),
            NodeKind.Dimension => rubric.FindDimension(row.NodeId)?.Name.Get(language),
            _ => null,
        };
        RubricTitle = rubric.Metadata.Title.Get(language);
    }

    /// <summary>Gets the assessed country's ISO 3166-1 alpha-3 code (<c>GTM</c>).</summary>
    public string Country => row.Country.Value;

    /// <summary>Gets the country's name: the one the assessment gives, else its ISO name in the chosen language.</summary>
    public string? CountryName { get; }

    /// <summary>Gets the assessment period (<c>2026</c>).</summary>
    public string Period => row.Period;

    /// <summary>Gets the migrant group's id, or <see langword="null"/> for a score over every group (level Assessment).</summary>
    public string? Group { get; }

    /// <summary>Gets the migrant group's name in the chosen language, or <see langword="null"/>.</summary>
    public string? GroupName { get; }

    /// <summary>Gets the top-level dimension the score lies in, or <see langword="null"/> for a score of the whole rubric.</summary>
    public string? Dimension => row.DimensionId;

    /// <summary>Gets the rubric node scored: the rubric's id, a dimension's or an indicator's.</summary>
    public string Node => row.NodeId;

    /// <summary>Gets the name of the dimension or indicator in the chosen language, or <see langword="null"/> for the whole rubric.</summary>
    public string? NodeName { get; }

    /// <summary>Gets the mean law score (0-100), or <see langword="null"/>.</summary>
    public double? Law => row.Law;

    /// <summary>Gets the mean practice score (0-100), or <see langword="null"/>.</summary>
    public double? Practice => row.Practice;

    /// <summary>Gets the mean signed gap, law minus practice, or <see langword="null"/>: positive when the law is ahead.</summary>
    public double? NetGap => row.NetGap;

    /// <summary>Gets the mean absolute gap, or <see langword="null"/>.</summary>
    public double? AbsoluteGap => row.AbsoluteGap;

    /// <summary>Gets the coherence, 100 minus the absolute gap, or <see langword="null"/>.</summary>
    public double? Coherence => row.Coherence;

    /// <summary>Gets the weighted share (0-1) of the applicable data that is complete.</summary>
    public double Coverage => row.Coverage;

    /// <summary>Gets how law and practice relate (<c>CoherentHigh</c>, <c>CoherentLow</c>, <c>ImplementationGap</c>, <c>PracticeAheadOfLaw</c>, <c>InsufficientData</c>), or <see langword="null"/>.</summary>
    public string? Class => row.Class?.ToString();

    /// <summary>Gets whether there is a value: <c>Scored</c>, <c>InsufficientData</c> or <c>NotApplicable</c>.</summary>
    public string Status => row.Status.ToString();

    /// <summary>Gets why there is no value, as the results files name it (<c>no-data</c>, <c>coverage-below-minimum</c>), or <see langword="null"/>.</summary>
    public string? Reason => row.Reason?.Name;

    /// <summary>Gets the id of the rubric scored against.</summary>
    public string Rubric => row.RubricId;

    /// <summary>Gets the version of the rubric scored against.</summary>
    public string RubricVersion => row.RubricVersion;

    /// <summary>Gets the rubric's title in the chosen language.</summary>
    public string RubricTitle { get; }

    /// <summary>Gets what the object scores: <c>Assessment</c>, <c>Group</c>, <c>Dimension</c> or <c>Indicator</c> (see <see cref="ScoreLevel"/>).</summary>
    public string Level => level.ToString();

    /// <summary>Gets the role of the team that made the assessment (<c>government</c>, <c>civil-society</c>, <c>independent</c>), or <see langword="null"/> when it names none.</summary>
    public string? Role => row.AssessorRole is { } role ? Agreement.AssessorRoleNames.Of(role) : null;

    /// <summary>Gets the rubric the score was computed with, for the cmdlets that publish scores.</summary>
    internal ModelRubric ScoredWith => rubric;

    /// <summary>Gets the whole score of the assessment: every group, dimension and indicator, with the responses and diagnostics.</summary>
    /// <returns>The score this object is one row of; every object of one assessment returns the same.</returns>
    public AssessmentScore GetScore() => score;

    /// <summary>Gets the tidy row this object shows, with the aggregate's counts (answered, applicable) and coverage per facet.</summary>
    /// <returns>The row.</returns>
    public ScoreRow GetRow() => row;

    /// <inheritdoc/>
    public override string ToString()
    {
        var where = string.Join(" ", new[] { Country, Period, Group, level >= ScoreLevel.Dimension ? Node : null }.Where(p => p is not null));
        return where + ": " + (Coherence is { } c ? c.ToString("0.0", CultureInfo.InvariantCulture) : Status);
    }

    /// <summary>Lays out a score as objects of one level.</summary>
    /// <param name="score">The assessment's score.</param>
    /// <param name="rubric">The rubric it was computed with.</param>
    /// <param name="level">What one object scores.</param>
    /// <param name="language">The language of names and titles (es, en).</param>
    /// <returns>The objects, in rubric order: groups in the rubric's order, dimensions and indicators depth first.</returns>
    internal static IEnumerable<CoherenceGap> Of(AssessmentScore score, ModelRubric rubric, ScoreLevel level, string language)
    {
        // The tidy rows classify the matrix cells and indicators only; an object of any level is classed by the same rule,
        // so that Where-Object Class works on overall and group scores too.
        var engine = new ScoringEngine(rubric);
        return engine.Rows(score).Where(r => IsAt(r, level)).Select(r => new CoherenceGap(r with { Class = r.Class ?? engine.Classify(r.Score) }, score, rubric, level, language));
    }

    private static bool IsAt(ScoreRow row, ScoreLevel level) => level switch
    {
        ScoreLevel.Assessment => row.Kind == NodeKind.Rubric && row.Group == ScoreRow.AllGroups,
        ScoreLevel.Group => row.Kind == NodeKind.Rubric && row.Group != ScoreRow.AllGroups,
        ScoreLevel.Dimension => row.Kind == NodeKind.Dimension && row.Depth == 1 && row.Group != ScoreRow.AllGroups,
        _ => row.Kind == NodeKind.Indicator,
    };
}
