using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Coherence.Operations;
using Coherence.Rubrics;
using Coherence.Tests.Support;
using Coherence.Workbooks;
using Xunit;

namespace Coherence.Tests.Operations;

public class BatchWorkbookOperationTests
{
    private const string Rubric = "mesoamerica-coherence";

    private static Task<OperationResult<BatchWorkbookResult>> Run(TempDirectory temp, string csv, bool force = false, string? language = null)
    {
        File.WriteAllText(temp.File("list.csv"), csv);
        var options = new BatchWorkbookOptions(Rubric, temp.File("list.csv"), temp.File("out")) { Force = force, Language = language, MaxParallelism = 2 };
        return new BatchWorkbookOperation(new RubricCatalog()).RunAsync(options);
    }

    [Fact]
    public async Task Writes_one_readable_workbook_per_row_with_its_country_period_language_and_name()
    {
        using var temp = new TempDirectory();
        var result = await Run(temp, "country,name,period,language,assessor,output\nGTM,Guatemala,2026,es,Ana López,\nMEX,,2025-S2,en,,\nHND,Honduras,2026,,,honduras.xlsx\n");

        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
        Assert.Equal(new[] { "GTM-2026.xlsx", "MEX-2025-S2.xlsx", "honduras.xlsx" }, result.Value!.Paths.Select(Path.GetFileName));
        var catalog = new RubricCatalog();
        var reader = new WorkbookAssessmentReader(catalog.Find);
        var gtm = reader.ReadFile(temp.File("out/GTM-2026.xlsx"), lenient: true);
        Assert.True(gtm.IsSuccess, string.Join("\n", gtm.Diagnostics));
        Assert.Equal(("GTM", "2026", "Guatemala", "es"), (gtm.Value!.Country.Value, gtm.Value.Period, gtm.Value.CountryName?.Neutral, gtm.Value.Language));
        Assert.Equal("Ana López", Assert.Single(gtm.Value.Assessors).Name);
        var mex = reader.ReadFile(temp.File("out/MEX-2025-S2.xlsx"), lenient: true).Value!;
        Assert.Equal(("MEX", "2025-S2", "en"), (mex.Country.Value, mex.Period, mex.Language));
        var hnd = reader.ReadFile(temp.File("out/honduras.xlsx"), lenient: true).Value!;
        Assert.Equal(("HND", "es"), (hnd.Country.Value, hnd.Language)); // the rubric's first language
        Assert.Equal(3, Directory.GetFiles(temp.File("out")).Length); // no temporary file is left behind
    }

    [Fact]
    public async Task Every_bad_row_is_located_and_nothing_is_written()
    {
        using var temp = new TempDirectory();
        var result = await Run(temp, "country,period,language,output\nGTM,2026,es,\nGT,2026,,\nMEX,20 26,,\nHND,2026,fr,\nSLV,2026,,a/b.xlsx\nBLZ,2026,,GTM-2026.xlsx\n");

        Assert.Null(result.Value);
        var errors = result.Diagnostics.Where(d => d.IsError).Select(d => (d.Code, d.Location!.Line)).ToList();
        Assert.Equal(new[] { ("WBK082", 3), ("WBK083", 4), ("WBK084", 5), ("WBK085", 6), ("WBK086", 7) }, errors);
        Assert.All(result.Diagnostics.Where(d => d.IsError), d => Assert.EndsWith("list.csv", d.Location!.File));
        Assert.All(result.Diagnostics.Where(d => d.IsError), d => Assert.NotNull(d.Hint));
        Assert.False(Directory.Exists(temp.File("out")), "the good row must not be written while others are bad");
    }

    [Fact]
    public async Task A_list_without_its_columns_or_rows_says_which()
    {
        using var temp = new TempDirectory();
        var noPeriod = await Run(temp, "country,name\nGTM,Guatemala\n");
        var missing = Assert.Single(noPeriod.Diagnostics, d => d.IsError);
        Assert.Equal(("WBK080", 1), (missing.Code, missing.Location!.Line));
        Assert.Contains("'period'", missing.ToString(), System.StringComparison.Ordinal);

        var empty = await Run(temp, "country,period\n");
        Assert.Equal("WBK087", Assert.Single(empty.Diagnostics, d => d.IsError).Code);
        Assert.False(Directory.Exists(temp.File("out")));
    }

    [Fact]
    public async Task Existing_workbooks_are_kept_without_force_and_replaced_with_it()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.File("out"));
        File.WriteAllText(temp.File("out/GTM-2026.xlsx"), "kept");
        const string list = "country,period\nGTM,2026\nHND,2026\n";

        var refused = await Run(temp, list);
        Assert.Equal("OUT002", Assert.Single(refused.Diagnostics, d => d.IsError).Code);
        Assert.Equal("kept", File.ReadAllText(temp.File("out/GTM-2026.xlsx")));
        Assert.False(File.Exists(temp.File("out/HND-2026.xlsx")), "nothing is written when one output is refused");

        var forced = await Run(temp, list, force: true);
        Assert.Equal(2, forced.Value!.Paths.Count);
        Assert.NotEqual("kept", File.ReadAllText(temp.File("out/GTM-2026.xlsx")));
    }
}
