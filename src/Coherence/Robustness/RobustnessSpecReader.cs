using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Model;
using Coherence.Serialization;

namespace Coherence.Robustness;

/// <summary>Reads a robustness specification (<c>kind: Robustness</c>) and checks it against the rubric: every alternative it lists is applied, or refused with a located message.</summary>
internal static class RobustnessSpecReader
{
    /// <summary>The only supported <c>apiVersion</c>.</summary>
    public const string ApiVersion = "coherence/v1";

    private static readonly Phrase WhatSpecFile = Phrase.Of("what.robustness");
    private static readonly Phrase WhatSpec = Phrase.Of("what.spec");
    private static readonly Phrase WhatWeights = Phrase.Of("what.robustness-weights");
    private static readonly Phrase WhatAggregation = Phrase.Of("what.robustness-aggregation");
    private static readonly Phrase WhatThresholds = Phrase.Of("what.thresholds");
    private static readonly Phrase WhatMinCoverage = Phrase.Of("what.robustness-min-coverage");
    private static readonly Phrase WhatLevels = Phrase.Of("what.robustness-levels");

    private static readonly Dictionary<string, RankMeasure> Measures = new(StringComparer.Ordinal)
    {
        ["level"] = RankMeasure.Level,
        ["law"] = RankMeasure.Law,
        ["practice"] = RankMeasure.Practice,
    };

    /// <summary>Reads a specification for a model.</summary>
    /// <param name="utf8">The file's bytes.</param>
    /// <param name="file">The file's path, for locations.</param>
    /// <param name="model">The rubric (with its variants) and assessments the draws will score.</param>
    /// <returns>The plan, or the diagnostics that refuse it.</returns>
    public static Result<RobustnessPlan> Read(byte[] utf8, string? file, RobustnessModel model)
    {
        DocumentNode? root;
        try
        {
            root = DocumentText.Parse(utf8, file);
        }
        catch (DocumentParseException e)
        {
            return Result<RobustnessPlan>.Failure(Diagnostic.Error("ROB001", Phrase.Of("diag.RUB001", e.Reason), new SourceLocation(file, e.Line, e.Column)));
        }

        if (root is null)
        {
            return Result<RobustnessPlan>.Failure(Diagnostic.Error("ROB003", Phrase.Of("diag.empty-file"), new SourceLocation(file), Phrase.Of("hint.ROB003", ApiVersion)));
        }

        var w = new DocumentWalker(file, "ROB");
        var plan = Build(w, root, model);
        return w.HasErrors || plan is null ? new Result<RobustnessPlan>(null, w.Diagnostics) : new Result<RobustnessPlan>(plan, w.Diagnostics);
    }

    /// <summary>Reads a specification given as text.</summary>
    public static Result<RobustnessPlan> Read(string text, string? file, RobustnessModel model) =>
        Read(Encoding.UTF8.GetBytes(text), file, model);

    private static RobustnessPlan? Build(DocumentWalker w, DocumentNode document, RobustnessModel model)
    {
        var top = w.Map(document, WhatSpecFile, "$schema", "apiVersion", "kind", "spec");
        if (top is null)
        {
            return null;
        }

        var apiVersion = w.String(top, "apiVersion", WhatSpecFile, true);
        if (apiVersion is not null && apiVersion != ApiVersion)
        {
            w.Error("010", Phrase.Of("doc.bad-api-version", apiVersion), top.Get("apiVersion")!, Phrase.Of("hint.reads-api-version", ApiVersion));
        }

        var kind = w.String(top, "kind", WhatSpecFile, true);
        if (kind is not null && kind != "Robustness")
        {
            w.Error("010", Phrase.Of("doc.bad-kind", kind, "Robustness"), top.Get("kind")!);
        }

        var spec = w.Map(w.Required(top, "spec", WhatSpecFile), WhatSpec, "rank", "bootstrap", "confidence", "weights", "aggregation", "thresholds", "minCoverage", "levels", "leaveOneOut", "variants");
        if (spec is null)
        {
            return null;
        }

        if (!model.Rubric.HasGap)
        {
            w.Error("020", Phrase.Of("diag.ROB020", model.Rubric.Id), spec, Phrase.Of("hint.ROB020"));
            return null;
        }

        var measure = w.Enum(spec, "rank", WhatSpec, Measures) ?? RankMeasure.Level;
        var bootstrap = 100;
        if (w.Number(spec, "bootstrap", WhatSpec) is { } b)
        {
            if (b < 0 || b > 10000 || b != Math.Floor(b))
            {
                w.Error("012", Phrase.Of("diag.ROB012.count", "bootstrap", 0, 10000), spec.Get("bootstrap")!);
            }
            else
            {
                bootstrap = (int)b;
            }
        }

        var confidence = 0.95;
        if (w.Number(spec, "confidence", WhatSpec) is { } c)
        {
            if (!(c > 0 && c < 1))
            {
                w.Error("012", Phrase.Of("diag.ROB012.open", "confidence", 0, 1), spec.Get("confidence")!);
            }
            else
            {
                confidence = c;
            }
        }

        // The variant goes first in every draw: the other inputs vary around the method it picks.
        var factors = new List<UncertainFactor>();
        ReadVariants(w, spec, model, factors);
        ReadWeights(w, spec, model, factors);
        ReadAggregation(w, spec, model, factors);
        ReadThresholds(w, spec, model, factors);
        ReadMinCoverage(w, spec, model, factors);
        ReadLevels(w, spec, model, factors);
        ReadLeaveOneOut(w, spec, model, factors);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var factor in factors)
        {
            if (!seen.Add(factor.Id))
            {
                w.Error("019", Phrase.Of("diag.ROB019", factor.Id), spec, Phrase.Of("hint.keep-one"));
            }
        }

