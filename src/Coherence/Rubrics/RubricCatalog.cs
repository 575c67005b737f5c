using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Model;
using Coherence.Serialization;

namespace Coherence.Rubrics;

/// <summary>Finds rubrics: the ones bundled with the library, by id, or rubric files, by path.</summary>
/// <remarks>
/// Bundled rubrics are read once per catalog and kept, and only when used: finding one by id reads the
/// metadata of each (a few lines at the top of the file) and parses that one only. Create one catalog and reuse it.
/// </remarks>
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
    private IReadOnlyList<BundledRubric>? index;

    /// <summary>Gets the resource names of the bundled rubrics, the Mesoamerica rubric first.</summary>
    public static IReadOnlyList<string> BundledFiles => BundledNames.Select(n => n + ".yaml").ToList();

    /// <summary>Loads every bundled rubric.</summary>
    /// <returns>The bundled rubrics, the Mesoamerica rubric first.</returns>
    /// <exception cref="InvalidOperationException">A bundled rubric is broken: a bug, caught by the tests.</exception>
    public IReadOnlyList<Rubric> Bundled() => BundledNames.Select(n => LoadBundled(n).Value ?? throw new InvalidOperationException($"bundled rubric {n} is invalid: {string.Join("; ", LoadBundled(n).Diagnostics)}")).ToList();

    /// <summary>Lists the bundled rubrics by their metadata alone, without parsing their dimensions and indicators.</summary>
    /// <returns>Id, version, languages and title of each bundled rubric, the Mesoamerica rubric first.</returns>
    /// <remarks>Each rubric's file is read only as far as its <c>metadata</c>, which comes first; this is what listing the rubrics needs.</remarks>
    public IReadOnlyList<BundledRubric> BundledIndex()
    {
        lock (gate)
        {
            return index ??= BundledNames.Select(ReadIndexEntry).ToList();
        }
    }

    /// <summary>Finds a rubric by bundled id or by file path.</summary>
    /// <param name="idOrPath">A bundled rubric's id (<c>mesoamerica-coherence</c>) or the path of a rubric file.</param>
    /// <returns>The rubric, or the diagnostics that prevent it.</returns>
    public Result<Rubric> Resolve(string idOrPath)
    {
        if (File.Exists(idOrPath))
        {
            return RubricReader.ReadFile(idOrPath);
        }

        var entries = BundledIndex();
        var entry = entries.FirstOrDefault(e => e.Id == idOrPath) ?? entries.FirstOrDefault(e => e.Name == idOrPath);
        if (entry is not null)
        {
            return LoadBundled(entry.Name);
        }

        var ids = entries.Select(e => e.Id).ToList();
        var looksLikePath = idOrPath.IndexOfAny(new[] { '/', '\\' }) >= 0 || idOrPath.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || idOrPath.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || idOrPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        return Result<Rubric>.Failure(looksLikePath
            ? Diagnostic.Error("RUB000", Phrase.Of("diag.RUB000.no-file"), new SourceLocation(idOrPath), Phrase.Of("hint.check-path"))
            : Diagnostic.Error("RUB000", Phrase.Of("diag.RUB000.unknown", idOrPath), SourceLocation.None, DidYouMean.Hint(idOrPath, ids)));
    }

    /// <summary>Finds the rubric an assessment answers, among the bundled ones.</summary>
    /// <param name="reference">The assessment's rubric reference.</param>
    /// <returns>The rubric, or <see langword="null"/> when none is bundled with that id.</returns>
    public Rubric? Find(RubricReference reference) =>
        BundledIndex().Where(e => e.Id == reference.Id).Select(e => LoadBundled(e.Name).Value).FirstOrDefault(r => r is not null);

    /// <summary>Whether a bundled rubric was parsed by this catalog, for tests.</summary>
    internal bool IsParsed(string name)
    {
        lock (gate)
        {
            return loaded.ContainsKey(name);
        }
    }

    private static Stream OpenBundled(string name) =>
        typeof(RubricCatalog).Assembly.GetManifestResourceStream(Prefix + name + ".yaml")
        ?? throw new InvalidOperationException($"bundled rubric '{name}' is missing from the library");

    // A bundled rubric's metadata, read from the top of its file up to the end of 'metadata' and no further. A file
    // whose metadata is written in a way that quick reading does not take is parsed whole instead (the tests keep the
    // bundled files readable the quick way).
    private BundledRubric ReadIndexEntry(string name)
    {
        using (var reader = new StreamReader(OpenBundled(name), Encoding.UTF8))
        {
            if (MetadataBlock.Read(reader, name) is { } entry)
            {
                return entry;
            }
        }

        var rubric = LoadBundled(name);
        var metadata = rubric.Value?.Metadata ?? throw new InvalidOperationException($"bundled rubric {name} is invalid: {string.Join("; ", rubric.Diagnostics)}");
        return new BundledRubric(name, metadata.Id, metadata.Version, metadata.Languages, metadata.Title);
    }

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

/// <summary>A bundled rubric as its metadata describes it: enough to list it and to find it by id.</summary>
/// <param name="Name">The name of its file, without <c>.yaml</c> (<c>mesoamerica</c>).</param>
/// <param name="Id">The rubric's id (<c>mesoamerica-coherence</c>).</param>
/// <param name="Version">The rubric's version.</param>
/// <param name="Languages">The languages every text of the rubric is written in.</param>
/// <param name="Title">The title.</param>
public sealed record BundledRubric(string Name, string Id, string Version, IReadOnlyList<string> Languages, LocalizedText Title);
