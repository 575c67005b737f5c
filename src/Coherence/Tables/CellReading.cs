using Coherence.Localization;
using Coherence.Model;

namespace Coherence.Tables;

/// <summary>What one table cell says: nothing (missing), a status, a level or a value, or why it cannot be read.</summary>
internal readonly record struct CellReading(bool Missing, ResponseStatus Status, string? Level, double? Value, string? ErrorCode, Phrase? Message, Phrase? Hint)
{
    public static CellReading Blank => new(true, ResponseStatus.Unknown, null, null, null, null, null);

    public bool IsError => ErrorCode is not null;

    /// <summary>Gets the code of a warning about a cell that was read all the same (<see cref="Message"/> and <see cref="Hint"/> say what), or <see langword="null"/>.</summary>
    public string? WarningCode { get; init; }

    public static CellReading Of(ResponseStatus status) => new(false, status, null, null, null, null, null);

    public static CellReading OfLevel(string level) => new(false, ResponseStatus.Answered, level, null, null, null, null);

    public static CellReading OfValue(double value) => new(false, ResponseStatus.Answered, null, value, null, null, null);

    public static CellReading Error(string code, Phrase message, Phrase? hint) => new(false, ResponseStatus.Unknown, null, null, code, message, hint);
}
