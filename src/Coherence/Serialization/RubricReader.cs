using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Coherence.Diagnostics;
using Coherence.Model;

namespace Coherence.Serialization;

/// <summary>Reads rubrics (<c>apiVersion: coherence/v1</c>, <c>kind: Rubric</c>) from YAML or JSON, with located diagnostics.</summary>
/// <remarks>Diagnostic codes are listed in <c>docs/rubric-format.md</c>. Reading never throws for a user's mistake.</remarks>
public static class RubricReader
{
    /// <summary>The only supported <c>apiVersion</c>.</summary>
    public const string ApiVersion = "coherence/v1";

    private static readonly Dictionary<string, AggregationMethod> AggregationNames = new(StringComparer.Ordinal)
    {
        ["arithmetic"] = AggregationMethod.Arithmetic,
        ["weighted"] = AggregationMethod.Weighted,
        ["geometric"] = AggregationMethod.Geometric,
    };

    private static readonly Dictionary<string, Polarity> PolarityNames = new(StringComparer.Ordinal)
    {
        ["higher-is-better"] = Polarity.HigherIsBetter,
        ["lower-is-better"] = Polarity.LowerIsBetter,
    };

    private static readonly Dictionary<string, IndicatorScope> ScopeNames = new(StringComparer.Ordinal)
    {
        ["group"] = IndicatorScope.Group,
        ["country"] = IndicatorScope.Country,
    };

    private static readonly Dictionary<string, ScaleKind> ScaleKindNames = new(StringComparer.Ordinal)
    {
        ["ordinal"] = ScaleKind.Ordinal,
        ["continuous"] = ScaleKind.Continuous,
    };

    /// <summary>Reads a rubric file.</summary>
    /// <param name="path">The path of a <c>.yaml</c>, <c>.yml</c> or <c>.json</c> file.</param>
    /// <returns>The rubric, or the diagnostics that prevent it.</returns>
    public static Result<Rubric> ReadFile(string path) => InputFile.Read<Rubric>(path, "RUB000", Read);

    /// <summary>Reads a rubric from the bytes of a YAML or JSON document.</summary>
    /// <param name="utf8">The document, UTF-8 encoded (a byte-order mark is allowed).</param>
    /// <param name="file">The file name for diagnostics, or <see langword="null"/>.</param>
    /// <returns>The rubric, or the diagnostics that prevent it.</returns>
    public static Result<Rubric> Read(byte[] utf8, string? file)
    {
        var walker = new DocumentWalker(file, "RUB");
        DocumentNode? root;
        try
        {
            root = DocumentText.Parse(utf8, file);
        }
        catch (DocumentParseException e)
        {
            return Result<Rubric>.Failure(Diagnostic.Error("RUB001", "not valid YAML or JSON: " + e.Message, new SourceLocation(file, e.Line, e.Column)));
        }

        if (root is null)
        {
            return Result<Rubric>.Failure(Diagnostic.Error("RUB003", "the file is empty", new SourceLocation(file), "a rubric starts with 'apiVersion: coherence/v1'"));
        }

        var rubric = new Builder(walker).Build(root);
        return walker.HasErrors || rubric is null ? new Result<Rubric>(null, walker.Diagnostics) : new Result<Rubric>(rubric, walker.Diagnostics);
    }

    /// <summary>Reads a rubric from text.</summary>
    /// <param name="text">A YAML or JSON document.</param>
    /// <param name="file">The file name for diagnostics, or <see langword="null"/>.</param>
    /// <returns>The rubric, or the diagnostics that prevent it.</returns>
    public static Result<Rubric> Read(string text, string? file = null) => Read(Encoding.UTF8.GetBytes(text), file);

