using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Coherence.PowerShell.Completion;
using Coherence.Tests.Support;
using Xunit;
using static Coherence.Tests.PowerShell.CmdletMetadata;

namespace Coherence.Tests.PowerShell;

/// <summary>Checks the compiled module as PowerShell would see it, without a PowerShell runtime: verbs, output types, pipeline binding, ShouldProcess, completion, the manifest.</summary>
public class ModuleMetadataTests
{
    private static readonly string[] Writers = { "New", "Export" };

    [Fact]
    public void The_module_has_cmdlets()
    {
        Assert.True(Cmdlets().Count >= 5, string.Join(", ", Cmdlets().Select(c => c.Name)));
    }

    [Fact]
    public void Every_cmdlet_uses_an_approved_verb_and_a_Coherence_noun()
    {
        Assert.All(Cmdlets(), c =>
        {
            Assert.Contains(c.Verb, ApprovedVerbs);
            Assert.StartsWith("Coherence", c.Noun, StringComparison.Ordinal);
            Assert.Equal(c.Verb + c.Noun + "Command", c.Type.Name);
        });
    }

    [Fact]
    public void Every_cmdlet_declares_what_it_outputs()
    {
        Assert.All(Cmdlets(), c => Assert.True(c.OutputTypes.Count > 0, c.Name + " has no [OutputType]"));
    }

    [Fact]
    public void Cmdlets_that_write_files_support_WhatIf_Confirm_Force_and_PassThru()
    {
        var writers = Cmdlets().Where(c => Writers.Contains(c.Verb) || c.Find("Force") is not null).ToList();
        Assert.Equal(5, writers.Count);
        Assert.All(writers, c =>
        {
            Assert.True(c.SupportsShouldProcess, c.Name + " does not declare SupportsShouldProcess");
            Assert.NotNull(c.Find("Force"));
            Assert.NotNull(c.Find("PassThru"));
        });
        Assert.All(Cmdlets().Where(c => writers.All(w => w.Name != c.Name)), c => Assert.False(c.SupportsShouldProcess, c.Name + " writes nothing and should not ask for confirmation"));
    }

    [Fact]
    public void Path_binds_FullName_by_property_name_and_InputObject_binds_by_value()
    {
        Assert.All(Cmdlets(), c =>
        {
            if (c.Find("Path") is { } path)
            {
                Assert.True(path.FromPipelineByPropertyName, c.Name + " -Path does not bind by property name");
                Assert.Contains("FullName", path.Aliases);
            }

            if (c.Find("InputObject") is { } input)
            {
                Assert.True(input.FromPipeline, c.Name + " -InputObject does not take pipeline input");
            }
        });
        Assert.Contains(Cmdlets(), c => c.Find("InputObject") is not null);
    }

    [Fact]
    public void The_pipeline_of_the_documentation_fits_together_by_type()
    {
        var import = Cmdlets().Single(c => c.Name == "Import-CoherenceAssessment");
        var measure = Cmdlets().Single(c => c.Name == "Measure-CoherenceGap");
        var compare = Cmdlets().Single(c => c.Name == "Compare-CoherenceAssessment");

        Assert.Contains(measure.Find("InputObject")!.Property.PropertyType.GetElementType(), import.OutputTypes);
        Assert.Contains(compare.Find("InputObject")!.Property.PropertyType.GetElementType(), measure.OutputTypes);
        var report = Cmdlets().Single(c => c.Name == "Export-CoherenceReport");
        var workbook = Cmdlets().Single(c => c.Name == "Export-CoherenceWorkbook");
        Assert.Contains(report.Find("InputObject")!.Property.PropertyType.GetElementType(), measure.OutputTypes);
        Assert.Contains(workbook.Find("InputObject")!.Property.PropertyType.GetElementType(), measure.OutputTypes);
    }

    [Fact]
    public void The_eleven_cmdlets_of_the_module_are_there()
    {
        Assert.Equal(
            new[] { "Compare-CoherenceAssessment", "Export-CoherenceReport", "Export-CoherenceWorkbook", "Get-CoherenceRubric", "Import-CoherenceAssessment", "Measure-CoherenceAgreement", "Measure-CoherenceGap", "Measure-CoherenceRobustness", "Merge-CoherenceAssessment", "New-CoherenceWorkbook", "Test-CoherenceRubric" },
            Cmdlets().Select(c => c.Name));
    }

