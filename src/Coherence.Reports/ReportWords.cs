using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Coherence.Localization;

namespace Coherence.Reports;

/// <summary>The fixed words of reports in one language, keyed in camelCase for templates (<c>{{labels.largestGaps}}</c>).</summary>
/// <remarks>
/// Every <c>label.*</c> and <c>report.*</c> text of <see cref="Texts"/>, its key turned into a template key by one rule:
/// the prefix (and a <c>role.</c> below it) dropped, the rest in camelCase (<c>label.net-gap</c> is <c>netGap</c>,
/// <c>label.role.civil-society</c> is <c>civilSociety</c>, <c>report.largestGaps</c> is <c>largestGaps</c>).
/// </remarks>
internal static class ReportWords
{
    private static readonly Dictionary<string, IReadOnlyDictionary<string, string>> Cache = new(StringComparer.Ordinal);

    /// <summary>Gets every word in one language, keyed for templates.</summary>
    /// <param name="language">The report's language; unsupported ones get English.</param>
    /// <returns>The words, shared and read-only.</returns>
    public static IReadOnlyDictionary<string, string> For(string language)
    {
        var texts = Texts.For(language);
        lock (Cache)
        {
            if (!Cache.TryGetValue(texts.Language, out var words))
            {
                words = Build(texts);
                Cache.Add(texts.Language, words);
            }

            return words;
        }
    }

    /// <summary>Turns a key of the resource set into its template key, or <see langword="null"/> when reports do not use it.</summary>
    /// <param name="key">The key, such as <c>label.net-gap</c>.</param>
    /// <returns>The template key, such as <c>netGap</c>.</returns>
    public static string? TemplateKey(string key)
    {
        string rest;
        if (key.StartsWith("report.", StringComparison.Ordinal))
        {
            rest = key.Substring("report.".Length);
        }
        else if (key.StartsWith("label.", StringComparison.Ordinal))
        {
            rest = key.Substring("label.".Length);
            if (rest.StartsWith("role.", StringComparison.Ordinal))
            {
                rest = rest.Substring("role.".Length);
            }
        }
        else
        {
            return null;
        }

        var camel = new StringBuilder(rest.Length);
        var upper = false;
        foreach (var c in rest)
        {
            if (c is '-' or '.')
            {
                upper = true;
                continue;
            }

            camel.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return camel.ToString();
    }

    private static Dictionary<string, string> Build(Texts texts) =>
        Texts.Keys()
            .Select(key => (Key: key, TemplateKey: TemplateKey(key)))
            .Where(k => k.TemplateKey is not null)
            .OrderBy(k => k.Key, StringComparer.Ordinal)
            .ToDictionary(k => k.TemplateKey!, k => texts[k.Key], StringComparer.Ordinal);
}