        return new RobustnessPlan(factors, measure, bootstrap, confidence);
    }

    private static void ReadWeights(DocumentWalker w, MappingNode spec, RobustnessModel model, List<UncertainFactor> factors)
    {
        foreach (var item in w.List(spec, "weights", WhatSpec))
        {
            var entry = w.Map(item, WhatWeights, "node", "perturbation", "dirichlet");
            if (entry is null)
            {
                continue;
            }

            var d = Node(w, entry, model);
            var perturbation = w.Number(entry, "perturbation", WhatWeights);
            var dirichlet = w.Number(entry, "dirichlet", WhatWeights);
            if ((perturbation is null) == (dirichlet is null))
            {
                w.Error("014", Phrase.Of("diag.ROB014"), entry, Phrase.Of("hint.ROB014"));
                continue;
            }

            if (perturbation is { } x && !(x > 0 && x < 1))
            {
                w.Error("013", Phrase.Of("diag.ROB013.perturbation", x), entry.Get("perturbation")!, Phrase.Of("hint.ROB013.perturbation"));
                continue;
            }

            if (dirichlet is { } alpha && !(alpha > 0 && alpha <= 1e6))
            {
                w.Error("013", Phrase.Of("diag.ROB013.dirichlet", alpha), entry.Get("dirichlet")!, Phrase.Of("hint.ROB013.dirichlet"));
                continue;
            }

            if (d < 0)
            {
                continue;
            }

            var start = model.ChildStart(d);
            var nominal = new double[model.ChildEnd(d) - start];
            Array.Copy(model.NominalWeights, start, nominal, 0, nominal.Length);
            if (nominal.Count(v => v > 0) < 2)
            {
                // Weights of a single child renormalise to the same mean: the alternative would change nothing.
                w.Error("015", Phrase.Of("diag.ROB015.weights", model.DimensionNodes[d].Id), entry.Get("node")!, Phrase.Of("hint.ROB015.weights"));
                continue;
            }

            factors.Add(new WeightsFactor(model.DimensionNodes[d].Id, start, nominal.Length, dirichlet is not null, perturbation ?? dirichlet!.Value) { FirstAffected = d, Targets = new[] { d } });
        }
    }

    private static void ReadAggregation(DocumentWalker w, MappingNode spec, RobustnessModel model, List<UncertainFactor> factors)
    {
        var names = new Dictionary<string, bool>(StringComparer.Ordinal) { ["arithmetic"] = false, ["geometric"] = true };
        foreach (var item in w.List(spec, "aggregation", WhatSpec))
        {
            var entry = w.Map(item, WhatAggregation, "level", "methods");
            if (entry is null)
            {
                continue;
            }

            var levelNode = w.Required(entry, "level", WhatAggregation);
            var level = w.Number(entry, "level", WhatAggregation);
            var methodsNode = entry.Get("methods");
            var methods = new List<string>();
            foreach (var methodNode in w.List(entry, "methods", WhatAggregation, required: true))
            {
                var text = w.String(methodNode, Phrase.Of("what.item-of", DocumentWalker.KeyOf("methods", WhatAggregation)));
                if (text is null)
                {
                    continue;
                }

                if (!names.ContainsKey(text))
                {
                    w.Error("004", Phrase.Of("doc.bad-choice", text, "methods", WhatAggregation), methodNode, DidYouMean.Hint(text, names.Keys.ToList()));
                    continue;
                }

                if (methods.Contains(text))
                {
                    w.Error("005", Phrase.Of("diag.ROB016.twice", text), methodNode, Phrase.Of("hint.keep-one"));
                    continue;
                }

                methods.Add(text);
            }

            if (levelNode is null || level is null)
            {
                continue;
            }

            var depth = (int)level.Value;
            var at = Enumerable.Range(0, model.Dimensions).Where(d => model.Depth[d] == depth && model.ChildEnd(d) - model.ChildStart(d) > 0).ToArray();
            if (level.Value != depth || at.Length == 0)
            {
                var deepest = model.Depth.Max();
                w.Error("016", Phrase.Of("diag.ROB016.level", level.Value, deepest), levelNode, Phrase.Of("hint.ROB016.level"));
                continue;
            }

            if (methods.Count < 2 && methodsNode is not null)
            {
                w.Error("016", Phrase.Of("diag.ROB016.methods"), methodsNode, Phrase.Of("hint.ROB016.methods"));
                continue;
            }

            if (methods.Count < 2)
            {
                continue;
            }

            var geometric = methods.Select(m => names[m]).ToArray();
            factors.Add(new ChoiceFactor(
                "aggregation:level-" + depth.ToString(CultureInfo.InvariantCulture),
                FactorKind.Aggregation,
                methods.ToArray(),
                (choice, state) =>
                {
                    foreach (var d in at)
                    {
                        state.Geometric[d] = geometric[choice];
                    }
                })
            { FirstAffected = at.Min(), Targets = at });
        }
    }

    private static void ReadThresholds(DocumentWalker w, MappingNode spec, RobustnessModel model, List<UncertainFactor> factors)
    {
        var thresholds = w.Map(spec.Get("thresholds"), WhatThresholds, "gap", "high");
        if (thresholds is null)
        {
            return;
        }

        if (Range(w, thresholds, "gap", 0, 100) is { } gap)
        {
            factors.Add(new RangeFactor("thresholds:gap", FactorKind.GapThreshold, gap.Min, gap.Max, (value, state) => state.Gap = value) { FirstAffected = model.Dimensions, Targets = Array.Empty<int>() });
        }

        if (Range(w, thresholds, "high", 0, 100) is { } high)
        {
            factors.Add(new RangeFactor("thresholds:high", FactorKind.HighThreshold, high.Min, high.Max, (value, state) => state.High = value) { FirstAffected = model.Dimensions, Targets = Array.Empty<int>() });
        }
    }

    private static void ReadMinCoverage(DocumentWalker w, MappingNode spec, RobustnessModel model, List<UncertainFactor> factors)
    {
        foreach (var item in w.List(spec, "minCoverage", WhatSpec))
        {
            var entry = w.Map(item, WhatMinCoverage, "node", "range");
            if (entry is null)
            {
                continue;
            }

            var nodeText = w.String(entry, "node", WhatMinCoverage, false) ?? "*";
            int[] nodes;
            if (nodeText == "*")
            {
                nodes = Enumerable.Range(0, model.Dimensions).ToArray();
            }
            else
            {
                var d = Node(w, entry, model);
                if (d < 0)
                {
                    continue;
                }

                nodes = new[] { d };
            }

            if (Range(w, entry, "range", 0, 1) is { } range)
            {
                factors.Add(new RangeFactor("minCoverage:" + nodeText, FactorKind.MinCoverage, range.Min, range.Max, (value, state) =>
                {
                    foreach (var d in nodes)
                    {
                        state.MinCoverage[d] = value;
                    }
                })
                { FirstAffected = nodes.Min(), Targets = nodes });
            }
        }
    }

    private static void ReadLevels(DocumentWalker w, MappingNode spec, RobustnessModel model, List<UncertainFactor> factors)
    {
        foreach (var item in w.List(spec, "levels", WhatSpec))
        {
            var entry = w.Map(item, WhatLevels, "scale", "sets");
            if (entry is null)
            {
                continue;
            }

            var scaleId = w.String(entry, "scale", WhatLevels, true);
            var sets = w.List(entry, "sets", WhatLevels, required: true);
            if (scaleId is null)
            {
                continue;
            }

            var scale = model.Rubric.FindScale(scaleId);
            if (scale is null || scale.Kind != ScaleKind.Ordinal)
            {
                var ordinal = model.Rubric.Scales.Where(s => s.Kind == ScaleKind.Ordinal).Select(s => s.Id).ToList();
                w.Error("017", Phrase.Of(scale is null ? "diag.ROB017.scale" : "diag.ROB017.continuous", scaleId), entry.Get("scale")!, DidYouMean.Hint(scaleId, ordinal));
                continue;
            }

            // The rubric's own values are always the first alternative.
            var alternatives = new List<double[]> { scale.Levels.Select(l => l.Value).ToArray() };
            var names = new List<string> { "rubric" };
            foreach (var setNode in sets)
            {
                var set = w.Map(setNode, Phrase.Of("what.robustness-level-set", scaleId));
                if (set is null)
                {
                    continue;
                }

                var values = new double[scale.Levels.Count];
                var ok = true;
                foreach (var entryOfSet in set.Entries)
                {
                    if (scale.FindLevel(entryOfSet.Key) is null)
                    {
                        w.Error("017", Phrase.Of("diag.ROB017.level", entryOfSet.Key, scaleId), entryOfSet.KeyNode, DidYouMean.Hint(entryOfSet.Key, scale.Levels.Select(l => l.Id).ToList()));
                        ok = false;
                    }
                }

                for (var l = 0; l < scale.Levels.Count; l++)
                {
                    var level = scale.Levels[l];
                    if (!set.Has(level.Id))
                    {
                        w.Error("017", Phrase.Of("diag.ROB017.missing", level.Id, scaleId), set, Phrase.Of("hint.ROB017.missing"));
                        ok = false;
                        continue;
                    }

                    var value = w.Number(set, level.Id, Phrase.Of("what.robustness-level-set", scaleId));
                    if (value is null)
                    {
                        ok = false;
                        continue;
                    }

                    if (value < 0 || value > 100 || (l > 0 && value < values[l - 1]))
                    {
                        w.Error("017", Phrase.Of("diag.ROB017.value", level.Id, value.Value), set.Get(level.Id)!, Phrase.Of("hint.ROB017.value"));
                        ok = false;
                        continue;
                    }

                    values[l] = value.Value;
                }

                if (!ok)
                {
                    continue;
                }

                if (alternatives.Any(a => a.SequenceEqual(values)))
                {
                    w.Error("018", Phrase.Of("diag.ROB018.same-set", scaleId), set, Phrase.Of("hint.ROB018.same-set"));
                    continue;
                }

                alternatives.Add(values);
                names.Add("set-" + alternatives.Count.ToString(CultureInfo.InvariantCulture));
            }

            if (alternatives.Count < 2)
            {
                if (sets.Count == 0)
                {
                    w.Error("018", Phrase.Of("diag.ROB018.no-set", scaleId), entry, Phrase.Of("hint.ROB018.no-set"));
                }

                continue;
            }

            var offset = model.LevelOffsets[scale.Id];
            var raw = alternatives.ToArray();
            var normalised = raw.Select(set => set.Select(scale.Normalize).ToArray()).ToArray();
            factors.Add(new ChoiceFactor("levels:" + scale.Id, FactorKind.LevelValues, names.ToArray(), (choice, state) =>
            {
                Array.Copy(raw[choice], 0, state.LevelRaw, offset, raw[choice].Length);
                Array.Copy(normalised[choice], 0, state.LevelValues, offset, normalised[choice].Length);
            }));
        }
    }

    private static void ReadLeaveOneOut(DocumentWalker w, MappingNode spec, RobustnessModel model, List<UncertainFactor> factors)
    {
        if (w.Boolean(spec, "leaveOneOut", WhatSpec) != true)
        {
            return;
        }

        if (model.TopSlots.Length < 2)
        {
            w.Error("015", Phrase.Of("diag.ROB015.leave-out", model.TopSlots.Length), spec.Get("leaveOneOut")!, Phrase.Of("hint.ROB015.leave-out"));
            return;
        }

        var slots = model.TopSlots;
        var names = new[] { "none" }.Concat(slots.Select(model.NodeIdAt)).ToArray();
        factors.Add(new ChoiceFactor("leaveOneOut", FactorKind.LeaveOneOut, names, (choice, state) => state.LeftOut = choice == 0 ? -1 : slots[choice - 1]) { FirstAffected = model.Root, Targets = new[] { model.Root } });
    }

    private static void ReadVariants(DocumentWalker w, MappingNode spec, RobustnessModel model, List<UncertainFactor> factors)
    {
        var node = spec.Get("variants");
        if (node is null)
        {
            return;
        }

        var declared = model.Rubric.Variants;
        if (declared.Count == 0)
        {
            // Rubric variants are fixed alternatives of the whole method; a rubric that declares none has nothing to draw from.
            w.Error("021", Phrase.Of("diag.ROB021", model.Rubric.Id), node, Phrase.Of("hint.ROB021"));
            return;
        }

        // The rubric as written is always the first alternative, as the rubric's own values are for level sets.
        var names = new List<string> { "rubric" };
        var methods = new List<DrawMethod> { model.Nominal };
        var ok = true;
        foreach (var item in w.List(spec, "variants", WhatSpec))
        {
            var id = w.String(item, Phrase.Of("what.item-of", DocumentWalker.KeyOf("variants", WhatSpec)));
            if (id is null)
            {
                ok = false;
                continue;
            }

            var variant = declared.FirstOrDefault(v => string.Equals(v.Id, id, StringComparison.Ordinal));
            if (variant is null)
            {
                w.Error("021", Phrase.Of("diag.ROB021.unknown", id), item, DidYouMean.Hint(id, declared.Select(v => v.Id).ToList()));
                ok = false;
                continue;
            }

            if (names.Contains(id))
            {
                w.Error("040", Phrase.Of("diag.ROB040", id), item, Phrase.Of("hint.keep-one"));
                ok = false;
                continue;
            }

            DrawMethod method;
            try
            {
                method = model.MethodOf(variant.Choices.ApplyTo(model.Rubric, variant.Id));
            }
            catch (ArgumentException)
            {
                // The rubric reader refuses such variants first; a rubric built in code may still carry one.
                w.Error("041", Phrase.Of("diag.ROB041", id), item, Phrase.Of("hint.ROB041"));
                ok = false;
                continue;
            }

            var same = methods.FindIndex(m => m.SameAs(method));
            if (same >= 0)
            {
                // Drawing it would give the same draws as an alternative already listed: a silent double weight, not a choice.
                w.Error("042", Phrase.Of("diag.ROB042", id, names[same]), item, Phrase.Of("hint.ROB042"));
                ok = false;
                continue;
            }

            names.Add(id);
            methods.Add(method);
        }

        if (!ok)
        {
            return;
        }

        if (names.Count < 2)
        {
            w.Error("021", Phrase.Of("diag.ROB021.empty"), node, Phrase.Of("hint.ROB021.empty", string.Join(", ", declared.Select(v => v.Id))));
            return;
        }

        var table = methods.ToArray();
        factors.Add(new ChoiceFactor("variants", FactorKind.Variant, names.ToArray(), (choice, state) => table[choice].CopyTo(state)) { FirstAffected = 0 });
    }

    private static int Node(DocumentWalker w, MappingNode entry, RobustnessModel model)
    {
        var what = Phrase.Of("what.robustness-node");
        var id = w.String(entry, "node", what, true);
        if (id is null)
        {
            return -1;
        }

        var d = model.FindDimension(id);
        if (d < 0)
        {
            var ids = model.DimensionNodes.Select(n => n.Id).ToList();
            w.Error("011", Phrase.Of("diag.ROB011", id), entry.Get("node")!, DidYouMean.Hint(id, ids));
        }

        return d;
    }

    private static (double Min, double Max)? Range(DocumentWalker w, MappingNode map, string key, double lowest, double highest)
    {
        var node = map.Get(key);
        if (node is null)
        {
            return null;
        }

        if (node is not SequenceNode { Items.Count: 2 } sequence)
        {
            w.Error("012", Phrase.Of("diag.ROB012.range", key), node, Phrase.Of("hint.ROB012.range", lowest, highest));
            return null;
        }

        var bounds = new double[2];
        for (var i = 0; i < 2; i++)
        {
            if (sequence.Items[i] is not ScalarNode { Value: { } text, IsQuoted: false } ||
                !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out bounds[i]) || double.IsNaN(bounds[i]) || double.IsInfinity(bounds[i]))
            {
                w.Error("012", Phrase.Of("diag.ROB012.range", key), sequence.Items[i], Phrase.Of("hint.ROB012.range", lowest, highest));
                return null;
            }
        }

        if (bounds[0] < lowest || bounds[1] > highest || !(bounds[0] < bounds[1]))
        {
            w.Error("012", Phrase.Of("diag.ROB012.bounds", key, bounds[0], bounds[1]), node, Phrase.Of("hint.ROB012.range", lowest, highest));
            return null;
        }

        return (bounds[0], bounds[1]);
    }
}
