using System;
using System.Linq;
using System.Reflection;
using Xunit;

namespace Coherence.Tests.Architecture;

/// <summary>Packages depend inward only: the core knows no workbook, template, console or PowerShell library, and the shells reach the core through the operations.</summary>
public class PackageDirectionTests
{
    private static readonly string[] Outer = { "DocumentFormat.OpenXml", "DocumentFormat.OpenXml.Framework", "HandlebarsDotNet", "Handlebars", "Scriban", "Spectre.Console", "System.CommandLine", "System.Management.Automation" };

    [Theory]
    [InlineData(typeof(Coherence.Model.Rubric), new string[0], new[] { "YamlDotNet" })]
    [InlineData(typeof(Coherence.Workbooks.RubricWorkbookWriter), new[] { "Coherence" }, new[] { "DocumentFormat.OpenXml", "DocumentFormat.OpenXml.Framework" })]
    [InlineData(typeof(Coherence.Reports.ReportRenderer), new[] { "Coherence" }, new[] { "HandlebarsDotNet", "Handlebars", "Scriban" })]
    [InlineData(typeof(Coherence.Operations.ScoreOperation), new[] { "Coherence", "Coherence.Workbooks", "Coherence.Reports" }, new[] { "YamlDotNet" })]
    [InlineData(typeof(Coherence.PowerShell.CoherenceCmdlet), new[] { "Coherence", "Coherence.Workbooks", "Coherence.Reports", "Coherence.Operations" }, new[] { "System.Management.Automation" })]
    public void Each_package_references_only_the_packages_below_it(Type anyType, string[] allowedCoherence, string[] allowedOuter)
    {
        var assembly = anyType.Assembly;
        var references = assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        var coherence = references.Where(r => r.StartsWith("Coherence", StringComparison.Ordinal)).ToList();
        Assert.All(coherence, r => Assert.Contains(r, allowedCoherence));
        var outer = references.Where(r => Outer.Contains(r)).ToList();
        Assert.All(outer, r => Assert.Contains(r, allowedOuter));
    }

    [Fact]
    public void The_core_references_nothing_but_the_framework_YamlDotNet_and_System_Text_Json()
    {
        var references = typeof(Coherence.Model.Rubric).Assembly.GetReferencedAssemblies().Select(a => a.Name!);

        var foreign = references.Where(r => !(r.StartsWith("System", StringComparison.Ordinal) || r.StartsWith("Microsoft.", StringComparison.Ordinal) || r == "netstandard" || r == "mscorlib" || r == "YamlDotNet")).ToList();

        Assert.Empty(foreign);
    }

    [Fact]
    public void The_command_line_reaches_workbooks_and_reports_only_through_the_operations_package()
    {
        var cli = Assembly.Load("Coherence.Cli");

        var references = cli.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Contains("Coherence.Operations", references);
        Assert.DoesNotContain("DocumentFormat.OpenXml", references);
        Assert.DoesNotContain("HandlebarsDotNet", references);
    }
}
