using Coherence.Model;
using Coherence.Scoring;

namespace Coherence.Operations;

/// <summary>One assessment's scores for one group (or all groups) and one top-level dimension (or the whole rubric), and their change from the reference.</summary>
/// <param name="Country">The assessment's country.</param>
/// <param name="Period">The assessment's period.</param>
/// <param name="Group">The migrant group, or <see langword="null"/> for all groups together.</param>
/// <param name="Dimension">The top-level dimension, or <see langword="null"/> for the whole rubric.</param>
/// <param name="Score">The scores there.</param>
/// <param name="Class">How law and practice relate there, or <see langword="null"/> for single-facet rubrics and what does not apply.</param>
/// <param name="Reference">The reference assessment's key, <c>ISO3:period</c>.</param>
/// <param name="ReferenceClass">The reference's class there.</param>
/// <param name="LawChange">Law minus the reference's law, or <see langword="null"/> when either is missing or this is the reference.</param>
/// <param name="PracticeChange">Practice minus the reference's practice, or <see langword="null"/> when either is missing or this is the reference.</param>
/// <param name="NetGapChange">Net gap minus the reference's net gap, or <see langword="null"/> when either is missing or this is the reference.</param>
/// <param name="CoherenceChange">Coherence minus the reference's coherence, or <see langword="null"/> when either is missing or this is the reference.</param>
public sealed record ComparisonRow(
    CountryCode Country,
    string Period,
    string? Group,
    string? Dimension,
    Aggregate Score,
    GapClass? Class,
    string Reference,
    GapClass? ReferenceClass,
    double? LawChange,
    double? PracticeChange,
    double? NetGapChange,
    double? CoherenceChange)
{
    /// <summary>Gets the assessment's key, <c>ISO3:period</c>.</summary>
    public string Key => Country.Value + ":" + Period;

    /// <summary>Gets a value indicating whether this row belongs to the reference assessment.</summary>
    public bool IsReference => Key == Reference;

    /// <summary>Gets a value indicating whether the class differs from the reference's, both being known (insufficient data counts as a class).</summary>
    public bool ClassChanged => !IsReference && Class is not null && ReferenceClass is not null && Class != ReferenceClass;

    /// <summary>Gets whether there is a value, and if not, why.</summary>
    public ScoreStatus Status => Score.Status;

    /// <summary>Gets the law score, or <see langword="null"/>.</summary>
    public double? Law => Score.Law;

    /// <summary>Gets the practice score, or <see langword="null"/>.</summary>
    public double? Practice => Score.Practice;

    /// <summary>Gets the net gap, law minus practice, or <see langword="null"/>.</summary>
    public double? NetGap => Score.NetGap;

    /// <summary>Gets the coherence, 100 minus the absolute gap, or <see langword="null"/>.</summary>
    public double? Coherence => Score.Coherence;

    /// <summary>Gets the weighted share (0-1) of applicable items with complete data.</summary>
    public double Coverage => Score.Coverage;
}
