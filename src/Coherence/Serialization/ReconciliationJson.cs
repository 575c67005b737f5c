using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Coherence.Localization;
using Coherence.Model;

namespace Coherence.Serialization;

/// <summary>The parts of the assessment format that a consensus assessment adds: the <c>reconciliation</c> record and each response's <c>provenance</c>.</summary>
internal static class ReconciliationJson
{
    private static readonly Dictionary<string, ProvenanceRule> RuleNames = new(StringComparer.Ordinal)
    {
        ["agreed"] = ProvenanceRule.Agreed,
        ["only"] = ProvenanceRule.Only,
        ["role"] = ProvenanceRule.Role,
        ["median"] = ProvenanceRule.Median,
        ["within"] = ProvenanceRule.Within,
        ["decision"] = ProvenanceRule.Decision,
        ["unresolved"] = ProvenanceRule.Unresolved,
    };

    private static readonly Dictionary<string, AssessorRole> RoleNames = new(StringComparer.Ordinal)
    {
        ["government"] = AssessorRole.Government,
        ["civil-society"] = AssessorRole.CivilSociety,
        ["independent"] = AssessorRole.Independent,
    };

    private static readonly Phrase TheReconciliation = Phrase.Of("what.reconciliation");

    private static readonly Phrase ASource = Phrase.Of("what.a-reconciliation-source");

    private static readonly Phrase AnAssessor = Phrase.Of("what.an-assessor");

    private static readonly Phrase ARule = Phrase.Of("what.a-reconciliation-rule");

    private static readonly Phrase TheProvenance = Phrase.Of("what.provenance");

    public static string RuleName(ProvenanceRule rule) => RuleNames.First(p => p.Value == rule).Key;

