using System.CommandLine;
using System.Linq;
using Coherence.Localization;
using Coherence.Model;
using Coherence.Operations;
using Coherence.Scoring;
using Spectre.Console;

namespace Coherence.Cli.Commands;

/// <summary><c>coherence score &lt;inputs...&gt; [--json file] [--csv file] [--jsonl file]</c>: scores assessments and prints a summary per group.</summary>
internal static class ScoreCommand
{
    public static Command Create(CliContext context)
    {
        var t = context.Texts;
        var inputs = Arguments.Inputs(t, "cli.option.assessments");
        var rubric = Arguments.Rubric(t);
        var json = new Option<string>("--json") { Description = t["cli.score.json"], HelpName = "file" };
        var csv = new Option<string>("--csv") { Description = t["cli.score.csv"], HelpName = "file" };
        var jsonLines = new Option<string>("--jsonl") { Description = t["cli.score.jsonl"], HelpName = "file" };
        var force = Arguments.Force(t);
        var xlsx = new Option<string>("--xlsx") { Description = t["cli.score.xlsx"], HelpName = "file.xlsx" };
        var reports = new Option<string>("--reports")
        {
            Description = t["cli.score.reports"],
            HelpName = "folder",
        };
        var language = RubricCommands.LanguageOption(t);
        var paper = PaperOption.Create(t);
        var assessors = new Option<string>("--assessors")
        {
            Description = t["cli.score.assessors"],
            HelpName = "by-role|consensus|median",
        };
        assessors.AcceptOnlyFromAmong("by-role", "consensus", "median");
        var command = new Command("score", t["cli.score"]) { inputs, rubric, json, csv, jsonLines, xlsx, reports, force, language, assessors, paper };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new ScoreOptions(parse.GetValue(inputs)!)
            {
                Rubric = parse.GetValue(rubric),
                JsonPath = parse.GetValue(json),
                CsvPath = parse.GetValue(csv),
                JsonLinesPath = parse.GetValue(jsonLines),
                XlsxPath = parse.GetValue(xlsx),
                XlsxPaper = PaperOption.Read(parse.GetValue(paper)),
                ReportsFolder = parse.GetValue(reports),
                Language = parse.GetValue(language) ?? context.Language,
                Force = parse.GetValue(force),
                Assessors = parse.GetValue(assessors) switch
                {
                    "by-role" => AssessorCombination.ByRole,
                    "consensus" => AssessorCombination.Consensus,
                    "median" => AssessorCombination.Median,
                    _ => AssessorCombination.Unspecified,
                },
            };

            var operation = new ScoreOperation(context.Catalog, Readers.Loader(context.Catalog));
            var result = await context.WithProgress(t["cli.progress.reading-assessments"], p => operation.RunAsync(options, p, cancellationToken)).ConfigureAwait(false);
            var diagnostics = result.Diagnostics.ToList();
            if (result.Value is { } summary)
            {
                if (!context.Quiet)
                {
                    Print(context, summary, parse.GetValue(language) ?? context.Language);
                }
            }

            return context.Finish(diagnostics);
        });
        return command;
    }

    private static void Print(CliContext context, ScoreSummary summary, string language)
    {
        var labels = new Labels(language);
        foreach (var score in summary.Assessments)
        {
            var rubric = summary.Rubrics[score.RubricId];
            // People read names: the assessment's own, else the ISO name in the chosen language; the code stays for reference.
            var name = CountryNames.NameOf(score.Country, score.CountryName, language);
            var title = $"{score.Country.Value} · {score.Period}" + (name == score.Country.Value ? string.Empty : $" · {name}");
            if (score.Overall.AssessorRole is { } role && summary.Assessments.Count(s => s.Country == score.Country && s.Period == score.Period) > 1)
            {
                // Scored per team: the title says whose assessment it is.
                title += $" · {context.Texts["label.role." + Agreement.AssessorRoleNames.Of(role)]}";
            }

            var table = new Table().Title($"[bold]{Markup.Escape(title)}[/]").AddColumn(labels["group"]);
            foreach (var facet in rubric.Facets)
            {
                table.AddColumn(new TableColumn(labels[facet.Id]).RightAligned());
            }

            if (rubric.HasGap)
            {
                table.AddColumn(new TableColumn(labels["net-gap"]).RightAligned());
                table.AddColumn(new TableColumn(labels["coherence"]).RightAligned());
            }

            table.AddColumn(new TableColumn(labels["coverage"]).RightAligned());
            foreach (var group in rubric.Groups)
            {
                table.AddRow(Row(group.Name.Get(language), score.Root.FirstOrDefault(r => r.Group == group.Id)?.Score ?? Aggregate.NotApplicable, rubric.Facets.Count, rubric.HasGap, labels));
            }

            table.AddRow(Row("[bold]" + Markup.Escape(labels["overall"]) + "[/]", score.Overall.Score, rubric.Facets.Count, rubric.HasGap, labels, escape: false));
            context.Console.Write(table);
            if (context.Verbose)
            {
                foreach (var cell in score.Cells.Where(c => c.Class is GapClass.ImplementationGap or GapClass.PracticeAheadOfLaw or GapClass.InsufficientData))
                {
                    context.Console.WriteLine($"  {cell.GroupId} / {cell.DimensionId}: {labels.Of(cell.Class!.Value)}");
                }
            }
        }
    }

    private static string[] Row(string name, Aggregate score, int facets, bool hasGap, Labels labels, bool escape = true)
    {
        var cells = new System.Collections.Generic.List<string> { escape ? Markup.Escape(name) : name };
        if (facets == 2 || score.Law is not null || score.Practice is null)
        {
            cells.Add(labels.Score(score.Law));
        }

        if (facets == 2 || (score.Practice is not null && score.Law is null))
        {
            cells.Add(labels.Score(score.Practice));
        }

        if (hasGap)
        {
            cells.Add(labels.Score(score.NetGap));
            cells.Add(score.Status == ScoreStatus.InsufficientData ? Markup.Escape(labels["insufficient-data"]) : labels.Score(score.Coherence));
        }

        cells.Add(score.Status == ScoreStatus.NotApplicable ? Markup.Escape(labels["not-applicable"]) : labels.Percent(score.Coverage));
        return cells.ToArray();
    }
}
