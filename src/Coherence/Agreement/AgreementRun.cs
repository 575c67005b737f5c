using System;
using System.Collections.Generic;
using Coherence.Model;

namespace Coherence.Agreement;

/// <summary>The agreement of every set of assessments measured at once, with what is needed to publish it.</summary>
/// <param name="Sets">One agreement per country and period assessed by two or more teams, sorted by country then period.</param>
/// <param name="Rubrics">The rubrics used, by id.</param>
/// <param name="Settings">The bootstrap settings used.</param>
/// <param name="GeneratedAt">When it was measured.</param>
/// <param name="ToolVersion">The version of the tool that measured it.</param>
public sealed record AgreementRun(IReadOnlyList<AssessorAgreement> Sets, IReadOnlyDictionary<string, Rubric> Rubrics, AgreementSettings Settings, DateTimeOffset GeneratedAt, string ToolVersion);
