using System;
using System.Collections.Generic;
using System.Linq;
using Coherence.Model;
using Coherence.Scoring;
using Coherence.Tests.Support;

namespace Coherence.Tests.Reports;

/// <summary>Assessments of fictitious countries on the small test rubric, scored, for report tests.</summary>
internal static class ReportSamples
{
    public static readonly DateTimeOffset Time = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public const string ScriptPayload = "<script>document.title='pwned'</script>";

    public const string ImagePayload = "<img src=x onerror=\"document.body.dataset.pwned=1\">";

    /// <summary>Three countries for 2026 and one for 2025: gaps both ways, unanswered cells, an unknown, a group not assessed.</summary>
    public static ScoreRun Run(Rubric? rubric = null, Func<Assessment, Assessment>? edit = null)
    {
        rubric ??= TestRubrics.Small();
        edit ??= a => a;
        var engine = new ScoringEngine(rubric);
        var assessments = new[] { Xma(rubric), Xmb(rubric), Xmc(rubric), Xma2025(rubric) }.Select(edit);
        var scores = assessments.Select(engine.Score)
            .OrderBy(s => s.Assessment.Country.Value, StringComparer.Ordinal)
            .ThenBy(s => s.Assessment.Period, StringComparer.Ordinal)
            .ToList();
        return new ScoreRun(scores, new Dictionary<string, Rubric> { [rubric.Id] = rubric }, Time, "0.0.0-test");
    }

    public static AssessmentScore Score(ScoreRun run, string country, string period = "2026") =>
        run.Scores.Single(s => s.Assessment.Country.Value == country && s.Assessment.Period == period);

    public static IReadOnlyList<AssessmentScore> Period(ScoreRun run, string period = "2026") =>
        run.Scores.Where(s => s.Assessment.Period == period).ToList();

    /// <summary>XMA 2026: an implementation gap with evidence and sources, practice ahead of law, a missing practice, an unknown, returnees short of data.</summary>
    public static Assessment Xma(Rubric rubric) => Country(rubric, "XMA", "Xmalandia", "2026", "examples/xma-2026.json",
        L("H1", "immigrants", "full") with
        {
            Evidence = "Ley General de Migración, art. 8: access to health care regardless of status.",
            Sources = new[] { "https://example.org/ley-migracion", "javascript:alert(1)", "Diario Oficial, 2019" },
            Confidence = Confidence.High,
        },
        P("H1", "immigrants", "partial") with
        {
            Evidence = "Clinics in border towns ask for identity papers *before* care; 3 of 12 visited do not.",
            Notes = "Visits in March | April 2026.\nSecond line of notes.",
            Confidence = Confidence.Medium,
        },
        L("H2", "immigrants", "substantial"),
        P("H2", "immigrants", "extensive"),
        L("D1", "immigrants", "partial") with { Evidence = "No statistics law covers migration data." },
        P("D1", "immigrants", "full") with { Evidence = "The statistics office publishes monthly migration tables_anyway." },
        L("D2", "immigrants", "absent"),
        P("D2", "immigrants", "none"),
        L("H1", "returnees", "full"),
        new Response("H2", "returnees", Facet.Law, ResponseStatus.Unknown),
        P("H2", "returnees", "partial"),
        L("R1", "returnees", "substantial"),
        P("R1", "returnees", "extensive")) with
    {
        Notes = "Validated with the migration institute.",
        Assessors = new[] { new Assessor("Ana Pérez", "Instituto de Migración", AssessorRole.Government), new Assessor("Luis Gómez", null, AssessorRole.CivilSociety) },
    };

    /// <summary>XMB 2026: immigrants fully answered, returnees not assessed at all.</summary>
    public static Assessment Xmb(Rubric rubric) => Country(rubric, "XMB", "Xmbia", "2026", "examples/xmb-2026.json",
        L("H1", "immigrants", "substantial"), P("H1", "immigrants", "extensive"),
        L("H2", "immigrants", "full"), P("H2", "immigrants", "full"),
        L("D1", "immigrants", "full"), P("D1", "immigrants", "partial") with { Evidence = "Data are collected but not published." },
        L("D2", "immigrants", "substantial"), P("D2", "immigrants", "extensive"));

