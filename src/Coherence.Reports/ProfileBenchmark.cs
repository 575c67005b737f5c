using System.Collections.Generic;

namespace Coherence.Reports;

/// <summary>Where a country stands against the other countries of the same period and rubric in the run.</summary>
/// <param name="Countries">How many countries the benchmark covers, the profiled one included.</param>
/// <param name="Peers">The other countries, by name in the report's language, in code order.</param>
/// <param name="Rows">One row per migrant group in rubric order, then the whole rubric (<c>overall</c>).</param>
public sealed record ProfileBenchmark(int Countries, IReadOnlyList<string> Peers, IReadOnlyList<BenchmarkRow> Rows);