    public static Reconciliation? Read(DocumentWalker walker, MappingNode assessment)
    {
        var map = walker.Map(assessment.Get("reconciliation"), TheReconciliation, "reconciledAt", "rules", "decisionsFile", "sources");
        if (map is null)
        {
            return null;
        }

        var sources = new List<ReconciledSource>();
        foreach (var item in walker.List(map, "sources", TheReconciliation, required: true))
        {
            var source = walker.Map(item, ASource, "id", "path", "sha256", "assessors");
            if (source is null)
            {
                continue;
            }

            var id = walker.String(source, "id", ASource, true);
            var assessors = new List<Assessor>();
            foreach (var person in walker.List(source, "assessors", ASource))
            {
                var a = walker.Map(person, AnAssessor, "name", "organization", "role");
                if (a is not null && walker.String(a, "name", AnAssessor, true) is { } name)
                {
                    assessors.Add(new Assessor(name, walker.String(a, "organization", AnAssessor, false), walker.Enum(a, "role", AnAssessor, RoleNames) ?? AssessorRole.Independent));
                }
            }

            if (id is not null)
            {
                if (sources.Any(s => s.Id == id))
                {
                    walker.Error("040", Phrase.Of("diag.ASM040", id), source.Get("id")!, Phrase.Of("hint.ASM040"));
                }

                sources.Add(new ReconciledSource(id, assessors)
                {
                    Path = walker.String(source, "path", ASource, false),
                    Sha256 = walker.String(source, "sha256", ASource, false),
                });
            }
        }

        var rules = new List<ReconciliationRule>();
        foreach (var item in walker.List(map, "rules", TheReconciliation))
        {
            var text = walker.String(item, ARule);
            if (text is null)
            {
                continue;
            }

            if (ReconciliationRules.TryParse(text, out var rule))
            {
                rules.Add(rule);
            }
            else
            {
                walker.Error("004", Phrase.Of("diag.ASM004.rule", text), item, Phrase.Of("hint.ASM004.rule", ReconciliationRules.Forms));
            }
        }

        DateTimeOffset? at = null;
        if (walker.String(map, "reconciledAt", TheReconciliation, false) is { } time)
        {
            if (DateTimeOffset.TryParse(time, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
            {
                at = parsed;
            }
            else
            {
                walker.Error("004", Phrase.Of("diag.ASM004.time", time), map.Get("reconciledAt")!, Phrase.Of("hint.ASM004.time"));
            }
        }

        return new Reconciliation(sources, rules) { ReconciledAt = at, DecisionsFile = walker.String(map, "decisionsFile", TheReconciliation, false) };
    }

    public static AnswerProvenance? ReadProvenance(DocumentWalker walker, MappingNode response)
    {
        var map = walker.Map(response.Get("provenance"), TheProvenance, "from", "rule", "note");
        if (map is null)
        {
            return null;
        }

        var rule = walker.Enum(map, "rule", TheProvenance, RuleNames);
        if (rule is null)
        {
            walker.Required(map, "rule", TheProvenance);
            return null;
        }

        return new AnswerProvenance(walker.StringList(map, "from", TheProvenance), rule.Value) { Note = walker.String(map, "note", TheProvenance, false) };
    }

    /// <summary>Checks that every provenance cites a source of the reconciliation, and that provenance appears only in a consensus.</summary>
    public static void Check(DocumentWalker walker, Reconciliation? reconciliation, IReadOnlyList<Response> responses, IReadOnlyList<DocumentNode> nodes)
    {
        var ids = new HashSet<string>(reconciliation?.Sources.Select(s => s.Id) ?? Enumerable.Empty<string>(), StringComparer.Ordinal);
        for (var i = 0; i < responses.Count && i < nodes.Count; i++)
        {
            if (responses[i].Provenance is not { } provenance)
            {
                continue;
            }

            var where = (nodes[i] as MappingNode)?.Get("provenance") ?? nodes[i];
            if (reconciliation is null)
            {
                walker.Error("041", Phrase.Of("diag.ASM041"), where, Phrase.Of("hint.ASM041"));
                return;
            }

            foreach (var id in provenance.From.Where(f => !ids.Contains(f)))
            {
                walker.Error("042", Phrase.Of("diag.ASM042", id), where, Diagnostics.DidYouMean.Hint(id, ids.ToList()));
            }
        }
    }

    public static void Write(Utf8JsonWriter json, Reconciliation reconciliation)
    {
        json.WriteStartObject("reconciliation");
        if (reconciliation.ReconciledAt is { } at)
        {
            json.WriteString("reconciledAt", ResultDocument.Timestamp(at));
        }

        json.WriteStartArray("rules");
        foreach (var rule in reconciliation.Rules)
        {
            json.WriteStringValue(ReconciliationRules.Format(rule));
        }

        json.WriteEndArray();
        if (reconciliation.DecisionsFile is { } file)
        {
            json.WriteString("decisionsFile", file);
        }

        json.WriteStartArray("sources");
        foreach (var source in reconciliation.Sources)
        {
            json.WriteStartObject();
            json.WriteString("id", source.Id);
            if (source.Path is { } path)
            {
                json.WriteString("path", path);
            }

            if (source.Sha256 is { } sha)
            {
                json.WriteString("sha256", sha);
            }

            json.WriteStartArray("assessors");
            foreach (var assessor in source.Assessors)
            {
                json.WriteStartObject();
                json.WriteString("name", assessor.Name);
                if (assessor.Organization is { } organization)
                {
                    json.WriteString("organization", organization);
                }

                json.WriteString("role", RoleNames.First(p => p.Value == assessor.Role).Key);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static void WriteProvenance(Utf8JsonWriter json, AnswerProvenance provenance)
    {
        json.WriteStartObject("provenance");
        json.WriteStartArray("from");
        foreach (var id in provenance.From)
        {
            json.WriteStringValue(id);
        }

        json.WriteEndArray();
        json.WriteString("rule", RuleName(provenance.Rule));
        if (provenance.Note is { } note)
        {
            json.WriteString("note", note);
        }

        json.WriteEndObject();
    }
}