    private sealed class Builder
    {
        private readonly DocumentWalker w;
        private readonly Dictionary<string, DocumentNode> nodeIds = new(StringComparer.Ordinal);
        private readonly List<(string Id, DocumentNode Node)> referenceUses = new();
        private Dictionary<string, Scale> scales = new(StringComparer.Ordinal);
        private List<Facet> facets = new();
        private HashSet<string> groupIds = new(StringComparer.Ordinal);
        private List<string> allGroups = new();

        public Builder(DocumentWalker walker) => w = walker;

        public Rubric? Build(DocumentNode document)
        {
            var root = w.Map(document, "the rubric", "$schema", "apiVersion", "kind", "metadata", "spec");
            if (root is null)
            {
                return null;
            }

            var apiVersion = w.String(root, "apiVersion", "the rubric", true);
            if (apiVersion is not null && apiVersion != ApiVersion)
            {
                w.Error("010", $"unsupported apiVersion '{apiVersion}'", root.Get("apiVersion")!, $"this version of Coherence reads '{ApiVersion}'");
            }

            var kind = w.String(root, "kind", "the rubric", true);
            if (kind is not null && kind != "Rubric")
            {
                w.Error("010", $"kind is '{kind}', expected 'Rubric'", root.Get("kind")!, kind == "Assessment" ? "this is an assessment; pass it to 'coherence score'" : null);
            }

            var metadata = ReadMetadata(w.Map(w.Required(root, "metadata", "the rubric"), "metadata", "id", "version", "languages", "title", "description", "changelog"));
            var spec = w.Map(w.Required(root, "spec", "the rubric"), "spec", "facets", "scales", "groups", "thresholds", "aggregation", "minCoverage", "references", "dimensions", "indicators");
            if (metadata is null || spec is null)
            {
                return null;
            }

            scales = ReadScales(spec);
            facets = ReadFacets(spec);
            var groups = ReadGroups(spec);
            var thresholds = ReadThresholds(spec);
            var references = ReadReferences(spec);
            var aggregation = w.Enum(spec, "aggregation", "spec", AggregationNames) ?? AggregationMethod.Arithmetic;
            var minCoverage = Coverage(spec, "spec") ?? 0;
            var children = ReadChildren(spec, "spec", minCoverage, requireSome: true);
            var known = new HashSet<string>(references.Select(r => r.Id), StringComparer.Ordinal);
            foreach (var (id, node) in referenceUses.Where(u => !known.Contains(u.Id)))
            {
                w.Error("008", $"reference '{id}' is not in spec.references", node, DidYouMean.Hint(id, known.ToList()));
            }

            if (w.HasErrors)
            {
                return null;
            }

            var rootNode = new Dimension(metadata.Id, metadata.Title, 1, metadata.Description, aggregation, minCoverage, children);
            var draft = new Rubric(metadata, facets, scales.Values.ToList(), groups, thresholds, rootNode, references, string.Empty);
            return new Rubric(metadata, facets, draft.Scales, groups, thresholds, rootNode, references, RubricJsonWriter.ContentHash(draft));
        }

        private RubricMetadata? ReadMetadata(MappingNode? map)
        {
            if (map is null)
            {
                return null;
            }

            var id = w.Id(map, "id", "metadata");
            var version = w.String(map, "version", "metadata", true);
            if (version is not null && !SemanticVersion.IsValid(version))
            {
                w.Error("012", $"'{version}' is not a semantic version", map.Get("version")!, "write MAJOR.MINOR.PATCH, such as 1.0.0");
            }

            var languages = w.StringList(map, "languages", "metadata");
            if (languages.Count == 0)
            {
                w.Error("003", "metadata needs 'languages', the list of languages every text is written in", map, "languages: [es, en]");
                languages = new[] { "en" };
            }

            foreach (var duplicate in languages.GroupBy(l => l).Where(g => g.Count() > 1))
            {
                w.Error("005", $"language '{duplicate.Key}' is listed twice", map.Get("languages")!);
            }

            w.Languages = languages.Distinct().ToList();
            var title = w.Text(map, "title", "metadata", true);
            var description = w.Text(map, "description", "metadata", false);
            var changelog = ReadChangelog(map, version);
            return id is null || version is null ? null : new RubricMetadata(id, version, w.Languages, title, description) { Changelog = changelog };
        }

