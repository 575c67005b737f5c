using System.Collections.Generic;
using Coherence.Localization;

namespace Coherence.Workbooks;

/// <summary>What the workbooks themselves say to people, in one language: the <c>workbook.*</c> keys of <see cref="Texts"/>, and the <c>label.*</c> words the whole tool shares.</summary>
/// <remarks>Rubric texts carry their own translations.</remarks>
internal sealed class WorkbookTexts
{
    private const string Prefix = "workbook.";

    private readonly Labels labels;

    // A workbook asks for the same few texts on every row: each is looked up in the resources once. An instance serves
    // one writer or reader, on one thread.
    private readonly Dictionary<string, string> found = new(System.StringComparer.Ordinal);

    public WorkbookTexts(string language)
    {
        labels = new Labels(language);
    }

    /// <summary>Gets the languages the workbooks speak.</summary>
    public static IReadOnlyList<string> Languages => Texts.Supported;

    public string Language => labels.Language;

    // Words the whole tool shares (not applicable, unknown, confidence, roles) come from Labels.
    public string this[string key]
    {
        get
        {
            if (!found.TryGetValue(key, out var text))
            {
                text = Texts.Has(Prefix + key) ? labels.Texts[Prefix + key] : labels[key];
                found.Add(key, text);
            }

            return text;
        }
    }

    /// <summary>Gets whether a workbook text exists, such as the short name of a group the bundled rubric knows.</summary>
    public bool Has(string key) => Texts.Has(Prefix + key);

    public string Format(string key, params object[] args) => string.Format(System.Globalization.CultureInfo.InvariantCulture, this[key], args);

    /// <summary>Gets a text in every language the workbooks speak, for reading what people chose in any of them.</summary>
    public static IEnumerable<string> InEveryLanguage(string key) => Texts.Has(Prefix + key) ? Texts.InEveryLanguage(Prefix + key) : Labels.InEveryLanguage(key);
}
