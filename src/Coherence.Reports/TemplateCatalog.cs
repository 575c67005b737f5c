using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Coherence.Diagnostics;
using Coherence.Localization;

namespace Coherence.Reports;

/// <summary>Finds report templates: the shipped ones by name, or a user's own file or folder by path.</summary>
/// <remarks>
/// <para>Shipped names: <c>country-profile</c> and <c>regional-comparison</c>, optionally with a format
/// (<c>country-profile.md</c>). A user's file is named <c>&lt;anything&gt;.html.sbn</c> or <c>&lt;anything&gt;.md.sbn</c>;
/// it is a regional comparison when its name starts with <c>regional</c>, a country profile otherwise.
/// A user's folder holds files named like the shipped ones; partials go in its <c>partials</c> folder.</para>
/// <para>The catalog holds no state: resolving reads the files each time. Compiling is the renderer's job, and it caches.</para>
/// </remarks>
public sealed class TemplateCatalog
{
    /// <summary>The shipped country profile template.</summary>
    public const string CountryProfile = "country-profile";

    /// <summary>The shipped regional comparison template.</summary>
    public const string RegionalComparison = "regional-comparison";

    /// <summary>Gets the names of the shipped templates.</summary>
    public static IReadOnlyList<string> BuiltInNames { get; } = new[] { CountryProfile, RegionalComparison };

    /// <summary>Gets the format a file extension stands for.</summary>
    /// <param name="path">A file path or name.</param>
    /// <returns>The format, or <see langword="null"/> when the extension is neither HTML nor Markdown.</returns>
    public static ReportFormat? FormatOf(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".html" or ".htm" => ReportFormat.Html,
            ".md" or ".markdown" => ReportFormat.Markdown,
            _ => null,
        };
    }

    /// <summary>Finds a template.</summary>
    /// <param name="nameOrPath">A shipped name, or the path of a template file or folder.</param>
    /// <param name="format">The format wanted (from the output file's extension), or <see langword="null"/> for the template's own, else HTML.</param>
    /// <returns>The template, or the diagnostics that prevent it; a format the template names wins over <paramref name="format"/>.</returns>
    public Result<ReportTemplate> Resolve(string nameOrPath, ReportFormat? format = null)
    {
        if (string.IsNullOrWhiteSpace(nameOrPath))
        {
            return Result<ReportTemplate>.Failure(Diagnostic.Error("TPL001", Phrase.Of("diag.TPL001.none"), SourceLocation.None, Phrase.Of("hint.TPL001.none", BuiltInNames)));
        }

        var (stem, named) = SplitFormat(nameOrPath);
        if (BuiltInNames.Contains(stem, StringComparer.Ordinal) && !File.Exists(nameOrPath) && !Directory.Exists(nameOrPath))
        {
            return BuiltIn(stem, named ?? format ?? ReportFormat.Html);
        }

        if (File.Exists(nameOrPath))
        {
            return FromFile(nameOrPath, format);
        }

        if (Directory.Exists(nameOrPath))
        {
            var wanted = format ?? ReportFormat.Html;
            var file = Path.Combine(nameOrPath, CountryProfile + Suffix(wanted) + ".sbn");
            if (!File.Exists(file) && File.Exists(Path.ChangeExtension(file, ".hbs")))
            {
                return Result<ReportTemplate>.Failure(Handlebars(Path.ChangeExtension(file, ".hbs")));
            }

            return File.Exists(file)
                ? FromFile(file, wanted)
                : Result<ReportTemplate>.Failure(Diagnostic.Error("TPL002", Phrase.Of("diag.TPL002.folder", CountryProfile + Suffix(wanted) + ".sbn"), new SourceLocation(nameOrPath), Phrase.Of("hint.TPL002.folder", Path.Combine(nameOrPath, RegionalComparison + Suffix(wanted) + ".sbn"))));
        }

        // A shipped name inside a user's folder, with the format left to the output: my-templates/regional-comparison.
        var candidate = nameOrPath + Suffix(named ?? format ?? ReportFormat.Html) + ".sbn";
        if (named is null && File.Exists(candidate))
        {
            return FromFile(candidate, format);
        }

        if (named is not null && File.Exists(stem + Suffix(named.Value) + ".sbn"))
        {
            return FromFile(stem + Suffix(named.Value) + ".sbn", named);
        }

        var looksLikePath = nameOrPath.IndexOfAny(new[] { '/', '\\' }) >= 0 || nameOrPath.EndsWith(".sbn", StringComparison.OrdinalIgnoreCase) || nameOrPath.EndsWith(".hbs", StringComparison.OrdinalIgnoreCase);
        return Result<ReportTemplate>.Failure(looksLikePath
            ? Diagnostic.Error("TPL001", Phrase.Of("diag.TPL001.no-file"), new SourceLocation(nameOrPath), Phrase.Of("hint.check-path"))
            : Diagnostic.Error("TPL001", Phrase.Of("diag.TPL001.unknown", nameOrPath), SourceLocation.None, DidYouMean.Hint(stem, BuiltInNames.ToList())));
    }

    // Templates were Handlebars before reports v2; such a file would fail with a puzzling syntax error.
    private static Diagnostic Handlebars(string path) =>
        Diagnostic.Error("TPL010", Phrase.Of("diag.TPL010"), new SourceLocation(path), Phrase.Of("hint.TPL010"));

    private static string Suffix(ReportFormat format) => format == ReportFormat.Html ? ".html" : ".md";

    private static (string Stem, ReportFormat? Format) SplitFormat(string name)
    {
        var format = FormatOf(name);
        return format is null ? (name, null) : (name.Substring(0, name.Length - Path.GetExtension(name).Length), format);
    }

    private static Result<ReportTemplate> BuiltIn(string name, ReportFormat format)
    {
        var text = TemplateFolder.ReadEmbedded(name + Suffix(format) + ".sbn")
            ?? throw new InvalidOperationException($"the shipped template {name}{Suffix(format)}.sbn is missing from the library");
        var kind = name == RegionalComparison ? ReportKind.RegionalComparison : ReportKind.CountryProfile;
        return new Result<ReportTemplate>(new ReportTemplate(name, kind, format, new TemplateText(text, "templates/" + name + Suffix(format) + ".sbn"), TemplateFolder.Embedded), Array.Empty<Diagnostic>());
    }

    private static Result<ReportTemplate> FromFile(string path, ReportFormat? wanted)
    {
        if (path.EndsWith(".hbs", StringComparison.OrdinalIgnoreCase))
        {
            return Result<ReportTemplate>.Failure(Handlebars(path));
        }

        var fileName = Path.GetFileName(path);
        var inner = fileName.EndsWith(".sbn", StringComparison.OrdinalIgnoreCase) ? fileName.Substring(0, fileName.Length - 4) : fileName;
        var format = FormatOf(inner) ?? wanted;
        if (format is null)
        {
            return Result<ReportTemplate>.Failure(Diagnostic.Error("TPL006", Phrase.Of("diag.TPL006"), new SourceLocation(path), Phrase.Of("hint.TPL006")));
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Result<ReportTemplate>.Failure(Diagnostic.Error("TPL002", Phrase.Of("diag.TPL002.read", e.Message), new SourceLocation(path)));
        }

        var diagnostics = new List<Diagnostic>();
        var folder = TemplateFolder.Directory(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", diagnostics);
        var kind = fileName.StartsWith("regional", StringComparison.OrdinalIgnoreCase) ? ReportKind.RegionalComparison : ReportKind.CountryProfile;
        return new Result<ReportTemplate>(new ReportTemplate(path, kind, format.Value, new TemplateText(text, path), folder), diagnostics);
    }
}
