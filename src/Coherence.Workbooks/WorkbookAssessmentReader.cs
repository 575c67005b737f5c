using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Model;
using Coherence.Serialization;
using DocumentFormat.OpenXml.Packaging;

namespace Coherence.Workbooks;

/// <summary>Reads the answers of a filled rubric workbook, whatever program saved it last.</summary>
/// <remarks>
/// Sheets are found through defined names and the hidden metadata sheet, columns through the hidden key row, and rows
/// by indicator id; nothing depends on positions, so rows, columns, sheets and formatting that people add are ignored.
/// One reader may read several workbooks at once, from several threads: the rubrics embedded in workbooks, kept
/// between reads, are the only state it shares.
/// </remarks>
public sealed class WorkbookAssessmentReader
{
    private static readonly byte[] ZipSignature = { 0x50, 0x4B };
    private static readonly byte[] CompoundSignature = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
    /// <summary>The largest workbook read, in bytes: 64 MiB, far above any filled rubric workbook.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    private readonly Func<RubricReference, Rubric?> findRubric;
    private readonly Dictionary<string, Rubric?> embedded = new(StringComparer.Ordinal);

    /// <summary>Initializes a new instance of the <see cref="WorkbookAssessmentReader"/> class.</summary>
    /// <param name="findRubric">Finds the rubric a workbook names (the bundled one with that id), or returns <see langword="null"/>.</param>
    public WorkbookAssessmentReader(Func<RubricReference, Rubric?> findRubric) => this.findRubric = findRubric;

    /// <summary>Reads a workbook file; the file is opened for reading only.</summary>
    /// <param name="path">The file, as the user gave it.</param>
    /// <param name="rubric">The rubric to read against, or <see langword="null"/> for the one the workbook names.</param>
    /// <param name="lenient">Read against the workbook's own rubric and accept any version (for carrying answers over).</param>
    /// <returns>The assessment, or the diagnostics that prevent it.</returns>
    public Result<Assessment> ReadFile(string path, Rubric? rubric = null, bool lenient = false) => Read(Prepare(path, scan: false), rubric, lenient);

    /// <summary>Opens a workbook file and scans its metadata and answer sheets, before the rubric to read it against is known.</summary>
    /// <param name="path">The file, as the user gave it.</param>
    /// <param name="scan">Whether to scan the answer sheets now: a batch does so while its rubric loads.</param>
    /// <returns>The workbook, to be read with <see cref="Read(PreparedWorkbook, Rubric?, bool)"/>, which disposes it.</returns>
    /// <remarks>Nothing is told here: a sheet that cannot be scanned is left for the read, which says why at the same point as it would have.</remarks>
    internal PreparedWorkbook Prepare(string path, bool scan = true)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        switch (extension)
        {
            case ".xls":
                return PreparedWorkbook.Failed(path, Fail(path, "WBK003", Phrase.Of("diag.WBK003"), Phrase.Of("hint.WBK003")));
            case ".xlsm":
                return PreparedWorkbook.Failed(path, Fail(path, "WBK006", Phrase.Of("diag.WBK006.xlsm"), Phrase.Of("hint.WBK006.xlsm")));
            case ".ods":
                return PreparedWorkbook.Failed(path, Fail(path, "WBK006", Phrase.Of("diag.WBK006.ods"), Phrase.Of("hint.WBK006.ods")));
        }

        var bytes = Load(path, out var length, out var refused);
        if (bytes is null)
        {
            return PreparedWorkbook.Failed(path, Result<Assessment>.Failure(refused!));
        }

        var prepared = PreparedWorkbook.Over(path, bytes, length, pooled: true);
        Open(prepared);
        if (scan && prepared.Content is { } content)
        {
            Scan(content);
        }

