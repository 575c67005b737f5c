using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Resources;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Coherence.Localization;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.Localization;

/// <summary>The resource set is whole: every key in every language, the same placeholders in each, and every key the code names.</summary>
public class TextsTests
{
    private static readonly string Folder = Path.Combine(TestRubrics.RepositoryRoot(), "src", "Coherence", "Localization");

    private static readonly Regex Placeholder = new(@"\{(\d+)(,[^:}]*)?(:[^}]*)?\}", RegexOptions.CultureInvariant);

    public static TheoryData<string> Translations()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Folder, "Texts.*.resx").OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void The_languages_are_the_resource_files_spanish_among_them_and_english_last()
    {
        Assert.Contains("es", Texts.Supported);
        Assert.Equal("en", Texts.Supported[Texts.Supported.Count - 1]);
        Assert.Equal(Texts.Supported.Count - 1, Translations().Count);
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void A_translation_has_every_key_of_the_neutral_file_and_no_other(string file)
    {
        var neutral = Read("Texts.resx");
        var translated = Read(file);

        Assert.Empty(neutral.Keys.Except(translated.Keys).OrderBy(k => k, StringComparer.Ordinal));
        Assert.Empty(translated.Keys.Except(neutral.Keys).OrderBy(k => k, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void A_translation_has_the_same_placeholders_as_english(string file)
    {
        var neutral = Read("Texts.resx");
        var different = Read(file)
            .Where(pair => neutral.ContainsKey(pair.Key) && !Placeholders(pair.Value).SetEquals(Placeholders(neutral[pair.Key])))
            .Select(pair => $"{pair.Key}: '{neutral[pair.Key]}' / '{pair.Value}'")
            .ToList();

        Assert.Empty(different);
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void A_translation_is_written_not_copied_where_english_is_a_sentence(string file)
    {
        // Codes, file names and format strings may stay the same; a sentence left in English is a forgotten translation.
        var neutral = Read("Texts.resx");
        var copied = Read(file)
            .Where(pair => neutral.TryGetValue(pair.Key, out var english) && english == pair.Value && english.Count(c => c == ' ') >= 3)
            .Select(pair => pair.Key)
            .ToList();

        Assert.Empty(copied);
    }

    [Theory]
    [InlineData("Texts.resx")]
    [MemberData(nameof(Translations))]
    public void Every_text_formats_with_its_arguments(string file)
    {
        var broken = new List<string>();
        foreach (var pair in Read(file))
        {
            var count = Placeholders(pair.Value).Select(p => int.Parse(Placeholder.Match(p).Groups[1].Value, CultureInfo.InvariantCulture) + 1).DefaultIfEmpty(0).Max();
            try
            {
                _ = string.Format(CultureInfo.InvariantCulture, pair.Value, Enumerable.Repeat((object)1.5, count).ToArray());
            }
            catch (FormatException)
            {
                broken.Add(pair.Key);
            }
        }

        Assert.Empty(broken);
    }

    [Fact]
    public void Every_supported_language_ships_every_key_in_its_satellite_assembly()
    {
        var resources = new ResourceManager("Coherence.Localization.Texts", typeof(Texts).Assembly);
        var keys = Texts.Keys().ToHashSet(StringComparer.Ordinal);
        foreach (var language in Texts.Supported.Where(l => l != "en"))
        {
            var set = resources.GetResourceSet(CultureInfo.GetCultureInfo(language), createIfNotExists: true, tryParents: false);
            Assert.NotNull(set);
            var present = set!.Cast<System.Collections.DictionaryEntry>().Select(e => (string)e.Key).ToHashSet(StringComparer.Ordinal);
            Assert.Empty(keys.Except(present));
        }
    }

    [Fact]
    public void Every_key_the_code_names_is_in_the_resource_set()
    {
        var keys = Texts.Keys().ToHashSet(StringComparer.Ordinal);
        var source = Path.Combine(TestRubrics.RepositoryRoot(), "src");
        var named = new Regex(@"""((?:diag|doc|hint|what|label|workbook|report|cli|format|parse|language)\.[A-Za-z0-9.\-]+)""");
        var labels = new Regex(@"\b(?:labels|Labels)\[""([^""]+)""\]");
        var workbookTexts = new Regex(@"\btexts(?:\[|\.Format\()""([^""]+)""");
        var reportWords = new Regex(@"\bWords\[""([^""]+)""\]");
        var agreementWords = new Regex(@"\bwords(?:\[|\.Format\()""([^""]+)""");
        var templateKeys = Coherence.Reports.ReportWords.For("en").Keys.ToHashSet(StringComparer.Ordinal);
        var missing = new List<string>();
        var found = 0;
        foreach (var file in Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            var name = Path.GetFileName(file);
            foreach (Match m in named.Matches(text))
            {
                found++;
                // A key that ends in a dot is a prefix the code completes (label. + key).
                if (!m.Groups[1].Value.EndsWith(".", StringComparison.Ordinal) && !keys.Contains(m.Groups[1].Value))
                {
                    missing.Add($"{name}: {m.Groups[1].Value}");
                }
            }

            foreach (Match m in labels.Matches(text))
            {
                found++;
                if (!keys.Contains("label." + m.Groups[1].Value))
                {
                    missing.Add($"{name}: label.{m.Groups[1].Value}");
                }
            }

            // The agree and reconcile commands print the agree.* keys (AgreementWords).
            foreach (Match m in name is "AgreeCommand.cs" or "ReconcileCommand.cs" ? agreementWords.Matches(text) : Regex.Matches(string.Empty, "x"))
            {
                found++;
                if (!keys.Contains("agree." + m.Groups[1].Value))
                {
                    missing.Add($"{name}: agree.{m.Groups[1].Value}");
                }
            }

            if (file.Contains("Coherence.Workbooks", StringComparison.Ordinal))
            {
                foreach (Match m in workbookTexts.Matches(text))
                {
                    found++;
                    var key = m.Groups[1].Value;
                    if (!key.EndsWith(".", StringComparison.Ordinal) && !keys.Contains("workbook." + key) && !keys.Contains("label." + key) && !(name.StartsWith("Reconciliation", StringComparison.Ordinal) && keys.Contains("reconciliation." + key)))
                    {
                        missing.Add($"{name}: workbook.{key}");
                    }
                }
            }

            foreach (Match m in reportWords.Matches(text))
            {
                found++;
                if (!templateKeys.Contains(m.Groups[1].Value))
                {
                    missing.Add($"{name}: report word {m.Groups[1].Value}");
                }
            }
        }

        Assert.True(found > 300, "too few keys found in the source: " + found);
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_gap_class_and_role_has_a_label()
    {
        var labels = new Labels("es");
        foreach (var value in Enum.GetValues<Coherence.Scoring.GapClass>())
        {
            Assert.DoesNotContain("-", labels.Of(value), StringComparison.Ordinal);
        }

        Assert.All(new[] { "government", "civil-society", "independent" }, role => Assert.True(Labels.Has("role." + role)));
    }

    [Theory]
    [InlineData("es", "es")]
    [InlineData("es-GT", "es")]
    [InlineData("ES_mx", "es")]
    [InlineData("en-US", "en")]
    [InlineData("fr", "en")]
    [InlineData(null, "en")]
    public void A_language_code_or_culture_name_picks_its_texts_and_unknown_ones_get_english(string? requested, string expected)
    {
        Assert.Equal(expected, Texts.For(requested).Language);
    }

    [Fact]
    public void The_interface_culture_decides_only_when_no_language_is_asked_for()
    {
        var spanish = CultureInfo.GetCultureInfo("es-GT");

        Assert.Equal("es", Texts.Choose(null, spanish));
        Assert.Equal("en", Texts.Choose("en", spanish));
        Assert.Equal("en", Texts.Choose(null, CultureInfo.GetCultureInfo("de-DE")));
        Assert.Equal("fr", Texts.Choose("FR", spanish));
    }

    [Fact]
    public void Phrases_nest_and_format_numbers_for_the_reader()
    {
        var phrase = Phrase.Of("doc.needs-key", Phrase.Of("what.scale", "provision"), "levels");

        Assert.Equal("scale 'provision' needs 'levels'", phrase.ToString());
        Assert.Equal("falta 'levels' en la escala 'provision'", phrase.ToString(Texts.For("es")));
        Assert.Equal("33 %", new Labels("es").Percent(1.0 / 3));
    }

    private static Dictionary<string, string> Read(string file) =>
        XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);

    private static HashSet<string> Placeholders(string text) =>
        Placeholder.Matches(text.Replace("{{", string.Empty, StringComparison.Ordinal).Replace("}}", string.Empty, StringComparison.Ordinal))
            .Select(m => m.Value)
            .ToHashSet(StringComparer.Ordinal);
}
