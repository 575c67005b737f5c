using System.Globalization;
using Coherence.Localization;

namespace Coherence.Cli.Commands;

/// <summary>The words the agree and reconcile commands print, in one language: the <c>agree.*</c> keys of <see cref="Texts"/>.</summary>
internal sealed class AgreementWords
{
    private const string Prefix = "agree.";

    private readonly Texts texts;

    public AgreementWords(string language) => texts = Texts.For(language);

    public string this[string key] => texts[Prefix + key];

    public string Format(string key, params object[] args) => string.Format(texts.Culture, this[key], args);
}
