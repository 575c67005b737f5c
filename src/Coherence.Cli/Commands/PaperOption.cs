using System.CommandLine;
using Coherence.Localization;
using Coherence.Workbooks;

namespace Coherence.Cli.Commands;

/// <summary><c>--paper letter|a4</c>: the paper workbooks are laid out to print on; Letter, the paper of the region, by default.</summary>
internal static class PaperOption
{
    public static Option<string> Create(Texts t)
    {
        var option = new Option<string>("--paper") { Description = t["cli.option.paper"], HelpName = "letter|a4", DefaultValueFactory = _ => "letter" };
        option.AcceptOnlyFromAmong("letter", "a4");
        return option;
    }

    public static Paper Read(string? value) => value == "a4" ? Paper.A4 : Paper.Letter;
}
