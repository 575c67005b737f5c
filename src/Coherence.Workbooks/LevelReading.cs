using Coherence.Localization;
using Coherence.Model;

namespace Coherence.Workbooks;

/// <summary>What a level cell says: a status with a level or value, or why it could not be read.</summary>
/// <param name="Status">Answered, not applicable or unknown.</param>
/// <param name="Level">The level id, for ordinal scales.</param>
/// <param name="Value">The raw value, for continuous scales.</param>
/// <param name="Problem">Why the text is not a level, or <see langword="null"/>.</param>
internal readonly record struct LevelReading(ResponseStatus Status, string? Level, double? Value, Phrase? Problem);
