using System;
using System.Runtime.CompilerServices;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Xml;
using Coherence.Localization;

namespace Coherence.Workbooks;

/// <summary>The shared-strings table of a workbook, indexed by scanning its bytes and decoded one item at a time, when a cell asks for it.</summary>
/// <remarks>
/// <para>
/// A filled rubric workbook's table holds, before the last answer's text, the long level texts of law and practice,
/// which no answer needs. Parsing it as XML decodes every one of them; here the inflated bytes are only scanned for
/// the tags (every <c>&lt;</c> in the table starts one, since text escapes it), the start and end of each
/// <c>si</c> item noted, and an item is decoded when a cell that is read uses it. The part is inflated only as far
/// as the largest index asked for.
/// </para>
/// <para>
/// An item reads as Excel and LibreOffice show it: the text of its <c>t</c> elements, rich-text runs joined,
/// phonetic runs (<c>rPh</c>) left out, character and entity references resolved, line ends normalised as XML does,
/// and Excel's <c>_xHHHH_</c> escapes turned back into their character. A table that is not UTF-8 (no
/// spreadsheet program writes one) is read whole with an <see cref="XmlReader"/> instead.
/// </para>
/// </remarks>
internal sealed class SharedStringIndex : IDisposable
{
    private readonly List<int> starts = new();
    private readonly List<int> ends = new();
    private readonly List<string?> decoded = new();
    private Stream? source;
    private byte[] buffer;
    private int length;
    private int scan;
    private bool inItem;
    private bool complete;
    private List<string>? parsed;
    private bool disposed;