    [Theory]
    [InlineData("Rubric", typeof(RubricCompleter))]
    [InlineData("Country", typeof(CountryCompleter))]
    [InlineData("Language", typeof(LanguageCompleter))]
    [InlineData("Template", typeof(TemplateCompleter))]
    public void Parameters_of_a_kind_complete_with_their_completer(string parameter, Type completer)
    {
        Assert.All(Cmdlets().Select(c => c.Find(parameter)).Where(p => p is not null), p => Assert.Equal(completer, p!.Completer));
    }

    [Fact]
    public void Every_cmdlet_of_the_assembly_is_exported_and_every_export_is_a_cmdlet()
    {
        var manifest = ModuleManifest.Load();
        var exported = manifest.Array("CmdletsToExport");

        Assert.NotNull(exported);
        Assert.Equal(Cmdlets().Select(c => c.Name).OrderBy(n => n, StringComparer.Ordinal), exported!.OrderBy(n => n, StringComparer.Ordinal));
        Assert.DoesNotContain(exported, e => e.Contains('*', StringComparison.Ordinal));
    }

    [Fact]
    public void The_manifest_version_is_the_assembly_version()
    {
        var manifest = ModuleManifest.Load();
        var version = Module.GetName().Version!;

        Assert.Equal($"{version.Major}.{version.Minor}.{version.Build}", manifest.Scalar("ModuleVersion"));
    }

    [Fact]
    public void The_manifest_loads_in_Windows_PowerShell_and_PowerShell_7_and_exports_nothing_by_wildcard()
    {
        var manifest = ModuleManifest.Load();

        Assert.Equal(new[] { "Core", "Desktop" }, manifest.Array("CompatiblePSEditions"));
        Assert.Equal("5.1", manifest.Scalar("PowerShellVersion"));
        Assert.Equal("bin/" + Module.GetName().Name + ".dll", manifest.Scalar("RootModule"));
        foreach (var key in new[] { "FunctionsToExport", "VariablesToExport", "AliasesToExport" })
        {
            Assert.Empty(manifest.Array(key)!);
        }

        Assert.Matches(@"Tags\s*=", manifest.Text);
        Assert.Matches(@"LicenseUri\s*=", manifest.Text);
        Assert.Matches(@"ProjectUri\s*=", manifest.Text);
    }

    [Fact]
    public void Every_object_a_cmdlet_writes_has_a_default_table_view_whose_properties_exist()
    {
        var manifest = ModuleManifest.Load();
        var formats = manifest.Array("FormatsToProcess")!;
        var document = XDocument.Load(manifest.File(Assert.Single(formats)));
        var views = document.Descendants("View").ToList();
        var viewed = views.Select(v => (string)v.Element("ViewSelectedBy")!.Element("TypeName")!).ToList();

        var written = Cmdlets().SelectMany(c => c.OutputTypes).Where(t => !t.IsPrimitive && t != typeof(string) && t != typeof(FileInfo)).Distinct();
        Assert.All(written, t => Assert.Contains(t.FullName, viewed));
        foreach (var view in views)
        {
            var typeName = (string)view.Element("ViewSelectedBy")!.Element("TypeName")!;
            var type = Cmdlets().SelectMany(c => c.OutputTypes).Concat(new[] { typeof(Coherence.Diagnostics.Diagnostic), typeof(Coherence.Scoring.AssessmentScore) }).FirstOrDefault(t => t.FullName == typeName);
            Assert.True(type is not null, typeName + " has a view but no cmdlet writes it");
            foreach (var property in view.Descendants("PropertyName").Select(p => p.Value))
            {
                Assert.True(type!.GetProperty(property) is not null, $"{typeName} has no property {property}");
            }

            Assert.Equal(view.Descendants("TableColumnHeader").Count(), view.Descendants("TableColumnItem").Count());
        }
    }

    [Fact]
    public void Every_cmdlet_derives_from_the_base_that_resolves_paths_through_the_PowerShell_session()
    {
        // Paths go through the base class, which asks PowerShell's session state to resolve them.
        Assert.All(Cmdlets(), c => Assert.True(typeof(Coherence.PowerShell.CoherenceCmdlet).IsAssignableFrom(c.Type), c.Name));
    }
}
