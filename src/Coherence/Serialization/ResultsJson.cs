using System;
using System.IO;
using Coherence.Scoring;

namespace Coherence.Serialization;

/// <summary>Writes scores as the results JSON documented in <c>docs/results-json.md</c>.</summary>
public static class ResultsJson
{
    /// <summary>The <c>apiVersion</c> of the results JSON this library writes.</summary>
    /// <remarks>Version 2 holds the tidy rows of each assessment; version 1 held nested aggregates (see the migration note in <c>docs/results-json.md</c>).</remarks>
    public const string ApiVersion = "coherence/v2";

    /// <summary>Writes a score run held in memory as indented UTF-8 JSON.</summary>
    /// <param name="run">The scores.</param>
    /// <returns>The JSON bytes.</returns>
    /// <remarks>For many assessments, write them one at a time with a <see cref="ResultsJsonWriter"/> instead.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="run"/> is <see langword="null"/>.</exception>
    public static byte[] ToUtf8(ScoreRun run)
    {
        if (run is null)
        {
            throw new ArgumentNullException(nameof(run));
        }

        using var stream = new MemoryStream();
        using (var writer = new ResultsJsonWriter(stream, run.GeneratedAt, run.ToolVersion, leaveOpen: true))
        {
            var engines = new System.Collections.Generic.Dictionary<string, ScoringEngine>(StringComparer.Ordinal);
            foreach (var score in run.Scores)
            {
                if (!engines.TryGetValue(score.Root.NodeId, out var engine))
                {
                    engine = new ScoringEngine(run.Rubrics[score.Root.NodeId]);
                    engines.Add(score.Root.NodeId, engine);
                }

                writer.Write(score, engine.Rows(score));
            }

            writer.Complete(run.Rubrics.Values);
        }

        return stream.ToArray();
    }
}