    /// <summary>Initializes a new instance of the <see cref="SharedStringIndex"/> class over the part's stream, which it disposes.</summary>
    /// <param name="source">The inflating stream of <c>xl/sharedStrings.xml</c>, or <see langword="null"/> when the workbook has no table.</param>
    /// <param name="size">The part's inflated size as the zip directory gives it, or 0 when unknown: the buffer is taken that large at once.</param>
    public SharedStringIndex(Stream? source, long size = 0)
    {
        this.source = source;
        complete = source is null;
        // Pooled: a large array per workbook would be zeroed and collected with the large objects, a cost that showed in profiles.
        buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Max(size + 1, 16 * 1024), int.MaxValue / 2));
    }

    /// <summary>Gets an item's text.</summary>
    /// <param name="index">The index a cell holds.</param>
    /// <param name="where">The cell, <c>sheet!A1</c>, for the diagnostic when the item cannot be read.</param>
    /// <returns>The text.</returns>
    /// <exception cref="WorkbookLimitException">The table is damaged or ends before the item (WBK120).</exception>
    /// <exception cref="ObjectDisposedException">The workbook was closed.</exception>
    public string Get(int index, string where) => Get(index, where, null, 0, 0);

    /// <summary>Gets an item's text for a cell of a sheet, whose reference is written only when the item cannot be read.</summary>
    /// <param name="index">The index the cell holds.</param>
    /// <param name="sheet">The sheet's name.</param>
    /// <param name="column">The cell's column.</param>
    /// <param name="row">The cell's row.</param>
    /// <returns>The text.</returns>
    /// <exception cref="WorkbookLimitException">The table is damaged or ends before the item (WBK120).</exception>
    public string Get(int index, string sheet, int column, uint row) => Get(index, null, sheet, column, row);

    private string Get(int index, string? place, string? sheet, int column, uint row)
    {
        // Most cells read fine: the cell's reference is only put together for the diagnostic.
        string Where() => place ?? sheet + "!" + CellReference.Of(column, row);

        if (disposed)
        {
            // A sheet's cells resolve their texts lazily: reading them after the workbook is closed is a bug, not damage.
            throw new ObjectDisposedException(nameof(SharedStringIndex));
        }

        if (parsed is not null)
        {
            return index < parsed.Count ? parsed[index] : throw Damaged(index, Where());
        }

        // What is inflated may already hold the item (the scan stops at the item asked for); if not, inflate more.
        Scan(index, place, sheet, column, row);
        while (ends.Count <= index && !complete)
        {
            Fill();
            if (parsed is not null)
            {
                return Get(index, place, sheet, column, row);
            }

            Scan(index, place, sheet, column, row);
        }

        if (index >= ends.Count)
        {
            throw Damaged(index, Where());
        }

        var text = decoded[index];
        if (text is null)
        {
            text = Decode(starts[index], ends[index]) ?? throw Damaged(index, Where());
            decoded[index] = text;
        }

        return text;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        disposed = true;
        Close();
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = Array.Empty<byte>();
        }
    }

    private void Close()
    {
        source?.Dispose();
        source = null;
    }

    /// <summary>Turns Excel's <c>_xHHHH_</c> escapes back into characters: <c>_x000D_</c> is a carriage return, <c>_x005F_</c> an underscore.</summary>
    /// <param name="text">A cell's text as stored.</param>
    /// <returns>The text as Excel shows it.</returns>
    public static string Unescape(string text)
    {
        var at = text.IndexOf("_x", StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var copied = 0;
        while (at >= 0)
        {
            if (at + 7 <= text.Length && text[at + 6] == '_' && IsHex(text[at + 2]) && IsHex(text[at + 3]) && IsHex(text[at + 4]) && IsHex(text[at + 5]))
            {
                builder.Append(text, copied, at - copied);
                builder.Append((char)int.Parse(text.Substring(at + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                copied = at + 7;
                at = text.IndexOf("_x", copied, StringComparison.Ordinal);
            }
            else
            {
                at = text.IndexOf("_x", at + 1, StringComparison.Ordinal);
            }
        }

        builder.Append(text, copied, text.Length - copied);
        return builder.ToString();
    }

    private static bool IsHex(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');

    private static WorkbookLimitException Damaged(int index, string where) =>
        new("WBK120", Phrase.Of("diag.WBK120", index), where, Phrase.Of("hint.WBK004.damaged"));

    // Inflates the next block of the part; a table that does not start as UTF-8 is parsed whole the slow way.
    private void Fill()
    {
        if (length == buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
            Buffer.BlockCopy(buffer, 0, larger, 0, length);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }

        var n = source!.Read(buffer, length, buffer.Length - length);
        if (length == 0 && XmlBytes.LooksUtf16(buffer, n))
        {
            ParseWhole(n);
            return;
        }

        length += n;
        if (n == 0)
        {
            complete = true;
            Close();
        }
    }

    private void ParseWhole(int read)
    {
        using var rest = new MemoryStream();
        rest.Write(buffer, 0, read);
        source!.CopyTo(rest);
        Close();
        rest.Position = 0;
        parsed = new List<string>();
        using var reader = SpreadsheetContent.CreateReader(rest);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                parsed.Add(SpreadsheetContent.ReadStringItem(reader));
            }
        }

        complete = true;
    }

    // Notes the items whose tags lie wholly in the bytes inflated so far; a tag cut by the end of the block waits for the next.
    // Stops once the item asked for is complete: damage further on is told to the cell that needs it.
    [MethodImpl(HotPath.Optimized)]
    private void Scan(int target, string? place, string? sheet, int column, uint row)
    {
        while (ends.Count <= target)
        {
            var lt = Array.IndexOf(buffer, (byte)'<', scan, length - scan);
            if (lt < 0)
            {
                scan = length;
                break;
            }

            var gt = TagEnd(lt);
            if (gt < 0)
            {
                scan = lt;
                if (complete)
                {
                    throw Damaged(ends.Count, place ?? sheet + "!" + CellReference.Of(column, row));
                }

                break;
            }

            scan = gt + 1;
            if (!IsElement(lt, gt, out var closing, out var selfClosing, out var nameStart, out var nameEnd) || !IsName(nameStart, nameEnd, "si"))
            {
                continue;
            }

            if (closing)
            {
                if (!inItem)
                {
                    throw Damaged(ends.Count, place ?? sheet + "!" + CellReference.Of(column, row));
                }

                ends.Add(lt);
                inItem = false;
            }
            else if (inItem)
            {
                throw Damaged(ends.Count, place ?? sheet + "!" + CellReference.Of(column, row));
            }
            else
            {
                starts.Add(gt + 1);
                decoded.Add(null);
                if (selfClosing)
                {
                    ends.Add(gt + 1);
                    decoded[decoded.Count - 1] = string.Empty;
                }
                else
                {
                    inItem = true;
                }
            }
        }
    }

    private int TagEnd(int lt) => XmlBytes.TagEnd(buffer, length, lt, complete);

    private bool IsElement(int lt, int gt, out bool closing, out bool selfClosing, out int nameStart, out int nameEnd) =>
        XmlBytes.IsElement(buffer, lt, gt, out closing, out selfClosing, out nameStart, out nameEnd);

    private bool IsName(int start, int end, string name) => XmlBytes.IsName(buffer, start, end, name);

    // The text of one item: its t elements outside phonetic runs, references resolved, line ends normalised.
    private string? Decode(int start, int end) => XmlBytes.StringItem(buffer, length, start, end);
}
