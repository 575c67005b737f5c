using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Coherence.Rubrics;
using Coherence.Model;
using Coherence.Workbooks;
using Coherence.Tests.Support;
using FsCheck.Fluent;
using Xunit;
using Xunit.Abstractions;

namespace Coherence.Tests.Spreadsheets;

/// <summary>Workbooks after real clients: filled by openpyxl, re-saved by LibreOffice Calc, converted by LibreOffice.</summary>
public class RealClientTests
{
    private readonly ITestOutputHelper output;

    public RealClientTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Generated_answers_survive_filling_by_our_code_and_by_openpyxl_and_a_LibreOffice_re_save()
    {
        if (Missing(needPython: true))
        {
            return;
        }

        // The small two-facet rubric, and IMPIC: one facet, a continuous scale whose answers are numbers.
        var small = TestRubrics.Small();
        var impic = new Coherence.Rubrics.RubricCatalog().Resolve("impic-2016").Value!;
        using var temp = new TempDirectory();
        var cases = AssessmentGenerator.Responses(small).Sample(9, 12).Select(r => (Rubric: small, Responses: r))
            .Concat(AssessmentGenerator.Responses(impic).Sample(3, 12).Select(r => (Rubric: impic, Responses: r)))
            .ToList();
        var jobs = new List<object>();
        var files = new List<(string Path, Rubric Rubric, List<Response> Expected, string How)>();
        for (var i = 0; i < cases.Count; i++)
        {
            var (rubric, responses) = cases[i];
            var path = temp.File($"case{i}.xlsx");
            var language = i % 2 == 0 ? "es" : "en";
            switch (i % 3)
            {
                case 0:
                    Workbooks.Write(path, rubric, responses, language);
                    files.Add((path, rubric, responses, "written in advance"));
                    break;
                case 1:
                    Workbooks.Write(path, rubric, language: language);
                    WorkbookFiller.Fill(path, rubric, responses, language);
                    files.Add((path, rubric, responses, "typed by our code"));
                    break;
                default:
                    var blank = temp.File($"blank{i}.xlsx");
                    Workbooks.Write(blank, rubric, language: language);
                    jobs.Add(new { workbook = blank, output = path, rows = OpenpyxlRows(rubric, responses, language) });
                    files.Add((path, rubric, responses, "filled by openpyxl"));
                    break;
            }
        }

        var jobsFile = temp.File("jobs.json");
        File.WriteAllText(jobsFile, JsonSerializer.Serialize(jobs));
        var (pythonExit, pythonOutput) = ExternalTools.RunPython(ExternalTools.Script("fill_workbooks.py"), jobsFile);
        Assert.True(pythonExit == 0, pythonOutput);

        // openpyxl's own files must read back before LibreOffice touches them.
        foreach (var (path, rubric, expected, how) in files.Where(f => f.How == "filled by openpyxl"))
        {
            AssertReadsBack(path, rubric, expected, how);
        }

        var resaved = Path.Combine(temp.Path, "resaved");
        Directory.CreateDirectory(resaved);
        var (exit, log) = ExternalTools.Convert(files.Select(f => f.Path), "xlsx:Calc MS Excel 2007 XML", resaved);
        output.WriteLine(log);
        Assert.Equal(0, exit);
        foreach (var (path, rubric, expected, how) in files)
        {
            AssertReadsBack(Path.Combine(resaved, Path.GetFileName(path)), rubric, expected, how + ", then re-saved by LibreOffice");
        }
    }

    [Fact]
    public void LibreOffice_opens_every_generated_workbook_and_converts_it_to_PDF()
    {
        if (Missing(needPython: false))
        {
            return;
        }

        var rubric = TestRubrics.Small();
        using var temp = new TempDirectory();
        var answers = AssessmentGenerator.Responses(rubric).Sample(1, 10).Single();
        var inputs = new[] { temp.File("es.xlsx"), temp.File("en.xlsx") };
        Workbooks.Write(inputs[0], rubric, answers, "es", password: "clave");
        Workbooks.Write(inputs[1], rubric, language: "en");
        var results = temp.File("results.xlsx");
        ResultsWorkbookFixture.Write(results, rubric, answers);

        var pdfs = Path.Combine(temp.Path, "pdf");
        var (exit, log) = ExternalTools.Convert(inputs.Append(results), "pdf", pdfs);
        output.WriteLine(log);

        Assert.Equal(0, exit);
        foreach (var input in inputs.Append(results))
        {
            var pdf = Path.Combine(pdfs, Path.GetFileNameWithoutExtension(input) + ".pdf");
            Assert.True(File.Exists(pdf) && new FileInfo(pdf).Length > 1000, $"no PDF for {input}: {log}");
        }
    }

    private static List<object> OpenpyxlRows(Rubric rubric, List<Response> responses, string language)
    {
        var vocabulary = new LevelVocabulary(rubric, language);
        return responses.Select(r =>
        {
            var scale = rubric.ScaleOf(rubric.FindIndicator(r.IndicatorId)!, r.FacetId)!;
            var cells = new Dictionary<string, object?>
            {
                [r.FacetId + ".level"] = vocabulary.Display(scale, r),
                [r.FacetId + ".evidence"] = r.Evidence,
                [r.FacetId + ".sources"] = r.Sources.Count == 0 ? null : string.Join("\n", r.Sources),
                [r.FacetId + ".confidence"] = vocabulary.Display(r.Confidence),
                [r.FacetId + ".notes"] = r.Notes,
            };
            return (object)new { group = r.GroupId, indicator = r.IndicatorId, cells };
        }).ToList();
    }

    private static void AssertReadsBack(string path, Rubric rubric, List<Response> expected, string how)
    {
        var read = Workbooks.Read(path, rubric);
        Assert.True(read.IsSuccess, how + ": " + string.Join("\n", read.Diagnostics));
        var want = Workbooks.Describe(expected);
        var got = Workbooks.Describe(read.Value!.Responses);
        Assert.True(want.SequenceEqual(got), $"{how} ({path}):\nmissing: {string.Join("\n  ", want.Except(got))}\nextra: {string.Join("\n  ", got.Except(want))}");
    }

    private bool Missing(bool needPython)
    {
        if (ExternalTools.SofficePath is null)
        {
            RealClients.Skip(output, "soffice not on PATH (install libreoffice-calc-nogui)");
            return true;
        }

        if (needPython && ExternalTools.PythonPath is null)
        {
            RealClients.Skip(output, "no python3 with openpyxl (install python3-openpyxl)");
            return true;
        }

        return false;
    }
}
