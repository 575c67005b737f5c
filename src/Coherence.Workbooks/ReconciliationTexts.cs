using Coherence.Localization;

namespace Coherence.Workbooks;

/// <summary>What the reconciliation workbook says to people, in one language: the <c>reconciliation.*</c> keys of <see cref="Texts"/>, then the words of the other workbooks (<see cref="WorkbookTexts"/>).</summary>
internal sealed class ReconciliationTexts
{
    private const string Prefix = "reconciliation.";

    private readonly Texts texts;
    private readonly WorkbookTexts fallback;

    public ReconciliationTexts(string language)
    {
        texts = Texts.For(language);
        fallback = new WorkbookTexts(language);
    }

    public string this[string key] => Texts.Has(Prefix + key) ? texts[Prefix + key] : fallback[key];

    public string Format(string key, params object[] args) => string.Format(System.Globalization.CultureInfo.InvariantCulture, this[key], args);
}
