using Coherence.Model;

namespace Coherence.Scoring;

/// <summary>One score in tidy form: one country, period, migrant group and rubric node per row.</summary>
/// <remarks>
/// Every output (results JSON and CSV, the results workbook, reports, PowerShell objects) is derived from these rows.
/// <see cref="Group"/> is a migrant group id, or <see cref="AllGroups"/> for the node's score over every group.
/// Scores are on 0-100 and shares on 0-1; a score that could not be computed is <see langword="null"/> and
/// <see cref="Reason"/> says why.
/// </remarks>
/// <param name="Country">The assessed country's code.</param>
/// <param name="CountryName">The country's name as the assessment gives it (plain or per language), or <see langword="null"/>.</param>
/// <param name="Period">The assessment period.</param>
/// <param name="RubricId">The rubric's id.</param>
/// <param name="RubricVersion">The rubric's version.</param>
/// <param name="AssessorRole">The assessor's role, where the assessment names one.</param>
/// <param name="Group">The migrant group id, or <see cref="AllGroups"/>.</param>
/// <param name="NodeId">The rubric node: the root, a dimension or an indicator.</param>
/// <param name="Kind">What the node is.</param>
/// <param name="Depth">The node's depth: 0 for the root.</param>
/// <param name="DimensionId">The top-level dimension the node lies in, or <see langword="null"/> for the root.</param>
/// <param name="Score">The aggregate: law, practice, gaps, coverage and counts.</param>
/// <param name="Class">The gap class of a group × dimension or indicator cell, or <see langword="null"/>.</param>
public sealed record ScoreRow(
    CountryCode Country,
    CountryName? CountryName,
    string Period,
    string RubricId,
    string RubricVersion,
    AssessorRole? AssessorRole,
    string Group,
    string NodeId,
    NodeKind Kind,
    int Depth,
    string? DimensionId,
    Aggregate Score,
    GapClass? Class)
{
    /// <summary>The <see cref="Group"/> of a row that scores a node over every migrant group.</summary>
    public const string AllGroups = "*";

    /// <summary>Gets the mean law score, or <see langword="null"/>.</summary>
    public double? Law => Score.Law;

    /// <summary>Gets the mean practice score, or <see langword="null"/>.</summary>
    public double? Practice => Score.Practice;

    /// <summary>Gets the mean signed gap, law minus practice, or <see langword="null"/>.</summary>
    public double? NetGap => Score.NetGap;

    /// <summary>Gets the mean absolute gap, or <see langword="null"/>.</summary>
    public double? AbsoluteGap => Score.AbsoluteGap;

    /// <summary>Gets 100 minus the absolute gap, or <see langword="null"/>.</summary>
    public double? Coherence => Score.Coherence;

    /// <summary>Gets the weighted share (0-1) of applicable data that is complete.</summary>
    public double Coverage => Score.Coverage;

    /// <summary>Gets the weighted share (0-1) of applicable data with the law facet answered.</summary>
    public double LawCoverage => Score.LawCoverage;

    /// <summary>Gets the weighted share (0-1) of applicable data with the practice facet answered.</summary>
    public double PracticeCoverage => Score.PracticeCoverage;

    /// <summary>Gets how many applicable indicator cells below have complete data.</summary>
    public int Answered => Score.Answered;

    /// <summary>Gets how many indicator cells below apply.</summary>
    public int Applicable => Score.Applicable;

    /// <summary>Gets whether the row has a value.</summary>
    public ScoreStatus Status => Score.Status;

    /// <summary>Gets why the row has no value, or <see langword="null"/>.</summary>
    public ScoreReason? Reason => Score.Reason;

    /// <summary>Gets the law score over every answered law cell below, paired or not, or <see langword="null"/>.</summary>
    public double? LawAllCells => Score.LawAllCells;

    /// <summary>Gets the practice score over every answered practice cell below, paired or not, or <see langword="null"/>.</summary>
    public double? PracticeAllCells => Score.PracticeAllCells;

    /// <summary>Gets the id of the rubric variant the row was scored with, or <see langword="null"/> for the rubric as written.</summary>
    /// <remarks>A rubric with variants is scored once as written and once per variant, in one run (<c>docs/rubric-format.md</c>).</remarks>
    public string? Variant { get; init; }

    /// <summary>Gets the node's minimum coverage when coverage below it is the reason for no value, else <see langword="null"/>.</summary>
    public double? MinimumCoverage => Score.Reason?.MinimumCoverage;
}
