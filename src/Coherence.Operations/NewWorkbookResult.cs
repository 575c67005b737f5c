namespace Coherence.Operations;

/// <summary>The workbook made, and how many answers were carried over from a previous round.</summary>
/// <param name="Path">The workbook written.</param>
/// <param name="Carried">How many answers were written in advance.</param>
/// <param name="NotCarried">How many previous answers had no place in this rubric version.</param>
public sealed record NewWorkbookResult(string Path, int Carried, int NotCarried);
