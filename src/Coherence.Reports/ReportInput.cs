namespace Coherence.Reports;

/// <summary>An input file a report was made from, for provenance.</summary>
/// <param name="Country">The country code of the assessment read from it.</param>
/// <param name="Period">The period of that assessment.</param>
/// <param name="Path">The path as the user gave it, or an empty string for assessments made in memory.</param>
/// <param name="FileName">The file name alone, which is what published reports show.</param>
/// <param name="Sha256">The SHA-256 of the file's bytes, or an empty string when unknown.</param>
public sealed record ReportInput(string Country, string Period, string Path, string FileName, string Sha256);
