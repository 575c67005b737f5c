using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Coherence.Model;
using Coherence.Scoring;
using Coherence.Serialization;

namespace Coherence.Reports;

/// <summary>Builds the <see cref="CountryProfileModel"/> of one assessment from its rows, with the evidence its score holds.</summary>
internal sealed class ProfileBuilder
{
    private readonly AssessmentScore score;
    private readonly Dictionary<(string Node, string Group), ScoreRow> nodes = new();
    private readonly List<(ScoreRow Row, IndicatorScore Cell)> indicators = new();
    private readonly Rubric rubric;
    private readonly ScoreViews views;
    private readonly ScoringEngine engine;
    private readonly string language;
    private readonly HashSet<string> answeredGroups;
    private readonly HashSet<string> answeredCells;
    private readonly Dictionary<string, int> indicatorOrder;

    public ProfileBuilder(AssessmentScore score, IReadOnlyList<ScoreRow> rows, Rubric rubric, string language)
    {
        this.score = score;
        var next = 0;
        foreach (var row in rows)
        {
            if (row.Kind == NodeKind.Indicator)
            {
                // Indicator rows come in the order of the score's indicator cells, which hold the responses.
                indicators.Add((row, score.Indicators[next++]));
            }
            else if (row.Depth <= 1)
            {
                nodes[(row.NodeId, row.Group)] = row;
            }
        }

        this.rubric = rubric;
        views = new ScoreViews(language, rubric.HasGap);
        this.language = views.Language;
        engine = new ScoringEngine(rubric);
        (answeredGroups, answeredCells) = ReportParts.Answered(rubric, score.Assessment);
        indicatorOrder = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rubric.Indicators.Count; i++)
        {
            indicatorOrder[rubric.Indicators[i].Id] = i;
        }
    }

    /// <summary>The most indicator moves since the previous round a profile names.</summary>
    public const int MaxMoves = 5;

    public CountryProfileModel Build(ScoreSource scores, DateTimeOffset generatedAt, int maxFindings, AssessorPanel? panel = null, ProfileContext? context = null)
    {
        var assessment = score.Assessment;
        var words = views.Words;
        var country = ReportParts.Country(assessment, language);
        var reportRubric = ReportParts.Rubric(rubric, language);
        var whole = Node(rubric.Id, ScoreRow.AllGroups);
        var overall = views.Node(whole, engine.Classify(whole), rubric.Root.MinCoverage, answeredGroups.Count > 0);
        var groups = rubric.Groups
            .Select(g => new GroupScore(g.Id, g.Name.Get(language), g.Weight, GroupView(g.Id)))
            .ToList();
        var dimensions = rubric.Dimensions
            .Select(d => new DimensionScore(d.Id, d.Name.Get(language), d.Description.Get(language), DimensionView(d)))
            .ToList();
        var gaps = Findings(GapClass.ImplementationGap, descending: true);
        var ahead = Findings(GapClass.PracticeAheadOfLaw, descending: false);
        var model = new CountryProfileModel
        {
            Kind = "country-profile",
            Language = language,
            Paper = ReportPaper.DefaultFor(language),
            Labels = words,
            Title = $"{words["countryProfile"]}: {country.Name} ({country.Code}), {assessment.Period}",
            Period = assessment.Period,
            Rubric = reportRubric,
            Facets = ReportParts.Facets(rubric, language),
            Method = ReportParts.Method(rubric, views),
            Provenance = ReportParts.Provenance(reportRubric, new[] { ReportParts.Input(assessment) }, scores, generatedAt, views.Culture),
            Country = country,
            Overall = overall,
            Groups = groups,
            Dimensions = dimensions,
            HeatMap = BuildHeatMap(groups, dimensions, overall),
            ImplementationGaps = gaps.Take(maxFindings).ToList(),
            ImplementationGapCount = gaps.Count,
            PracticeAhead = ahead.Take(maxFindings).ToList(),
            PracticeAheadCount = ahead.Count,
            IndicatorRows = BuildIndicatorRows(),
            DataGaps = BuildDataGaps(),
            Assessment = new AssessmentInfo(
                assessment.Language,
                string.IsNullOrWhiteSpace(assessment.Notes) ? null : assessment.Notes,
                assessment.Assessors.Select(a => new AssessorView(a.Name, a.Organization, AssessmentJson.RoleName(a.Role), RoleName(a.Role))).ToList()),
            DataNotes = score.Diagnostics.Select(DataNote).ToList(),
            WhoSaysWhat = panel is null ? null : WhoSaysWhatBuilder.Build(panel, rubric, views, WhoSaysWhatBuilder.MaxDisagreements),
        };
        if (context is not null && rubric.HasGap)
        {
            model = model with { Benchmark = Benchmark(groups, overall, context.Peers), Trend = Trend(groups, overall, context) };
        }

        return model with { Summary = SummaryBuilder.Build(model, views.Labels, rubric.HasGap) };
    }

    private ProfileBenchmark? Benchmark(IReadOnlyList<GroupScore> groups, ScoreView overall, IReadOnlyList<ComparedAssessment> peers)
    {
        if (peers.Count == 0)
        {
            return null;
        }

        var rows = new List<BenchmarkRow>(groups.Count + 1);
        foreach (var (item, own) in groups.Select(g => (new ReportItem(g.Id, g.Name), g.Scores)).Append((new ReportItem("overall", views.Words["overall"]), overall)))
        {
            var group = item.Id == "overall" ? ScoreRow.AllGroups : item.Id;
            var others = peers
                .Select(p =>
                {
                    var aggregate = p.Find(rubric.Id, group);
                    return views.Node(aggregate, engine.Classify(aggregate), rubric.Root.MinCoverage, group == ScoreRow.AllGroups ? p.Groups.Count > 0 : p.Groups.Contains(group));
                })
                .ToList();
            rows.Add(new BenchmarkRow(
                item,
                Figure(own.Law, others.Select(o => o.Law)),
                Figure(own.Practice, others.Select(o => o.Practice)),
                Figure(own.Level, others.Select(o => o.Level))));
        }

        var names = peers
            .OrderBy(p => p.Assessment.Country.Value, StringComparer.Ordinal)
            .Select(p => ReportParts.Country(p.Assessment, language).Name)
            .ToList();
        return new ProfileBenchmark(peers.Count + 1, names, rows);
    }

    private static BenchmarkFigure Figure(double? value, IEnumerable<double?> others)
    {
        var all = others.Prepend(value).Where(v => v is not null).Select(v => v!.Value).OrderBy(v => v).ToList();
        if (all.Count == 0)
        {
            return new BenchmarkFigure(value, null, null, null, null, 0);
        }

        var middle = all.Count / 2;
        var median = all.Count % 2 == 1 ? all[middle] : (all[middle - 1] + all[middle]) / 2;
        int? rank = value is { } v ? 1 + all.Count(x => Math.Round(x, 1) > Math.Round(v, 1)) : null;
        return new BenchmarkFigure(value, median, all[0], all[all.Count - 1], rank, all.Count);
    }

    private ProfileTrend? Trend(IReadOnlyList<GroupScore> groups, ScoreView overall, ProfileContext context)
    {
        if (context.Previous is not { } previous)
        {
            return null;
        }

        var before = previous.Rows
            .Where(r => r.Kind == NodeKind.Rubric)
            .GroupBy(r => r.Group, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Score, StringComparer.Ordinal);
        var previousEngine = new ScoringEngine(previous.Rubric);
        var (previousGroups, _) = ReportParts.Answered(previous.Rubric, previous.Score.Assessment);
        var rows = new List<TrendRow>(groups.Count + 1);
        foreach (var (item, now) in groups.Select(g => (new ReportItem(g.Id, g.Name), g.Scores)).Append((new ReportItem("overall", views.Words["overall"]), overall)))
        {
            var group = item.Id == "overall" ? ScoreRow.AllGroups : item.Id;
            var aggregate = before.TryGetValue(group, out var found) ? found : Aggregate.NotApplicable;
            var then = views.Node(aggregate, previousEngine.Classify(aggregate), previous.Rubric.Root.MinCoverage, group == ScoreRow.AllGroups ? previousGroups.Count > 0 : previousGroups.Contains(group));
            var classBefore = then.IsScored ? then.ClassName : null;
            var classNow = now.IsScored ? now.ClassName : null;
            rows.Add(new TrendRow(
                item,
                ScoreChange.Of(then.Law, now.Law),
                ScoreChange.Of(then.Practice, now.Practice),
                ScoreChange.Of(then.Level, now.Level),
                classBefore,
                classNow,
                classBefore is not null && classNow is not null && !string.Equals(then.Class, now.Class, StringComparison.Ordinal)));
        }

        var earlier = previous.Score.Indicators.ToDictionary(i => (i.IndicatorId, i.GroupId));
        var moves = score.Indicators
            .Where(i => earlier.ContainsKey((i.IndicatorId, i.GroupId)))
            .Select(i =>
            {
                var then = earlier[(i.IndicatorId, i.GroupId)].Score;
                var law = ScoreChange.Of(then.Law, i.Score.Law);
                var practice = ScoreChange.Of(then.Practice, i.Score.Practice);
                return (Cell: i, Law: law, Practice: practice, Size: Math.Max(Math.Abs(law.Change ?? 0), Math.Abs(practice.Change ?? 0)));
            })
            .Where(m => m.Size >= 0.05)
            .OrderByDescending(m => m.Size)
            .ThenBy(m => indicatorOrder.TryGetValue(m.Cell.IndicatorId, out var n) ? n : int.MaxValue)
            .ThenBy(m => GroupIndex(m.Cell.GroupId))
            .ToList();
        var named = moves
            .Take(MaxMoves)
            .Select(m => new IndicatorMove(m.Cell.IndicatorId, rubric.FindIndicator(m.Cell.IndicatorId)?.Name.Get(language) ?? m.Cell.IndicatorId, new ReportItem(m.Cell.GroupId, rubric.FindGroup(m.Cell.GroupId)?.Name.Get(language) ?? m.Cell.GroupId), m.Law, m.Practice))
            .ToList();
        var sameVersion = string.Equals(previous.Rubric.Version, rubric.Version, StringComparison.Ordinal)
            && string.Equals(previous.Score.Assessment.Rubric.Version, score.Assessment.Rubric.Version, StringComparison.Ordinal);
        return new ProfileTrend(previous.Score.Assessment.Period, previous.Rubric.Version, sameVersion, rows, named, moves.Count);
    }

    private static string DataNote(Diagnostics.Diagnostic diagnostic)
    {
        // Published reports name the file, not the folders of whoever ran the tool.
        var file = diagnostic.Location.File is { } path ? System.IO.Path.GetFileName(path) : null;
        return (diagnostic with { Location = diagnostic.Location with { File = file } }).ToString();
    }

    private string RoleName(AssessorRole role) => role switch
    {
        AssessorRole.Government => views.Words["government"],
        AssessorRole.CivilSociety => views.Words["civilSociety"],
        _ => views.Words["independent"],
    };

    private string DimensionName(string id) => rubric.FindDimension(id)?.Name.Get(language) ?? id;

    private double MinCoverage(string dimensionId) => rubric.FindDimension(dimensionId)?.MinCoverage ?? rubric.Root.MinCoverage;

    private ScoreView GroupView(string groupId)
    {
        var aggregate = Node(rubric.Id, groupId);
        return views.Node(aggregate, engine.Classify(aggregate), rubric.Root.MinCoverage, answeredGroups.Contains(groupId));
    }

    private ScoreView DimensionView(Dimension dimension)
    {
        var assessed = rubric.Groups.Any(g => answeredCells.Contains(ReportParts.Cell(g.Id, dimension.Id)));
        var aggregate = Node(dimension.Id, ScoreRow.AllGroups);
        return views.Node(aggregate, engine.Classify(aggregate), dimension.MinCoverage, assessed);
    }

    private Aggregate Node(string nodeId, string group) => nodes.TryGetValue((nodeId, group), out var row) ? row.Score : Aggregate.NotApplicable;

    private ScoreRow? Cell(string dimensionId, string group) => nodes.TryGetValue((dimensionId, group), out var row) ? row : null;

    private HeatMap BuildHeatMap(IReadOnlyList<GroupScore> groups, IReadOnlyList<DimensionScore> dimensions, ScoreView overall)
    {
        var columns = groups.Select(g => new HeatMapColumn(g.Id, g.Name, g.Name)).ToList();
        var rows = new List<HeatMapRow>(dimensions.Count);
        foreach (var dimension in dimensions)
        {
            var cells = groups
                .Select(g => (Group: g.Id, Row: Cell(dimension.Id, g.Id)))
                .Select(c => views.Node(c.Row?.Score ?? Aggregate.NotApplicable, c.Row?.Class, MinCoverage(dimension.Id), answeredCells.Contains(ReportParts.Cell(c.Group, dimension.Id))))
                .ToList();
            rows.Add(new HeatMapRow(dimension.Id, dimension.Name, cells, dimension.Scores));
        }

        var footer = new HeatMapRow("overall", views.Words["overall"], groups.Select(g => g.Scores).ToList(), overall);
        return new HeatMap(views.Words["dimension"], columns, views.Words["overall"], rows, footer, HeatPalette.Legend(views.Words));
    }

    private List<IndicatorFinding> Findings(GapClass wanted, bool descending)
    {
        var chosen = indicators.Where(i => i.Row.Class == wanted && i.Row.NetGap is not null).Select(i => i.Cell);
        var ordered = descending
            ? chosen.OrderByDescending(i => i.Score.NetGap!.Value)
            : chosen.OrderBy(i => i.Score.NetGap!.Value);
        return ordered
            .ThenBy(i => indicatorOrder.TryGetValue(i.IndicatorId, out var n) ? n : int.MaxValue)
            .ThenBy(i => GroupIndex(i.GroupId))
            .Select(Finding)
            .ToList();
    }

    private int GroupIndex(string groupId)
    {
        for (var i = 0; i < rubric.Groups.Count; i++)
        {
            if (rubric.Groups[i].Id == groupId)
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private IndicatorFinding Finding(IndicatorScore indicatorScore)
    {
        var indicator = rubric.FindIndicator(indicatorScore.IndicatorId)!;
        var group = rubric.FindGroup(indicatorScore.GroupId)!;
        return new IndicatorFinding(
            indicator.Id,
            indicator.Name.Get(language),
            new ReportItem(indicatorScore.DimensionId, DimensionName(indicatorScore.DimensionId)),
            new ReportItem(group.Id, group.Name.Get(language)),
            views.Indicator(indicatorScore, null),
            Answer(indicator, Facet.Law, indicatorScore.LawResponse, indicatorScore.Score.Law),
            Answer(indicator, Facet.Practice, indicatorScore.PracticeResponse, indicatorScore.Score.Practice));
    }

    private FacetAnswer Answer(Indicator indicator, string facetId, Response? response, double? facetScore)
    {
        var words = views.Words;
        var facetName = rubric.FindFacet(facetId)?.Name.Get(language) ?? views.Labels[facetId];
        var indicatorFacet = indicator.FindFacet(facetId);
        var status = response?.Status switch
        {
            ResponseStatus.Answered => "answered",
            ResponseStatus.NotApplicable => "not-applicable",
            ResponseStatus.Unknown => "unknown",
            _ => "missing",
        };
        var statusLabel = status switch
        {
            "answered" => words["statusAnswered"],
            "not-applicable" => words["notApplicable"],
            "unknown" => words["unknown"],
            _ => words["statusMissing"],
        };
        string? levelLabel = null, levelDescriptor = null;
        if (response?.Level is { } levelId && rubric.ScaleOf(indicator, facetId)?.FindLevel(levelId) is { } level)
        {
            levelLabel = level.Label.Get(language);
            levelDescriptor = indicatorFacet is not null && indicatorFacet.LevelDescriptors.TryGetValue(level.Id, out var specific) && !specific.IsEmpty
                ? specific.Get(language)
                : level.Descriptor.IsEmpty ? null : level.Descriptor.Get(language);
        }

        var confidence = response?.Confidence switch
        {
            Confidence.Low => "low",
            Confidence.Medium => "medium",
            Confidence.High => "high",
            _ => null,
        };
        return new FacetAnswer(
            new ReportItem(facetId, facetName),
            indicatorFacet?.Question.Get(language) ?? string.Empty,
            status,
            statusLabel,
            response?.Level,
            levelLabel,
            levelDescriptor,
            response?.Value,
            facetScore,
            Blank(response?.Evidence),
            Blank(response?.Notes),
            confidence,
            confidence is null ? null : words[confidence],
            (response?.Sources ?? Array.Empty<string>()).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => new SourceLink(s, LinkOf(s))).ToList());
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    /// <summary>Gives a source's address when it may be a link: only absolute http and https addresses, never <c>javascript:</c> and the like.</summary>
    private static string? LinkOf(string source)
    {
        var text = source.Trim();
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && text.IndexOfAny(new[] { ' ', '"', '<', '>' }) < 0
            ? text
            : null;
    }

    private List<IndicatorRow> BuildIndicatorRows()
    {
        var hasLaw = rubric.FindFacet(Facet.Law) is not null;
        var hasPractice = rubric.FindFacet(Facet.Practice) is not null;
        var cells = new Dictionary<(string Indicator, string Group), IndicatorScore>();
        foreach (var (_, cell) in indicators)
        {
            cells[(cell.IndicatorId, cell.GroupId)] = cell;
        }

        var notApplicable = views.Node(Aggregate.NotApplicable, null, rubric.Root.MinCoverage, false);
        var rows = new List<IndicatorRow>();
        foreach (var indicator in rubric.Indicators)
        {
            var found = rubric.Groups.Select(g => cells.TryGetValue((indicator.Id, g.Id), out var cell) ? cell : null).ToList();
            if (found.FirstOrDefault(c => c is not null) is not { } first)
            {
                continue;
            }

            var scores = found
                .Select(c => c is null ? notApplicable : views.Indicator(c, c.Score.Status == ScoreStatus.InsufficientData ? Missing(c, hasLaw, hasPractice) : null))
                .ToList();
            rows.Add(new IndicatorRow(indicator.Id, indicator.Name.Get(language), new ReportItem(first.DimensionId, DimensionName(first.DimensionId)), scores));
        }

        return rows;
    }

    private DataGaps BuildDataGaps()
    {
        var notAssessed = rubric.Groups.Where(g => !answeredGroups.Contains(g.Id)).Select(g => new ReportItem(g.Id, g.Name.Get(language))).ToList();
        var insufficient = new List<InsufficientArea>();
        var unanswered = new List<UnansweredArea>();
        var hasLaw = rubric.FindFacet(Facet.Law) is not null;
        var hasPractice = rubric.FindFacet(Facet.Practice) is not null;
        foreach (var group in rubric.Groups.Where(g => answeredGroups.Contains(g.Id)))
        {
            var groupItem = new ReportItem(group.Id, group.Name.Get(language));
            foreach (var dimension in rubric.Dimensions)
            {
                if (Cell(dimension.Id, group.Id) is not { } cell)
                {
                    continue;
                }

                var dimensionItem = new ReportItem(dimension.Id, DimensionName(dimension.Id));
                if (cell.Status == ScoreStatus.InsufficientData)
                {
                    var view = views.Node(cell.Score, cell.Class, MinCoverage(dimension.Id), true);
                    insufficient.Add(new InsufficientArea(groupItem, dimensionItem, view.Reason!));
                }

                var missing = indicators
                    .Where(i => i.Row.Group == group.Id && i.Row.DimensionId == dimension.Id && i.Row.Status == ScoreStatus.InsufficientData)
                    .Select(i => i.Cell)
                    .Select(i =>
                    {
                        var what = Missing(i, hasLaw, hasPractice);
                        return new UnansweredIndicator(i.IndicatorId, rubric.FindIndicator(i.IndicatorId)!.Name.Get(language), what, views.MissingName(what));
                    })
                    .ToList();
                if (missing.Count > 0)
                {
                    unanswered.Add(new UnansweredArea(groupItem, dimensionItem, missing));
                }
            }
        }

        var count = unanswered.Sum(a => a.Indicators.Count);
        return new DataGaps(notAssessed.Count > 0 || insufficient.Count > 0 || count > 0, notAssessed, insufficient, unanswered, count);
    }

    private static string Missing(IndicatorScore indicator, bool hasLaw, bool hasPractice)
    {
        if (indicator.LawResponse?.Status == ResponseStatus.Unknown || indicator.PracticeResponse?.Status == ResponseStatus.Unknown)
        {
            return "unknown";
        }

        var law = hasLaw && indicator.Score.Law is null;
        var practice = hasPractice && indicator.Score.Practice is null;
        return (law, practice) switch
        {
            (true, false) => hasPractice ? "law" : "both",
            (false, true) => hasLaw ? "practice" : "both",
            _ => "both",
        };
    }
}
