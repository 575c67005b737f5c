using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using Coherence.Localization;
using Coherence.Model;
using Coherence.Operations;
using Spectre.Console;

namespace Coherence.Cli.Commands;

/// <summary><c>coherence rubric list|show|validate</c>.</summary>
internal static class RubricCommands
{
    public static Command Create(CliContext context)
    {
        var t = context.Texts;
        var rubric = new Command("rubric", t["cli.rubric"]);
        rubric.Subcommands.Add(List(context));
        rubric.Subcommands.Add(Show(context));
        rubric.Subcommands.Add(Validate(context));
        return rubric;
    }

    public static Option<string> LanguageOption(Texts t)
    {
        var option = new Option<string>("--language", "-l")
        {
            Description = t.Format("cli.option.language", string.Join("|", Texts.Supported)),
            HelpName = string.Join("|", Texts.Supported),
        };
        option.AcceptOnlyFromAmong(Texts.Supported.ToArray());
        return option;
    }

    private static Command List(CliContext context)
    {
        var t = context.Texts;
        var language = LanguageOption(t);
        var command = new Command("list", t["cli.rubric.list"]) { language };
        command.SetAction(parse =>
        {
            // Plain columns from the rubrics' metadata alone: listing parses no rubric and needs no console library
            // ('rubric show' has a rubric's contents).
            var lang = parse.GetValue(language) ?? context.Language;
            var rows = new List<string[]> { new[] { t["cli.rubric.list.id"], t["cli.rubric.list.version"], t["cli.rubric.list.languages"], t["cli.rubric.list.title"] } };
            rows.AddRange(context.Catalog.BundledIndex().Select(r => new[] { r.Id, r.Version, string.Join(", ", r.Languages), r.Title.Get(lang) }));
            var widths = Enumerable.Range(0, 3).Select(i => rows.Max(row => row[i].Length)).ToArray();
            foreach (var row in rows)
            {
                context.Output.WriteLine($"{row[0].PadRight(widths[0])}  {row[1].PadRight(widths[1])}  {row[2].PadRight(widths[2])}  {row[3]}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show(CliContext context)
    {
        var t = context.Texts;
        var idOrPath = new Argument<string>("rubric") { Description = t["cli.option.rubric-id"] };
        var language = LanguageOption(t);
        var command = new Command("show", t["cli.rubric.show"]) { idOrPath, language };
        command.SetAction(parse =>
        {
            var resolved = context.Catalog.Resolve(parse.GetValue(idOrPath)!);
            if (!resolved.IsSuccess)
            {
                return context.Finish(resolved.Diagnostics);
            }

            var r = resolved.Value!;
            var lang = parse.GetValue(language) ?? (r.Metadata.Languages.Contains(context.Language) ? context.Language : r.Metadata.Languages[0]);
            var labels = new Labels(lang);
            var console = context.Console;
            console.MarkupLine($"[bold]{Markup.Escape(r.Metadata.Title.Get(lang))}[/]");
            console.MarkupLine($"{Markup.Escape(r.Id)} {Markup.Escape(r.Version)}  sha256:{Markup.Escape(r.ContentHash.Substring(0, 12))}");
            if (!r.Metadata.Description.IsEmpty)
            {
                console.WriteLine(r.Metadata.Description.Get(lang));
            }

            // Every version's changes, newest first: a workbook made two versions back is pointed here to learn what changed since.
            foreach (var changes in r.Metadata.Changelog)
            {
                console.WriteLine();
                console.MarkupLine($"[bold]{Markup.Escape(string.Format(System.Globalization.CultureInfo.InvariantCulture, labels["changes-in"], changes.Version))}[/]");
                foreach (var change in changes.Changes)
                {
                    console.WriteLine("- " + change.Get(lang));
                }
            }

            console.WriteLine();
            foreach (var scale in r.Scales)
            {
                var levels = scale.Kind == ScaleKind.Ordinal
                    ? string.Join(" < ", scale.Levels.Select(l => $"{l.Label.Get(lang)} ({l.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)})"))
                    : $"{scale.Min.ToString(System.Globalization.CultureInfo.InvariantCulture)}..{scale.Max.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
                console.MarkupLine($"[bold]{Markup.Escape(scale.Name.IsEmpty ? scale.Id : scale.Name.Get(lang))}[/] ({Markup.Escape(scale.Id)}): {Markup.Escape(levels)}");
            }

            console.MarkupLine($"[bold]{Markup.Escape(labels["groups"])}[/]: {Markup.Escape(string.Join(", ", r.Groups.Select(g => $"{g.Name.Get(lang)} ({g.Id})")))}");
            console.WriteLine();
            var tree = new Tree(Markup.Escape(r.Metadata.Title.Get(lang)));
            foreach (var dimension in r.Dimensions)
            {
                AddNode(tree.AddNode(Label(dimension, lang)), dimension, r, lang, labels);
            }

            console.Write(tree);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Label(Dimension dimension, string lang) => $"[bold]{Markup.Escape(dimension.Id)}[/] {Markup.Escape(dimension.Name.Get(lang))}";

    private static void AddNode(TreeNode node, Dimension dimension, Rubric rubric, string lang, Labels labels)
    {
        foreach (var child in dimension.Children)
        {
            if (child is Dimension sub)
            {
                AddNode(node.AddNode(Label(sub, lang)), sub, rubric, lang, labels);
            }
            else if (child is Indicator indicator)
            {
                var groups = string.Join(", ", indicator.Groups);
                var applies = indicator.Scope == IndicatorScope.Country ? $"{labels["whole-country"]}: {groups}" : groups;
                var leaf = node.AddNode($"[bold]{Markup.Escape(indicator.Id)}[/] {Markup.Escape(indicator.Name.Get(lang))} [grey]({Markup.Escape(applies)})[/]");
                foreach (var facet in indicator.Facets)
                {
                    leaf.AddNode($"{Markup.Escape(labels[facet.FacetId])}: {Markup.Escape(facet.Question.Get(lang))}");
                }
            }
        }
    }

    private static Command Validate(CliContext context)
    {
        var t = context.Texts;
        var path = new Argument<string[]>("files") { Description = t["cli.rubric.validate.files"], Arity = ArgumentArity.OneOrMore };
        Arguments.RefuseOptionLikeValues(path, t);
        var command = new Command("validate", t["cli.rubric.validate"]) { path };
        command.SetAction(parse =>
        {
            var all = new System.Collections.Generic.List<Diagnostics.Diagnostic>();
            foreach (var file in parse.GetValue(path)!)
            {
                var check = RubricCheck.Of(file);
                all.AddRange(check.Diagnostics);
                if (check.IsValid && !context.Quiet)
                {
                    var r = check.Rubric!;
                    context.Output.WriteLine(t.Format("cli.rubric.validate.ok", file, r.Id, r.Version, r.Dimensions.Count(), r.Indicators.Count, r.Groups.Count, r.ContentHash.Substring(0, 12)));
                }
            }

            return context.Finish(all);
        });
        return command;
    }
}
