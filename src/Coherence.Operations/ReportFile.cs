using Coherence.Reports;

namespace Coherence.Operations;

/// <summary>A report written to disk.</summary>
/// <param name="Path">The file written.</param>
/// <param name="Kind">What it reports.</param>
/// <param name="Period">The period it covers.</param>
/// <param name="Country">The country code of a profile, or <see langword="null"/> for a comparison.</param>
public sealed record ReportFile(string Path, ReportKind Kind, string Period, string? Country);
