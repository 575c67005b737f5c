using System;
using System.Collections.Generic;

namespace Coherence.Model;

/// <summary>A measurement scale: ordinal levels or a continuous range, and which end is better.</summary>
/// <param name="Id">The scale id.</param>
/// <param name="Kind">Ordinal or continuous.</param>
/// <param name="Polarity">Which end is better.</param>
/// <param name="Name">The scale's name.</param>
/// <param name="Levels">The levels of an ordinal scale, in increasing value; empty for a continuous one.</param>
/// <param name="Min">The lowest value: 0 for ordinal scales.</param>
/// <param name="Max">The highest value: 100 for ordinal scales.</param>
public sealed record Scale(string Id, ScaleKind Kind, Polarity Polarity, LocalizedText Name, IReadOnlyList<ScaleLevel> Levels, double Min, double Max)
{
    /// <summary>Finds a level by id.</summary>
    /// <param name="levelId">The level id.</param>
    /// <returns>The level, or <see langword="null"/>.</returns>
    public ScaleLevel? FindLevel(string levelId)
    {
        // Scales have a handful of levels: a loop beats a dictionary here.
        for (var i = 0; i < Levels.Count; i++)
        {
            if (string.Equals(Levels[i].Id, levelId, StringComparison.Ordinal))
            {
                return Levels[i];
            }
        }

        return null;
    }

    /// <summary>Whether a raw value lies within the scale.</summary>
    /// <param name="value">The raw value.</param>
    /// <returns><see langword="true"/> when <paramref name="value"/> is between <see cref="Min"/> and <see cref="Max"/>.</returns>
    public bool Contains(double value) => !double.IsNaN(value) && value >= Min && value <= Max;

    /// <summary>Maps a raw value on this scale to a score from 0 to 100, polarity applied.</summary>
    /// <param name="value">A raw value within the scale.</param>
    /// <returns>The score: 100 is always the better end.</returns>
    /// <remarks>Ordinal level values are already on 0-100; continuous values are rescaled linearly from [Min, Max].</remarks>
    public double Normalize(double value)
    {
        var span = Max - Min;
        var share = span > 0 ? (value - Min) / span : 0;
        share = Math.Min(1, Math.Max(0, share));
        var score = share * 100.0;
        return Polarity == Polarity.LowerIsBetter ? 100.0 - score : score;
    }
}