        private List<RubricChange> ReadChangelog(MappingNode metadata, string? current)
        {
            var result = new List<RubricChange>();
            foreach (var item in w.List(metadata, "changelog", "metadata"))
            {
                var map = w.Map(item, "a changelog entry", "version", "changes");
                if (map is null)
                {
                    continue;
                }

                var version = w.String(map, "version", "a changelog entry", true);
                if (version is not null && !SemanticVersion.IsValid(version))
                {
                    w.Error("012", $"'{version}' is not a semantic version", map.Get("version")!, "write MAJOR.MINOR.PATCH, such as 1.0.0");
                    version = null;
                }

                var what = version is null ? "a changelog entry" : $"the changelog entry of version {version}";
                if (version is not null && result.Any(c => c.Version == version))
                {
                    w.Error("005", $"version {version} has two changelog entries", map.Get("version")!, "keep one entry per version, with every change of that version");
                    version = null;
                }

                var changes = new List<LocalizedText>();
                foreach (var change in w.List(map, "changes", what, required: true))
                {
                    changes.Add(w.Text(change, $"a change of {what}"));
                }

                if (changes.Count == 0 && map.Get("changes") is { } empty && !w.HasErrors)
                {
                    w.Error("003", $"{what} lists no change", empty, "list what the version changed, one text per change");
                }

                if (version is not null)
                {
                    result.Add(new RubricChange(version, changes));
                }
            }

            if (result.Count > 0 && current is not null && result.All(c => c.Version != current))
            {
                w.Warning("015", $"the changelog has no entry for version {current}, the rubric's own", metadata.Get("changelog")!, $"add one at the top: '- version: \"{current}\"' with its changes");
            }

            return result;
        }

        private Dictionary<string, Scale> ReadScales(MappingNode spec)
        {
            var result = new Dictionary<string, Scale>(StringComparer.Ordinal);
            foreach (var item in w.List(spec, "scales", "spec", required: true))
            {
                var map = w.Map(item, "a scale", "id", "type", "polarity", "name", "levels", "min", "max");
                if (map is null)
                {
                    continue;
                }

                var id = w.Id(map, "id", "a scale");
                var what = $"scale '{id}'";
                var kind = w.Enum(map, "type", what, ScaleKindNames) ?? ScaleKind.Ordinal;
                var polarity = w.Enum(map, "polarity", what, PolarityNames) ?? Polarity.HigherIsBetter;
                var name = w.Text(map, "name", what, false);
                var levels = new List<ScaleLevel>();
                double min = 0, max = 100;
                if (kind == ScaleKind.Ordinal)
                {
                    var levelIds = new HashSet<string>(StringComparer.Ordinal);
                    double? previous = null;
                    var levelNodes = w.List(map, "levels", what, required: true);
                    if (levelNodes.Count == 0 && map.Get("levels") is { } emptyNode)
                    {
                        w.Error("009", $"{what} has no levels", emptyNode);
                    }

                    foreach (var levelNode in levelNodes)
                    {
                        var level = w.Map(levelNode, $"a level of {what}", "id", "value", "label", "descriptor");
                        if (level is null)
                        {
                            continue;
                        }

                        var levelId = w.Id(level, "id", $"a level of {what}");
                        var levelWhat = $"level '{levelId}' of {what}";
                        var value = w.Number(level, "value", levelWhat, required: true);
                        if (levelId is not null && !levelIds.Add(levelId))
                        {
                            w.Error("005", $"{what} has two levels '{levelId}'", level.Get("id")!);
                        }

                        if (value is { } v)
                        {
                            if (v < 0 || v > 100)
                            {
                                w.Error("009", $"{levelWhat} has value {Format(v)}, outside 0-100", level.Get("value")!);
                            }
                            else if (previous is { } p && v <= p)
                            {
                                w.Error("009", $"{levelWhat} has value {Format(v)}, not above the level before ({Format(p)})", level.Get("value")!, "list levels from lowest to highest value");
                            }

                            previous = v;
                        }

                        var label = w.Text(level, "label", levelWhat, true);
                        var descriptor = w.Text(level, "descriptor", levelWhat, false);
                        if (levelId is not null && value is not null)
                        {
                            levels.Add(new ScaleLevel(levelId, value.Value, label, descriptor));
                        }
                    }

                    if (map.Has("min") || map.Has("max"))
                    {
                        w.Error("009", $"{what} is ordinal: its range is 0-100 through its levels' values", map.Get("min") ?? map.Get("max")!, "remove min and max, or make it 'type: continuous'");
                    }
                }
                else
                {
                    min = w.Number(map, "min", what, required: true) ?? 0;
                    max = w.Number(map, "max", what, required: true) ?? 1;
                    if (min >= max)
                    {
                        w.Error("009", $"{what} has min {Format(min)} not below max {Format(max)}", map);
                    }

                    if (map.Has("levels"))
                    {
                        w.Error("009", $"{what} is continuous and cannot have levels", map.Get("levels")!, "make it 'type: ordinal', or remove the levels");
                    }
                }

                if (id is null)
                {
                    continue;
                }

                if (result.ContainsKey(id))
                {
                    w.Error("005", $"two scales are called '{id}'", map.Get("id")!);
                    continue;
                }

                result.Add(id, new Scale(id, kind, polarity, name, levels, min, max));
            }

            return result;
        }

