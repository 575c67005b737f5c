using System;
using System.Collections.Generic;
using System.Linq;
using Coherence.Model;
using Coherence.Scoring;

namespace Coherence.Reports;

/// <summary>Builds the <see cref="RegionalComparisonModel"/> of several countries' scores for one period.</summary>
internal sealed class ComparisonBuilder
{
    private readonly Rubric rubric;
    private readonly ScoreViews views;
    private readonly ScoringEngine engine;
    private readonly string language;
    private readonly List<Country> countries;

    public ComparisonBuilder(IReadOnlyList<ComparedAssessment> compared, Rubric rubric, string language)
    {
        this.rubric = rubric;
        views = new ScoreViews(language, rubric.HasGap);
        this.language = views.Language;
        engine = new ScoringEngine(rubric);
        countries = compared.Select(c => new Country(c)).ToList();
    }

    public RegionalComparisonModel Build(string period, ScoreSource scores, DateTimeOffset generatedAt)
    {
        var words = views.Words;
        var reportRubric = ReportParts.Rubric(rubric, language);
        var overallViews = countries.Select(c => c.Overall).Select((o, i) => views.Node(o, engine.Classify(o), rubric.Root.MinCoverage, countries[i].Groups.Count > 0)).ToList();
        // Never on coherence alone: countries are ranked on the joint level, coherence and class stand beside it.
        var ranks = ScoreViews.Ranks(overallViews.Select(v => v.Level).ToList());
        var order = Enumerable.Range(0, countries.Count)
            .OrderBy(i => ranks[i] ?? int.MaxValue)
            .ThenBy(i => countries[i].Assessment.Country.Value, StringComparer.Ordinal)
            .ToList();
        var ranking = order
            .Select(i => new CountryRanking(ranks[i], ReportParts.Country(countries[i].Assessment, language), overallViews[i], ReportParts.Input(countries[i].Assessment)))
            .ToList();
        var regional = ReportParts.Stats(overallViews.Select(v => v.Value));

        var groupColumns = rubric.Groups.Select(g => new ReportItem(g.Id, g.Name.Get(language))).ToList();
        var groupCells = countries.Select(c => rubric.Groups.Select(g => GroupView(c, g.Id)).ToList()).ToList();
        var dimensionColumns = rubric.Dimensions.Select(d => new ReportItem(d.Id, d.Name.Get(language))).ToList();
        var dimensionCells = countries.Select(c => rubric.Dimensions.Select(d => DimensionView(c, d)).ToList()).ToList();
        var groupSeries = Series(groupColumns, groupCells);
        var dimensionSeries = Series(dimensionColumns, dimensionCells);

        return new RegionalComparisonModel
        {
            Kind = "regional-comparison",
            Language = language,
            Paper = ReportPaper.DefaultFor(language),
            Labels = words,
            Title = $"{words["regionalComparison"]}: {reportRubric.Title}, {period}",
            Period = period,
            Rubric = reportRubric,
            Facets = ReportParts.Facets(rubric, language),
            Method = ReportParts.Method(rubric, views),
            Provenance = ReportParts.Provenance(reportRubric, ranking.Select(r => r.Input).ToList(), scores, generatedAt, views.Culture),
            Countries = ranking,
            Agreement = AgreementPerCountry(),
            Regional = regional,
            Levels = ReportParts.Stats(overallViews.Select(v => v.Level)),
            Groups = groupSeries,
            Dimensions = dimensionSeries,
            GroupMatrix = Matrix(words["group"], groupSeries, groupCells, order, overallViews, regional),
            DimensionMatrix = Matrix(words["dimension"], dimensionSeries, dimensionCells, order, overallViews, regional),
        };
    }

    private List<AgreementView> AgreementPerCountry() => countries
        .Select(c => c.Compared)
        .Where(c => c.Agreement is not null)
        .OrderBy(c => c.Assessment.Country.Value, StringComparer.Ordinal)
        .Select(c => WhoSaysWhatBuilder.View(
            c.Assessment.Country.Value,
            ReportParts.Country(c.Assessment, language).Name,
            string.Join(", ", c.Agreement!.Value.Raters.Select(r => WhoSaysWhatBuilder.RoleName(r, views))),
            c.Agreement.Value.Summary,
            views.Culture))
        .ToList();

    private ScoreView GroupView(Country country, string groupId)
    {
        var aggregate = country.Compared.Find(rubric.Id, groupId);
        return views.Node(aggregate, engine.Classify(aggregate), rubric.Root.MinCoverage, country.Groups.Contains(groupId));
    }

    private ScoreView DimensionView(Country country, Dimension dimension)
    {
        var assessed = rubric.Groups.Any(g => country.Cells.Contains(ReportParts.Cell(g.Id, dimension.Id)));
        var overall = country.Compared.Find(dimension.Id, ScoreRow.AllGroups);
        return views.Node(overall, engine.Classify(overall), dimension.MinCoverage, assessed);
    }

    private List<ComparisonSeries> Series(IReadOnlyList<ReportItem> columns, IReadOnlyList<List<ScoreView>> cells)
    {
        var series = new List<ComparisonSeries>(columns.Count);
        for (var column = 0; column < columns.Count; column++)
        {
            var values = cells.Select(row => row[column]).ToList();
            var ranks = ScoreViews.Ranks(values.Select(v => v.Level).ToList());
            var entries = Enumerable.Range(0, countries.Count)
                .OrderBy(i => ranks[i] ?? int.MaxValue)
                .ThenBy(i => countries[i].Assessment.Country.Value, StringComparer.Ordinal)
                .Select(i => new SeriesEntry(ranks[i], ReportParts.Country(countries[i].Assessment, language), values[i]))
                .ToList();
            // A leader is first on the joint level and high in law and in practice; first among low countries leads nothing.
            var leaders = entries.Where(e => e.Rank == 1 && (!rubric.HasGap || e.Scores.Class == "coherent-high")).Select(e => e.Country).ToList();
            series.Add(new ComparisonSeries(columns[column].Id, columns[column].Name, entries, ReportParts.Stats(values.Select(v => v.Value)), leaders));
        }

        return series;
    }

    private HeatMap Matrix(string corner, IReadOnlyList<ComparisonSeries> series, IReadOnlyList<List<ScoreView>> cells, IReadOnlyList<int> order, IReadOnlyList<ScoreView> overall, RegionalStats regional)
    {
        var columns = order
            .Select(i => countries[i].Assessment)
            .Select(a => new HeatMapColumn(a.Country.Value, ReportParts.Country(a, language).Name, a.Country.Value))
            .ToList();
        var rows = series
            .Select((s, column) => new HeatMapRow(s.Id, s.Name, order.Select(i => cells[i][column]).ToList(), views.Value(s.Stats.Mean)))
            .ToList();
        var footer = new HeatMapRow("overall", views.Words["overall"], order.Select(i => overall[i]).ToList(), views.Value(regional.Mean));
        return new HeatMap(corner, columns, views.Words["regionalMean"], rows, footer, HeatPalette.Legend(views.Words));
    }

    private sealed class Country
    {
        public Country(ComparedAssessment compared)
        {
            Compared = compared;
            Overall = compared.Find(compared.RubricId, ScoreRow.AllGroups);
        }

        public ComparedAssessment Compared { get; }

        public Assessment Assessment => Compared.Assessment;

        public Aggregate Overall { get; }

        public HashSet<string> Groups => Compared.Groups;

        public HashSet<string> Cells => Compared.Cells;
    }
}
