namespace Coherence.Reports;

/// <summary>An indicator without a complete answer for one group.</summary>
/// <param name="Id">The indicator id.</param>
/// <param name="Name">Its name in the report's language.</param>
/// <param name="Missing"><c>law</c>, <c>practice</c> or <c>both</c> (not answered), or <c>unknown</c> (marked unknown).</param>
/// <param name="MissingName">What is missing, in the report's language.</param>
public sealed record UnansweredIndicator(string Id, string Name, string Missing, string MissingName);