        private List<Facet> ReadFacets(MappingNode spec)
        {
            var result = new List<Facet>();
            var node = spec.Get("facets");
            if (node is null)
            {
                if (scales.Count != 1)
                {
                    w.Error("003", "spec needs 'facets' when it has more than one scale, to say which scale each facet uses", spec);
                    return result;
                }

                var only = scales.Keys.First();
                result.Add(new Facet(Facet.Law, DefaultText("Ley", "Law"), LocalizedText.Empty, only));
                result.Add(new Facet(Facet.Practice, DefaultText("Práctica", "Practice"), LocalizedText.Empty, only));
                return result;
            }

            foreach (var item in w.List(spec, "facets", "spec"))
            {
                var map = w.Map(item, "a facet", "id", "name", "description", "scale");
                if (map is null)
                {
                    continue;
                }

                var id = w.Id(map, "id", "a facet");
                if (id is not null && id != Facet.Law && id != Facet.Practice)
                {
                    w.Error("004", $"facet '{id}' is neither 'law' nor 'practice'", map.Get("id")!, DidYouMean.Hint(id, new[] { Facet.Law, Facet.Practice }));
                    continue;
                }

                var what = $"facet '{id}'";
                var scale = ScaleRef(map, what, required: true);
                var name = w.Text(map, "name", what, true);
                var description = w.Text(map, "description", what, false);
                if (id is null || scale is null)
                {
                    continue;
                }

                if (result.Any(f => f.Id == id))
                {
                    w.Error("005", $"facet '{id}' is listed twice", map.Get("id")!);
                    continue;
                }

                result.Add(new Facet(id, name, description, scale));
            }

            if (result.Count == 0 && !w.HasErrors)
            {
                w.Error("003", "spec.facets is empty", node, "list 'law', 'practice' or both");
            }

            // Law first, then practice, whatever the document's order: this order is part of the canonical form.
            return result.OrderBy(f => f.Id == Facet.Law ? 0 : 1).ToList();
        }

        private LocalizedText DefaultText(string es, string en) =>
            new(w.Languages.Select(l => new KeyValuePair<string, string>(l, l == "es" ? es : en)));

