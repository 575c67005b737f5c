using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Coherence.Localization;

namespace Coherence.Workbooks;

/// <summary>Writes a zip package entry by entry from bytes already deflated: local headers, data, central directory.</summary>
/// <remarks>
/// Only what a workbook needs: deflated entries, names in ASCII or UTF-8, no Zip64. Sizes and offsets must stay below
/// 4 GiB and entries below 65,535, or the package is refused (<c>WBK110</c>) rather than written unreadable.
/// The output needs no seeking: every size is known before its entry is written.
/// </remarks>
internal sealed class ZipPackageWriter
{
    private const uint LocalHeader = 0x04034B50;
    private const uint CentralHeader = 0x02014B50;
    private const uint EndOfCentralDirectory = 0x06054B50;
    private const ushort Version = 20;
    private const ushort Deflated = 8;
    private const ushort Utf8Names = 0x0800;
    private const int MaxEntries = 65_534;

    private readonly Stream output;
    private readonly ushort time;
    private readonly ushort date;
    private readonly List<(byte[] Name, ushort Flags, uint Crc, long Compressed, long Length, long Offset)> entries = new();
    private readonly byte[] header = new byte[46];
    private long position;

    /// <summary>Initializes a writer onto an output stream, every entry dated as given.</summary>
    public ZipPackageWriter(Stream output, DateTime modified)
    {
        this.output = output;
        (time, date) = DosTime(modified);
    }

    /// <summary>Gets the largest size or offset a zip without Zip64 records.</summary>
    internal static long Limit { get; set; } = uint.MaxValue - 1L;

    /// <summary>Writes an entry whose data is the runs laid end to end, closed by a last empty block.</summary>
    public void Add(string name, IReadOnlyList<DeflatedRun> runs)
    {
        var compressed = (long)DeflatedRun.Terminator.Length;
        var length = 0L;
        var crc = 0u;
        foreach (var run in runs)
        {
            compressed += run.Compressed.Length;
            crc = Crc32.Combine(crc, run.Crc, run.Length);
            length += run.Length;
        }

        Begin(name, crc, compressed, length);
        foreach (var run in runs)
        {
            Write(run.Compressed, run.Compressed.Length);
        }

        Write(DeflatedRun.Terminator, DeflatedRun.Terminator.Length);
    }

    /// <summary>Writes an entry from a closed deflate stream.</summary>
    public void Add(string name, byte[] compressed, uint crc, long length)
    {
        Begin(name, crc, compressed.Length, length);
        Write(compressed, compressed.Length);
    }

    /// <summary>Writes the central directory; the package is complete after it.</summary>
    public void Finish()
    {
        var start = position;
        foreach (var entry in entries)
        {
            Put32(0, CentralHeader);
            Put16(4, Version);
            Put16(6, Version);
            Put16(8, entry.Flags);
            Put16(10, Deflated);
            Put16(12, time);
            Put16(14, date);
            Put32(16, entry.Crc);
            Put32(20, (uint)entry.Compressed);
            Put32(24, (uint)entry.Length);
            Put16(28, (ushort)entry.Name.Length);
            Put16(30, 0); // extra field
            Put16(32, 0); // comment
            Put16(34, 0); // disk
            Put16(36, 0); // internal attributes
            Put32(38, 0); // external attributes
            Put32(42, (uint)entry.Offset);
            Write(header, 46);
            Write(entry.Name, entry.Name.Length);
        }

        var size = position - start;
        Check(position, "central directory");
        Put32(0, EndOfCentralDirectory);
        Put16(4, 0);
        Put16(6, 0);
        Put16(8, (ushort)entries.Count);
        Put16(10, (ushort)entries.Count);
        Put32(12, (uint)size);
        Put32(16, (uint)start);
        Put16(20, 0);
        Write(header, 22);
    }

    /// <summary>Gets the MS-DOS time and date of a moment (2-second steps, from 1980).</summary>
    internal static (ushort Time, ushort Date) DosTime(DateTime moment)
    {
        if (moment.Year < 1980)
        {
            return (0, (1 << 5) | 1);
        }

        if (moment.Year > 2107)
        {
            moment = new DateTime(2107, 12, 31, 23, 59, 58);
        }

        return ((ushort)((moment.Hour << 11) | (moment.Minute << 5) | (moment.Second / 2)), (ushort)(((moment.Year - 1980) << 9) | (moment.Month << 5) | moment.Day));
    }

    private void Begin(string name, uint crc, long compressed, long length)
    {
        if (entries.Count >= MaxEntries)
        {
            throw Refused(name);
        }

        Check(length, name);
        Check(position + compressed, name);
        var ascii = true;
        foreach (var c in name)
        {
            ascii &= c < 0x80;
        }

        var bytes = Encoding.UTF8.GetBytes(name);
        var flags = ascii ? (ushort)0 : Utf8Names;
        entries.Add((bytes, flags, crc, compressed, length, position));
        Put32(0, LocalHeader);
        Put16(4, Version);
        Put16(6, flags);
        Put16(8, Deflated);
        Put16(10, time);
        Put16(12, date);
        Put32(14, crc);
        Put32(18, (uint)compressed);
        Put32(22, (uint)length);
        Put16(26, (ushort)bytes.Length);
        Put16(28, 0);
        Write(header, 30);
        Write(bytes, bytes.Length);
    }

    private static void Check(long size, string name)
    {
        if (size > Limit)
        {
            throw Refused(name);
        }
    }

    private static WorkbookLimitException Refused(string name) =>
        new("WBK110", Phrase.Of("diag.WBK110", name), name, Phrase.Of("hint.WBK110"));

    private void Write(byte[] bytes, int count)
    {
        output.Write(bytes, 0, count);
        position += count;
    }

    private void Put16(int at, ushort value)
    {
        header[at] = (byte)value;
        header[at + 1] = (byte)(value >> 8);
    }

    private void Put32(int at, uint value)
    {
        header[at] = (byte)value;
        header[at + 1] = (byte)(value >> 8);
        header[at + 2] = (byte)(value >> 16);
        header[at + 3] = (byte)(value >> 24);
    }
}
