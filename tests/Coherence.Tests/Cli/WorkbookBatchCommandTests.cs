using System.IO;
using System.Threading.Tasks;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.Cli;

public class WorkbookBatchCommandTests
{
    [Fact]
    public async Task Workbook_new_batch_writes_the_list_quietly_when_redirected_and_needs_an_output_folder()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("countries.csv"), "country,name,period\nGTM,Guatemala,2026\nSLV,El Salvador,2026\n");

        var (code, output, error) = await CliRunner.RunAsync("workbook", "new", "--rubric", "mesoamerica-coherence", "--batch", temp.File("countries.csv"), "--out-dir", temp.File("wb"));
        Assert.True(code == 0, error);
        Assert.Contains("2 workbooks written", output, System.StringComparison.Ordinal);
        Assert.DoesNotContain("[1/2]", error, System.StringComparison.Ordinal); // no progress lines when not on a terminal
        Assert.True(File.Exists(temp.File("wb/GTM-2026.xlsx")) && File.Exists(temp.File("wb/SLV-2026.xlsx")));

        var (missing, _, says) = await CliRunner.RunAsync("workbook", "new", "--rubric", "mesoamerica-coherence", "--batch", temp.File("countries.csv"));
        Assert.NotEqual(0, missing);
        Assert.Contains("--out-dir", says, System.StringComparison.Ordinal);
    }
}