        private string? ScaleRef(MappingNode map, string what, bool required)
        {
            var id = w.String(map, "scale", what, required);
            if (id is not null && !scales.ContainsKey(id))
            {
                w.Error("008", $"scale '{id}' of {what} is not in spec.scales", map.Get("scale")!, DidYouMean.Hint(id, scales.Keys.ToList()));
                return null;
            }

            return id;
        }

        private List<MigrantGroup> ReadGroups(MappingNode spec)
        {
            var result = new List<MigrantGroup>();
            var list = w.List(spec, "groups", "spec", required: true);
            foreach (var item in list)
            {
                var map = w.Map(item, "a migrant group", "id", "name", "weight");
                if (map is null)
                {
                    continue;
                }

                var id = w.Id(map, "id", "a migrant group");
                var what = $"group '{id}'";
                var name = w.Text(map, "name", what, true);
                var weight = Weight(map, what);
                if (id is null)
                {
                    continue;
                }

                if (!groupIds.Add(id))
                {
                    w.Error("005", $"group '{id}' is listed twice", map.Get("id")!);
                    continue;
                }

                allGroups.Add(id);
                result.Add(new MigrantGroup(id, name, weight));
            }

            if (result.Count > 0 && result.Sum(g => g.Weight) <= 0)
            {
                w.Error("006", "the weights of spec.groups add up to zero", spec.Get("groups")!, "give at least one group a positive weight");
            }

            return result;
        }

        private GapThresholds ReadThresholds(MappingNode spec)
        {
            var map = w.Map(spec.Get("thresholds"), "spec.thresholds", "gap", "high");
            if (map is null)
            {
                return new GapThresholds();
            }

            var gap = w.Number(map, "gap", "spec.thresholds") ?? 25;
            var high = w.Number(map, "high", "spec.thresholds") ?? 50;
            if (gap <= 0 || gap > 100)
            {
                w.Error("004", $"thresholds.gap is {Format(gap)}; it must be above 0 and at most 100", map.Get("gap")!);
            }

            if (high < 0 || high > 100)
            {
                w.Error("004", $"thresholds.high is {Format(high)}; it must be from 0 to 100", map.Get("high")!);
            }

            return new GapThresholds(gap, high);
        }

        private List<Reference> ReadReferences(MappingNode spec)
        {
            var result = new List<Reference>();
            foreach (var item in w.List(spec, "references", "spec"))
            {
                var map = w.Map(item, "a reference", "id", "title", "kind", "url");
                if (map is null)
                {
                    continue;
                }

                var id = w.Id(map, "id", "a reference");
                var what = $"reference '{id}'";
                var title = w.String(map, "title", what, true);
                var kind = w.String(map, "kind", what, false) ?? "other";
                if (kind is not ("seed" or "instrument" or "other"))
                {
                    w.Error("004", $"'{kind}' is not a kind of reference", map.Get("kind")!, DidYouMean.Hint(kind, new[] { "seed", "instrument", "other" }));
                }

                var url = w.String(map, "url", what, false);
                if (id is null || title is null)
                {
                    continue;
                }

                if (result.Any(r => r.Id == id))
                {
                    w.Error("005", $"reference '{id}' is listed twice", map.Get("id")!);
                    continue;
                }

                result.Add(new Reference(id, title, kind, url));
            }

            return result;
        }

        private List<RubricNode> ReadChildren(MappingNode map, string what, double minCoverage, bool requireSome)
        {
            var children = new List<RubricNode>();
            foreach (var item in w.List(map, "dimensions", what))
            {
                if (ReadDimension(item, minCoverage) is { } dimension)
                {
                    children.Add(dimension);
                }
            }

            foreach (var item in w.List(map, "indicators", what))
            {
                if (ReadIndicator(item) is { } indicator)
                {
                    children.Add(indicator);
                }
            }

            if (requireSome && !map.Has("dimensions") && !map.Has("indicators"))
            {
                w.Error(what == "spec" ? "003" : "013", $"{what} has neither dimensions nor indicators", map);
            }

            if (children.Count > 0 && children.Sum(c => c.Weight) <= 0)
            {
                w.Error("006", $"the weights of the children of {what} add up to zero", map, "give at least one a positive weight");
            }

            return children;
        }

