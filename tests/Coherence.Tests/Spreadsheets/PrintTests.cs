using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Coherence.Model;
using Coherence.Operations;
using Coherence.Rubrics;
using Coherence.Tests.Support;
using Coherence.Workbooks;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Xunit;
using Xunit.Abstractions;
using static Coherence.Tests.Support.TestRubrics;

namespace Coherence.Tests.Spreadsheets;

/// <summary>Workbooks as they print: converted to PDF by LibreOffice, measured with <c>pdftotext -bbox</c>.</summary>
public class PrintTests
{
    // pdftotext boxes a word from its font's descent to its ascent: for Carlito (LibreOffice's Calibri) that is 1.17 times
    // the font size, measured on unscaled 11- and 14-point text of our own PDFs (12.9 and 16.4 points).
    private const double BoxPerPoint = 1.17;

    private readonly ITestOutputHelper output;

    public PrintTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Every_visible_sheet_of_both_workbooks_prints_body_text_of_at_least_8_points_on_Letter_and_A4()
    {
        if (ExternalTools.SofficePath is null || ExternalTools.PdfToTextPath is null)
        {
            RealClients.Skip(output, "soffice or pdftotext not on PATH (install libreoffice-calc-nogui and poppler-utils)");
            return;
        }

        using var temp = new TempDirectory();
        var files = new List<(string Path, Paper Paper)>();
        foreach (var paper in new[] { Paper.Letter, Paper.A4 })
        {
            var rubricWorkbook = temp.File($"rubric-{paper}.xlsx");
            var rubric = CountryScoped();
            var request = new RubricWorkbookRequest(rubric, CountryCode.Parse("GTM"), "2026", "es", Workbooks.Now)
            {
                Paper = paper,
                Answers = new[] { new Response("D1", Response.WholeCountry, Facet.Law, ResponseStatus.Answered, "partial") { Evidence = "Ley de Migración, art. 3" } }.ToDictionary(r => r.Key),
            };
            using (var stream = File.Create(rubricWorkbook))
            {
                RubricWorkbookWriter.Write(request, stream);
            }

            var results = temp.File($"results-{paper}.xlsx");
            var run = ResultsWorkbookFixture.Run(Small(), ("GTM", new[] { Law("D1", "immigrants", "full"), Practice("D1", "immigrants", "none"), Law("H1", "returnees", "partial") }));
            var exported = ExportResultsWorkbookOperation.Run(new ExportResultsWorkbookOptions(run, results) { Language = "es", Paper = paper });
            Assert.True(exported.Succeeded, string.Join("\n", exported.Diagnostics));
            files.Add((rubricWorkbook, paper));
            files.Add((results, paper));
        }

        var pdfs = Path.Combine(temp.Path, "pdf");
        var (exit, log) = ExternalTools.Convert(files.Select(f => f.Path), "pdf", pdfs);
        Assert.True(exit == 0, log);
        foreach (var (path, paper) in files)
        {
            var pdf = Path.Combine(pdfs, Path.GetFileNameWithoutExtension(path) + ".pdf");
            var pages = Pages(pdf);
            var (width, height) = paper == Paper.A4 ? (595.3, 841.9) : (612.0, 792.0);
            Assert.All(pages, page => Assert.True(Near(page.Width, width) && Near(page.Height, height) || Near(page.Width, height) && Near(page.Height, width), $"{pdf}: a page of {page.Width} x {page.Height} is not {paper}"));

            var words = pages.SelectMany(p => p.Words).ToList();
            var small = words.Where(w => w.Height / BoxPerPoint < 8).ToList();
            Assert.True(small.Count == 0, $"{pdf}: {small.Count} of {words.Count} words print below 8 pt, such as {string.Join(", ", small.Take(5).Select(w => $"'{w.Text}' ({w.Height / BoxPerPoint:0.0} pt)"))}");

            // Every visible sheet printed: its tab name or title is on some page.
            var text = string.Join(" ", words.Select(w => w.Text));
            foreach (var sheet in VisibleSheets(path))
            {
                Assert.Contains(sheet.Split(' ')[0], text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void The_bundled_rubric_workbook_prints_every_question_and_level_once_on_about_120_Letter_pages()
    {
        if (ExternalTools.SofficePath is null || ExternalTools.PdfToTextPath is null)
        {
            RealClients.Skip(output, "soffice or pdftotext not on PATH (install libreoffice-calc-nogui and poppler-utils)");
            return;
        }

        // Before the print form, this workbook printed 1,069 Letter pages (the answer sheets ran over four pages across,
        // and every level's text printed on each group's sheet); see docs/workbooks.md, Printing.
        using var temp = new TempDirectory();
        var rubric = new RubricCatalog().Resolve("mesoamerica-coherence").Value!;
        var path = temp.File("GTM.xlsx");
        using (var stream = File.Create(path))
        {
            RubricWorkbookWriter.Write(new RubricWorkbookRequest(rubric, CountryCode.Parse("GTM"), "2026", "es", Workbooks.Now), stream);
        }

        var pdfs = Path.Combine(temp.Path, "pdf");
        var (exit, log) = ExternalTools.Convert(new[] { path }, "pdf", pdfs);
        Assert.True(exit == 0, log);
        var pdf = Path.Combine(pdfs, "GTM.pdf");
        var pages = Pages(pdf);
        Assert.InRange(pages.Count, 100, 130);
        Assert.All(pages, page => Assert.True(Near(page.Width, 612) && Near(page.Height, 792) || Near(page.Width, 792) && Near(page.Height, 612), $"a page of {page.Width} x {page.Height} is not Letter"));
        var small = pages.SelectMany(p => p.Words).Where(w => w.Height / BoxPerPoint < 8).ToList();
        Assert.True(small.Count == 0, $"{small.Count} words print below 8 pt, such as {string.Join(", ", small.Take(5).Select(w => $"'{w.Text}' ({w.Height / BoxPerPoint:0.0} pt)"))}");

        // Each answer sheet and the descriptors print one page, pointing to the form; the footer names the sheet.
        var (textExit, text) = ExternalTools.Run(ExternalTools.PdfToTextPath!, new[] { "-layout", pdf, "-" }, TimeSpan.FromMinutes(1));
        Assert.True(textExit == 0, text);
        var footers = text.Split('\f').Take(pages.Count)
            .Select(page => page.Split('\n').LastOrDefault(line => line.Trim().Length > 0)?.Trim() ?? string.Empty)
            .ToList();
        foreach (var sheet in new[] { "Todo el país", "Personas inmigrantes", "Asilo y refugio", "Descriptores" })
        {
            Assert.Single(footers, f => f.StartsWith(sheet + " ", StringComparison.Ordinal));
        }

        Assert.All(footers, f => Assert.Matches(@"Página \d+ de " + pages.Count.ToString(CultureInfo.InvariantCulture) + "$", f));

        // Every question and every level's text prints (once per indicator, on the form).
        var (rawExit, raw) = ExternalTools.Run(ExternalTools.PdfToTextPath!, new[] { "-raw", pdf, "-" }, TimeSpan.FromMinutes(1));
        Assert.True(rawExit == 0, raw);
        var printed = Normal(raw);
        var missing = new List<string>();
        foreach (var indicator in rubric.Indicators)
        {
            foreach (var part in indicator.Facets)
            {
                var scale = rubric.FindScale(part.ScaleId)!;
                var texts = new List<string> { part.Question.Get("es") };
                texts.AddRange(scale.Levels.Select(l => part.LevelDescriptors.TryGetValue(l.Id, out var d) ? d.Get("es") : l.Descriptor.Get("es")));
                missing.AddRange(texts.Where(t => !printed.Contains(Normal(t), StringComparison.Ordinal)).Select(t => indicator.Id + ": " + t));
            }
        }

        Assert.True(missing.Count == 0, $"{missing.Count} texts do not print, such as {string.Join(" | ", missing.Take(3))}");
    }

    [Fact]
    public async Task The_results_workbook_of_the_examples_prints_each_sheet_as_a_reader_expects_in_under_200_Letter_pages()
    {
        if (ExternalTools.SofficePath is null || ExternalTools.PdfToTextPath is null)
        {
            RealClients.Skip(output, "soffice or pdftotext not on PATH (install libreoffice-calc-nogui and poppler-utils)");
            return;
        }

        // Before: 662 pages, of which 556 for the gaps sheet (three pages across) and 15 for the summary (three across).
        using var temp = new TempDirectory();
        var path = temp.File("results.xlsx");
        var examples = Path.Combine(TestRubrics.RepositoryRoot(), "rubrics", "examples");
        var scored = await CliRunner.RunAsync("score", examples, "--xlsx", path, "--language", "es", "--quiet");
        Assert.True(scored.ExitCode == 0, scored.Error);
        var pdfs = Path.Combine(temp.Path, "pdf");
        var (exit, log) = ExternalTools.Convert(new[] { path }, "pdf", pdfs);
        Assert.True(exit == 0, log);
        var pdf = Path.Combine(pdfs, "results.pdf");
        var pages = Pages(pdf);
        Assert.InRange(pages.Count, 100, 200);
        var (textExit, text) = ExternalTools.Run(ExternalTools.PdfToTextPath!, new[] { "-layout", pdf, "-" }, TimeSpan.FromMinutes(1));
        Assert.True(textExit == 0, text);
        var printed = text.Split('\f').Take(pages.Count).Select(page => page.Split('\n').Where(line => line.Trim().Length > 0).Select(line => line.Trim()).ToList()).ToList();
        string SheetOf(List<string> lines) => lines.Count == 0 ? string.Empty : Regex.Replace(lines[^1], @"\s{2,}\d+ / \d+$", string.Empty);
        var bySheet = printed.Select((lines, i) => (Sheet: SheetOf(lines), Lines: lines, Landscape: pages[i].Width > pages[i].Height)).ToLookup(p => p.Sheet, StringComparer.Ordinal);

        // The summary: one page wide in landscape, a country's matrix on one page (its header, then its coverage row, the last), the notes last.
        var summary = bySheet["Resumen"].ToList();
        Assert.InRange(summary.Count, 5, 7);
        Assert.All(summary, p => Assert.True(p.Landscape));
        var matrices = summary.Where(p => p.Lines.Any(l => l.Contains("mesoamerica-coherence 1.1.1", StringComparison.Ordinal))).ToList();
        Assert.Equal(5, matrices.Count);
        Assert.All(matrices, p => Assert.Contains(p.Lines, l => l.StartsWith("General (Coherencia) ", StringComparison.Ordinal)));
        Assert.All(matrices, p => Assert.Contains(p.Lines, l => l.StartsWith("Cobertura ", StringComparison.Ordinal)));
        Assert.Contains(summary, p => p.Lines.Any(l => l.Contains("solo se imprimen las filas visibles", StringComparison.Ordinal)));

        // The long tables: landscape, one page wide (the class is on every page), the header on every page, a country per page run.
        foreach (var (sheet, last, bound) in new[] { ("Brechas", "Clase", 140), ("Cobertura", "Motivo", 40) })
        {
            var table = bySheet[sheet].ToList();
            Assert.InRange(table.Count, 5, bound);
            Assert.All(table, p => Assert.True(p.Landscape, sheet));
            Assert.All(table, p => Assert.Contains(p.Lines, l => l.StartsWith("País", StringComparison.Ordinal) && l.Contains(last, StringComparison.Ordinal)));
            Assert.All(table, p => Assert.Single(p.Lines.Where(l => Regex.IsMatch(l, "^XM[A-E] ")).Select(l => l.Substring(0, 3)).Distinct()));
        }

        // The chart's legend names law before practice, as every other view does.
        var legends = bySheet["Gráfico"].SelectMany(p => p.Lines).Where(l => Regex.IsMatch(l, @"^\W*(Ley|Práctica)\W+(Ley|Práctica)\W*$")).ToList();
        Assert.NotEmpty(legends);
        Assert.All(legends, l => Assert.True(l.IndexOf("Ley", StringComparison.Ordinal) < l.IndexOf("Práctica", StringComparison.Ordinal), l));
        Assert.Single(bySheet["Método"]);
    }

    private static string Normal(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    private static bool Near(double a, double b) => Math.Abs(a - b) < 2;

    private static List<string> VisibleSheets(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        return document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Where(s => s.State is null).Select(s => s.Name!.Value!).ToList();
    }

    private static List<(double Width, double Height, List<(string Text, double Height)> Words)> Pages(string pdf)
    {
        var (exit, html) = ExternalTools.Run(ExternalTools.PdfToTextPath!, new[] { "-bbox", pdf, "-" }, TimeSpan.FromMinutes(1));
        Assert.True(exit == 0, html);
        var pages = new List<(double, double, List<(string, double)>)>();
        foreach (Match page in Regex.Matches(html, "<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">(.*?)</page>", RegexOptions.Singleline))
        {
            var words = Regex.Matches(page.Groups[3].Value, "<word xMin=\"[\\d.]+\" yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" yMax=\"([\\d.]+)\">([^<]*)</word>")
                .Select(m => (m.Groups[3].Value, Parse(m.Groups[2].Value) - Parse(m.Groups[1].Value)))
                .ToList();
            pages.Add((Parse(page.Groups[1].Value), Parse(page.Groups[2].Value), words));
        }

        Assert.NotEmpty(pages);
        return pages;
    }

    private static double Parse(string number) => double.Parse(number, CultureInfo.InvariantCulture);
}
