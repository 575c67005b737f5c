using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Model;

namespace Coherence.Tables;

/// <summary>Translates the unit codes of a table (<c>Mexico</c>, <c>484</c>, <c>MX-1</c>) into ISO 3166-1 alpha-3 country codes.</summary>
/// <remarks>A CSV file with the header <c>unit,country</c> (or <c>unidad,pais</c>); units compare without regard to letter case, accents or spaces.</remarks>
public sealed class UnitCodeMap
{
    private readonly Dictionary<string, CountryCode> codes;

    /// <summary>Initializes a new instance of the <see cref="UnitCodeMap"/> class.</summary>
    /// <param name="codes">The country code for each unit code.</param>
    public UnitCodeMap(IEnumerable<KeyValuePair<string, CountryCode>> codes)
    {
        this.codes = new Dictionary<string, CountryCode>(StringComparer.Ordinal);
        foreach (var pair in codes)
        {
            this.codes[TextKey.Of(pair.Key)] = pair.Value;
        }
    }

    /// <summary>Gets how many unit codes the map translates.</summary>
    public int Count => codes.Count;

    /// <summary>Reads a unit code file.</summary>
    /// <param name="path">The CSV file.</param>
    /// <returns>The map, or the diagnostics that prevent it.</returns>
    public static Result<UnitCodeMap> ReadFile(string path)
    {
        var table = CsvReader.ReadFile(path);
        return table.Value is null ? Result<UnitCodeMap>.Failure(table.Diagnostics) : Read(table.Value);
    }

    /// <summary>Reads a unit code map from a CSV table already read.</summary>
    /// <param name="table">The table, with the header <c>unit,country</c>.</param>
    /// <returns>The map, or the diagnostics that prevent it.</returns>
    public static Result<UnitCodeMap> Read(CsvTable table)
    {
        if (table is null)
        {
            throw new ArgumentNullException(nameof(table));
        }

        var diagnostics = new List<Diagnostic>();
        var keys = table.Header.Select(TextKey.Of).ToList();
        var unit = keys.FindIndex(k => k is "unit" or "unidad");
        var country = keys.FindIndex(k => k is "country" or "pais");
        if (unit < 0 || country < 0)
        {
            return Result<UnitCodeMap>.Failure(Diagnostic.Error("TAB036", Phrase.Of("diag.TAB036.columns"), new SourceLocation(table.File, 1), Phrase.Of("hint.TAB036.columns")));
        }

        var pairs = new Dictionary<string, CountryCode>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var code = row[unit].Trim();
            var target = row[country].Trim();
            var where = new SourceLocation(table.File, row.Line, country + 1, CsvTable.ColumnLetters(country) + row.Number.ToString(CultureInfo.InvariantCulture));
            if (code.Length == 0)
            {
                continue;
            }

            if (!CountryCode.TryParse(target, out var parsed) && !CountryAlpha2.TryConvert(target, out parsed))
            {
                diagnostics.Add(Diagnostic.Error("TAB036", Phrase.Of("diag.TAB036.country", target), where, Phrase.Of("hint.TAB036.country")));
                continue;
            }

            var key = TextKey.Of(code);
            if (pairs.TryGetValue(key, out var earlier) && earlier != parsed)
            {
                diagnostics.Add(Diagnostic.Error("TAB036", Phrase.Of("diag.TAB036.twice", code, earlier.ToString(), parsed.ToString()), where, Phrase.Of("hint.TAB036.twice")));
                continue;
            }

            pairs[key] = parsed;
        }

        return diagnostics.Any(d => d.IsError) ? Result<UnitCodeMap>.Failure(diagnostics) : new Result<UnitCodeMap>(new UnitCodeMap(pairs), diagnostics);
    }

    /// <summary>Finds the country code of a unit code.</summary>
    /// <param name="unit">The unit code as the table writes it.</param>
    /// <param name="code">The country code, when mapped.</param>
    /// <returns><see langword="true"/> when the map has the unit.</returns>
    public bool TryGet(string unit, out CountryCode code) => codes.TryGetValue(TextKey.Of(unit ?? string.Empty), out code);
}
