using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Coherence.Localization;
using Coherence.Progress;
using Coherence.Rubrics;
using Coherence.Diagnostics;
using Coherence.Model;
using Coherence.Serialization;
using Coherence.Workbooks;

namespace Coherence.Operations;

/// <summary>Makes the rubric workbook a team fills: the operation behind <c>coherence workbook new</c>.</summary>
public sealed class NewWorkbookOperation
{
    private readonly RubricCatalog catalog;

    /// <summary>Initializes a new instance of the <see cref="NewWorkbookOperation"/> class.</summary>
    /// <param name="catalog">Where rubrics are found.</param>
    public NewWorkbookOperation(RubricCatalog catalog) => this.catalog = catalog;

    /// <summary>Gets the languages a workbook can be made in.</summary>
    public static IReadOnlyList<string> Languages => WorkbookTexts.Languages;

    /// <summary>Runs the operation.</summary>
    /// <param name="options">What to make and where.</param>
    /// <param name="progress">Not used: making a workbook takes a fraction of a second.</param>
    /// <param name="cancellationToken">Not used, for the same reason.</param>
    /// <returns>The workbook written, or the diagnostics that prevent it.</returns>
    public Task<OperationResult<NewWorkbookResult>> RunAsync(NewWorkbookOptions options, IProgress<OperationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        _ = progress;
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Run(options));
    }

    private static OperationResult<NewWorkbookResult> Failed(List<Diagnostic> diagnostics) => new(null, diagnostics);

    private OperationResult<NewWorkbookResult> Run(NewWorkbookOptions options)
    {
        var diagnostics = new List<Diagnostic>();
        var resolved = catalog.Resolve(options.Rubric);
        diagnostics.AddRange(resolved.Diagnostics);
        var planned = Plan(options, resolved.IsSuccess ? resolved.Value : null, diagnostics);
        return planned is null ? Failed(diagnostics) : Write(planned, diagnostics);
    }

    /// <summary>Checks one workbook's options against a rubric read already, and reads the previous round it is filled from; writes nothing.</summary>
    /// <param name="options">What to make and where; <see cref="NewWorkbookOptions.Rubric"/> is not read again.</param>
    /// <param name="rubric">The rubric, read once for many workbooks, or <see langword="null"/> when it could not be read (the options are checked all the same).</param>
    /// <param name="diagnostics">Receives what is wrong with the options, located at the option or the previous round's file.</param>
    /// <returns>The workbook to write, or <see langword="null"/> when something prevents it.</returns>
    internal NewWorkbookPlan? Plan(NewWorkbookOptions options, Rubric? rubric, List<Diagnostic> diagnostics)
    {
        var errorsBefore = diagnostics.Count(d => d.IsError);
        if (!CountryCode.TryParse(options.Country, out var country))
        {
            diagnostics.Add(Diagnostic.Error("WBK060", Phrase.Of("diag.not-alpha3", options.Country), new SourceLocation(null, Detail: "--country"), Phrase.Of("hint.alpha3")));
        }

        var period = options.Period?.Trim() ?? string.Empty;
        if (period.Length == 0)
        {
            diagnostics.Add(Diagnostic.Error("WBK061", Phrase.Of("diag.TAB032.empty"), new SourceLocation(null, Detail: "--period"), Phrase.Of("hint.WBK061")));
        }
        else if (!Coherence.Serialization.DocumentWalker.IsId(period))
        {
            // The same rule as every other input of a period (assessment files, tables, workbooks): no '/', '..' or spaces.
            diagnostics.Add(Diagnostic.Error("WBK061", Phrase.Of("diag.TAB032.invalid", period), new SourceLocation(null, Detail: "--period"), Phrase.Of("hint.TAB032.invalid")));
        }

        var role = AssessorRole.Government;
        if (options.Role is { } roleText && !AssessmentJson.TryParseRole(roleText.Trim().ToLowerInvariant(), out role))
        {
            diagnostics.Add(Diagnostic.Error("WBK063", Phrase.Of("diag.WBK063", roleText), new SourceLocation(null, Detail: "--role"), Phrase.Of("hint.WBK063")));
        }

        if (!string.Equals(Path.GetExtension(options.OutputPath), ".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(Diagnostic.Error("WBK064", Phrase.Of("diag.WBK064"), new SourceLocation(options.OutputPath), Phrase.Of("hint.WBK064", "GTM-2026.xlsx")));
        }
        else if (OutputFile.CheckWritable(options.OutputPath, options.Force) is { } refused)
        {
            diagnostics.Add(refused);
        }

        if (rubric is null || diagnostics.Count(d => d.IsError) > errorsBefore)
        {
            return null;
        }

        var language = (options.Language ?? rubric.Metadata.Languages.FirstOrDefault(WorkbookTexts.Languages.Contains) ?? "en").Trim().ToLowerInvariant();
        if (!WorkbookTexts.Languages.Contains(language))
        {
            diagnostics.Add(Diagnostic.Error("WBK062", Phrase.Of("diag.WBK062", options.Language), new SourceLocation(null, Detail: "--language"), Phrase.Of("hint.languages", WorkbookTexts.Languages)));
            return null;
        }

        var answers = new Dictionary<ResponseKey, Response>();
        var notCarried = 0;
        var differingCount = 0;
        Assessor? assessor = options.AssessorName is { Length: > 0 } name ? new Assessor(name, options.Organization, role) : null;
        CountryName? countryName = options.CountryName is { } given && !string.IsNullOrWhiteSpace(given) ? CountryName.Plain(given.Trim()) : null;
        if (options.From is { } from)
        {
            var previous = ReadPrevious(from, diagnostics);
            if (previous is null)
            {
                return null;
            }

            if (previous.Country.Value != country.Value)
            {
                diagnostics.Add(Diagnostic.Warning("WBK032", Phrase.Of("diag.WBK032", previous.Country.Value, country.Value), new SourceLocation(from), Phrase.Of("hint.WBK032")));
            }
            else
            {
                countryName ??= previous.CountryName;
            }

            assessor ??= previous.Assessors.FirstOrDefault();
            var left = new List<string>();
            // The workbook asks a country-scope indicator once, on the sheet for the whole country: answers given per group
            // are carried there when every group agrees; answers that differ cannot be carried without choosing one.
            var perGroup = new Dictionary<(string Indicator, string Facet), List<Response>>();
            foreach (var response in previous.Responses)
            {
                if (response.GroupId != Response.WholeCountry && rubric.FindIndicator(response.IndicatorId) is { Scope: IndicatorScope.Country })
                {
                    if (Fits(rubric, response))
                    {
                        var key = (response.IndicatorId, response.FacetId);
                        if (!perGroup.TryGetValue(key, out var list))
                        {
                            perGroup.Add(key, list = new List<Response>());
                        }

                        list.Add(response);
                        continue;
                    }
                }
                else if (Fits(rubric, response))
                {
                    answers[response.Key] = response;
                    continue;
                }

                notCarried++;
                if (!left.Contains(response.IndicatorId))
                {
                    left.Add(response.IndicatorId);
                }
            }

            var differing = new List<string>();
            foreach (var pair in perGroup)
            {
                var first = pair.Value[0] with { GroupId = Response.WholeCountry };
                if (answers.ContainsKey(first.Key))
                {
                    continue;
                }

                if (pair.Value.All(r => Same(r, pair.Value[0])))
                {
                    answers[first.Key] = first;
                }
                else
                {
                    differingCount += pair.Value.Count;
                    if (!differing.Contains(pair.Key.Indicator))
                    {
                        differing.Add(pair.Key.Indicator);
                    }
                }
            }

            if (differingCount > 0)
            {
                diagnostics.Add(Diagnostic.Warning("WBK033", Phrase.Of("diag.WBK033", differingCount, differing.ToList()), new SourceLocation(from), Phrase.Of("hint.WBK033")));
            }

            if (notCarried > 0)
            {
                var which = left.Count <= 10 ? left.ToList() : left.Take(10).Concat(new[] { "..." }).ToList();
                diagnostics.Add(Diagnostic.Warning("WBK031", Phrase.Of("diag.WBK031", notCarried, rubric.Id, rubric.Version, which), new SourceLocation(from)));
            }
        }

        var request = new RubricWorkbookRequest(rubric, country, period, language, options.Clock.GetUtcNow())
        {
            Assessor = assessor,
            CountryName = countryName,
            Answers = answers,
            Password = options.ProtectPassword,
            Paper = options.Paper,
            ToolVersion = ToolInfo.Version,
        };
        return new NewWorkbookPlan(request, options.OutputPath, options.Force, new NewWorkbookResult(options.OutputPath, answers.Count, notCarried + differingCount));
    }

    /// <summary>Writes a checked workbook, atomically; an existing file is replaced only when its options allowed it.</summary>
    /// <param name="plan">The workbook, as <see cref="Plan"/> checked it.</param>
    /// <returns>The error that prevented writing, or <see langword="null"/>.</returns>
    /// <param name="templates">The templates of a round of workbooks, shared by the plans written together; <see langword="null"/> for one alone.</param>
    /// <remarks>Plans share nothing that changes: several may be written at once.</remarks>
    internal static Diagnostic? Write(NewWorkbookPlan plan, WorkbookTemplates? templates = null) =>
        OutputFile.Write(plan.OutputPath, plan.Force, stream =>
        {
            if (templates is null)
            {
                RubricWorkbookWriter.Write(plan.Request, stream);
            }
            else
            {
                templates.Write(plan.Request, stream);
            }
        });

    private static OperationResult<NewWorkbookResult> Write(NewWorkbookPlan plan, List<Diagnostic> diagnostics)
    {
        if (Write(plan) is { } failed)
        {
            diagnostics.Add(failed);
            return Failed(diagnostics);
        }

        return new OperationResult<NewWorkbookResult>(plan.Result, diagnostics);
    }

    private static bool Same(Response a, Response b) =>
        a.Status == b.Status && a.Level == b.Level && a.Value == b.Value && a.Evidence == b.Evidence && a.Confidence == b.Confidence &&
        a.Notes == b.Notes && a.Sources.SequenceEqual(b.Sources, StringComparer.Ordinal);

    private static bool Fits(Rubric rubric, Response response)
    {
        if (rubric.FindIndicator(response.IndicatorId) is not { } indicator)
        {
            return false;
        }

        if (response.GroupId == Response.WholeCountry ? indicator.Scope != IndicatorScope.Country : !indicator.AppliesTo(response.GroupId) || rubric.FindGroup(response.GroupId) is null)
        {
            return false;
        }

        if (rubric.ScaleOf(indicator, response.FacetId) is not { } scale)
        {
            return false;
        }

        if (response.Status != ResponseStatus.Answered)
        {
            return true;
        }

        return scale.Kind == ScaleKind.Ordinal
            ? response.Level is { } level && scale.FindLevel(level) is not null
            : response.Value is { } value && scale.Contains(value);
    }

    private Assessment? ReadPrevious(string path, List<Diagnostic> diagnostics)
    {
        Result<Assessment> result;
        if (string.Equals(Path.GetExtension(path), ".json", StringComparison.OrdinalIgnoreCase))
        {
            result = AssessmentJson.ReadFile(path);
        }
        else if (File.Exists(path))
        {
            result = new WorkbookAssessmentReader(catalog.Find).ReadFile(path, lenient: true);
        }
        else
        {
            result = Result<Assessment>.Failure(Diagnostic.Error("IN001", Phrase.Of("diag.IN001"), new SourceLocation(path)));
        }

        diagnostics.AddRange(result.Diagnostics);
        return result.IsSuccess ? result.Value : null;
    }
}
