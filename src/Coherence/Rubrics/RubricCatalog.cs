using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Model;
using Coherence.Serialization;

namespace Coherence.Rubrics;

/// <summary>Finds rubrics: the ones bundled with the library, by id, or rubric files, by path.</summary>
/// <remarks>Bundled rubrics are read once per catalog and kept; create one catalog and reuse it.</remarks>
public sealed class RubricCatalog
{
    private const string Prefix = "Coherence.Rubrics.";

    // Every rubric embedded in the library, the Mesoamerica rubric first, then by name.
    private static readonly string[] BundledNames = typeof(RubricCatalog).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".yaml", StringComparison.Ordinal))
        .Select(n => n.Substring(Prefix.Length, n.Length - Prefix.Length - ".yaml".Length))
        .OrderBy(n => n == "mesoamerica" ? 0 : 1)
        .ThenBy(n => n, StringComparer.Ordinal)
        .ToArray();
    private readonly Dictionary<string, Result<Rubric>> loaded = new(StringComparer.Ordinal);
    private readonly object gate = new();

    /// <summary>Gets the resource names of the bundled rubrics, the Mesoamerica rubric first.</summary>
    public static IReadOnlyList<string> BundledFiles => BundledNames.Select(n => n + ".yaml").ToList();

    /// <summary>Loads every bundled rubric.</summary>
    /// <returns>The bundled rubrics, the Mesoamerica rubric first.</returns>
    /// <exception cref="InvalidOperationException">A bundled rubric is broken: a bug, caught by the tests.</exception>
    public IReadOnlyList<Rubric> Bundled() => BundledNames.Select(n => LoadBundled(n).Value ?? throw new InvalidOperationException($"bundled rubric {n} is invalid: {string.Join("; ", LoadBundled(n).Diagnostics)}")).ToList();

    /// <summary>Finds a rubric by bundled id or by file path.</summary>
    /// <param name="idOrPath">A bundled rubric's id (<c>mesoamerica-coherence</c>) or the path of a rubric file.</param>
    /// <returns>The rubric, or the diagnostics that prevent it.</returns>
    public Result<Rubric> Resolve(string idOrPath)
    {
        if (File.Exists(idOrPath))
        {
            return RubricReader.ReadFile(idOrPath);
        }

        foreach (var name in BundledNames)
        {
            var bundled = LoadBundled(name);
            if (bundled.Value is { } rubric && (rubric.Id == idOrPath || name == idOrPath))
            {
                return bundled;
            }
        }

        var ids = BundledNames.Select(n => LoadBundled(n).Value?.Id).Where(id => id is not null).Select(id => id!).ToList();
        var looksLikePath = idOrPath.IndexOfAny(new[] { '/', '\\' }) >= 0 || idOrPath.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || idOrPath.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || idOrPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        return Result<Rubric>.Failure(looksLikePath
            ? Diagnostic.Error("RUB000", Phrase.Of("diag.RUB000.no-file"), new SourceLocation(idOrPath), Phrase.Of("hint.check-path"))
            : Diagnostic.Error("RUB000", Phrase.Of("diag.RUB000.unknown", idOrPath), SourceLocation.None, DidYouMean.Hint(idOrPath, ids)));
    }

    /// <summary>Finds the rubric an assessment answers, among the bundled ones.</summary>
    /// <param name="reference">The assessment's rubric reference.</param>
    /// <returns>The rubric, or <see langword="null"/> when none is bundled with that id.</returns>
    public Rubric? Find(RubricReference reference) =>
        BundledNames.Select(LoadBundled).Select(r => r.Value).FirstOrDefault(r => r is not null && r.Id == reference.Id);

    private Result<Rubric> LoadBundled(string name)
    {
        lock (gate)
        {
            if (!loaded.TryGetValue(name, out var result))
            {
                using var stream = typeof(RubricCatalog).Assembly.GetManifestResourceStream(Prefix + name + ".yaml");
                if (stream is null)
                {
                    result = Result<Rubric>.Failure(Diagnostic.Error("RUB000", Phrase.Of("diag.RUB000.missing", name), SourceLocation.None));
                }
                else
                {
                    using var buffer = new MemoryStream();
                    stream.CopyTo(buffer);
                    result = RubricReader.Read(buffer.ToArray(), name + ".yaml");
                }

                loaded.Add(name, result);
            }

            return result;
        }
    }
}
