using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Coherence.Operations;
using Coherence.Rubrics;
using Coherence.Tables;
using Coherence.Tests.Scoring;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.Operations;

/// <summary>The "done when": an index whose law and practice questions do not pair, one two-facet rubric, imported from its .xlsx in one command, scored with both readings.</summary>
public class IntegrityIndexTests
{
    [Fact]
    public async Task An_unpaired_index_imports_from_its_workbook_in_one_command_and_scores_with_both_readings()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("integrity.yaml"), FacetReadingTests.IntegrityYaml);
        var catalog = new RubricCatalog();
        var import = await new ImportTableOperation(catalog).RunAsync(new ImportTableOptions(Path.Combine(AppContext.BaseDirectory, "TestData", "synthetic-layouts.xlsx"), dir.File("integrity.yaml"), "unit", "period", dir.File("assessments"))
        {
            Sheets = new[] { "Integrity" },
            Transposed = true,
            MissingTokens = new[] { "n/a" },
        });
        Assert.True(import.Succeeded, string.Join("\n", import.Diagnostics));

        var score = await new ScoreOperation(catalog, new AssessmentLoader(catalog)).RunAsync(new ScoreOptions(new[] { dir.File("assessments") })
        {
            Rubric = dir.File("integrity.yaml"),
            CsvPath = dir.File("rows.csv"),
        });

        Assert.True(score.Succeeded, string.Join("\n", score.Diagnostics));
        var table = CsvReader.ReadFile(dir.File("rows.csv")).Value!;
        var header = table.Header.ToList();
        string Cell(string country, string node, string column) =>
            table.Rows.Single(r => r[header.IndexOf("country")] == country && r[header.IndexOf("node_id")] == node && r[header.IndexOf("group")] == "*")[header.IndexOf(column)];

        // XMA, category 'cat': law over all four law questions 70, practice over the three answered 33.3; paired law 50, practice 40, gap 10.
        Assert.Equal(70, double.Parse(Cell("XMA", "cat", "law_all_cells"), System.Globalization.CultureInfo.InvariantCulture), 9);
        Assert.Equal(100 / 3.0, double.Parse(Cell("XMA", "cat", "practice_all_cells"), System.Globalization.CultureInfo.InvariantCulture), 9);
        Assert.Equal(("50", "40", "10"), (Cell("XMA", "cat", "law"), Cell("XMA", "cat", "practice"), Cell("XMA", "cat", "net_gap")));
        Assert.Equal(("3", "4"), (Cell("XMA", "cat", "practice_answered"), Cell("XMA", "cat", "practice_applicable")));

        // 'rules' asks in law only: a law reading, no pair.
        Assert.Equal(("30", string.Empty, "0"), (Cell("XMA", "rules", "law_all_cells"), Cell("XMA", "rules", "law"), Cell("XMA", "rules", "applicable")));
    }
}
