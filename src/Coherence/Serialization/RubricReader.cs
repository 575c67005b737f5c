using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Coherence.Diagnostics;
using Coherence.Localization;
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
            return Result<Rubric>.Failure(Diagnostic.Error("RUB001", Phrase.Of("diag.RUB001", e.Reason), new SourceLocation(file, e.Line, e.Column)));
        }

        if (root is null)
        {
            return Result<Rubric>.Failure(Diagnostic.Error("RUB003", Phrase.Of("diag.empty-file"), new SourceLocation(file), Phrase.Of("hint.RUB003", ApiVersion)));
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

        private static readonly Phrase WhatRubric = Phrase.Of("what.rubric");

        private static readonly Phrase WhatMetadata = Phrase.Of("what.metadata");

        private static readonly Phrase WhatSpec = Phrase.Of("what.spec");

        private static readonly Phrase WhatAScale = Phrase.Of("what.a-scale");

        private static readonly Phrase WhatAFacet = Phrase.Of("what.a-facet");

        private static readonly Phrase WhatAGroup = Phrase.Of("what.a-group");

        private static readonly Phrase WhatThresholds = Phrase.Of("what.thresholds");

        private static readonly Phrase WhatAReference = Phrase.Of("what.a-reference");

        private static readonly Phrase WhatADimension = Phrase.Of("what.a-dimension");

        private static readonly Phrase WhatAnIndicator = Phrase.Of("what.an-indicator");

        public Builder(DocumentWalker walker) => w = walker;

        public Rubric? Build(DocumentNode document)
        {
            var root = w.Map(document, WhatRubric, "$schema", "apiVersion", "kind", "metadata", "spec");
            if (root is null)
            {
                return null;
            }

            var apiVersion = w.String(root, "apiVersion", WhatRubric, true);
            if (apiVersion is not null && apiVersion != ApiVersion)
            {
                w.Error("010", Phrase.Of("doc.bad-api-version", apiVersion), root.Get("apiVersion")!, Phrase.Of("hint.reads-api-version", ApiVersion));
            }

            var kind = w.String(root, "kind", WhatRubric, true);
            if (kind is not null && kind != "Rubric")
            {
                w.Error("010", Phrase.Of("doc.bad-kind", kind, "Rubric"), root.Get("kind")!, kind == "Assessment" ? Phrase.Of("hint.is-assessment") : null);
            }

            var metadata = ReadMetadata(w.Map(w.Required(root, "metadata", WhatRubric), WhatMetadata, "id", "version", "languages", "title", "description", "changelog"));
            var spec = w.Map(w.Required(root, "spec", WhatRubric), WhatSpec, "facets", "scales", "groups", "thresholds", "aggregation", "minCoverage", "references", "dimensions", "indicators", "variants");
            if (metadata is null || spec is null)
            {
                return null;
            }

            scales = ReadScales(spec);
            facets = ReadFacets(spec);
            var groups = ReadGroups(spec);
            var thresholds = ReadThresholds(spec);
            var references = ReadReferences(spec);
            var aggregation = w.Enum(spec, "aggregation", WhatSpec, AggregationNames) ?? AggregationMethod.Arithmetic;
            var minCoverage = Coverage(spec, WhatSpec) ?? 0;
            var children = ReadChildren(spec, WhatSpec, minCoverage, requireSome: true);
            var known = new HashSet<string>(references.Select(r => r.Id), StringComparer.Ordinal);
            foreach (var (id, node) in referenceUses.Where(u => !known.Contains(u.Id)))
            {
                w.Error("008", Phrase.Of("diag.RUB008.reference", id), node, DidYouMean.Hint(id, known.ToList()));
            }

            if (w.HasErrors)
            {
                return null;
            }

            var rootNode = new Dimension(metadata.Id, metadata.Title, 1, metadata.Description, aggregation, minCoverage, children);
            var draft = new Rubric(metadata, facets, scales.Values.ToList(), groups, thresholds, rootNode, references, string.Empty);
            var variants = ReadVariants(spec, draft);
            if (w.HasErrors)
            {
                return null;
            }

            draft = new Rubric(metadata, facets, draft.Scales, groups, thresholds, rootNode, references, string.Empty) { Variants = variants };
            return new Rubric(metadata, facets, draft.Scales, groups, thresholds, rootNode, references, RubricJsonWriter.ContentHash(draft)) { Variants = variants };
        }

        // Variants: other weights, aggregations, minimum coverage and thresholds over the same indicators (docs/rubric-format.md).
        private List<RubricVariant> ReadVariants(MappingNode spec, Rubric draft)
        {
            var result = new List<RubricVariant>();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var nodeIdsKnown = new List<string> { draft.Id };
            nodeIdsKnown.AddRange(nodeIds.Keys);
            foreach (var item in w.List(spec, "variants", WhatSpec))
            {
                var map = w.Map(item, Phrase.Of("what.a-variant"), "id", "name", "description", "aggregation", "minCoverage", "thresholds", "groups", "nodes");
                if (map is null)
                {
                    continue;
                }

                var id = w.Id(map, "id", Phrase.Of("what.a-variant"));
                if (id is not null && !ids.Add(id))
                {
                    w.Error("005", Phrase.Of("diag.RUB005.variant", id), map.Get("id")!);
                }

                var what = Phrase.Of("what.variant", id ?? "?");
                var name = w.Text(map, "name", what, true);
                var description = w.Text(map, "description", what, false);
                var weights = new Dictionary<string, double>(StringComparer.Ordinal);
                var aggregations = new Dictionary<string, AggregationMethod>(StringComparer.Ordinal);
                var coverages = new Dictionary<string, double>(StringComparer.Ordinal);
                var groupWeights = new Dictionary<string, double>(StringComparer.Ordinal);
                if (w.Enum(map, "aggregation", what, AggregationNames) is { } rootAggregation)
                {
                    aggregations[draft.Id] = rootAggregation;
                }

                var minCoverage = Coverage(map, what);
                GapThresholds? thresholds = map.Has("thresholds") ? ReadThresholds(map) : null;
                if (w.Map(map.Get("groups"), Phrase.Of("what.key-of", "groups", what)) is { } groupMap)
                {
                    foreach (var entry in groupMap.Entries)
                    {
                        if (!draft.HasGroup(entry.Key))
                        {
                            w.Error("008", Phrase.Of("diag.RUB008.variant-group", id ?? "?", entry.Key), entry.KeyNode, DidYouMean.Hint(entry.Key, draft.Groups.Select(g => g.Id).ToList()));
                            continue;
                        }

                        if (w.Number(groupMap, entry.Key, what) is { } weight)
                        {
                            if (weight < 0)
                            {
                                w.Error("006", Phrase.Of("diag.RUB006.negative", what, Format(weight)), entry.Value, Phrase.Of("hint.RUB006.negative"));
                            }
                            else
                            {
                                groupWeights[entry.Key] = weight;
                            }
                        }
                    }
                }

                if (w.Map(map.Get("nodes"), Phrase.Of("what.key-of", "nodes", what)) is { } nodes)
                {
                    foreach (var entry in nodes.Entries)
                    {
                        var nodeWhat = Phrase.Of("what.variant-node", entry.Key, id ?? "?");
                        var isDimension = entry.Key == draft.Id || draft.FindDimension(entry.Key) is not null;
                        if (!isDimension && draft.FindIndicator(entry.Key) is null)
                        {
                            w.Error("008", Phrase.Of("diag.RUB008.variant-node", id ?? "?", entry.Key), entry.KeyNode, DidYouMean.Hint(entry.Key, nodeIdsKnown));
                            continue;
                        }

                        var node = w.Map(entry.Value, nodeWhat, "weight", "aggregation", "minCoverage");
                        if (node is null)
                        {
                            continue;
                        }

                        if (!isDimension && (node.Has("aggregation") || node.Has("minCoverage")))
                        {
                            w.Error("004", Phrase.Of("diag.RUB004.variant-indicator", entry.Key, id ?? "?"), node.Get("aggregation") ?? node.Get("minCoverage")!, Phrase.Of("hint.RUB004.variant-indicator"));
                        }

                        if (node.Has("weight"))
                        {
                            weights[entry.Key] = Weight(node, nodeWhat);
                        }

                        if (isDimension && w.Enum(node, "aggregation", nodeWhat, AggregationNames) is { } method)
                        {
                            aggregations[entry.Key] = method;
                        }

                        if (isDimension && Coverage(node, nodeWhat) is { } coverage)
                        {
                            coverages[entry.Key] = coverage;
                        }
                    }
                }

                if (id is not null)
                {
                    var choices = new MethodChoices
                    {
                        Weights = weights,
                        Aggregations = aggregations,
                        MinCoverages = coverages,
                        MinCoverage = minCoverage,
                        GroupWeights = groupWeights,
                        Thresholds = thresholds,
                    };
                    result.Add(new RubricVariant(id, name, description, choices));
                }
            }

            return result;
        }

        private RubricMetadata? ReadMetadata(MappingNode? map)
        {
            if (map is null)
            {
                return null;
            }

            var id = w.Id(map, "id", WhatMetadata);
            var version = w.String(map, "version", WhatMetadata, true);
            if (version is not null && !SemanticVersion.IsValid(version))
            {
                w.Error("012", Phrase.Of("diag.RUB012", version), map.Get("version")!, Phrase.Of("hint.RUB012"));
            }

            var languages = w.StringList(map, "languages", WhatMetadata);
            if (languages.Count == 0)
            {
                w.Error("003", Phrase.Of("diag.RUB003.languages"), map, Phrase.Of("hint.RUB003.languages"));
                languages = new[] { "en" };
            }

            foreach (var duplicate in languages.GroupBy(l => l).Where(g => g.Count() > 1))
            {
                w.Error("005", Phrase.Of("diag.RUB005.language", duplicate.Key), map.Get("languages")!);
            }

            w.Languages = languages.Distinct().ToList();
            var title = w.Text(map, "title", WhatMetadata, true);
            var description = w.Text(map, "description", WhatMetadata, false);
            var changelog = ReadChangelog(map, version);
            return id is null || version is null ? null : new RubricMetadata(id, version, w.Languages, title, description) { Changelog = changelog };
        }

        private List<RubricChange> ReadChangelog(MappingNode metadata, string? current)
        {
            var result = new List<RubricChange>();
            foreach (var item in w.List(metadata, "changelog", WhatMetadata))
            {
                var map = w.Map(item, Phrase.Of("what.a-changelog-entry"), "version", "changes");
                if (map is null)
                {
                    continue;
                }

                var version = w.String(map, "version", Phrase.Of("what.a-changelog-entry"), true);
                if (version is not null && !SemanticVersion.IsValid(version))
                {
                    w.Error("012", Phrase.Of("diag.RUB012", version), map.Get("version")!, Phrase.Of("hint.RUB012"));
                    version = null;
                }

                var what = version is null ? Phrase.Of("what.a-changelog-entry") : Phrase.Of("what.changelog-entry-of", version);
                if (version is not null && result.Any(c => c.Version == version))
                {
                    w.Error("005", Phrase.Of("diag.RUB005.changelog", version), map.Get("version")!, Phrase.Of("hint.RUB005.changelog"));
                    version = null;
                }

                var changes = new List<LocalizedText>();
                foreach (var change in w.List(map, "changes", what, required: true))
                {
                    changes.Add(w.Text(change, Phrase.Of("what.a-change-of", what)));
                }

                if (changes.Count == 0 && map.Get("changes") is { } empty && !w.HasErrors)
                {
                    w.Error("003", Phrase.Of("diag.RUB003.changes", what), empty, Phrase.Of("hint.RUB003.changes"));
                }

                if (version is not null)
                {
                    result.Add(new RubricChange(version, changes));
                }
            }

            if (result.Count > 0 && current is not null && result.All(c => c.Version != current))
            {
                w.Warning("015", Phrase.Of("diag.RUB015", current), metadata.Get("changelog")!, Phrase.Of("hint.RUB015", current));
            }

            return result;
        }

        private Dictionary<string, Scale> ReadScales(MappingNode spec)
        {
            var result = new Dictionary<string, Scale>(StringComparer.Ordinal);
            foreach (var item in w.List(spec, "scales", WhatSpec, required: true))
            {
                var map = w.Map(item, WhatAScale, "id", "type", "polarity", "name", "levels", "min", "max");
                if (map is null)
                {
                    continue;
                }

                var id = w.Id(map, "id", WhatAScale);
                var what = Phrase.Of("what.scale", id);
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
                        w.Error("009", Phrase.Of("diag.RUB009.no-levels", what), emptyNode);
                    }

                    foreach (var levelNode in levelNodes)
                    {
                        var level = w.Map(levelNode, Phrase.Of("what.a-level-of", what), "id", "value", "label", "descriptor");
                        if (level is null)
                        {
                            continue;
                        }

                        var levelId = w.Id(level, "id", Phrase.Of("what.a-level-of", what));
                        var levelWhat = Phrase.Of("what.level-of", levelId, what);
                        var value = w.Number(level, "value", levelWhat, required: true);
                        if (levelId is not null && !levelIds.Add(levelId))
                        {
                            w.Error("005", Phrase.Of("diag.RUB005.level", what, levelId), level.Get("id")!);
                        }

                        if (value is { } v)
                        {
                            if (v < 0 || v > 100)
                            {
                                w.Error("009", Phrase.Of("diag.RUB009.value-outside", levelWhat, Format(v)), level.Get("value")!);
                            }
                            else if (previous is { } p && v < p)
                            {
                                // Equal values are allowed: several codes of a published index may be recoded to one value.
                                w.Error("009", Phrase.Of("diag.RUB009.value-below", levelWhat, Format(v), Format(p)), level.Get("value")!, Phrase.Of("hint.RUB009.value-order"));
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
                        w.Error("009", Phrase.Of("diag.RUB009.ordinal-range", what), map.Get("min") ?? map.Get("max")!, Phrase.Of("hint.RUB009.ordinal-range"));
                    }
                }
                else
                {
                    min = w.Number(map, "min", what, required: true) ?? 0;
                    max = w.Number(map, "max", what, required: true) ?? 1;
                    if (min >= max)
                    {
                        w.Error("009", Phrase.Of("diag.RUB009.min-max", what, Format(min), Format(max)), map);
                    }

                    if (map.Has("levels"))
                    {
                        w.Error("009", Phrase.Of("diag.RUB009.continuous-levels", what), map.Get("levels")!, Phrase.Of("hint.RUB009.continuous-levels"));
                    }
                }

                if (id is null)
                {
                    continue;
                }

                if (result.ContainsKey(id))
                {
                    w.Error("005", Phrase.Of("diag.RUB005.scale", id), map.Get("id")!);
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
                    w.Error("003", Phrase.Of("diag.RUB003.facets"), spec);
                    return result;
                }

                var only = scales.Keys.First();
                result.Add(new Facet(Facet.Law, DefaultText("Ley", "Law"), LocalizedText.Empty, only));
                result.Add(new Facet(Facet.Practice, DefaultText("Práctica", "Practice"), LocalizedText.Empty, only));
                return result;
            }

            foreach (var item in w.List(spec, "facets", WhatSpec))
            {
                var map = w.Map(item, WhatAFacet, "id", "name", "description", "scale");
                if (map is null)
                {
                    continue;
                }

                var id = w.Id(map, "id", WhatAFacet);
                if (id is not null && id != Facet.Law && id != Facet.Practice)
                {
                    w.Error("004", Phrase.Of("diag.RUB004.facet", id), map.Get("id")!, DidYouMean.Hint(id, new[] { Facet.Law, Facet.Practice }));
                    continue;
                }

                var what = Phrase.Of("what.facet", id);
                var scale = ScaleRef(map, what, required: true);
                var name = w.Text(map, "name", what, true);
                var description = w.Text(map, "description", what, false);
                if (id is null || scale is null)
                {
                    continue;
                }

                if (result.Any(f => f.Id == id))
                {
                    w.Error("005", Phrase.Of("diag.RUB005.facet", id), map.Get("id")!);
                    continue;
                }

                result.Add(new Facet(id, name, description, scale));
            }

            if (result.Count == 0 && !w.HasErrors)
            {
                w.Error("003", Phrase.Of("diag.RUB003.no-facets"), node, Phrase.Of("hint.RUB003.no-facets"));
            }

            // Law first, then practice, whatever the document's order: this order is part of the canonical form.
            return result.OrderBy(f => f.Id == Facet.Law ? 0 : 1).ToList();
        }

        private LocalizedText DefaultText(string es, string en) =>
            new(w.Languages.Select(l => new KeyValuePair<string, string>(l, l == "es" ? es : en)));

        private string? ScaleRef(MappingNode map, Phrase what, bool required)
        {
            var id = w.String(map, "scale", what, required);
            if (id is not null && !scales.ContainsKey(id))
            {
                w.Error("008", Phrase.Of("diag.RUB008.scale", id, what), map.Get("scale")!, DidYouMean.Hint(id, scales.Keys.ToList()));
                return null;
            }

            return id;
        }

        private List<MigrantGroup> ReadGroups(MappingNode spec)
        {
            var result = new List<MigrantGroup>();
            var list = w.List(spec, "groups", WhatSpec, required: true);
            foreach (var item in list)
            {
                var map = w.Map(item, WhatAGroup, "id", "name", "weight");
                if (map is null)
                {
                    continue;
                }

                var id = w.Id(map, "id", WhatAGroup);
                var what = Phrase.Of("what.group", id);
                var name = w.Text(map, "name", what, true);
                var weight = Weight(map, what);
                if (id is null)
                {
                    continue;
                }

                if (!groupIds.Add(id))
                {
                    w.Error("005", Phrase.Of("diag.RUB005.group", id), map.Get("id")!);
                    continue;
                }

                allGroups.Add(id);
                result.Add(new MigrantGroup(id, name, weight));
            }

            if (result.Count > 0 && result.Sum(g => g.Weight) <= 0)
            {
                w.Error("006", Phrase.Of("diag.RUB006.groups"), spec.Get("groups")!, Phrase.Of("hint.RUB006.groups"));
            }

            return result;
        }

        private GapThresholds ReadThresholds(MappingNode spec)
        {
            var map = w.Map(spec.Get("thresholds"), WhatThresholds, "gap", "high");
            if (map is null)
            {
                return new GapThresholds();
            }

            var gap = w.Number(map, "gap", WhatThresholds) ?? 25;
            var high = w.Number(map, "high", WhatThresholds) ?? 50;
            if (gap <= 0 || gap > 100)
            {
                w.Error("004", Phrase.Of("diag.RUB004.gap", Format(gap)), map.Get("gap")!);
            }

            if (high < 0 || high > 100)
            {
                w.Error("004", Phrase.Of("diag.RUB004.high", Format(high)), map.Get("high")!);
            }

            return new GapThresholds(gap, high);
        }

        private List<Reference> ReadReferences(MappingNode spec)
        {
            var result = new List<Reference>();
            foreach (var item in w.List(spec, "references", WhatSpec))
            {
                var map = w.Map(item, WhatAReference, "id", "title", "kind", "url");
                if (map is null)
                {
                    continue;
                }

                var id = w.Id(map, "id", WhatAReference);
                var what = Phrase.Of("what.reference", id);
                var title = w.String(map, "title", what, true);
                var kind = w.String(map, "kind", what, false) ?? "other";
                if (kind is not ("seed" or "instrument" or "other"))
                {
                    w.Error("004", Phrase.Of("diag.RUB004.reference-kind", kind), map.Get("kind")!, DidYouMean.Hint(kind, new[] { "seed", "instrument", "other" }));
                }

                var url = w.String(map, "url", what, false);
                if (id is null || title is null)
                {
                    continue;
                }

                if (result.Any(r => r.Id == id))
                {
                    w.Error("005", Phrase.Of("diag.RUB005.reference", id), map.Get("id")!);
                    continue;
                }

                result.Add(new Reference(id, title, kind, url));
            }

            return result;
        }

        private List<RubricNode> ReadChildren(MappingNode map, Phrase what, double minCoverage, bool requireSome)
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
                w.Error(ReferenceEquals(what, WhatSpec) ? "003" : "013", Phrase.Of("diag.RUB013", what), map);
            }

            if (children.Count > 0 && children.Sum(c => c.Weight) <= 0)
            {
                w.Error("006", Phrase.Of("diag.RUB006.children", what), map, Phrase.Of("hint.RUB006.children"));
            }

            return children;
        }

        private Dimension? ReadDimension(DocumentNode node, double inheritedCoverage)
        {
            var map = w.Map(node, WhatADimension, "id", "name", "description", "weight", "aggregation", "minCoverage", "dimensions", "indicators");
            if (map is null)
            {
                return null;
            }

            var id = UniqueId(map, WhatADimension);
            var what = Phrase.Of("what.dimension", id);
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
            var map = w.Map(node, WhatAnIndicator, "id", "name", "weight", "scope", "groups", "facets", "evidence", "references");
            if (map is null)
            {
                return null;
            }

            var id = UniqueId(map, WhatAnIndicator);
            var what = Phrase.Of("what.indicator", id);
            var name = w.Text(map, "name", what, true);
            var weight = Weight(map, what);
            var scope = Scope(map, what);
            var groups = new List<string>();
            if (map.Has("groups"))
            {
                foreach (var item in w.List(map, "groups", what))
                {
                    var group = w.String(item, Phrase.Of("what.a-group-of", what));
                    if (group is null)
                    {
                        continue;
                    }

                    if (!groupIds.Contains(group))
                    {
                        w.Error("008", Phrase.Of("diag.RUB008.group", group, what), item, DidYouMean.Hint(group, allGroups));
                    }
                    else if (groups.Contains(group))
                    {
                        w.Error("005", Phrase.Of("diag.RUB005.group-in", group, what), item);
                    }
                    else
                    {
                        groups.Add(group);
                    }
                }

                if (groups.Count == 0 && !w.HasErrors)
                {
                    w.Error("004", Phrase.Of("diag.RUB004.no-group", what), map.Get("groups")!, Phrase.Of("hint.RUB004.no-group"));
                }

                // Keep the rubric's group order, whatever the document's order.
                groups = allGroups.Where(groups.Contains).ToList();
            }
            else
            {
                groups.AddRange(allGroups);
            }

            var indicatorFacets = new List<IndicatorFacet>();
            var facetsMap = w.Map(w.Required(map, "facets", what), Phrase.Of("what.facets-of", what), facets.Select(f => f.Id).ToArray());
            if (facetsMap is not null)
            {
                // An indicator rates one facet of the rubric or several: integrity-style indices ask some questions in law
                // only and others in practice only (docs/methodology.md, section 3).
                var rated = 0;
                foreach (var facet in facets)
                {
                    var facetNode = facetsMap.Get(facet.Id);
                    if (facetNode is null)
                    {
                        continue;
                    }

                    rated++;
                    if (ReadIndicatorFacet(facetNode, facet, what) is { } indicatorFacet)
                    {
                        indicatorFacets.Add(indicatorFacet);
                    }
                }

                if (rated == 0)
                {
                    w.Error("011", Phrase.Of("diag.RUB011.no-facet", what), facetsMap, Phrase.Of("hint.RUB011.no-facet", string.Join(" | ", facets.Select(f => "facets." + f.Id))));
                }
            }

            var evidence = w.Text(map, "evidence", what, false);
            var references = new List<string>();
            foreach (var item in w.List(map, "references", what))
            {
                if (w.String(item, Phrase.Of("what.a-reference-of", what)) is { } reference)
                {
                    referenceUses.Add((reference, item));
                    references.Add(reference);
                }
            }

            return id is null ? null : new Indicator(id, name, weight, groups, indicatorFacets, evidence, references) { Scope = scope };
        }

        private IndicatorScope Scope(MappingNode map, Phrase what)
        {
            if (map.Get("scope") is not { } node || w.String(node, Phrase.Of("what.key-of", "scope", what)) is not { } text)
            {
                return IndicatorScope.Group;
            }

            if (ScopeNames.TryGetValue(text, out var scope))
            {
                return scope;
            }

            var close = DidYouMean.Find(text, ScopeNames.Keys);
            w.Error("014", Phrase.Of("diag.RUB014", text, what), node, close is not null
                ? Phrase.Of("hint.did-you-mean", close)
                : Phrase.Of("hint.RUB014"));
            return IndicatorScope.Group;
        }

        private IndicatorFacet? ReadIndicatorFacet(DocumentNode node, Facet facet, Phrase indicator)
        {
            var what = Phrase.Of("what.facet-of", facet.Id, indicator);
            var map = w.Map(node, what, "question", "scale", "levels");
            if (map is null)
            {
                return null;
            }

            if (!map.Has("question"))
            {
                w.Error("011", Phrase.Of("diag.RUB011.question", what), map, Phrase.Of("hint.RUB011.question", string.Join(", ", w.Languages.Select(l => l + ": \"...\""))));
            }

            var question = w.Text(map, "question", what, false);
            var scaleId = map.Has("scale") ? ScaleRef(map, what, required: false) : facet.ScaleId;
            var descriptors = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
            if (scaleId is null || !scales.TryGetValue(scaleId, out var scale))
            {
                return null;
            }

            var levels = w.Map(map.Get("levels"), Phrase.Of("what.levels-of", what));
            if (levels is not null)
            {
                foreach (var entry in levels.Entries)
                {
                    if (scale.FindLevel(entry.Key) is null)
                    {
                        w.Error("008", Phrase.Of("diag.not-a-level", entry.Key, scale.Id), entry.KeyNode, DidYouMean.Hint(entry.Key, scale.Levels.Select(l => l.Id).ToList()));
                        continue;
                    }

                    descriptors[entry.Key] = w.Text(entry.Value, Phrase.Of("what.level-of", entry.Key, what));
                }
            }

            var missing = scale.Levels.Where(l => !descriptors.ContainsKey(l.Id)).Select(l => l.Id).ToList();
            if (missing.Count > 0)
            {
                w.Error("011", Phrase.Of(missing.Count > 1 ? "diag.RUB011.descriptors" : "diag.RUB011.descriptor", what, string.Join("', '", missing), scale.Id), (DocumentNode?)levels ?? map, Phrase.Of("hint.RUB011.descriptor"));
            }

            // Descriptors are kept in the scale's level order.
            var ordered = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
            foreach (var level in scale.Levels.Where(l => descriptors.ContainsKey(l.Id)))
            {
                ordered[level.Id] = descriptors[level.Id];
            }

            return new IndicatorFacet(facet.Id, question, scaleId, ordered);
        }

        private string? UniqueId(MappingNode map, Phrase what)
        {
            var id = w.Id(map, "id", what);
            if (id is null)
            {
                return null;
            }

            var node = map.Get("id")!;
            if (nodeIds.TryGetValue(id, out var first))
            {
                w.Error("005", Phrase.Of("diag.RUB005.id", id, first.Line), node, Phrase.Of("hint.RUB005.id"));
                return null;
            }

            nodeIds.Add(id, node);
            return id;
        }

        private double Weight(MappingNode map, Phrase what)
        {
            var weight = w.Number(map, "weight", what);
            if (weight is < 0)
            {
                w.Error("006", Phrase.Of("diag.RUB006.negative", what, Format(weight.Value)), map.Get("weight")!, Phrase.Of("hint.RUB006.negative"));
                return 0;
            }

            return weight ?? 1;
        }

        private double? Coverage(MappingNode map, Phrase what)
        {
            var value = w.Number(map, "minCoverage", what);
            if (value is < 0 or > 1)
            {
                w.Error("004", Phrase.Of("diag.RUB004.min-coverage", what, Format(value.Value)), map.Get("minCoverage")!, Phrase.Of("hint.RUB004.min-coverage"));
                return null;
            }

            return value;
        }

        private static string Format(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
    }
}