    /// <summary>XMC 2026: everything answered.</summary>
    public static Assessment Xmc(Rubric rubric) => Country(rubric, "XMC", "Xmcountry", "2026", "examples/xmc-2026.json",
        L("H1", "immigrants", "partial"), P("H1", "immigrants", "partial"),
        L("H2", "immigrants", "partial"), P("H2", "immigrants", "none"),
        L("D1", "immigrants", "substantial"), P("D1", "immigrants", "extensive"),
        L("D2", "immigrants", "full"), P("D2", "immigrants", "full"),
        L("H1", "returnees", "full"), P("H1", "returnees", "full"),
        L("H2", "returnees", "full"), P("H2", "returnees", "extensive"),
        L("R1", "returnees", "partial"), P("R1", "returnees", "none"),
        L("D1", "returnees", "full"), P("D1", "returnees", "extensive"),
        L("D2", "returnees", "partial"), P("D2", "returnees", "partial"));

    /// <summary>XMA 2025: a second period.</summary>
    public static Assessment Xma2025(Rubric rubric) => Country(rubric, "XMA", "Xmalandia", "2025", "examples/xma-2025.json",
        L("H1", "immigrants", "substantial"), P("H1", "immigrants", "partial"),
        L("D1", "immigrants", "partial"), P("D1", "immigrants", "partial"));

    /// <summary>Puts script and image payloads in every text a user can write: evidence, notes, sources, country name, assessors.</summary>
    public static Assessment WithPayloads(Assessment assessment) => assessment with
    {
        CountryName = CountryName.Plain("<b>Xm</b>" + ScriptPayload),
        Notes = ImagePayload + " " + ScriptPayload,
        Assessors = new[] { new Assessor(ScriptPayload, ImagePayload, AssessorRole.Independent) },
        Responses = assessment.Responses.Select(r => r with
        {
            Evidence = ScriptPayload + " " + r.Evidence,
            Notes = ImagePayload,
            Sources = new[] { "javascript:document.title='pwned'", ImagePayload },
        }).ToList(),
    };

    /// <summary>The small rubric with script and image payloads in its names and questions.</summary>
    public static Rubric RubricWithPayloads() => TestRubrics.Load(TestRubrics.SmallYaml
        .Replace("{ es: Inmigrantes, en: Immigrants }", "{ es: \"<img src=x onerror=\\\"document.body.dataset.pwned=1\\\">\", en: \"<img src=x onerror=\\\"document.body.dataset.pwned=1\\\">\" }", StringComparison.Ordinal)
        .Replace("{ es: Derechos, en: Rights }", "{ es: \"<script>document.title='pwned'</script>\", en: \"<script>document.title='pwned'</script>\" }", StringComparison.Ordinal)
        .Replace("title: { es: \"Pequeña\", en: \"Small\" }", "title: { es: \"<script>document.title='pwned'</script>\", en: \"<script>document.title='pwned'</script>\" }", StringComparison.Ordinal));

    private static Assessment Country(Rubric rubric, string code, string name, string period, string file, params Response[] responses) =>
        new(CountryCode.Parse(code), period, RubricReference.Of(rubric), responses.ToList())
        {
            CountryName = CountryName.Plain(name),
            Language = "es",
            Source = new AssessmentSource(file, new string(code[2], 64).ToLowerInvariant().Replace('a', '1').Replace('b', '2').Replace('c', '3')),
        };

    private static Response L(string indicator, string group, string level) => TestRubrics.Law(indicator, group, level);

    private static Response P(string indicator, string group, string level) => TestRubrics.Practice(indicator, group, level);
}
