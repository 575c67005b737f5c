using System;
using System.Collections.Generic;

namespace Coherence.Model;

/// <summary>One country's answers to a rubric for one period.</summary>
/// <param name="Country">The country.</param>
/// <param name="Period">The period, as the study labels it (<c>2026</c>, <c>2025-S2</c>).</param>
/// <param name="Rubric">Which rubric it answers.</param>
/// <param name="Responses">The answers.</param>
public sealed record Assessment(CountryCode Country, string Period, RubricReference Rubric, IReadOnlyList<Response> Responses)
{
    /// <summary>Gets the country's name as the assessment gives it, plain or per language, or <see langword="null"/>.</summary>
    /// <remarks>People read it through <see cref="CountryNames.NameOf"/>, which picks the reader's language.</remarks>
    public CountryName? CountryName { get; init; }

    /// <summary>Gets the language the assessment was filled in, or <see langword="null"/>.</summary>
    public string? Language { get; init; }

    /// <summary>Gets the people who took part.</summary>
    public IReadOnlyList<Assessor> Assessors { get; init; } = Array.Empty<Assessor>();

    /// <summary>Gets free notes about the whole assessment.</summary>
    public string? Notes { get; init; }

    /// <summary>Gets how the assessment was reconciled from others, when it is a consensus; <see langword="null"/> otherwise.</summary>
    public Reconciliation? Reconciliation { get; init; }

    /// <summary>Gets where the assessment was read from, for provenance; not part of the assessment's content.</summary>
    public AssessmentSource? Source { get; init; }
}
