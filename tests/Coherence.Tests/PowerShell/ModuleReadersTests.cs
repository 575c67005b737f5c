using System.Linq;
using Coherence.Rubrics;
using Coherence.Operations;
using Coherence.PowerShell;
using Xunit;

namespace Coherence.Tests.PowerShell;

public class ModuleReadersTests
{
    [Theory]
    [InlineData("XMA-2026.json")]
    [InlineData("XMA-2026.xlsx")]
    [InlineData("XMA-2026.ods")]
    [InlineData("notes.txt")]
    [InlineData("data.csv")]
    public void The_module_reads_the_same_files_as_the_command_line(string name)
    {
        var catalog = new RubricCatalog();
        using var dir = new Support.TempDirectory();
        var path = dir.File(name);
        System.IO.File.WriteAllText(path, "x");

        var cli = Coherence.Cli.Commands.Readers.Loader(catalog).Read(path).Errors.Select(e => e.Code).FirstOrDefault();
        var module = ModuleReaders.Loader(catalog).Read(path).Errors.Select(e => e.Code).FirstOrDefault();

        // IN003 means no reader takes the file; any other outcome means a reader tried it.
        Assert.Equal(cli == "IN003", module == "IN003");
    }
}
