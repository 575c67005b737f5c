using System;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Text;
using Coherence.Localization;

namespace Coherence.Workbooks;

/// <summary>Looks at a workbook's zip entries before the Open XML SDK opens it: sizes, compression ratios and document type declarations.</summary>
/// <remarks>
/// The zip reader stops each entry at the size its header declares, so the declared sizes checked here bound what any
/// later reader inflates.
/// </remarks>
internal static class PackageCheck
{
    private static readonly byte[] Doctype = Encoding.ASCII.GetBytes("<!DOCTYPE");

    private static readonly byte[] Entity = Encoding.ASCII.GetBytes("<!ENTITY");

    /// <summary>Throws a <see cref="WorkbookLimitException"/> for the first entry that is too large, too compressed, or declares a DTD.</summary>
    /// <param name="bytes">The package.</param>
    /// <param name="limits">The limits.</param>
    /// <exception cref="WorkbookLimitException">An entry is refused.</exception>
    /// <exception cref="InvalidDataException">The package is not a readable zip file.</exception>
    public static void Check(byte[] bytes, WorkbookLimits limits)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        Check(zip, limits);
    }

    /// <summary>Throws a <see cref="WorkbookLimitException"/> for the first entry of an open archive that is too large, too compressed, or declares a DTD.</summary>
    /// <param name="zip">The package, opened for reading.</param>
    /// <param name="limits">The limits.</param>
    /// <exception cref="WorkbookLimitException">An entry is refused.</exception>
    /// <exception cref="InvalidDataException">The package is not a readable zip file.</exception>
    public static void Check(ZipArchive zip, WorkbookLimits limits)
    {
        foreach (var entry in zip.Entries)
        {
            var mib = Mib(entry.Length);
            if (entry.Length > limits.MaxEntryBytes)
            {
                throw new WorkbookLimitException(
                    "WBK070",
                    Phrase.Of("diag.WBK070", entry.FullName, mib, Mib(limits.MaxEntryBytes)),
                    entry.FullName,
                    Phrase.Of("hint.limit-raise", WorkbookLimits.EntryVariable));
            }

            var ratio = entry.CompressedLength > 0 ? (double)entry.Length / entry.CompressedLength : entry.Length;
            if (entry.Length > WorkbookLimits.RatioGraceBytes && ratio > limits.MaxRatio)
            {
                throw new WorkbookLimitException(
                    "WBK071",
                    Phrase.Of("diag.WBK071", entry.FullName, Math.Round(ratio), mib, limits.MaxRatio),
                    entry.FullName,
                    Phrase.Of("hint.limit-raise", WorkbookLimits.RatioVariable));
            }

            if (entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
            {
                CheckDeclaration(entry);
            }
        }
    }

    private static void CheckDeclaration(ZipArchiveEntry entry)
    {
        // A declaration comes before the root element, so the first few kilobytes tell.
        var head = new byte[4096];
        int length = 0;
        using (var stream = entry.Open())
        {
            int n;
            while (length < head.Length && (n = stream.Read(head, length, head.Length - length)) > 0)
            {
                length += n;
            }
        }

        if (IndexOf(head, length, Doctype) >= 0 || IndexOf(head, length, Entity) >= 0)
        {
            throw new WorkbookLimitException("WBK004", Phrase.Of("diag.WBK004.dtd", entry.FullName), entry.FullName, Phrase.Of("hint.WBK004.dtd"));
        }
    }

    private static int IndexOf(byte[] haystack, int length, byte[] needle)
    {
        for (var i = 0; i + needle.Length <= length; i++)
        {
            var j = 0;
            while (j < needle.Length && haystack[i + j] == needle[j])
            {
                j++;
            }

            if (j == needle.Length)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Mib(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture);
}
