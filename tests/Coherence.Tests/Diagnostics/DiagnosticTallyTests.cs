using System.Collections.Generic;
using System.Linq;
using Coherence.Diagnostics;
using Coherence.Localization;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace Coherence.Tests.Diagnostics;

/// <summary>A reader's collector and the final cap keep the same first few of each code and file, and say the same about the rest.</summary>
public class DiagnosticTallyTests
{
    [Fact]
    public void Collecting_as_found_and_capping_at_the_end_show_the_same_diagnostics_in_the_same_order()
    {
        var one = Gen.Elements("ASM001", "ASM002", "TAB010").SelectMany(code =>
            Gen.Elements("a.json", "b.json", (string?)null).SelectMany(file =>
                Gen.Elements(DiagnosticSeverity.Error, DiagnosticSeverity.Warning).SelectMany(severity =>
                    Gen.Choose(1, 99).Select(line => new Diagnostic(severity, code, Phrase.Of("diag.ASM001", line), new SourceLocation(file, line))))));
        Prop.ForAll(Gen.ListOf(one).ToArbitrary(), Gen.Choose(1, 4).ToArbitrary(), (diagnostics, perCode) =>
        {
            var collector = new DiagnosticCollector(perCode);
            foreach (var diagnostic in diagnostics)
            {
                collector.Add(diagnostic);
            }

            var collected = new List<Diagnostic>();
            collector.CopyTo(collected);
            var capped = DiagnosticCap.Limit(diagnostics, perCode).ToList();

            Assert.Equal(capped, collected);
            Assert.Equal(diagnostics.Any(d => d.IsError), collector.HasErrors);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Past_the_limit_a_kind_is_counted_once_with_how_many_more_there_were_in_the_order_kinds_first_came()
    {
        var tally = new DiagnosticTally<string>(2);
        var a = Diagnostic.Error("X1", Phrase.Of("diag.ASM001", 1), new SourceLocation("a"));
        var b = Diagnostic.Error("X2", Phrase.Of("diag.ASM001", 2), new SourceLocation("b"));

        var kept = new[] { ("b", b), ("a", a), ("b", b), ("b", b), ("a", a), ("a", a), ("a", a), ("c", a) }.Select(p => tally.Keep(p.Item1, p.Item2)).ToList();

        Assert.Equal(new[] { true, true, true, false, true, false, false, true }, kept);
        Assert.Equal(new[] { ("b", b, 1), ("a", a, 2) }, tally.Over().ToArray());
        tally.Clear();
        Assert.Empty(tally.Over());
        Assert.True(tally.Keep("b", b));
    }
}
