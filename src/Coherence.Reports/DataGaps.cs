using System.Collections.Generic;

namespace Coherence.Reports;

/// <summary>What a country profile could not score, said plainly.</summary>
/// <param name="HasAny">Whether anything is missing at all.</param>
/// <param name="NotAssessedGroups">Groups with no answer at all: no score, not a score of zero.</param>
/// <param name="Insufficient">Group and dimension cells with some answers but too few for a score.</param>
/// <param name="Unanswered">Indicators without a complete answer, by group and dimension (groups not assessed are left out).</param>
/// <param name="UnansweredCount">How many indicator and group cells are listed in <paramref name="Unanswered"/>.</param>
public sealed record DataGaps(bool HasAny, IReadOnlyList<ReportItem> NotAssessedGroups, IReadOnlyList<InsufficientArea> Insufficient, IReadOnlyList<UnansweredArea> Unanswered, int UnansweredCount);