        private Dimension? ReadDimension(DocumentNode node, double inheritedCoverage)
        {
            var map = w.Map(node, "a dimension", "id", "name", "description", "weight", "aggregation", "minCoverage", "dimensions", "indicators");
            if (map is null)
            {
                return null;
            }

            var id = UniqueId(map, "a dimension");
            var what = $"dimension '{id}'";
            var name = w.Text(map, "name", what, true);
            var description = w.Text(map, "description", what, false);
            var weight = Weight(map, what);
            var aggregation = w.Enum(map, "aggregation", what, AggregationNames) ?? AggregationMethod.Arithmetic;
            var minCoverage = Coverage(map, what) ?? inheritedCoverage;
            var children = ReadChildren(map, what, minCoverage, requireSome: true);
            return id is null ? null : new Dimension(id, name, weight, description, aggregation, minCoverage, children);
        }

        private Indicator? ReadIndicator(DocumentNode node)
        {
            var map = w.Map(node, "an indicator", "id", "name", "weight", "scope", "groups", "facets", "evidence", "references");
            if (map is null)
            {
                return null;
            }

            var id = UniqueId(map, "an indicator");
            var what = $"indicator '{id}'";
            var name = w.Text(map, "name", what, true);
            var weight = Weight(map, what);
            var scope = Scope(map, what);
            var groups = new List<string>();
            if (map.Has("groups"))
            {
                foreach (var item in w.List(map, "groups", what))
                {
                    var group = w.String(item, $"a group of {what}");
                    if (group is null)
                    {
                        continue;
                    }

                    if (!groupIds.Contains(group))
                    {
                        w.Error("008", $"group '{group}' of {what} is not in spec.groups", item, DidYouMean.Hint(group, allGroups));
                    }
                    else if (groups.Contains(group))
                    {
                        w.Error("005", $"group '{group}' is listed twice in {what}", item);
                    }
                    else
                    {
                        groups.Add(group);
                    }
                }

                if (groups.Count == 0 && !w.HasErrors)
                {
                    w.Error("004", $"{what} applies to no group", map.Get("groups")!, "list at least one group, or leave 'groups' out to apply it to all");
                }

                // Keep the rubric's group order, whatever the document's order.
                groups = allGroups.Where(groups.Contains).ToList();
            }
            else
            {
                groups.AddRange(allGroups);
            }

            var indicatorFacets = new List<IndicatorFacet>();
            var facetsMap = w.Map(w.Required(map, "facets", what), $"the facets of {what}", facets.Select(f => f.Id).ToArray());
            if (facetsMap is not null)
            {
                foreach (var facet in facets)
                {
                    var facetNode = facetsMap.Get(facet.Id);
                    if (facetNode is null)
                    {
                        w.Error("011", $"{what} has no '{facet.Id}' facet", facetsMap, $"add facets.{facet.Id} with a question and level descriptors");
                        continue;
                    }

                    if (ReadIndicatorFacet(facetNode, facet, what) is { } indicatorFacet)
                    {
                        indicatorFacets.Add(indicatorFacet);
                    }
                }
            }

            var evidence = w.Text(map, "evidence", what, false);
            var references = new List<string>();
            foreach (var item in w.List(map, "references", what))
            {
                if (w.String(item, $"a reference of {what}") is { } reference)
                {
                    referenceUses.Add((reference, item));
                    references.Add(reference);
                }
            }

            return id is null ? null : new Indicator(id, name, weight, groups, indicatorFacets, evidence, references) { Scope = scope };
        }

