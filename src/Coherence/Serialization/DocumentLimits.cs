using System;
using System.Globalization;
using Coherence.Localization;

namespace Coherence.Serialization;

/// <summary>How many values one JSON or YAML document may hold: each is a node in memory, and 400,000 responses with a stray key took a gigabyte.</summary>
internal static class DocumentLimits
{
    /// <summary>The variable that raises the limit.</summary>
    public const string Variable = "COHERENCE_MAX_VALUES";

    /// <summary>The most values read unless <see cref="Variable"/> says otherwise: 25 times the largest bundled rubric or assessment.</summary>
    public const int DefaultMaxValues = 500_000;

    private static readonly Lazy<int> Limit = new(() =>
        int.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : DefaultMaxValues);

    /// <summary>Gets the limit of this run.</summary>
    public static int MaxValues => Limit.Value;

    /// <summary>Counts one more value and stops the reading, located, when there are too many.</summary>
    /// <param name="count">The document's count so far.</param>
    /// <param name="line">The value's line.</param>
    /// <param name="column">The value's column.</param>
    /// <exception cref="DocumentParseException">The document holds more values than the limit.</exception>
    public static void Count(ref int count, int line, int column)
    {
        if (++count > MaxValues)
        {
            throw new DocumentParseException(Phrase.Of("parse.too-many-values", MaxValues, Variable), line, column);
        }
    }
}
