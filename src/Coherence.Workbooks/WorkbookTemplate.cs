using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using Coherence.Serialization;

namespace Coherence.Workbooks;

/// <summary>A rubric workbook's package written once, its parts deflated once, with holes for the texts that differ per country.</summary>
/// <remarks>
/// Writing a workbook from a template copies the deflated runs between holes into a new zip as they are, and stores
/// each hole's text for that workbook in a small uncompressed block: a batch of workbooks in one language costs one
/// workbook's writing and compressing, then a copy per country. A template serves only requests that differ from its
/// sample in the country, its name, the period and the assessor, and for which every row height measured from those
/// texts comes out the same (<see cref="Fits"/>).
/// </remarks>
internal sealed class WorkbookTemplate
{
    private readonly WorkbookHoles holes;
    private readonly List<(string Name, List<Piece> Pieces)> entries;
    private readonly bool runs;

    private WorkbookTemplate(WorkbookHoles holes, List<(string, List<Piece>)> entries, bool runs)
    {
        this.holes = holes;
        this.entries = entries;
        this.runs = runs;
    }

    /// <summary>Gets whether the parts carry holes, so that the template serves other countries than its sample's.</summary>
    public bool Shared => holes.Open;

    /// <summary>Writes a request's workbook and splits its parts at their holes.</summary>
    /// <param name="request">The request whose workbook is the template.</param>
    /// <param name="deflateRunsApart">Whether to deflate the runs between holes apart; <see langword="false"/> takes the path of a
    /// runtime whose deflater cannot (each part put together, then deflated whole), so that tests reach it on any runtime.</param>
    public static WorkbookTemplate Build(RubricWorkbookRequest request, bool deflateRunsApart = true)
    {
        // The embedded rubric holds every text the rubric gives the workbook: a text that carries the marker itself
        // would read as a hole, so such a workbook is written for its request alone.
        var json = request.RubricJson ?? RubricJsonWriter.Write(request.Rubric, indented: true);
        request = request with { RubricJson = json };
        var open = !WorkbookHoles.IsIn(json) && !WorkbookHoles.IsIn(request.Notes ?? string.Empty) &&
            !request.Answers.Values.Any(a => WorkbookHoles.IsIn(a.Evidence ?? string.Empty) || WorkbookHoles.IsIn(a.Notes ?? string.Empty) || a.Sources.Any(WorkbookHoles.IsIn));
        var holes = new WorkbookHoles(request, open);
        using var package = new MemoryStream();
        RubricWorkbookWriter.WritePackage(request, holes, package);
        package.Position = 0;

        var entries = new List<(string, List<Piece>)>();
        var found = new bool[holes.Count];
        var runs = deflateRunsApart;
        using (var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true))
        {
            foreach (var entry in zip.Entries)
            {
                byte[] bytes;
                using (var stream = entry.Open())
                using (var copy = new MemoryStream(entry.Length > 0 && entry.Length < int.MaxValue ? (int)entry.Length : 256))
                {
                    stream.CopyTo(copy);
                    bytes = copy.ToArray();
                }

                var pieces = Split(bytes, holes.Count, found);
                foreach (var piece in pieces.Where(p => p.Hole < 0))
                {
                    piece.Run = runs ? DeflatedRun.TryDeflate(bytes, piece.Offset, piece.Length) : null;
                    runs &= piece.Run is not null;
                    piece.Bytes = bytes;
                }

                entries.Add((entry.FullName, pieces));
            }
        }

        if (found.Any(f => !f))
        {
            throw new InvalidOperationException("A hole of the workbook was not written into any part.");
        }

