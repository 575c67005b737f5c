using System.Globalization;
using Coherence.Model;
using Coherence.Operations;
using Coherence.Scoring;
using ModelRubric = Coherence.Model.Rubric;

namespace Coherence.PowerShell;

/// <summary>One row of a comparison as <c>Compare-CoherenceAssessment</c> writes it: flat properties to filter, sort and export, one object per assessment, group (or all groups) and dimension (or the whole rubric).</summary>
/// <remarks>
/// Every property is text, a number or a truth value, so that <c>Export-Csv</c> and <c>ConvertTo-Json</c> write readable values: the
/// country as its code and its name, classes as names, names in the language chosen with <c>-Language</c>. A change is this assessment's
/// value minus the reference's, <see langword="null"/> when either is missing and on the reference's own rows. The row the comparison
/// computed, with its whole aggregate, stays reachable through <see cref="GetRow"/>; it is a method, so that exports stay one flat row.
/// </remarks>
public sealed class CoherenceComparison
{
    private readonly ComparisonRow row;

    internal CoherenceComparison(ComparisonRow row, Assessment? assessment, ModelRubric rubric, string language)
    {
        this.row = row;
        CountryName = assessment?.CountryName?.For(language) ?? CountryNames.Of(row.Country)?.Get(language);
        GroupName = row.Group is { } group ? rubric.FindGroup(group)?.Name.Get(language) : null;
        DimensionName = row.Dimension is { } dimension ? rubric.FindDimension(dimension)?.Name.Get(language) : null;
    }

    /// <summary>Gets the assessed country's ISO 3166-1 alpha-3 code (<c>GTM</c>).</summary>
    public string Country => row.Country.Value;

    /// <summary>Gets the country's name: the one the assessment gives, else its ISO name in the chosen language.</summary>
    public string? CountryName { get; }

    /// <summary>Gets the assessment period (<c>2026</c>).</summary>
    public string Period => row.Period;

    /// <summary>Gets the migrant group's id, or <see langword="null"/> for all groups together.</summary>
    public string? Group => row.Group;

    /// <summary>Gets the migrant group's name in the chosen language, or <see langword="null"/>.</summary>
    public string? GroupName { get; }

    /// <summary>Gets the top-level dimension's id, or <see langword="null"/> for the whole rubric.</summary>
    public string? Dimension => row.Dimension;

    /// <summary>Gets the dimension's name in the chosen language, or <see langword="null"/>.</summary>
    public string? DimensionName { get; }

    /// <summary>Gets the law score (0-100), or <see langword="null"/>.</summary>
    public double? Law => row.Law;

    /// <summary>Gets the practice score (0-100), or <see langword="null"/>.</summary>
    public double? Practice => row.Practice;

    /// <summary>Gets the net gap, law minus practice, or <see langword="null"/>: positive when the law is ahead.</summary>
    public double? NetGap => row.NetGap;

    /// <summary>Gets the coherence, 100 minus the absolute gap, or <see langword="null"/>; it says nothing of the level, which <see cref="Law"/> and <see cref="Practice"/> give.</summary>
    public double? Coherence => row.Coherence;

    /// <summary>Gets the weighted share (0-1) of the applicable data that is complete.</summary>
    public double Coverage => row.Coverage;

    /// <summary>Gets how law and practice relate (<c>CoherentHigh</c>, <c>CoherentLow</c>, <c>ImplementationGap</c>, <c>PracticeAheadOfLaw</c>, <c>InsufficientData</c>), or <see langword="null"/>.</summary>
    public string? Class => row.Class?.ToString();

    /// <summary>Gets whether there is a value: <c>Scored</c>, <c>InsufficientData</c> or <c>NotApplicable</c>.</summary>
    public string Status => row.Status.ToString();

    /// <summary>Gets the reference assessment, <c>ISO3:period</c>.</summary>
    public string Reference => row.Reference;

    /// <summary>Gets a value indicating whether this row belongs to the reference assessment.</summary>
    public bool IsReference => row.IsReference;

    /// <summary>Gets the reference's class there, or <see langword="null"/>.</summary>
    public string? ReferenceClass => row.ReferenceClass?.ToString();

    /// <summary>Gets a value indicating whether the class differs from the reference's, both being known.</summary>
    public bool ClassChanged => row.ClassChanged;

    /// <summary>Gets law minus the reference's law, or <see langword="null"/>.</summary>
    public double? LawChange => row.LawChange;

    /// <summary>Gets practice minus the reference's practice, or <see langword="null"/>.</summary>
    public double? PracticeChange => row.PracticeChange;

    /// <summary>Gets the net gap minus the reference's net gap, or <see langword="null"/>.</summary>
    public double? NetGapChange => row.NetGapChange;

    /// <summary>Gets coherence minus the reference's coherence, or <see langword="null"/>.</summary>
    public double? CoherenceChange => row.CoherenceChange;

    /// <summary>Gets the comparison's row: the aggregate with its counts and coverage per facet, and the reference's key.</summary>
    /// <returns>The row this object shows.</returns>
    public ComparisonRow GetRow() => row;

    /// <summary>Gets the aggregate the scores come from.</summary>
    /// <returns>The aggregate of this assessment, group and dimension.</returns>
    public Aggregate GetAggregate() => row.Score;

    /// <inheritdoc/>
    public override string ToString() =>
        Country + " " + Period + " " + (Group ?? "*") + " " + (Dimension ?? "*") + ": " +
        (Coherence is { } c ? c.ToString("0.0", CultureInfo.InvariantCulture) : Status) +
        (CoherenceChange is { } change ? " (" + change.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + ")" : string.Empty);
}
