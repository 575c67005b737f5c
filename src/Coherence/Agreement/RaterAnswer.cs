using Coherence.Model;

namespace Coherence.Agreement;

/// <summary>What one rater answered in one cell.</summary>
/// <param name="RaterId">The rater.</param>
/// <param name="Response">The response, or <see langword="null"/> when the cell was left blank.</param>
/// <param name="Score">The answer as a score from 0 to 100 (polarity applied), or <see langword="null"/> when not answered with a level or value.</param>
/// <param name="Rank">The level's position on an ordinal scale (0 is the lowest level), or <see langword="null"/>.</param>
public sealed record RaterAnswer(string RaterId, Response? Response, double? Score, int? Rank)
{
    /// <summary>Gets whether the rater took a stand: a level, a value or "not applicable"; "unknown" and blanks are none.</summary>
    public bool TookStand => Response is { Status: ResponseStatus.Answered or ResponseStatus.NotApplicable };

    /// <summary>Gets whether the rater said the cell does not apply.</summary>
    public bool IsNotApplicable => Response is { Status: ResponseStatus.NotApplicable };
}
