using Coherence.Model;

namespace Coherence.Operations;

/// <summary>One checked row of a batch list: the workbook to write.</summary>
internal sealed record BatchRow(CountryCode Country, CountryName? Name, string Period, string Language, string? Assessor, string Path);