        return new WorkbookTemplate(holes, entries, runs);
    }

    /// <summary>Gets whether the template writes this request's workbook exactly as writing it alone would.</summary>
    public bool Fits(RubricWorkbookRequest request)
    {
        var sample = holes.Sample;
        if (!holes.Open)
        {
            return ReferenceEquals(request, sample) || request == sample;
        }

        return ReferenceEquals(request.Rubric, sample.Rubric) &&
            request.Language == sample.Language &&
            request.GeneratedAt == sample.GeneratedAt &&
            request.Notes == sample.Notes &&
            (ReferenceEquals(request.Answers, sample.Answers) || (request.Answers.Count == 0 && sample.Answers.Count == 0)) &&
            request.Password == sample.Password &&
            request.Paper == sample.Paper &&
            request.ToolVersion == sample.ToolVersion &&
            (request.RubricJson is null || request.RubricJson == sample.RubricJson) &&
            CountryNameMetadata.Shape(request.CountryName) == CountryNameMetadata.Shape(sample.CountryName) &&
            (request.Assessor is null) == (sample.Assessor is null) &&
            (request.Assessor?.Organization is null) == (sample.Assessor?.Organization is null) &&
            holes.MeasuresAlike(request);
    }

    /// <summary>Writes a request's workbook: the template's deflated runs, and the request's texts in its holes.</summary>
    public void Write(RubricWorkbookRequest request, Stream stream)
    {
        var filled = new DeflatedRun?[holes.Count];
        var zip = new ZipPackageWriter(stream, holes.Sample.GeneratedAt.UtcDateTime);
        foreach (var (name, pieces) in entries)
        {
            if (runs)
            {
                zip.Add(name, pieces.Select(p => p.Hole < 0 ? p.Run! : filled[p.Hole] ??= DeflatedRun.Stored(Fill(p.Hole, request))).ToList());
            }
            else
            {
                // This runtime cannot deflate runs apart: each part is put together, then deflated whole.
                using var whole = new MemoryStream();
                foreach (var piece in pieces)
                {
                    if (piece.Hole < 0)
                    {
                        whole.Write(piece.Bytes!, piece.Offset, piece.Length);
                    }
                    else
                    {
                        var text = Fill(piece.Hole, request);
                        whole.Write(text, 0, text.Length);
                    }
                }

                var bytes = whole.ToArray();
                var (compressed, crc) = DeflatedRun.Whole(bytes);
                zip.Add(name, compressed, crc, bytes.Length);
            }
        }

        zip.Finish();
    }

    /// <summary>Escapes a text for XML, in an element's content or an attribute's value alike.</summary>
    internal static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&apos;",
                '\n' => "&#xA;",
                '\r' => "&#xD;",
                '\t' => "&#x9;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    private byte[] Fill(int hole, RubricWorkbookRequest request) =>
        Encoding.UTF8.GetBytes(Escape(SharedStrings.Clean(holes.Fill(hole, request))));

    private static List<Piece> Split(byte[] bytes, int holeCount, bool[] found)
    {
        var pieces = new List<Piece>();
        var start = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] != 0xEE)
            {
                continue;
            }

            var hole = WorkbookHoles.TokenAt(bytes, i, bytes.Length);
            if (hole < 0)
            {
                continue;
            }

            if (hole >= holeCount)
            {
                throw new InvalidOperationException("A workbook part carries an unknown hole.");
            }

            if (i > start)
            {
                pieces.Add(new Piece(-1, start, i - start));
            }

            pieces.Add(new Piece(hole, i, 6));
            found[hole] = true;
            i += 5;
            start = i + 1;
        }

        if (start < bytes.Length || pieces.Count == 0)
        {
            pieces.Add(new Piece(-1, start, bytes.Length - start));
        }

        return pieces;
    }

    /// <summary>A run of a part: fixed bytes (<see cref="Hole"/> below zero) or a hole.</summary>
    private sealed class Piece
    {
        public Piece(int hole, int offset, int length)
        {
            Hole = hole;
            Offset = offset;
            Length = length;
        }

        public int Hole { get; }

        public int Offset { get; }

        public int Length { get; }

        public DeflatedRun? Run { get; set; }

        public byte[]? Bytes { get; set; }
    }
}
