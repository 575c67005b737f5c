using System.IO;
using System.Linq;
using System.Text;
using Coherence.Model;
using Coherence.Scoring;
using Coherence.Serialization;
using Xunit;

namespace Coherence.Tests.Serialization;

/// <summary>The tidy CSV follows RFC 4180: a fixed header, quoted fields where needed, invariant round-trip numbers, empty for missing.</summary>
public class ScoreRowCsvWriterTests
{
    [Fact]
    public void The_header_names_every_column_in_order_and_lines_end_in_CR_LF()
    {
        var text = Write();

        Assert.Equal(
            "country,country_name,period,rubric_id,rubric_version,assessor_role,group,node_id,node_kind,depth,dimension_id,law,practice,net_gap,abs_gap,coherence,coverage,law_coverage,practice_coverage,answered,applicable,class,status,reason,minimum_coverage,law_all_cells,practice_all_cells,law_answered,law_applicable,practice_answered,practice_applicable,variant\r\n",
            text);
    }

    [Fact]
    public void Numbers_round_trip_missing_values_are_empty_and_texts_with_commas_or_quotes_are_quoted()
    {
        var score = new Aggregate(ScoreStatus.Scored, 0.1 + 0.2, 100.0 / 3, (0.1 + 0.2) - (100.0 / 3), (100.0 / 3) - (0.1 + 0.2), 2.0 / 3, 2, 3, null, 1, 2.0 / 3, 0.5, 40, 4, 3, 4, 2);
        var row = new ScoreRow(CountryCode.Parse("XMA"), CountryName.Plain("Xmalandia, \"la bella\""), "2025/26", "r", "1.0.0", AssessorRole.CivilSociety, "transit", "REC-01", NodeKind.Indicator, 2, "recognition", score, GapClass.PracticeAheadOfLaw) { Variant = "expert, weights" };

        var line = Write(row).Split("\r\n")[1];

        Assert.Equal(
            "XMA,\"Xmalandia, \"\"la bella\"\"\",2025/26,r,1.0.0,civil-society,transit,REC-01,indicator,2,recognition,0.30000000000000004,33.333333333333336,-33.03333333333334,33.03333333333334,66.96666666666667,0.6666666666666666,1,0.6666666666666666,2,3,practice-ahead-of-law,scored,,,0.5,40,4,4,2,3,\"expert, weights\"",
            line);
    }

    [Fact]
    public void A_node_short_of_its_minimum_coverage_says_why_with_the_minimum()
    {
        var score = new Aggregate(ScoreStatus.InsufficientData, null, null, null, null, 0.4, 2, 5, new ScoreReason(ScoreReasonCode.CoverageBelowMinimum, 0.4, 0.5), 0.6, 0.4);
        var row = new ScoreRow(CountryCode.Parse("XMA"), null, "2026", "r", "1.0.0", null, ScoreRow.AllGroups, "reception", NodeKind.Dimension, 1, "reception", score, null);

        var line = Write(row).Split("\r\n")[1];

        Assert.Equal("XMA,,2026,r,1.0.0,,*,reception,dimension,1,reception,,,,,,0.4,0.6,0.4,2,5,,insufficient-data,coverage-below-minimum,0.5,,,0,0,0,0,", line);
    }

    private static string Write(params ScoreRow[] rows)
    {
        using var stream = new MemoryStream();
        using (var writer = new ScoreRowCsvWriter(stream, leaveOpen: true))
        {
            foreach (var row in rows)
            {
                writer.Write(row);
            }

            Assert.Equal(rows.Length, writer.Rows);
        }

        var bytes = stream.ToArray();
        Assert.False(bytes.Take(3).SequenceEqual(Encoding.UTF8.GetPreamble()));
        return Encoding.UTF8.GetString(bytes);
    }
}
