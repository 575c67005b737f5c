using System;
using System.IO;
using System.IO.Compression;

namespace Coherence.Workbooks;

/// <summary>A run of a part's bytes, deflated on its own into blocks that are not the last and end on a byte boundary.</summary>
/// <remarks>
/// Deflate blocks carry their own end and refer back only within what one compressor saw, so runs deflated apart
/// join into one valid stream when laid end to end and closed by a last block (<see cref="Terminator"/>). A part that
/// is the same in every workbook of a batch is deflated once and copied into each package as these bytes.
/// </remarks>
internal sealed class DeflatedRun
{
    /// <summary>The most bytes one stored block holds.</summary>
    private const int MaxStored = 65_535;

    private DeflatedRun(byte[] compressed, long length, uint crc)
    {
        Compressed = compressed;
        Length = length;
        Crc = crc;
    }

    /// <summary>Gets an empty stored block marked last, which closes a stream of runs.</summary>
    public static byte[] Terminator { get; } = { 0x01, 0x00, 0x00, 0xFF, 0xFF };

    /// <summary>Gets the deflated bytes.</summary>
    public byte[] Compressed { get; }

    /// <summary>Gets how many bytes the run holds once inflated.</summary>
    public long Length { get; }

    /// <summary>Gets the CRC-32 of the inflated bytes.</summary>
    public uint Crc { get; }

    /// <summary>Deflates a run, or returns <see langword="null"/> when this runtime's deflater cannot end a run without ending the stream.</summary>
    /// <remarks>
    /// Flushing a <see cref="DeflateStream"/> ends the blocks so far on a byte boundary with an empty stored block
    /// (<c>00 00 FF FF</c>), without marking any last; the bytes its disposal adds (the last block) are dropped.
    /// Runtimes whose flush does not do that are detected by that ending, and their packages deflate each part whole.
    /// </remarks>
    public static DeflatedRun? TryDeflate(byte[] bytes, int offset, int count)
    {
        if (count == 0)
        {
            return new DeflatedRun(Array.Empty<byte>(), 0, 0);
        }

        using var buffer = new MemoryStream(count / 4 + 64);
        byte[] compressed;
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(bytes, offset, count);
            deflate.Flush();
            compressed = buffer.ToArray();
        }

        var n = compressed.Length;
        if (n < 4 || compressed[n - 4] != 0x00 || compressed[n - 3] != 0x00 || compressed[n - 2] != 0xFF || compressed[n - 1] != 0xFF)
        {
            return null;
        }

        return new DeflatedRun(compressed, count, Crc32.Of(bytes, offset, count));
    }

    /// <summary>Makes a run of stored (not compressed) blocks: for the few bytes that differ from one workbook to the next.</summary>
    public static DeflatedRun Stored(byte[] bytes)
    {
        var blocks = (bytes.Length + MaxStored - 1) / MaxStored;
        var compressed = new byte[bytes.Length + (blocks * 5)];
        var at = 0;
        for (var start = 0; start < bytes.Length; start += MaxStored)
        {
            var length = Math.Min(MaxStored, bytes.Length - start);
            compressed[at++] = 0x00; // not the last block; stored
            compressed[at++] = (byte)length;
            compressed[at++] = (byte)(length >> 8);
            compressed[at++] = (byte)~length;
            compressed[at++] = (byte)(~length >> 8);
            Buffer.BlockCopy(bytes, start, compressed, at, length);
            at += length;
        }

        return new DeflatedRun(compressed, bytes.Length, Crc32.Of(bytes, 0, bytes.Length));
    }

    /// <summary>Deflates a whole part into a closed stream: the way a runtime without run flushing writes every part.</summary>
    public static (byte[] Compressed, uint Crc) Whole(byte[] bytes)
    {
        using var buffer = new MemoryStream(bytes.Length / 4 + 64);
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(bytes, 0, bytes.Length);
        }

        return (buffer.ToArray(), Crc32.Of(bytes, 0, bytes.Length));
    }
}
