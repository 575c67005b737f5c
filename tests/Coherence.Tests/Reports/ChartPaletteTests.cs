using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Coherence.Localization;
using Coherence.Reports;
using Coherence.Scoring;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.Reports;

/// <summary>Charts and heat maps take every colour from <see cref="Palette"/>, so that a class or a facet looks the same in every view.</summary>
public class ChartPaletteTests
{
    // A hex colour inside a string literal: "#fff", "#0072b2", or one inside longer markup.
    private static readonly Regex HexInString = new("\"[^\"\\r\\n]*#[0-9A-Fa-f]{3}(?:[0-9A-Fa-f]{3})?\\b[^\"\\r\\n]*\"", RegexOptions.Compiled);

    [Fact]
    public void No_hex_colour_literal_remains_in_the_report_code_outside_the_palette()
    {
        var folder = Path.Combine(TestRubrics.RepositoryRoot(), "src", "Coherence.Reports");
        var found = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (File: Path.GetFileName(f), Line: i + 1, Text: line)))
            .Where(l => !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal) && HexInString.IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(found.Count == 0, "colours outside Palette:\n" + string.Join("\n", found));
    }

    [Fact]
    public void A_class_has_the_palette_s_colours_on_the_law_by_practice_plane()
    {
        Assert.Equal(Palette.Css(Palette.ClassFill(GapClass.ImplementationGap)), ReportCharts.RegionFill("implementation-gap"));
        Assert.Equal(Palette.Css(Palette.ClassFill(GapClass.CoherentLow)), ReportCharts.RegionFill("coherent-low"));
        Assert.Equal(Palette.Css(Palette.Practice), ReportCharts.PointFill("practice-ahead-of-law"));
        Assert.Equal(Palette.Css(Palette.Bands[4]), ReportCharts.PointFill("coherent-high"));
        Assert.Equal(Palette.Css(Palette.Law), ReportCharts.LawColour);
    }
}
