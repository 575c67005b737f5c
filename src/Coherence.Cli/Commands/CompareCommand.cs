using System.CommandLine;
using System.Linq;
using Coherence.Localization;
using Coherence.Operations;
using Spectre.Console;

namespace Coherence.Cli.Commands;

/// <summary><c>coherence compare &lt;inputs...&gt; [--reference ISO3:period] [--json file]</c>: compares assessments of one rubric against a reference.</summary>
internal static class CompareCommand
{
    public static Command Create(CliContext context)
    {
        var t = context.Texts;
        var inputs = Arguments.Inputs(t, "cli.compare.inputs");
        var reference = new Option<string>("--reference") { Description = t["cli.compare.reference"], HelpName = "ISO3:period" };
        var rubric = Arguments.Rubric(t);
        var json = new Option<string>("--json") { Description = t["cli.compare.json"], HelpName = "file" };
        var force = Arguments.Force(t);
        var language = RubricCommands.LanguageOption(t);
        var command = new Command("compare", t["cli.compare"]) { inputs, reference, rubric, json, force, language };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new ComparisonOptions(parse.GetValue(inputs)!)
            {
                Reference = parse.GetValue(reference),
                Rubric = parse.GetValue(rubric),
                JsonPath = parse.GetValue(json),
                Force = parse.GetValue(force),
            };
            var operation = new CompareOperation(context.Catalog, Readers.Loader(context.Catalog));
            var result = await context.WithProgress(t["cli.progress.reading-assessments"], p => operation.RunAsync(options, p, cancellationToken)).ConfigureAwait(false);
            if (result.Value is { } comparison && !context.Quiet)
            {
                Print(context, comparison, parse.GetValue(language) ?? context.Language);
            }

            return context.Finish(result.Diagnostics);
        });
        return command;
    }

    private static void Print(CliContext context, Comparison comparison, string language)
    {
        var labels = new Labels(language);
        var rubric = comparison.Rubric;
        foreach (var key in comparison.Assessments.Skip(1))
        {
            var rows = comparison.Rows.Where(r => r.Key == key).ToList();
            var table = new Table()
                .Title($"[bold]{Markup.Escape(key)}[/] − {Markup.Escape(comparison.Reference)}")
                .AddColumn(labels["dimension"]);
            foreach (var facet in rubric.Facets)
            {
                table.AddColumn(new TableColumn(labels[facet.Id]).RightAligned());
                table.AddColumn(new TableColumn("Δ").RightAligned());
            }

            if (rubric.HasGap)
            {
                table.AddColumn(new TableColumn(labels["coherence"]).RightAligned());
                table.AddColumn(new TableColumn("Δ").RightAligned());
                table.AddColumn(labels["class"]);
            }

            foreach (var row in rows.Where(r => r.Group is null))
            {
                var name = row.Dimension is null ? "[bold]" + Markup.Escape(labels["overall"]) + "[/]" : Markup.Escape(rubric.FindDimension(row.Dimension)?.Name.Get(language) ?? row.Dimension);
                var cells = new System.Collections.Generic.List<string> { name };
                foreach (var facet in rubric.Facets)
                {
                    var isLaw = facet.Id == Model.Facet.Law;
                    cells.Add(labels.Score(isLaw ? row.Law : row.Practice));
                    cells.Add(Signed(isLaw ? row.LawChange : row.PracticeChange, labels));
                }

                if (rubric.HasGap)
                {
                    cells.Add(labels.Score(row.Coherence));
                    cells.Add(Signed(row.CoherenceChange, labels));
                    cells.Add(Markup.Escape(ClassText(row, labels)));
                }

                table.AddRow(cells.ToArray());
            }

            context.Console.Write(table);
            foreach (var row in rows.Where(r => r.Group is not null && r.ClassChanged))
            {
                var group = rubric.FindGroup(row.Group!)?.Name.Get(language) ?? row.Group!;
                var part = row.Dimension is null ? labels["overall"] : rubric.FindDimension(row.Dimension)?.Name.Get(language) ?? row.Dimension;
                context.Console.WriteLine($"  {group} / {part}: {ClassText(row, labels)}");
            }
        }
    }

    private static string Signed(double? change, Labels labels) =>
        change is { } value ? (value > 0 ? "+" : string.Empty) + value.ToString("0.0", labels.Culture) : "–";

    private static string ClassText(ComparisonRow row, Labels labels)
    {
        if (row.Class is not { } now)
        {
            return "–";
        }

        return row.ClassChanged && row.ReferenceClass is { } before ? $"{labels.Of(before)} → {labels.Of(now)}" : labels.Of(now);
    }
}