        private IndicatorScope Scope(MappingNode map, string what)
        {
            if (map.Get("scope") is not { } node || w.String(node, $"'scope' of {what}") is not { } text)
            {
                return IndicatorScope.Group;
            }

            if (ScopeNames.TryGetValue(text, out var scope))
            {
                return scope;
            }

            var close = DidYouMean.Find(text, ScopeNames.Keys);
            w.Error("014", $"'{text}' is not a scope of {what}", node, close is not null
                ? $"did you mean '{close}'?"
                : "write 'group' for one answer per migrant group (the default) or 'country' for one answer for the whole country");
            return IndicatorScope.Group;
        }

        private IndicatorFacet? ReadIndicatorFacet(DocumentNode node, Facet facet, string indicator)
        {
            var what = $"the {facet.Id} facet of {indicator}";
            var map = w.Map(node, what, "question", "scale", "levels");
            if (map is null)
            {
                return null;
            }

            if (!map.Has("question"))
            {
                w.Error("011", $"{what} has no question", map, $"add question: {{ {string.Join(", ", w.Languages.Select(l => l + ": \"...\""))} }}");
            }

            var question = w.Text(map, "question", what, false);
            var scaleId = map.Has("scale") ? ScaleRef(map, what, required: false) : facet.ScaleId;
            var descriptors = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
            if (scaleId is null || !scales.TryGetValue(scaleId, out var scale))
            {
                return null;
            }

            var levels = w.Map(map.Get("levels"), $"the levels of {what}");
            if (levels is not null)
            {
                foreach (var entry in levels.Entries)
                {
                    if (scale.FindLevel(entry.Key) is null)
                    {
                        w.Error("008", $"'{entry.Key}' is not a level of scale '{scale.Id}'", entry.KeyNode, DidYouMean.Hint(entry.Key, scale.Levels.Select(l => l.Id).ToList()));
                        continue;
                    }

                    descriptors[entry.Key] = w.Text(entry.Value, $"level '{entry.Key}' of {what}");
                }
            }

            var missing = scale.Levels.Where(l => !descriptors.ContainsKey(l.Id)).Select(l => l.Id).ToList();
            if (missing.Count > 0)
            {
                w.Error("011", $"{what} has no descriptor for level{(missing.Count > 1 ? "s" : string.Empty)} '{string.Join("', '", missing)}' of scale '{scale.Id}'", (DocumentNode?)levels ?? map, "describe what each level looks like for this indicator");
            }

            // Descriptors are kept in the scale's level order.
            var ordered = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
            foreach (var level in scale.Levels.Where(l => descriptors.ContainsKey(l.Id)))
            {
                ordered[level.Id] = descriptors[level.Id];
            }

            return new IndicatorFacet(facet.Id, question, scaleId, ordered);
        }

        private string? UniqueId(MappingNode map, string what)
        {
            var id = w.Id(map, "id", what);
            if (id is null)
            {
                return null;
            }

            var node = map.Get("id")!;
            if (nodeIds.TryGetValue(id, out var first))
            {
                w.Error("005", $"id '{id}' is used twice (first at line {first.Line})", node, "dimension and indicator ids must be unique in the rubric");
                return null;
            }

            nodeIds.Add(id, node);
            return id;
        }

        private double Weight(MappingNode map, string what)
        {
            var weight = w.Number(map, "weight", what);
            if (weight is < 0)
            {
                w.Error("006", $"{what} has a negative weight ({Format(weight.Value)})", map.Get("weight")!, "weights are zero or positive");
                return 0;
            }

            return weight ?? 1;
        }

        private double? Coverage(MappingNode map, string what)
        {
            var value = w.Number(map, "minCoverage", what);
            if (value is < 0 or > 1)
            {
                w.Error("004", $"minCoverage of {what} is {Format(value.Value)}; it is a share from 0 to 1", map.Get("minCoverage")!, "0.5 means half of the children's weight");
                return null;
            }

            return value;
        }

        private static string Format(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
    }
}
