using Coherence.Model;

namespace Coherence.Operations;

/// <summary>One workbook imported: where it came from, where its JSON went, and the assessment it holds.</summary>
/// <param name="Input">The workbook.</param>
/// <param name="Output">The assessment JSON written.</param>
/// <param name="Assessment">The assessment.</param>
public sealed record ImportedWorkbook(string Input, string Output, Assessment Assessment);
