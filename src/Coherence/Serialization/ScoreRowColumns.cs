using System.Collections.Generic;

namespace Coherence.Serialization;

/// <summary>The columns of the tidy results table (<c>score --csv</c>, <c>score --jsonl</c>), in their order.</summary>
/// <remarks>The columns are documented in <c>docs/results-json.md</c>; they never change order within a release line.</remarks>
public static class ScoreRowColumns
{
    /// <summary>Gets the column names, in order.</summary>
    public static IReadOnlyList<string> Names { get; } = new[]
    {
        "country", "country_name", "period", "rubric_id", "rubric_version", "assessor_role", "group", "node_id", "node_kind", "depth",
        "dimension_id", "law", "practice", "net_gap", "abs_gap", "coherence", "coverage", "law_coverage", "practice_coverage",
        "answered", "applicable", "class", "status", "reason", "minimum_coverage",
        "law_all_cells", "practice_all_cells", "law_answered", "law_applicable", "practice_answered", "practice_applicable", "variant",
    };
}
