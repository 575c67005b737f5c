using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using Coherence.Agreement;
using Coherence.Localization;
using Coherence.Model;
using Coherence.Operations;
using Spectre.Console;

namespace Coherence.Cli.Commands;

/// <summary><c>coherence agree &lt;inputs...&gt;</c>: how far the teams that assessed the same country and period agree, and where they differ most.</summary>
internal static class AgreeCommand
{
    public static Command Create(CliContext context)
    {
        var t = context.Texts;
        var inputs = Arguments.Inputs(t, "cli.agree.inputs");
        var rubric = Arguments.Rubric(t);
        var resamples = new Option<int>("--resamples") { Description = t["cli.agree.resamples"], DefaultValueFactory = _ => 1000, HelpName = "n" };
        var seed = new Option<int>("--seed") { Description = t["cli.agree.seed"], DefaultValueFactory = _ => 1, HelpName = "n" };
        var top = new Option<int>("--top") { Description = t["cli.agree.top"], DefaultValueFactory = _ => 10, HelpName = "n" };
        var json = new Option<string>("--json") { Description = t["cli.agree.json"], HelpName = "file" };
        var csv = new Option<string>("--csv") { Description = t["cli.agree.csv"], HelpName = "file" };
        var force = Arguments.Force(t);
        var language = RubricCommands.LanguageOption(t);
        var command = new Command("agree", t["cli.agree"])
        {
            inputs, rubric, resamples, seed, top, json, csv, force, language,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new AgreementOptions(parse.GetValue(inputs)!)
            {
                Rubric = parse.GetValue(rubric),
                Resamples = parse.GetValue(resamples),
                Seed = parse.GetValue(seed),
                JsonPath = parse.GetValue(json),
                CsvPath = parse.GetValue(csv),
                Force = parse.GetValue(force),
            };
            var operation = new AgreeOperation(context.Catalog, Readers.Loader(context.Catalog));
            var result = await context.WithProgress(t["cli.progress.reading-assessments"], p => operation.RunAsync(options, p, cancellationToken)).ConfigureAwait(false);
            if (result.Value is { } run && !context.Quiet)
            {
                Print(context, run, parse.GetValue(language) ?? context.Language, Math.Max(0, parse.GetValue(top)));
            }

            return context.Finish(result.Diagnostics);
        });
        return command;
    }

    private static void Print(CliContext context, AgreementRun run, string language, int top)
    {
        var labels = new Labels(language);
        var words = new AgreementWords(language);
        foreach (var set in run.Sets)
        {
            var rubric = run.Rubrics[set.Rubric.Id];
            var name = set.Raters.Select(r => r.Assessment.CountryName).FirstOrDefault(n => n is not null)?.For(language);
            var teams = string.Join(" · ", set.Raters.Select(r => $"{Name(r, labels)} ({r.Label})"));
            var title = $"{set.Country.Value} · {set.Period}" + (name is null ? string.Empty : " · " + name);
            var twoRaters = set.Raters.Count == 2;
            var table = new Table()
                .Title($"[bold]{Markup.Escape(words["agreement"] + ": " + title)}[/]")
                .Caption(Markup.Escape(teams))
                .AddColumn(Markup.Escape(words["part"]))
                .AddColumn(new TableColumn(Markup.Escape(words["compared"])).RightAligned())
                .AddColumn(new TableColumn(Markup.Escape(words["exact"])).RightAligned())
                .AddColumn(new TableColumn(Markup.Escape(words["difference"])).RightAligned())
                .AddColumn(new TableColumn(Markup.Escape(words.Format("alpha", "95%"))).RightAligned());
            if (twoRaters)
            {
                table.AddColumn(new TableColumn(Markup.Escape(words["kappa-linear"])).RightAligned());
                table.AddColumn(new TableColumn(Markup.Escape(words["kappa-quadratic"])).RightAligned());
            }

            void Row(string part, AgreementSummary? summary, bool bold = false)
            {
                if (summary is null)
                {
                    return;
                }

                var cells = new List<string>
                {
                    bold ? "[bold]" + Markup.Escape(part) + "[/]" : Markup.Escape(part),
                    summary.Compared.ToString(labels.Culture),
                    summary.ExactAgreement is { } exact ? labels.Percent(exact) : "–",
                    labels.Score(summary.MeanDifference),
                    Markup.Escape(Alpha(summary, labels, words)),
                };
                if (twoRaters)
                {
                    cells.Add(Coefficient(summary.LinearKappa, labels));
                    cells.Add(Coefficient(summary.QuadraticKappa, labels));
                }

                table.AddRow(cells.ToArray());
            }

            Row(labels["overall"], set.Overall, bold: true);
            foreach (var facet in rubric.Facets)
            {
                Row(labels[facet.Id] is var label && label != facet.Id ? label : facet.Name.Get(language), set.Find(AgreementScope.Facet, facet.Id));
            }

            foreach (var group in rubric.Groups)
            {
                Row(group.Name.Get(language), set.Find(AgreementScope.Group, group.Id));
            }

            foreach (var dimension in rubric.Dimensions)
            {
                Row(dimension.Name.Get(language), set.Find(AgreementScope.Dimension, dimension.Id));
            }

            context.Console.Write(table);
            context.Console.WriteLine(words["legend"]);

            // With two teams, one leans exactly as far as the other the other way: say it once, of the second.
            var leanings = twoRaters ? set.Leanings.Where(l => l.RaterId == set.Raters[1].Id) : set.Leanings;
            foreach (var leaning in leanings.Where(l => l.MeanDeviation is { } d && Math.Abs(d) >= 5))
            {
                var facet = rubric.FindFacet(leaning.FacetId);
                var facetName = facet is null ? leaning.FacetId : facet.Name.Get(language).ToLower(labels.Culture);
                var deviation = leaning.MeanDeviation!.Value;
                var points = Math.Abs(deviation).ToString("0.0", labels.Culture);
                context.Console.WriteLine(twoRaters
                    ? words.Format(deviation < 0 ? "lower-than" : "higher-than", Name(set.Raters[1], labels), facetName, points, Name(set.Raters[0], labels).ToLower(labels.Culture), leaning.Cells)
                    : words.Format(deviation < 0 ? "lower" : "higher", Name(set.Raters.First(r => r.Id == leaning.RaterId), labels), facetName, points, leaning.Cells));
            }

            if (set.Raters.Count < 4 && set.Overall.Compared < 100)
            {
                context.Console.WriteLine(words.Format("few", set.Raters.Count, set.Overall.Compared));
            }

            var disagreements = set.Disagreements;
            if (top > 0 && disagreements.Count > 0)
            {
                var list = new Table()
                    .Title(Markup.Escape(words.Format("largest", Math.Min(top, disagreements.Count), disagreements.Count)))
                    .AddColumn(Markup.Escape(words["cell"]));
                foreach (var rater in set.Raters)
                {
                    list.AddColumn(Markup.Escape(Name(rater, labels)));
                }

                foreach (var cell in disagreements.Take(top))
                {
                    var indicator = rubric.FindIndicator(cell.IndicatorId);
                    var group = cell.GroupId == Response.WholeCountry ? labels["whole-country"] : rubric.FindGroup(cell.GroupId)?.Name.Get(language) ?? cell.GroupId;
                    var facet = rubric.FindFacet(cell.FacetId)?.Name.Get(language) ?? cell.FacetId;
                    var head = $"[bold]{Markup.Escape(cell.IndicatorId)}[/] {Markup.Escape(indicator?.Name.Get(language) ?? string.Empty)}\n{Markup.Escape(group + " · " + facet)}";
                    var row = new List<string> { head };
                    var scale = indicator is null ? null : rubric.ScaleOf(indicator, cell.FacetId);
                    foreach (var answer in cell.Answers)
                    {
                        row.Add(Answer(answer, scale, labels, words, language));
                    }

                    list.AddRow(row.ToArray());
                }

                context.Console.Write(list);
            }

            context.Console.WriteLine();
        }
    }

    private static string Alpha(AgreementSummary summary, Labels labels, AgreementWords words)
    {
        if (summary.Alpha.Value is not { } alpha)
        {
            return "–";
        }

        var text = alpha.ToString("0.00", labels.Culture);
        if (summary.Alpha.Lower is { } low && summary.Alpha.Upper is { } high)
        {
            text += $" [{low.ToString("0.00", labels.Culture)}, {high.ToString("0.00", labels.Culture)}]";
        }

        return text + (summary.Metric == AlphaMetric.Ordinal ? string.Empty : " " + words["interval"]);
    }

    /// <summary>Names a team for people: its role in their language, numbered when the role recurs (<c>Independiente 2</c>).</summary>
    private static string Name(Rater rater, Labels labels)
    {
        if (rater.Role is not { } role)
        {
            return rater.Id;
        }

        var name = AssessorRoleNames.Of(role);
        var number = rater.Id.Length > name.Length ? " " + rater.Id.Substring(name.Length + 1) : string.Empty;
        return labels["role." + name] + number;
    }

    private static string Coefficient(double? value, Labels labels) => value is { } v ? v.ToString("0.00", labels.Culture) : "–";

    private static string Answer(RaterAnswer answer, Scale? scale, Labels labels, AgreementWords words, string language)
    {
        var level = answer.Response switch
        {
            null => words["blank"],
            { Status: ResponseStatus.NotApplicable } => labels["not-applicable"],
            { Status: ResponseStatus.Unknown } => labels["unknown"],
            { Level: { } id } => scale?.FindLevel(id)?.Label.Get(language) ?? id,
            { Value: { } value } => value.ToString("0.###", labels.Culture),
            _ => words["blank"],
        };
        var text = "[bold]" + Markup.Escape(level) + "[/]";
        if (answer.Response?.Evidence is { Length: > 0 } evidence)
        {
            text += "\n" + Markup.Escape(evidence.Length > 160 ? evidence.Substring(0, 159) + "…" : evidence);
        }

        return text;
    }
}
