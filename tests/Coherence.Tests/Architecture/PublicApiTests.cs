using System;
using System.Reflection;
using Coherence.Tests.Support;
using PublicApiGenerator;
using Xunit;

namespace Coherence.Tests.Architecture;

/// <summary>Every package's public API is approved in the repository, so that any change to it shows in review.</summary>
public class PublicApiTests
{
    [Theory]
    [InlineData(typeof(Coherence.Model.Rubric))]
    [InlineData(typeof(Coherence.Workbooks.RubricWorkbookWriter))]
    [InlineData(typeof(Coherence.Reports.ReportRenderer))]
    [InlineData(typeof(Coherence.Operations.ScoreOperation))]
    [InlineData(typeof(Coherence.PowerShell.CoherenceCmdlet))]
    public void The_public_API_of_each_package_is_the_approved_one(Type anyType)
    {
        var assembly = anyType.Assembly;
        var api = assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = new[] { "System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute" } });

        Approvals.Verify("tests/Coherence.Tests/Architecture/Approved", assembly.GetName().Name + ".txt", api);
    }
}
