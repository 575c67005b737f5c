using System.IO;
using System.Linq;
using Coherence.Rubrics;
using Coherence.Serialization;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.Rubrics;

/// <summary>Listing and finding bundled rubrics reads their metadata only, and says what parsing them whole says.</summary>
public class BundledIndexTests
{
    [Fact]
    public void The_index_matches_the_rubrics_parsed_whole()
    {
        var catalog = new RubricCatalog();
        var index = catalog.BundledIndex();
        var rubrics = new RubricCatalog().Bundled();

        Assert.Equal(rubrics.Select(r => r.Id), index.Select(e => e.Id));
        Assert.Equal("mesoamerica-coherence", index[0].Id);
        foreach (var (entry, rubric) in index.Zip(rubrics, (e, r) => (e, r)))
        {
            Assert.Equal(rubric.Version, entry.Version);
            Assert.Equal(rubric.Metadata.Languages, entry.Languages);
            Assert.Equal(rubric.Metadata.Title, entry.Title);
        }
    }

    [Fact]
    public void Every_bundled_rubric_file_is_read_the_quick_way()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(TestRubrics.RepositoryRoot(), "rubrics"), "*.yaml"))
        {
            using var reader = new StringReader(File.ReadAllText(file));
            var entry = MetadataBlock.Read(reader, Path.GetFileNameWithoutExtension(file));
            var rubric = RubricReader.ReadFile(file).Value!;

            Assert.True(entry is not null, file + ": its metadata is written in a way quick reading does not take; 'rubric list' would parse it whole");
            Assert.Equal(rubric.Id, entry!.Id);
            Assert.Equal(rubric.Version, entry.Version);
            Assert.Equal(rubric.Metadata.Languages, entry.Languages);
            Assert.Equal(rubric.Metadata.Title, entry.Title);
        }
    }

    [Fact]
    public void Listing_and_finding_by_id_parse_no_other_rubric()
    {
        var catalog = new RubricCatalog();
        Assert.Equal(2, catalog.BundledIndex().Count);
        Assert.False(catalog.IsParsed("mesoamerica") || catalog.IsParsed("impic-2016"));

        var impic = catalog.Resolve("impic-2016");
        Assert.False(catalog.IsParsed("mesoamerica"));
        var byName = catalog.Resolve("mesoamerica");

        Assert.Equal("impic-2016", impic.Value!.Id);
        Assert.Equal("mesoamerica-coherence", byName.Value!.Id);
        Assert.Contains("mesoamerica-coherence", catalog.Resolve("mesoamerica-coherense").Diagnostics.Single().ToString());
    }

    [Theory]
    [InlineData("metadata:\n  id: a\n  version: 1.0.0\n  languages: [en]\n  title: { en: \"A: b \\\"c\\\"\" }\nspec:\n  x: 1\n", "a|1.0.0|en|A: b \"c\"")]
    [InlineData("# comment\napiVersion: coherence/v1\nmetadata:\n  id: b-2\n  version: \"2.0.0\"  # a comment\n  languages: [es, en]\n  title:\n    es: \"Título\"\n    en: Title of b\n  description:\n    es: \"x\"\n    en: |\n      long\n      text\n", "b-2|2.0.0|es,en|Title of b")]
    public void Quick_reading_takes_the_plain_forms(string yaml, string expected)
    {
        var entry = MetadataBlock.Read(new StringReader(yaml), "x")!;

        Assert.Equal(expected, $"{entry.Id}|{entry.Version}|{string.Join(",", entry.Languages)}|{entry.Title.Get("en")}");
    }

    [Theory]
    [InlineData("metadata:\n  id: 'a'\n  version: 1.0.0\n  languages: [en]\n  title: { en: A }\n")]
    [InlineData("metadata:\n  id: a\n  version: 1.0.0\n  languages:\n    - en\n  title: { en: A }\n")]
    [InlineData("metadata:\n  id: a\n  version: 1.0.0\n  languages: [en]\n  title: { en: \"A\n    B\" }\n")]
    [InlineData("metadata:\n  id: a\n  version: 1.0.0\n  languages: [en]\n  title:\n    en: A\n      B\n")]
    [InlineData("metadata:\n  id: a\n  version: 1.0.0\n  languages: [en]\n  title: { en: \"A\\tB\" }\n")]
    [InlineData("metadata:\n  id: a\n  version: 1.0.0\n  languages: [en]\n  title: { en: A, es: B }\n")]
    [InlineData("metadata:\n  id: a\n  id: b\n  version: 1.0.0\n  languages: [en]\n  title: { en: A }\n")]
    [InlineData("metadata:\n  id: &x a\n  version: 1.0.0\n  languages: [en]\n  title: { en: A }\n")]
    [InlineData("metadata:\n  id: a\n  languages: [en]\n  title: { en: A }\n")]
    [InlineData("{ \"metadata\": { \"id\": \"a\" } }")]
    [InlineData("---\nmetadata:\n  id: a\n  version: 1.0.0\n  languages: [en]\n  title: { en: A }\n")]
    public void Quick_reading_declines_anything_else(string yaml)
    {
        Assert.Null(MetadataBlock.Read(new StringReader(yaml), "x"));
    }
}
