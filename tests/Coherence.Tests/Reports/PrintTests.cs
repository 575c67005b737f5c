using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Coherence.Operations;
using Coherence.Reports;
using Coherence.Rubrics;
using Coherence.Tests.Spreadsheets;
using Coherence.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Coherence.Tests.Reports;

/// <summary>
/// The reports of the bundled examples printed by headless Chromium, as an office prints them: on the paper asked for,
/// within a page budget, and with no text smaller than people can read (glyph heights from <c>pdftotext -bbox</c>).
/// </summary>
public class PrintTests
{
    // The smallest word box poppler may report, in points: about 6.5 pt type; the chart labels of small multiples are the smallest.
    private const double MinimumWordHeight = 6.0;

    private readonly ITestOutputHelper output;

    public PrintTests(ITestOutputHelper output) => this.output = output;

    // A minister's adviser reads the profile's main body in a minute: at most six Letter pages before the annexes.
    [Theory]
    [InlineData("country-profile", "XMA-2026", "es", null, "letter", 6, 14)]
    [InlineData("country-profile", "XMA-2026", "en", "letter", "letter", 6, 14)]
    [InlineData("country-profile", "XMC-2026", "es", null, "letter", 6, 20)]
    [InlineData("country-profile", "XMC-2026", "en", "letter", "letter", 6, 20)]
    [InlineData("regional-comparison", null, "es", "a4", "A4", 7, 7)]
    [InlineData("regional-comparison", null, "en", null, "A4", 7, 7)]
    public async Task Each_report_prints_on_its_paper_within_its_pages_and_in_readable_type(string template, string? example, string language, string? paper, string size, int maxBodyPages, int maxPages)
    {
        if (Chromium.Find() is not { } browser)
        {
            RealClients.Skip(output, "chromium not on PATH (apt-get install -y chromium)");
            return;
        }

        if (!OnPath("pdfinfo") || !OnPath("pdftotext"))
        {
            RealClients.Skip(output, "pdfinfo or pdftotext not on PATH (apt-get install -y poppler-utils)");
            return;
        }

        using var temp = new TempDirectory();
        var examples = Path.Combine(TestRubrics.RepositoryRoot(), "rubrics", "examples");
        var input = example is null ? examples : Path.Combine(examples, example + ".json");
        var html = temp.File("report.html");
        var operation = new ReportOperation(new ScoreOperation(new RubricCatalog(), new AssessmentLoader(new RubricCatalog())));
        var result = await operation.RunAsync(new ReportOptions(new[] { input }) { Language = language, Template = template, Period = "2026", OutputPath = html, Paper = paper, Clock = new FixedClock(ReportSamples.Time) });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var pdf = temp.File("report.pdf");

        await Chromium.PrintToPdfAsync(browser, html, pdf);

        var info = ExternalTools.Run("pdfinfo", new[] { pdf }, TimeSpan.FromSeconds(60));
        Assert.Equal(0, info.ExitCode);
        var pages = int.Parse(Regex.Match(info.Output, @"Pages:\s+(\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
        output.WriteLine($"{template} {language} {size}: {pages} pages");
        Assert.Contains("(" + size + ")", Regex.Match(info.Output, "Page size:.*").Value, StringComparison.Ordinal);
        Assert.InRange(pages, 1, maxPages);

        // The main body ends where the annexes begin, on a page of their own that opens with their kicker.
        var text = ExternalTools.Run("pdftotext", new[] { "-layout", pdf, "-" }, TimeSpan.FromSeconds(60));
        Assert.Equal(0, text.ExitCode);
        var annexes = ReportWords.For(language)["annexes"] + " · ";
        var pageTexts = text.Output.Split('\f');
        var firstAnnexPage = Array.FindIndex(pageTexts, p => p.TrimStart().StartsWith(annexes, StringComparison.OrdinalIgnoreCase)) + 1;
        var body = template == "country-profile" ? firstAnnexPage - 1 : pages;
        output.WriteLine($"{template} {example} {language}: main body {body} pages");
        if (template == "country-profile")
        {
            Assert.True(firstAnnexPage > 1, "no page opens with the annexes' kicker '" + annexes + "'");
        }

        Assert.InRange(body, 1, maxBodyPages);

        var boxes = ExternalTools.Run("pdftotext", new[] { "-bbox", pdf, "-" }, TimeSpan.FromSeconds(60));
        Assert.Equal(0, boxes.ExitCode);
        var words = Regex.Matches(boxes.Output, "<word xMin=\"[^\"]+\" yMin=\"([^\"]+)\" xMax=\"[^\"]+\" yMax=\"([^\"]+)\">([^<]*)</word>")
            .Select(m => (Height: double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) - double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Text: m.Groups[3].Value))
            .ToList();
        Assert.True(words.Count > 200, "too few words in the PDF: " + words.Count);
        var smallest = words.OrderBy(w => w.Height).First();
        Assert.True(smallest.Height >= MinimumWordHeight, $"'{smallest.Text}' is {smallest.Height:0.0} pt high");

        // Every page holds more than a running footer: no page is left with a line or two.
        var perPage = Regex.Split(boxes.Output, "<page ").Skip(1).Select(p => Regex.Matches(p, "<word ").Count).ToList();
        Assert.All(perPage, count => Assert.True(count > 12, "a page with " + count + " words only"));
    }

    private static bool OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Any(folder => File.Exists(Path.Combine(folder, name)));
}
