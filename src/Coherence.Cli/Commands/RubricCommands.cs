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
        var rubric = new Command("rubric", "List, show and validate rubrics.");
        rubric.Subcommands.Add(List(context));
        rubric.Subcommands.Add(Show(context));
        rubric.Subcommands.Add(Validate(context));
        return rubric;
    }

    public static Option<string> LanguageOption()
    {
        var option = new Option<string>("--language", "-l")
        {
            Description = "Language for people: es or en (default: your system's language when supported, else en).",
            HelpName = "es|en",
        };
        option.AcceptOnlyFromAmong(Localization.Labels.Supported.ToArray());
        return option;
    }

    private static Command List(CliContext context)
    {
        var language = LanguageOption();
        var command = new Command("list", "List the bundled rubrics, the Mesoamerica rubric first.") { language };
        command.SetAction(parse =>
        {
            var lang = Labels.Choose(parse.GetValue(language));
            var table = new Table().AddColumns("id", "version", "title", "indicators", "groups", "facets");
            foreach (var r in context.Catalog.Bundled())
            {
                table.AddRow(
                    Markup.Escape(r.Id),
                    Markup.Escape(r.Version),
                    Markup.Escape(r.Metadata.Title.Get(lang)),
                    r.Indicators.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    r.Groups.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    string.Join(", ", r.Facets.Select(f => f.Id)));
            }

            context.Console.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Show(CliContext context)
    {
        var idOrPath = new Argument<string>("rubric") { Description = "A bundled rubric's id or a rubric file." };
        var language = LanguageOption();
        var command = new Command("show", "Show a rubric: facets, scales, groups and its dimensions and indicators.") { idOrPath, language };
        command.SetAction(parse =>
        {
            var resolved = context.Catalog.Resolve(parse.GetValue(idOrPath)!);
            if (!resolved.IsSuccess)
            {
                return context.Finish(resolved.Diagnostics);
            }

            var r = resolved.Value!;
            var lang = Labels.Choose(parse.GetValue(language) ?? (r.Metadata.Languages.Contains(Labels.Choose(null)) ? null : r.Metadata.Languages[0]));
            var labels = new Labels(lang);
            var console = context.Console;
            console.MarkupLine($"[bold]{Markup.Escape(r.Metadata.Title.Get(lang))}[/]");
            console.MarkupLine($"{Markup.Escape(r.Id)} {Markup.Escape(r.Version)}  sha256:{Markup.Escape(r.ContentHash.Substring(0, 12))}");
            if (!r.Metadata.Description.IsEmpty)
            {
                console.WriteLine(r.Metadata.Description.Get(lang));
            }

            if (r.Metadata.Changelog.FirstOrDefault(c => c.Version == r.Version) is { } changes)
            {
                console.WriteLine();
                console.MarkupLine($"[bold]{Markup.Escape(string.Format(System.Globalization.CultureInfo.InvariantCulture, labels["changes-in"], r.Version))}[/]");
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
        var path = new Argument<string[]>("files") { Description = "Rubric files (YAML or JSON).", Arity = ArgumentArity.OneOrMore };
        Arguments.RefuseOptionLikeValues(path);
        var command = new Command("validate", "Check rubric files; prints file:line:col: error CODE: message and exits 1 on errors.") { path };
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
                    context.Output.WriteLine($"{file}: ok: {r.Id} {r.Version}, {r.Dimensions.Count()} dimensions, {r.Indicators.Count} indicators, {r.Groups.Count} groups, sha256:{r.ContentHash.Substring(0, 12)}");
                }
            }

            return context.Finish(all);
        });
        return command;
    }
}
