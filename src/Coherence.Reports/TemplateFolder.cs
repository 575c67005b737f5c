using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Coherence.Diagnostics;
using Coherence.Localization;

namespace Coherence.Reports;

/// <summary>
/// Where a template's partials come from: the shipped ones, embedded in the library, and, for a user's template,
/// the <c>partials</c> folder beside it, whose files replace shipped partials of the same name.
/// </summary>
/// <remarks>
/// Partials are found by name only, among the files listed here; nothing outside the template's folder is read,
/// whatever a template writes after <c>{{ include</c>.
/// </remarks>
internal sealed class TemplateFolder
{
    private const string ResourcePrefix = "Coherence.Templates.";

    private TemplateFolder(string id, IReadOnlyDictionary<string, TemplateText> partials)
    {
        Id = id;
        Partials = partials;
    }

    /// <summary>Gets the shipped templates' folder.</summary>
    public static TemplateFolder Embedded { get; } = new("embedded:", ReadEmbeddedPartials());

    /// <summary>Gets an id that tells folders apart, for caching.</summary>
    public string Id { get; }

    /// <summary>Gets the partials by name.</summary>
    public IReadOnlyDictionary<string, TemplateText> Partials { get; }

    /// <summary>Reads a shipped template by its path under <c>templates/</c>.</summary>
    /// <param name="relativePath">The path, with '/' (<c>country-profile.html.sbn</c>).</param>
    /// <returns>The text, or <see langword="null"/> when no such template is shipped.</returns>
    public static string? ReadEmbedded(string relativePath)
    {
        var assembly = typeof(TemplateFolder).Assembly;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && Normalize(n.Substring(ResourcePrefix.Length)) == relativePath);
        if (name is null)
        {
            return null;
        }

        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Makes the folder of a user's template: its <c>partials</c> folder over the shipped partials.</summary>
    /// <param name="directory">The folder the template is in.</param>
    /// <param name="diagnostics">Receives a warning for each partial that is skipped.</param>
    /// <returns>The folder.</returns>
    public static TemplateFolder Directory(string directory, List<Diagnostic> diagnostics)
    {
        var full = Path.GetFullPath(directory);
        var partials = new Dictionary<string, TemplateText>(Embedded.Partials.Count, StringComparer.Ordinal);
        foreach (var pair in Embedded.Partials)
        {
            partials[pair.Key] = pair.Value;
        }

        var folder = Path.Combine(full, "partials");
        if (System.IO.Directory.Exists(folder) && (File.GetAttributes(folder) & FileAttributes.ReparsePoint) != 0)
        {
            // A linked partials folder could lead anywhere on the disk, like a linked partial.
            diagnostics.Add(Diagnostic.Warning("TPL007", Phrase.Of("diag.TPL007"), new SourceLocation(folder), Phrase.Of("hint.TPL007")));
        }
        else if (System.IO.Directory.Exists(folder))
        {
            foreach (var file in System.IO.Directory.EnumerateFiles(folder, "*.sbn", SearchOption.TopDirectoryOnly).OrderBy(f => f, StringComparer.Ordinal))
            {
                if ((File.GetAttributes(file) & FileAttributes.ReparsePoint) != 0)
                {
                    // A link could lead anywhere on the disk: templates read only files that are inside their folder.
                    diagnostics.Add(Diagnostic.Warning("TPL007", Phrase.Of("diag.TPL007"), new SourceLocation(file), Phrase.Of("hint.TPL007")));
                    continue;
                }

                var name = Path.GetFileNameWithoutExtension(file);
                if (!IsPartialName(name))
                {
                    diagnostics.Add(Diagnostic.Warning("TPL008", Phrase.Of("diag.TPL008", name), new SourceLocation(file), Phrase.Of("hint.TPL008")));
                    continue;
                }

                partials[name] = new TemplateText(File.ReadAllText(file), file);
            }
        }

        // The partials' text is part of the id, so that partials edited between runs in one process are read again.
        var id = new StringBuilder("dir:").Append(full);
        foreach (var pair in partials.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            id.Append('|').Append(pair.Key).Append('=').Append(pair.Value.Text.Length).Append(':').Append(Fingerprint(pair.Value.Text));
        }

        return new TemplateFolder(id.ToString(), partials);
    }

    /// <summary>Whether a name may name a partial: letters, digits, '-', '_' and '.', no path.</summary>
    /// <param name="name">The name.</param>
    /// <returns><see langword="true"/> when it may.</returns>
    public static bool IsPartialName(string name) =>
        name.Length > 0 && char.IsLetterOrDigit(name[0]) && name.IndexOf("..", StringComparison.Ordinal) < 0 &&
        name.All(c => (c < 128 && char.IsLetterOrDigit(c)) || c == '-' || c == '_' || c == '.');

    private static string Fingerprint(string text)
    {
        using var sha = SHA256.Create();
        return Serialization.Hex.Of(sha.ComputeHash(Encoding.UTF8.GetBytes(text)));
    }

    private static string Normalize(string resourcePath) => resourcePath.Replace('\\', '/');

    private static Dictionary<string, TemplateText> ReadEmbeddedPartials()
    {
        var partials = new Dictionary<string, TemplateText>(StringComparer.Ordinal);
        var assembly = typeof(TemplateFolder).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var relative = Normalize(resource.Substring(ResourcePrefix.Length));
            if (!relative.StartsWith("partials/", StringComparison.Ordinal) || !relative.EndsWith(".sbn", StringComparison.Ordinal))
            {
                continue;
            }

            var name = relative.Substring("partials/".Length, relative.Length - "partials/".Length - ".sbn".Length);
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            partials[name] = new TemplateText(reader.ReadToEnd(), "templates/" + relative);
        }

        return partials;
    }
}
