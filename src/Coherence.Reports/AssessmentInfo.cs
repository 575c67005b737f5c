using System.Collections.Generic;

namespace Coherence.Reports;

/// <summary>What the assessment says about itself.</summary>
/// <param name="Language">The language it was filled in, or <see langword="null"/>.</param>
/// <param name="Notes">Its free notes, verbatim, or <see langword="null"/>.</param>
/// <param name="Assessors">The people who took part.</param>
public sealed record AssessmentInfo(string? Language, string? Notes, IReadOnlyList<AssessorView> Assessors);
