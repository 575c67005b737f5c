using Coherence.Model;

namespace Coherence.Serialization;

/// <summary>The <c>country_name</c> cell of tidy outputs: the assessment's name in one language, remembered for the rows of the same assessment.</summary>
internal sealed class CountryNameColumn
{
    private readonly string language;
    private CountryName? last;
    private string? text;

    public CountryNameColumn(string language) => this.language = language ?? "en";

    public string? Of(CountryName? name)
    {
        if (name is null)
        {
            return null;
        }

        if (!ReferenceEquals(name, last))
        {
            last = name;
            text = name.For(language);
        }

        return text;
    }
}
