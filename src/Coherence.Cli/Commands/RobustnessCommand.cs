using System;
using System.CommandLine;
using System.Globalization;
using System.Linq;
using Coherence.Localization;
using Coherence.Model;
using Coherence.Operations;
using Coherence.Robustness;
using Coherence.Serialization;
using Spectre.Console;

namespace Coherence.Cli.Commands;

/// <summary><c>coherence robustness &lt;inputs...&gt; [--draws N] [--seed S] [--spec file.yaml]</c>: how much ranks and classes depend on the method.</summary>
internal static class RobustnessCommand
{
    public static Command Create(CliContext context)
    {
        var t = context.Texts;
        var inputs = new Argument<string[]>("inputs") { Description = t["cli.robustness.inputs"], Arity = ArgumentArity.OneOrMore };
        Arguments.RefuseOptionLikeValues(inputs, t);
        var draws = new Option<int>("--draws", "-n") { Description = t["cli.robustness.draws"], DefaultValueFactory = _ => 1000 };
        var seed = new Option<ulong>("--seed", "-s") { Description = t["cli.robustness.seed"], DefaultValueFactory = _ => 1UL };
        var spec = new Option<string>("--spec") { Description = t["cli.robustness.spec"], HelpName = "file.yaml" };
        var rubric = new Option<string>("--rubric", "-r") { Description = t["cli.option.rubric-score"] };
        var json = new Option<string>("--json") { Description = t["cli.robustness.json"], HelpName = "file" };
        var csv = new Option<string>("--csv") { Description = t["cli.robustness.csv"], HelpName = "file" };
        var drawsOut = new Option<string>("--draws-out") { Description = t["cli.robustness.draws-out"], HelpName = "file.jsonl" };
        var xlsx = new Option<string>("--xlsx") { Description = t["cli.robustness.xlsx"], HelpName = "file.xlsx" };
        var paper = PaperOption.Create(t);
        var force = new Option<bool>("--force", "-f") { Description = t["cli.option.force-outputs"] };
        var language = RubricCommands.LanguageOption(t);
        var command = new Command("robustness", t["cli.robustness"]) { inputs, draws, seed, spec, rubric, json, csv, drawsOut, xlsx, paper, force, language };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new RobustnessOptions(parse.GetValue(inputs)!)
            {
                Draws = parse.GetValue(draws),
                Seed = parse.GetValue(seed),
                SpecPath = parse.GetValue(spec),
                Rubric = parse.GetValue(rubric),
                JsonPath = parse.GetValue(json),
                CsvPath = parse.GetValue(csv),
                DrawsPath = parse.GetValue(drawsOut),
                XlsxPath = parse.GetValue(xlsx),
                XlsxPaper = PaperOption.Read(parse.GetValue(paper)),
                Language = parse.GetValue(language) ?? context.Language,
                Force = parse.GetValue(force),
            };
            var operation = new RobustnessOperation(context.Catalog, Readers.Loader(context.Catalog));
            var result = await context.WithProgress(t["cli.progress.drawing"], p => operation.RunAsync(options, p, cancellationToken)).ConfigureAwait(false);
            if (result.Value is { } value && !context.Quiet)
            {
                Print(context, value, parse.GetValue(language) ?? context.Language);
            }

            return context.Finish(result.Diagnostics);
        });
        return command;
    }

    private static void Print(CliContext context, RobustnessResult result, string language)
    {
        var texts = Texts.For(language);
        var culture = texts.Culture;
        var console = context.Console;
        console.WriteLine(texts.Format("robustness.summary", result.Draws, result.Seed, texts["robustness.measure." + RobustnessJsonWriter.MeasureName(result.Measure)], result.Factors.Count));
        foreach (var period in result.Ranks.Select(r => r.Period).Distinct(StringComparer.Ordinal))
        {
            var rows = result.Ranks.Where(r => r.Period == period && r.Group is null).OrderBy(r => r.NominalRank ?? int.MaxValue).ThenBy(r => r.Country.Value, StringComparer.Ordinal).ToList();
            var table = new Table()
                .Title(Markup.Escape(texts.Format("robustness.table.ranks", period)))
                .AddColumn(texts["robustness.column.country"])
                .AddColumn(new TableColumn(texts["robustness.column.score"]).RightAligned())
                .AddColumn(new TableColumn(texts["robustness.column.nominal"]).RightAligned())
                .AddColumn(new TableColumn(texts["robustness.column.median"]).RightAligned())
                .AddColumn(new TableColumn(texts["robustness.column.interval"]).RightAligned())
                .AddColumn(new TableColumn(texts["robustness.column.same-rank"]).RightAligned());
            foreach (var row in rows)
            {
                var name = RobustnessJsonWriter.NameOf(row.Country, row.CountryName, language);
                table.AddRow(
                    Markup.Escape(name),
                    row.NominalScore is { } score ? score.ToString("0.0", culture) : "–",
                    row.NominalRank?.ToString(culture) ?? "–",
                    row.MedianRank?.ToString("0.#", culture) ?? "–",
                    row.Low is { } low && row.High is { } high ? $"{low}–{high}" : "–",
                    row.NominalRank is { } nominal ? row.RankShares[nominal - 1].ToString("P1", culture) : "–");
            }

            console.Write(table);
            foreach (var row in rows)
            {
                console.WriteLine("  " + RobustnessReading.Of(row, RobustnessJsonWriter.NameOf(row.Country, row.CountryName, language), texts));
            }
        }

        if (result.Sensitivity.Count == 0)
        {
            console.WriteLine(texts["robustness.no-inputs"]);
            return;
        }

        var indices = new Table()
            .Title(Markup.Escape(texts["robustness.table.sensitivity"]))
            .AddColumn(texts["robustness.column.input"])
            .AddColumn(new TableColumn(texts["robustness.column.first-rank"]).RightAligned())
            .AddColumn(new TableColumn(texts["robustness.column.total-rank"]).RightAligned())
            .AddColumn(new TableColumn(texts["robustness.column.first-score"]).RightAligned())
            .AddColumn(new TableColumn(texts["robustness.column.total-score"]).RightAligned());
        foreach (var factor in result.Factors)
        {
            string Mean(string target, bool total)
            {
                var values = result.Sensitivity.Where(s => s.Factor == factor.Id && s.Target == target)
                    .Select(s => total ? s.Index.TotalOrder : s.Index.FirstOrder).Where(v => v is not null).Select(v => v!.Value).ToList();
                // Estimates stray outside [0, 1] by sampling noise; the console shows them within it, the JSON and CSV as estimated.
                return values.Count == 0 ? "–" : Math.Min(1, Math.Max(0, values.Average())).ToString("0.00", culture);
            }

            indices.AddRow(Markup.Escape(factor.Id), Mean("rank", false), Mean("rank", true), Mean("score", false), Mean("score", true));
        }

        console.Write(indices);
        console.WriteLine(texts["robustness.sensitivity-note"]);
    }
}
