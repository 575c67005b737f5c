namespace Coherence.Reports;

/// <summary>A country as reports name it.</summary>
/// <param name="Code">The ISO 3166-1 alpha-3 code (<c>XMA</c>).</param>
/// <param name="Name">The name the assessment gives, else the ISO 3166-1 name in the report's language, else the code.</param>
public sealed record ReportCountry(string Code, string Name);
