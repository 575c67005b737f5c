using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Coherence.Model;

/// <summary>The names of the ISO 3166-1 countries in English and Spanish, for people: completion, tables and reports.</summary>
/// <remarks>
/// The names are data (<c>CountryNames.tsv</c>, embedded), not domain rules: an assessment may carry a name of its own,
/// which wins. User-assigned codes (<c>XMA</c>) have no name here.
/// </remarks>
public static class CountryNames
{
    private const string Resource = "Coherence.Model.CountryNames.tsv";

    private static readonly Lazy<IReadOnlyDictionary<string, LocalizedText>> Table = new(Read);

    /// <summary>Gets every named country by its alpha-3 code, sorted by code.</summary>
    public static IReadOnlyDictionary<string, LocalizedText> ByCode => Table.Value;

    /// <summary>Gets a country's name in English (<c>en</c>) and Spanish (<c>es</c>).</summary>
    /// <param name="code">The country code.</param>
    /// <returns>The name, or <see langword="null"/> for a user-assigned code or one the table lacks.</returns>
    public static LocalizedText? Of(CountryCode code) => code.Value is { } value && Table.Value.TryGetValue(value, out var name) ? name : null;

    /// <summary>Gets the name people read for a country: the assessment's own, else the ISO 3166-1 name in the language, else the code.</summary>
    /// <remarks>Every view a person reads (reports, workbooks, console summaries) names countries through this, never by code alone.</remarks>
    /// <param name="code">The country code.</param>
    /// <param name="given">The name the assessment gives (<c>countryName</c>), which wins, in the reader's language by <see cref="CountryName.For"/>; <see langword="null"/> when none.</param>
    /// <param name="language">The reader's language: <c>es</c>, <c>en</c> or a regional tag such as <c>es-GT</c>.</param>
    /// <returns>The name; the code itself for a user-assigned code without a given name.</returns>
    public static string NameOf(CountryCode code, CountryName? given, string language)
    {
        if (given is not null)
        {
            return given.For(language);
        }

        return Of(code) is { } known ? known.Get(Neutral(language)) : code.Value ?? string.Empty;
    }

    private static string Neutral(string language)
    {
        var dash = (language ?? string.Empty).IndexOfAny(new[] { '-', '_' });
        return dash > 0 ? language!.Substring(0, dash) : language ?? string.Empty;
    }

    private static IReadOnlyDictionary<string, LocalizedText> Read()
    {
        using var stream = typeof(CountryNames).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException(Resource + " is not embedded in " + typeof(CountryNames).Assembly.GetName().Name);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var table = new SortedDictionary<string, LocalizedText>(StringComparer.Ordinal);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            table.Add(cells[0], LocalizedText.Of("en", cells[1], "es", cells[2]));
        }

        return table.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
    }
}
