using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
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

    public static string RuleName(ProvenanceRule rule) => RuleNames.First(p => p.Value == rule).Key;

    public static Reconciliation? Read(DocumentWalker walker, MappingNode assessment)
    {
        var map = walker.Map(assessment.Get("reconciliation"), "'reconciliation'", "reconciledAt", "rules", "decisionsFile", "sources");
        if (map is null)
        {
            return null;
        }

        var sources = new List<ReconciledSource>();
        foreach (var item in walker.List(map, "sources", "'reconciliation'", required: true))
        {
            var source = walker.Map(item, "a source of the reconciliation", "id", "path", "sha256", "assessors");
            if (source is null)
            {
                continue;
            }

            var id = walker.String(source, "id", "a source of the reconciliation", true);
            var assessors = new List<Assessor>();
            foreach (var person in walker.List(source, "assessors", "a source of the reconciliation"))
            {
                var a = walker.Map(person, "an assessor", "name", "organization", "role");
                if (a is not null && walker.String(a, "name", "an assessor", true) is { } name)
                {
                    assessors.Add(new Assessor(name, walker.String(a, "organization", "an assessor", false), walker.Enum(a, "role", "an assessor", RoleNames) ?? AssessorRole.Independent));
                }
            }

            if (id is not null)
            {
                if (sources.Any(s => s.Id == id))
                {
                    walker.Error("040", $"source '{id}' is listed twice in the reconciliation", source.Get("id")!, "give each source its own id");
                }

                sources.Add(new ReconciledSource(id, assessors)
                {
                    Path = walker.String(source, "path", "a source of the reconciliation", false),
                    Sha256 = walker.String(source, "sha256", "a source of the reconciliation", false),
                });
            }
        }

        var rules = new List<ReconciliationRule>();
        foreach (var item in walker.List(map, "rules", "'reconciliation'"))
        {
            var text = walker.String(item, "a rule of the reconciliation");
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
                walker.Error("004", $"'{text}' is not a reconciliation rule", item, "use " + ReconciliationRules.Forms);
            }
        }

        DateTimeOffset? at = null;
        if (walker.String(map, "reconciledAt", "'reconciliation'", false) is { } time)
        {
            if (DateTimeOffset.TryParse(time, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
            {
                at = parsed;
            }
            else
            {
                walker.Error("004", $"'{time}' is not a date and time", map.Get("reconciledAt")!, "write it as 2026-05-04T10:30:00Z");
            }
        }

        return new Reconciliation(sources, rules) { ReconciledAt = at, DecisionsFile = walker.String(map, "decisionsFile", "'reconciliation'", false) };
    }

    public static AnswerProvenance? ReadProvenance(DocumentWalker walker, MappingNode response)
    {
        var map = walker.Map(response.Get("provenance"), "'provenance' of a response", "from", "rule", "note");
        if (map is null)
        {
            return null;
        }

        var rule = walker.Enum(map, "rule", "'provenance' of a response", RuleNames);
        if (rule is null)
        {
            walker.Required(map, "rule", "'provenance' of a response");
            return null;
        }

        return new AnswerProvenance(walker.StringList(map, "from", "'provenance' of a response"), rule.Value) { Note = walker.String(map, "note", "'provenance' of a response", false) };
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
                walker.Error("041", "a response has a provenance, but the assessment has no 'reconciliation'", where, "add the reconciliation record, or remove the provenance");
                return;
            }

            foreach (var id in provenance.From.Where(f => !ids.Contains(f)))
            {
                walker.Error("042", $"the provenance cites '{id}', which is not a source of the reconciliation", where, Diagnostics.DidYouMean.Hint(id, ids.ToList()));
            }
        }
    }

    public static void Write(Utf8JsonWriter json, Reconciliation reconciliation)
    {
        json.WriteStartObject("reconciliation");
        if (reconciliation.ReconciledAt is { } at)
        {
            json.WriteString("reconciledAt", at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
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