        return prepared;
    }

    /// <summary>Reads a workbook opened by <see cref="Prepare"/>, and disposes it.</summary>
    /// <param name="prepared">The workbook.</param>
    /// <param name="rubric">The rubric to read against, or <see langword="null"/> for the one the workbook names.</param>
    /// <param name="lenient">Read against the workbook's own rubric and accept any version.</param>
    /// <returns>The assessment, or the diagnostics that prevent it.</returns>
    internal Result<Assessment> Read(PreparedWorkbook prepared, Rubric? rubric = null, bool lenient = false)
    {
        using (prepared)
        {
            if (prepared.Failure is { } failure)
            {
                return failure;
            }

            return Guarded(prepared.File, () => new Interpretation(this, prepared.Content!, prepared.File, prepared.Sha256!, rubric, lenient).Run());
        }
    }

    /// <summary>Tells the country and period a workbook file answers, from its metadata sheet alone.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The country code and period, or <see langword="null"/> when they cannot be told (reading the file whole says why).</returns>
    /// <remarks>
    /// Only the package's directory, the workbook part and the hidden metadata sheet are read: no answer sheet, no shared
    /// string beyond those the metadata uses, no embedded rubric. Grouping files by country and period before scoring
    /// them thus costs a small part of reading them.
    /// </remarks>
    internal static (string Country, string Period)? ReadKey(string path)
    {
        if (!string.Equals(Path.GetExtension(path), ".xlsx", StringComparison.OrdinalIgnoreCase) || Load(path, out var length, out _) is not { } bytes)
        {
            return null;
        }

        try
        {
            if (Sniff(bytes, length, path) is not null)
            {
                return null;
            }

            var limits = WorkbookLimits.FromEnvironment();
            using var content = SpreadsheetContent.OpenChecked(bytes, length, limits);
            var pairs = content.Sheet(WorkbookLayout.MetadataSheet)?.Pairs();
            if (pairs is null || !pairs.TryGetValue("format", out var format) || format != WorkbookLayout.Format ||
                !pairs.TryGetValue("country", out var code) || !CountryCode.TryParse(code, out var country) ||
                !pairs.TryGetValue("period", out var period) || period.Length == 0)
            {
                return null;
            }

            return (country.Value, period);
        }
        catch (Exception e) when (e is WorkbookLimitException or OpenXmlPackageException or InvalidDataException or IOException or XmlException or InvalidOperationException or ArgumentException or NotSupportedException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    // Reads a whole file, within the size limit, into a pooled buffer (return it): a new array per file would be one
    // more large object for the collector; refused says why not.
    private static byte[]? Load(string path, out int length, out Diagnostic? refused)
    {
        refused = null;
        length = 0;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (stream.Length > MaxFileBytes)
            {
                var size = (stream.Length / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
                refused = Diagnostic.Error("WBK009", Phrase.Of("diag.WBK009", size), new SourceLocation(path), Phrase.Of("hint.WBK009"));
                return null;
            }

            var bytes = ArrayPool<byte>.Shared.Rent((int)Math.Max(stream.Length, 1));
            while (length < stream.Length)
            {
                var n = stream.Read(bytes, length, (int)stream.Length - length);
                if (n == 0)
                {
                    break;
                }

                length += n;
            }

            return bytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            refused = Diagnostic.Error("WBK008", Phrase.Of("diag.WBK008", e.Message), new SourceLocation(path));
            return null;
        }
    }

    /// <summary>Reads a workbook held in memory.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="file">The file name for diagnostics and provenance.</param>
    /// <param name="rubric">The rubric to read against, or <see langword="null"/> for the one the workbook names.</param>
    /// <param name="lenient">Read against the workbook's own rubric and accept any version.</param>
    /// <returns>The assessment, or the diagnostics that prevent it.</returns>
    public Result<Assessment> Read(byte[] bytes, string file, Rubric? rubric = null, bool lenient = false) => Read(bytes, bytes.Length, file, rubric, lenient);

    private Result<Assessment> Read(byte[] bytes, int length, string file, Rubric? rubric, bool lenient)
    {
        var prepared = PreparedWorkbook.Over(file, bytes, length, pooled: false);
        Open(prepared);
        return Read(prepared, rubric, lenient);
    }

    // Checks the bytes and opens the package; what prevents it becomes the prepared workbook's failure.
    private static void Open(PreparedWorkbook prepared)
    {
        var bytes = prepared.Bytes!;
        if (Sniff(bytes, prepared.Length, prepared.File) is { } refused)
        {
            prepared.Fail(Result<Assessment>.Failure(refused));
            return;
        }

        var opened = Guarded(prepared.File, () =>
        {
            var content = SpreadsheetContent.OpenChecked(bytes, prepared.Length, WorkbookLimits.FromEnvironment());
            prepared.Opened(content, AssessmentJson.Sha256(bytes, prepared.Length));
            return new Result<Assessment>(null, Array.Empty<Diagnostic>());
        });
        if (prepared.Content is null)
        {
            prepared.Fail(opened);
        }
    }

    // Scans, ahead of the read, the sheets a read will need: the metadata and the answer sheets the defined names point at.
    private static void Scan(SpreadsheetContent content)
    {
        var metadata = TryScan(content, WorkbookLayout.MetadataSheet)?.Pairs();
        if (metadata is null || !metadata.TryGetValue("format", out var format) || format != WorkbookLayout.Format)
        {
            return;
        }

        if (content.TryResolve(WorkbookLayout.WholeCountryName, out var country, out _, out _))
        {
            TryScan(content, country);
        }

        for (var index = 1; metadata.ContainsKey("group." + index.ToString(CultureInfo.InvariantCulture) + ".id"); index++)
        {
            if (content.TryResolve(WorkbookLayout.GroupName(index), out var sheet, out _, out _))
            {
                TryScan(content, sheet);
            }
        }
    }

    private static SheetCells? TryScan(SpreadsheetContent content, string sheet)
    {
        try
        {
            return content.Sheet(sheet);
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            // Not kept: the read scans the sheet again, if it needs it, and tells what is wrong there.
            return null;
        }
    }

    // Runs a step of reading, turning what makes a workbook unreadable into the diagnostic that says so.
    private static Result<Assessment> Guarded(string file, Func<Result<Assessment>> step)
    {
        try
        {
            return step();
        }
        catch (WorkbookLimitException e)
        {
            return Result<Assessment>.Failure(Diagnostic.Error(e.Code, e.Reason, new SourceLocation(file, Detail: e.Where), e.Hint));
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            return Fail(file, "WBK004", Phrase.Of("diag.WBK004.damaged"), Phrase.Of("hint.WBK004.damaged"));
        }
    }

    private static bool IsUnreadable(Exception e) =>
        e is WorkbookLimitException or OpenXmlPackageException or InvalidDataException or IOException or XmlException or InvalidOperationException or ArgumentException or NotSupportedException or UnauthorizedAccessException or FormatException;

    private static Result<Assessment> Fail(string file, string code, Phrase message, Phrase? hint) =>
        Result<Assessment>.Failure(Diagnostic.Error(code, message, new SourceLocation(file), hint));

    private static Diagnostic? Sniff(byte[] bytes, int length, string file)
    {
        if (length == 0)
        {
            return Diagnostic.Error("WBK004", Phrase.Of("diag.WBK004.empty"), new SourceLocation(file));
        }

        if (StartsWith(bytes, length, CompoundSignature))
        {
            return Contains(bytes, length, Encoding.Unicode.GetBytes("EncryptionInfo"))
                ? Diagnostic.Error("WBK002", Phrase.Of("diag.WBK002"), new SourceLocation(file), Phrase.Of("hint.WBK002"))
                : Diagnostic.Error("WBK003", Phrase.Of("diag.WBK003"), new SourceLocation(file), Phrase.Of("hint.WBK003"));
        }

        if (!StartsWith(bytes, length, ZipSignature))
        {
            return Diagnostic.Error("WBK001", Phrase.Of("diag.WBK001"), new SourceLocation(file), Phrase.Of("hint.WBK001"));
        }

        return null;
    }

    private static bool StartsWith(byte[] bytes, int length, byte[] prefix)
    {
        if (length < prefix.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            if (bytes[i] != prefix[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool Contains(byte[] bytes, int length, byte[] part)
    {
        for (var i = 0; i + part.Length <= length; i++)
        {
            var match = true;
            for (var j = 0; j < part.Length && match; j++)
            {
                match = bytes[i + j] == part[j];
            }

            if (match)
            {
                return true;
            }
        }

        return false;
    }

    private Rubric? Embedded(SpreadsheetContent content, string hash, string file)
    {
        Rubric? rubric;
        lock (embedded)
        {
            if (embedded.TryGetValue(hash, out rubric))
            {
                return rubric;
            }
        }

        // Parsed outside the lock: two threads may parse the same rubric once each, which is rare and harmless.
        rubric = null;
        if (content.Sheet(WorkbookLayout.RubricSheet) is { } sheet)
        {
            var json = new StringBuilder();
            foreach (var row in sheet.Rows)
            {
                json.Append(sheet.Text(1, row));
            }

            var result = RubricReader.Read(json.ToString(), file + "#" + WorkbookLayout.RubricSheet);
            rubric = result.IsSuccess && result.Value!.ContentHash == hash ? result.Value : null;
        }

        lock (embedded)
        {
            embedded[hash] = rubric;
        }

        return rubric;
    }

    private sealed class Interpretation
    {
        private readonly WorkbookAssessmentReader owner;
        private readonly SpreadsheetContent content;
        private readonly string file;
        private readonly string sha256;
        private readonly Rubric? rubricOverride;
        private readonly bool lenient;
        private readonly List<Diagnostic> diagnostics = new();

        public Interpretation(WorkbookAssessmentReader owner, SpreadsheetContent content, string file, string sha256, Rubric? rubricOverride, bool lenient)
        {
            this.owner = owner;
            this.content = content;
            this.file = file;
            this.sha256 = sha256;
            this.rubricOverride = rubricOverride;
            this.lenient = lenient;
        }

        public Result<Assessment> Run()
        {
            var metadata = content.Sheet(WorkbookLayout.MetadataSheet);
            var pairs = metadata?.Pairs();
            if (pairs is null || !pairs.TryGetValue("format", out var format) || format != WorkbookLayout.Format)
            {
                return Fail(file, "WBK005", Phrase.Of("diag.WBK005"), Phrase.Of("hint.WBK005"));
            }

            if (int.TryParse(Get(pairs, "formatVersion"), NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version > int.Parse(WorkbookLayout.FormatVersion, CultureInfo.InvariantCulture))
            {
                return Fail(file, "WBK007", Phrase.Of("diag.WBK007", version), Phrase.Of("hint.WBK007"));
            }

            var reference = new RubricReference(Get(pairs, "rubric.id") ?? string.Empty, Get(pairs, "rubric.version") ?? string.Empty, Get(pairs, "rubric.contentHash"));
            if (!CountryCode.TryParse(Get(pairs, "country"), out var country) || Get(pairs, "period") is not { Length: > 0 } period || reference.Id.Length == 0)
            {
                return Fail(file, "WBK051", Phrase.Of("diag.WBK051"), Phrase.Of("hint.WBK051"));
            }

            var language = Get(pairs, "language") ?? "en";
            // The embedded rubric is long: read it only when the workbook cannot be read without it.
            Rubric? ownRubric = null;
            var ownRead = false;
            Rubric? Own()
            {
                if (!ownRead)
                {
                    ownRubric = reference.ContentHash is { } hash ? owner.Embedded(content, hash, file) : null;
                    ownRead = true;
                }

                return ownRubric;
            }

            var rubric = lenient ? Own() ?? rubricOverride ?? owner.findRubric(reference) : rubricOverride ?? owner.findRubric(reference) ?? Own();
            if (rubric is null)
            {
                return Fail(file, "WBK030", Phrase.Of("diag.WBK030", reference.Id, reference.Version), Phrase.Of("hint.WBK030"));
            }

            var groups = Groups(pairs, rubric);
            if (!lenient && rubric.ContentHash != reference.ContentHash)
            {
                var difference = Own() is { } own
                    ? RubricDifference.Compare(own, rubric)
                    : RubricDifference.Compare(IdsShown(groups, rubric), rubric);
                if (rubricOverride is null && rubric.Id == reference.Id && !difference.IsEmpty && Own() is { } kept)
                {
                    // Nobody asked for another rubric: the answers are read with the rubric they were given under, which the
                    // workbook keeps, so that none changes meaning; what the tool's own version changed is told, not imposed.
                    diagnostics.Add(Diagnostic.Warning("WBK042", Phrase.Of("diag.WBK042", reference.Id, reference.Version, rubric.Version, difference.Describe()), new SourceLocation(file), Phrase.Of("hint.WBK042", rubric.Id, rubric.Version, file)));
                    rubric = kept;
                    groups = Groups(pairs, rubric);
                }
                else if (rubric.Id != reference.Id || !difference.IsEmpty)
                {
                    var what = rubric.Id != reference.Id
                        ? Phrase.Of("diag.WBK040.rubric", reference.Id, reference.Version, rubric.Id)
                        : Phrase.Of("diag.WBK040.version", reference.Id, reference.Version, rubric.Version, difference.Describe());
                    return Fail(file, "WBK040", what, Phrase.Of("hint.WBK040", file));
                }
                else
                {
                    // A version that changes only the class thresholds keeps every answer's meaning; what it changes is said.
                    var message = Own() is { } before && before.Thresholds != rubric.Thresholds
                        ? Phrase.Of("diag.WBK041.thresholds", reference.Id, reference.Version, rubric.Version, rubric.Thresholds.Gap, rubric.Thresholds.High, before.Thresholds.Gap, before.Thresholds.High)
                        : Phrase.Of("diag.WBK041", reference.Id, reference.Version, rubric.Version);
                    diagnostics.Add(Diagnostic.Warning("WBK041", message, new SourceLocation(file)));
                }
            }

            var vocabulary = new LevelVocabulary(rubric, language);
            var responses = new List<Response>();
            foreach (var group in groups)
            {
                if (group.Sheet is null)
                {
                    // A sheet renamed by a tool that does not update defined names still has its key row: losing its
                    // answers quietly would be worse than refusing the file.
                    if (UnlinkedGroupSheet(groups) is { } orphan)
                    {
                        diagnostics.Add(Diagnostic.Error("WBK023", Phrase.Of("diag.WBK023", group.Id, orphan), new SourceLocation(file), Phrase.Of("hint.WBK023", group.Group?.Name.Get(language) ?? new WorkbookTexts(language)["sheet.country"])));
                        continue;
                    }

                    diagnostics.Add(Diagnostic.Warning("WBK020", Phrase.Of("diag.WBK020", group.Id), new SourceLocation(file)));
                    continue;
                }

                ReadGroup(group, rubric, vocabulary, responses);
            }

            var assessment = new Assessment(country, period, RubricReference.Of(rubric), responses)
            {
                CountryName = CountryNameMetadata.Read(pairs),
                Language = language,
                Assessors = Assessors(pairs),
                Notes = NamedText(WorkbookLayout.AssessmentNotes) is { } notes && notes.Trim().Length > 0 ? notes : null,
                Source = new AssessmentSource(file, sha256),
            };

            // The reference keeps the workbook's own rubric when it was read leniently, for provenance.
            if (lenient)
            {
                assessment = assessment with { Rubric = reference };
            }

            return new Result<Assessment>(diagnostics.Any(d => d.IsError) ? null : assessment, diagnostics);
        }

        private static string? Get(Dictionary<string, string> pairs, string key) => pairs.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

        private static HashSet<string> IdsShown(IEnumerable<GroupSheet> groups, Rubric rubric)
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var group in groups.Where(g => g.Sheet is not null))
            {
                var sheet = group.Sheet!;
                foreach (var row in sheet.Rows.Where(r => r > group.KeyRow))
                {
                    if (sheet.Text(1, row) is { } id && id.Trim().Length > 0 && id.Trim().IndexOf(' ') < 0)
                    {
                        ids.Add(id.Trim());
                    }
                }
            }

            // Section rows carry dimension names, not ids; keep only what looks like the rubric's ids or unknown single words.
            ids.RemoveWhere(id => rubric.FindIndicator(id) is null && rubric.Dimensions.Any(d => d.Name.Translations.Values.Contains(id)));
            return ids;
        }

        private string? UnlinkedGroupSheet(List<GroupSheet> groups)
        {
            var linked = new HashSet<string>(groups.Where(g => g.Sheet is not null).Select(g => g.Sheet!.Name), StringComparer.Ordinal);
            foreach (var candidate in content.Sheets.Where(s => !linked.Contains(s.Name)))
            {
                var sheet = content.Sheet(candidate.Name);
                if (sheet is not null && sheet.Rows.Take(40).Any(row => KeysIn(sheet, row) is { } keys && keys.ContainsKey(WorkbookLayout.IndicatorKey)))
                {
                    return candidate.Name;
                }
            }

            return null;
        }

        private List<GroupSheet> Groups(Dictionary<string, string> pairs, Rubric rubric)
        {
            var groups = new List<GroupSheet>();
            for (var index = 1; Get(pairs, "group." + index.ToString(CultureInfo.InvariantCulture) + ".id") is { } id; index++)
            {
                var group = rubric.FindGroup(id);
                if (group is null)
                {
                    continue;
                }

                SheetCells? sheet = null;
                uint keyRow = 0;
                if (content.TryResolve(WorkbookLayout.GroupName(index), out var sheetName, out _, out var row))
                {
                    sheet = content.Sheet(sheetName);
                    keyRow = row;
                }

                if (sheet is null && Get(pairs, "group." + index.ToString(CultureInfo.InvariantCulture) + ".sheet") is { } recorded)
                {
                    sheet = content.Sheet(recorded);
                }

                if (sheet is null)
                {
                    var names = group.Name.Translations.Values.Select(LevelVocabulary.Normalize).ToList();
                    var match = content.Sheets.FirstOrDefault(s => names.Contains(LevelVocabulary.Normalize(s.Name)));
                    sheet = match is null ? null : content.Sheet(match.Name);
                }

                groups.Add(new GroupSheet(group, sheet, keyRow == 0 ? WorkbookLayout.KeyRow : keyRow));
            }

            // The sheet for the whole country asks the country-scope indicators once; workbooks of format 1 have none.
            var countrySheet = Get(pairs, WorkbookLayout.CountrySheetKey);
            if (countrySheet is not null || content.TryResolve(WorkbookLayout.WholeCountryName, out _, out _, out _))
            {
                SheetCells? sheet = null;
                uint keyRow = 0;
                if (content.TryResolve(WorkbookLayout.WholeCountryName, out var sheetName, out _, out var row))
                {
                    sheet = content.Sheet(sheetName);
                    keyRow = row;
                }

                if (sheet is null && countrySheet is not null)
                {
                    sheet = content.Sheet(countrySheet);
                }

                groups.Insert(0, new GroupSheet(null, sheet, keyRow == 0 ? WorkbookLayout.KeyRow : keyRow));
            }

            return groups;
        }

        private void ReadGroup(GroupSheet group, Rubric rubric, LevelVocabulary vocabulary, List<Response> responses)
        {
            var sheet = group.Sheet!;
            var columns = Columns(sheet, group, rubric);
            if (columns is null || !columns.TryGetValue(WorkbookLayout.IndicatorKey, out var idColumn))
            {
                diagnostics.Add(Diagnostic.Error("WBK021", Phrase.Of("diag.WBK021"), Where(sheet.Name, null), Phrase.Of("hint.WBK021")));
                return;
            }

            var asked = group.Group is null ? rubric.Indicators.Where(i => i.Scope == IndicatorScope.Country) : rubric.IndicatorsFor(group.Id);
            var facets = rubric.Facets.Where(f => asked.Any(i => i.FindFacet(f.Id) is not null)).ToList();
            foreach (var facet in facets)
            {
                if (!columns.ContainsKey(WorkbookLayout.FacetKey(facet.Id, WorkbookLayout.Level)))
                {
                    diagnostics.Add(Diagnostic.Error("WBK022", Phrase.Of("diag.WBK022", facet.Id), Where(sheet.Name, null), Phrase.Of("hint.WBK022")));
                    return;
                }
            }

            var places = facets.Select(f => new FacetColumns(f.Id, columns)).ToList();
            var seen = new Dictionary<string, uint>(StringComparer.Ordinal);
            foreach (var row in sheet.Rows.Where(r => r > group.KeyRow).ToList())
            {
                var id = sheet.Text(idColumn, row)?.Trim();
                if (id is null || rubric.FindIndicator(id) is not { } indicator)
                {
                    // Rows that people add, section rows and headers have no indicator id: they are not answers.
                    continue;
                }

                if (group.Group is null ? indicator.Scope != IndicatorScope.Country : !indicator.AppliesTo(group.Id))
                {
                    diagnostics.Add(Diagnostic.Warning("WBK013", Phrase.Of("diag.WBK013", id, group.Id), Where(sheet.Name, CellReference.Of(idColumn, row))));
                    continue;
                }

                if (seen.TryGetValue(id, out var first))
                {
                    diagnostics.Add(Diagnostic.Error("WBK012", Phrase.Of("diag.WBK012", id, first, row), Where(sheet.Name, CellReference.Of(idColumn, row)), Phrase.Of("hint.WBK012")));
                    continue;
                }

                seen.Add(id, row);
                foreach (var place in places)
                {
                    if (indicator.FindFacet(place.FacetId) is { } part && rubric.FindScale(part.ScaleId) is { } scale &&
                        ReadResponse(sheet, place, row, indicator, group.Id, scale, vocabulary) is { } response)
                    {
                        responses.Add(response);
                    }
                }
            }
        }

        private Response? ReadResponse(SheetCells sheet, FacetColumns place, uint row, Indicator indicator, string groupId, Scale scale, LevelVocabulary vocabulary)
        {
            var facetId = place.FacetId;
            string? Cell(string part) => place.Column(part) is var column and > 0 ? sheet.Text(column, row) : null;
            string Ref(string part) => CellReference.Of(place.Column(part), row);

            foreach (var part in FacetColumns.Written)
            {
                // A formula saved without its result (by a program that does not calculate) would read as empty without a word.
                if (place.Column(part) is var formulaColumn and > 0 && sheet.IsUncalculated(formulaColumn, row))
                {
                    diagnostics.Add(Diagnostic.Warning("WBK016", Phrase.Of("diag.WBK016"), Where(sheet.Name, Ref(part)), Phrase.Of("hint.WBK016")));
                }
            }

            var levelText = Cell(WorkbookLayout.Level);
            var evidence = Verbatim(Cell(WorkbookLayout.Evidence));
            var notes = Verbatim(Cell(WorkbookLayout.Notes));
            var sources = (Cell(WorkbookLayout.Sources) ?? string.Empty)
                .Split(new[] { '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(s => s.Trim())
                .Where(s => s.Length > 0)
                .ToList();
            var confidence = Confidence.Unspecified;
            if (Cell(WorkbookLayout.Confidence) is { } confidenceText && confidenceText.Trim().Length > 0 && !vocabulary.TryReadConfidence(confidenceText, out confidence))
            {
                diagnostics.Add(Diagnostic.Warning("WBK011", Phrase.Of("diag.WBK011", confidenceText.Trim()), Where(sheet.Name, Ref(WorkbookLayout.Confidence)), Phrase.Of("hint.WBK011", vocabulary.ConfidenceChoices())));
            }

            var hasDetail = evidence is not null || notes is not null || sources.Count > 0 || confidence != Confidence.Unspecified;
            ResponseStatus status;
            string? level = null;
            double? value = null;
            if (levelText is null || levelText.Trim().Length == 0)
            {
                if (!hasDetail)
                {
                    return null;
                }

                diagnostics.Add(Diagnostic.Warning("WBK014", Phrase.Of("diag.WBK014", indicator.Id, facetId), Where(sheet.Name, Ref(WorkbookLayout.Level)), Phrase.Of("hint.WBK014")));
                status = ResponseStatus.Unknown;
            }
            else
            {
                var reading = vocabulary.Read(scale, levelText);
                if (reading.Problem is { } problem)
                {
                    diagnostics.Add(Diagnostic.Error("WBK010", problem, Where(sheet.Name, Ref(WorkbookLayout.Level))));
                    return null;
                }

                status = reading.Status;
                level = reading.Level;
                value = reading.Value;
            }

            return new Response(indicator.Id, groupId, facetId, status, level, value)
            {
                Evidence = evidence,
                Notes = notes,
                Sources = sources,
                Confidence = confidence,
            };
        }

        private static string? Verbatim(string? text) => text is null || text.Trim().Length == 0 ? null : text;

        private Dictionary<string, int>? Columns(SheetCells sheet, GroupSheet group, Rubric rubric)
        {
            if (KeysIn(sheet, group.KeyRow) is { } keys)
            {
                return keys;
            }

            foreach (var row in sheet.Rows.Take(40))
            {
                if (KeysIn(sheet, row) is { } found)
                {
                    group.KeyRow = row;
                    return found;
                }
            }

            // The key row is gone: recognise the headers people read, in any language.
            var headers = HeaderKeys(rubric);
            foreach (var row in sheet.Rows.Take(40))
            {
                var map = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var cell in sheet.Row(row))
                {
                    if (headers.TryGetValue(LevelVocabulary.Normalize(cell.Value), out var key) && !map.ContainsKey(key))
                    {
                        map.Add(key, cell.Key);
                    }
                }

                if (map.ContainsKey(WorkbookLayout.IndicatorKey) && map.Keys.Any(k => k.EndsWith("." + WorkbookLayout.Level, StringComparison.Ordinal)))
                {
                    group.KeyRow = row;
                    return map;
                }
            }

            return null;
        }

        private static Dictionary<string, int>? KeysIn(SheetCells sheet, uint row)
        {
            var cells = sheet.Row(row);
            if (!cells.Values.Contains(WorkbookLayout.IndicatorKey))
            {
                return null;
            }

            var keys = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var cell in cells.OrderBy(c => c.Key))
            {
                if (!keys.ContainsKey(cell.Value))
                {
                    keys.Add(cell.Value, cell.Key);
                }
            }

            return keys;
        }

        private static Dictionary<string, string> HeaderKeys(Rubric rubric)
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var language in WorkbookTexts.Languages)
            {
                var texts = new WorkbookTexts(language);
                map[LevelVocabulary.Normalize(texts["col.id"])] = WorkbookLayout.IndicatorKey;
                foreach (var facet in rubric.Facets)
                {
                    var name = facet.Name.Get(language);
                    foreach (var part in new[] { WorkbookLayout.Level, WorkbookLayout.Evidence, WorkbookLayout.Sources, WorkbookLayout.Confidence, WorkbookLayout.Notes })
                    {
                        map[LevelVocabulary.Normalize(texts.Format("col." + part, name))] = WorkbookLayout.FacetKey(facet.Id, part);
                    }
                }
            }

            return map;
        }

        private string? NamedText(string name) =>
            content.TryResolve(name, out var sheetName, out var column, out var row) ? content.Sheet(sheetName)?.Text(column, row) : null;

        private IReadOnlyList<Assessor> Assessors(Dictionary<string, string> pairs)
        {
            var name = NamedText(WorkbookLayout.AssessorName)?.Trim() ?? Get(pairs, "assessor.name");
            if (string.IsNullOrEmpty(name))
            {
                return Array.Empty<Assessor>();
            }

            var organization = NamedText(WorkbookLayout.AssessorOrganization)?.Trim() ?? Get(pairs, "assessor.organization");
            var roleText = NamedText(WorkbookLayout.AssessorRole) ?? Get(pairs, "assessor.role");
            var role = AssessorRole.Government;
            if (roleText is { } text && text.Trim().Length > 0 && !TryRole(text, out role))
            {
                diagnostics.Add(Diagnostic.Warning("WBK015", Phrase.Of("diag.WBK015", text.Trim()), new SourceLocation(file, Detail: "role")));
                role = AssessorRole.Government;
            }

            return new[] { new Assessor(name!, string.IsNullOrEmpty(organization) ? null : organization, role) };
        }

        private static bool TryRole(string text, out AssessorRole role)
        {
            var normal = LevelVocabulary.Normalize(text);
            foreach (var candidate in new[] { AssessorRole.Government, AssessorRole.CivilSociety, AssessorRole.Independent })
            {
                var id = AssessmentJson.RoleName(candidate);
                if (normal == id || WorkbookTexts.InEveryLanguage("role." + id).Any(w => LevelVocabulary.Normalize(w) == normal))
                {
                    role = candidate;
                    return true;
                }
            }

            role = AssessorRole.Government;
            return false;
        }

        private SourceLocation Where(string sheet, string? cell) => new(file, Detail: cell is null ? sheet : sheet + "!" + cell);
    }

    /// <summary>A sheet of answers: one migrant group's, or the whole country's when <see cref="Group"/> is null.</summary>
    private sealed class GroupSheet
    {
        public GroupSheet(MigrantGroup? group, SheetCells? sheet, uint keyRow)
        {
            Group = group;
            Sheet = sheet;
            KeyRow = keyRow;
        }

        public MigrantGroup? Group { get; }

        public string Id => Group?.Id ?? Response.WholeCountry;

        public SheetCells? Sheet { get; }

        public uint KeyRow { get; set; }
    }
}
