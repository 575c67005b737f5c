using System;
using System.Buffers;
using Coherence.Diagnostics;
using Coherence.Model;

namespace Coherence.Workbooks;

/// <summary>A workbook file opened, and its answer sheets scanned, before the rubric to read it against is known.</summary>
/// <remarks>
/// Made by <see cref="WorkbookAssessmentReader.Prepare"/> and read by <see cref="WorkbookAssessmentReader.Read(PreparedWorkbook, Rubric?, bool)"/>,
/// which disposes it. A file that cannot be opened keeps the diagnostic that says why, told when it is read.
/// </remarks>
internal sealed class PreparedWorkbook : IDisposable
{
    private readonly bool pooled;
    private byte[]? bytes;

    private PreparedWorkbook(string file, byte[]? bytes, int length, bool pooled, Result<Assessment>? failure)
    {
        File = file;
        this.bytes = bytes;
        this.pooled = pooled;
        Length = length;
        Failure = failure;
    }

    /// <summary>Gets the file, as the user gave it.</summary>
    public string File { get; }

    /// <summary>Gets the file's bytes, or <see langword="null"/> when it could not be read.</summary>
    public byte[]? Bytes => bytes;

    /// <summary>Gets how many of <see cref="Bytes"/> are the file's.</summary>
    public int Length { get; }

    /// <summary>Gets the result that stands for the whole read when the file cannot be opened as a workbook.</summary>
    public Result<Assessment>? Failure { get; private set; }

    /// <summary>Gets the open workbook, or <see langword="null"/> when it is not opened (yet or at all).</summary>
    public SpreadsheetContent? Content { get; private set; }

    /// <summary>Gets the SHA-256 of the file, once opened.</summary>
    public string? Sha256 { get; private set; }

    /// <summary>Makes one whose read is a failure.</summary>
    public static PreparedWorkbook Failed(string file, Result<Assessment> failure) => new(file, null, 0, false, failure);

    /// <summary>Makes one over a file's bytes, not yet opened.</summary>
    /// <param name="file">The file, as the user gave it.</param>
    /// <param name="bytes">The bytes.</param>
    /// <param name="length">How many of them are the file's.</param>
    /// <param name="pooled">Whether the bytes were rented from the shared pool, to be given back on disposal.</param>
    public static PreparedWorkbook Over(string file, byte[] bytes, int length, bool pooled) => new(file, bytes, length, pooled, null);

    /// <summary>Notes the open workbook and its hash.</summary>
    public void Opened(SpreadsheetContent content, string sha256)
    {
        Content = content;
        Sha256 = sha256;
    }

    /// <summary>Notes that the file cannot be read, and why.</summary>
    public void Fail(Result<Assessment> failure)
    {
        Content?.Dispose();
        Content = null;
        Failure = failure;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Content?.Dispose();
        Content = null;
        if (bytes is not null && pooled)
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }

        bytes = null;
    }
}
