using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Serialization;

namespace Coherence.Tables;

/// <summary>Reads CSV tables as RFC 4180 describes them, and as spreadsheets write them.</summary>
/// <remarks>
/// Quoted cells may hold delimiters, line breaks and doubled quotes. Lines may end in CRLF, LF or CR. A UTF-8
/// byte-order mark is skipped; UTF-16 with a byte-order mark is read too. The delimiter is found from the header:
/// a comma unless the header holds more semicolons (as spreadsheets in Spanish write) or tabs. Blank lines are left
/// out. Diagnostic codes (<c>TAB001</c>-<c>TAB003</c>) are listed in <c>docs/table-import.md</c>.
/// </remarks>
public static class CsvReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a CSV file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The table, or the diagnostics that prevent it.</returns>
    public static Result<CsvTable> ReadFile(string path) => InputFile.Read<CsvTable>(path, "TAB000", Read);

    /// <summary>Reads a CSV table from bytes: UTF-8 (with or without byte-order mark) or UTF-16 with a byte-order mark.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="file">The file name for diagnostics, or <see langword="null"/>.</param>
    /// <returns>The table, or the diagnostics that prevent it.</returns>
    public static Result<CsvTable> Read(byte[] bytes, string? file)
    {
        if (bytes is null)
        {
            throw new ArgumentNullException(nameof(bytes));
        }

        string text;
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            text = Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }
        else if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            text = Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }
        else if (TextEncodingCheck.LooksWide(bytes, bytes.Length))
        {
            // UTF-16 without a byte-order mark: every other byte is NUL, which no CSV cell holds.
            return Result<CsvTable>.Failure(Diagnostic.Error("TAB002", Phrase.Of("diag.TAB002.utf16"), new SourceLocation(file, 1), Phrase.Of("hint.TAB002")));
        }
        else
        {
            var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            try
            {
                text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
            }
            catch (DecoderFallbackException e)
            {
                var at = Math.Min(bytes.Length, start + Math.Max(0, e.Index));
                var line = 1 + bytes.Take(at).Count(b => b == (byte)'\n');
                return Result<CsvTable>.Failure(Diagnostic.Error("TAB002", Phrase.Of("diag.TAB002"), new SourceLocation(file, line), Phrase.Of("hint.TAB002")));
            }
        }

        return Read(text, file);
    }

    /// <summary>Reads a CSV table from text.</summary>
    /// <param name="text">The CSV text; a leading byte-order mark is skipped.</param>
    /// <param name="file">The file name for diagnostics, or <see langword="null"/>.</param>
    /// <returns>The table, or the diagnostics that prevent it.</returns>
    public static Result<CsvTable> Read(string text, string? file = null)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text.Substring(1);
        }

        var nul = text.IndexOf('\0');
        if (nul >= 0)
        {
            // A NUL is no character of any cell: '1\0' must not read as 1.
            var line = 1;
            var lineStart = 0;
            for (var i = 0; i < nul; i++)
            {
                if (text[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            return Result<CsvTable>.Failure(Diagnostic.Error("TAB002", Phrase.Of("diag.TAB002.nul"), new SourceLocation(file, line, nul - lineStart + 1), Phrase.Of("hint.TAB002")));
        }

        var diagnostics = new List<Diagnostic>();
        var delimiter = FindDelimiter(text);
        var records = Parse(text, delimiter, file, diagnostics);
        if (diagnostics.Any(d => d.IsError))
        {
            return Result<CsvTable>.Failure(diagnostics);
        }

        var nonBlank = records.Where(r => !(r.Cells.Count == 1 && r.Cells[0].Length == 0)).ToList();
        if (nonBlank.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error("TAB003", Phrase.Of("diag.TAB003"), new SourceLocation(file), Phrase.Of("hint.TAB003")));
            return Result<CsvTable>.Failure(diagnostics);
        }

        return new Result<CsvTable>(new CsvTable(file, delimiter, nonBlank[0], nonBlank.Skip(1).ToList()), diagnostics);
    }

    /// <summary>Picks the delimiter the header row uses most, outside quotes: comma, semicolon or tab.</summary>
    private static char FindDelimiter(string text)
    {
        int commas = 0, semicolons = 0, tabs = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted)
            {
                if (c is '\r' or '\n')
                {
                    if (commas + semicolons + tabs > 0)
                    {
                        break;
                    }
                }
                else if (c == ',')
                {
                    commas++;
                }
                else if (c == ';')
                {
                    semicolons++;
                }
                else if (c == '\t')
                {
                    tabs++;
                }
            }
        }

        if (tabs > commas && tabs > semicolons)
        {
            return '\t';
        }

        return semicolons > commas ? ';' : ',';
    }

    /// <summary>The variable that raises the most characters one cell may hold.</summary>
    internal const string TextLimitVariable = "COHERENCE_MAX_TEXT_CHARS";

    /// <summary>The most characters one cell holds unless <see cref="TextLimitVariable"/> says otherwise: far above a spreadsheet cell's 32,767.</summary>
    internal const int DefaultMaxCellCharacters = 1_000_000;

    private static int MaxCellCharacters() =>
        int.TryParse(Environment.GetEnvironmentVariable(TextLimitVariable), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0 ? value : DefaultMaxCellCharacters;

    private static Phrase DelimiterName(char delimiter) => Phrase.Of(delimiter switch
    {
        '\t' => "csv.delimiter.tab",
        ';' => "csv.delimiter.semicolon",
        _ => "csv.delimiter.comma",
    });

    private static List<CsvRow> Parse(string text, char delimiter, string? file, List<Diagnostic> diagnostics)
    {
        var records = new List<CsvRow>();
        var maxCell = MaxCellCharacters();
        var cell = new StringBuilder();
        int i = 0, n = text.Length, line = 1, lineStart = 0, number = 0;
        while (i < n)
        {
            number++;
            var recordLine = line;
            var cells = new List<string>();
            var endOfRecord = false;
            while (!endOfRecord)
            {
                if (i < n && text[i] == '"')
                {
                    int openLine = line, openColumn = i - lineStart + 1;
                    i++;
                    var closed = false;
                    while (i < n)
                    {
                        var c = text[i];
                        if (c == '"')
                        {
                            if (i + 1 < n && text[i + 1] == '"')
                            {
                                cell.Append('"');
                                i += 2;
                                continue;
                            }

                            i++;
                            closed = true;
                            break;
                        }

                        if (c is '\r' or '\n')
                        {
                            // Line breaks inside a cell are kept as LF, whichever convention the file uses.
                            if (c == '\r' && i + 1 < n && text[i + 1] == '\n')
                            {
                                i++;
                            }

                            cell.Append('\n');
                            i++;
                            line++;
                            lineStart = i;
                            continue;
                        }

                        cell.Append(c);
                        i++;
                        if (cell.Length > maxCell)
                        {
                            // Stop before a runaway quoted cell fills memory.
                            break;
                        }
                    }

                    if (cell.Length > maxCell)
                    {
                        diagnostics.Add(Diagnostic.Error("TAB008", Phrase.Of("diag.TAB008", maxCell), new SourceLocation(file, openLine, openColumn, CsvTable.ColumnLetters(cells.Count)), Phrase.Of("hint.TAB008", TextLimitVariable)));
                        return records;
                    }

                    if (!closed)
                    {
                        diagnostics.Add(Diagnostic.Error("TAB001", Phrase.Of("diag.TAB001.unclosed"), new SourceLocation(file, openLine, openColumn), Phrase.Of("hint.TAB001.unclosed")));
                        return records;
                    }

                    if (i < n && text[i] != delimiter && text[i] is not ('\r' or '\n'))
                    {
                        diagnostics.Add(text[i] is ',' or ';' or '\t'
                            ? Diagnostic.Error("TAB001", Phrase.Of("diag.TAB001.mixed", DelimiterName(text[i]), DelimiterName(delimiter)), new SourceLocation(file, line, i - lineStart + 1), Phrase.Of("hint.TAB001.mixed", DelimiterName(delimiter)))
                            : Diagnostic.Error("TAB001", Phrase.Of("diag.TAB001.after-quote"), new SourceLocation(file, line, i - lineStart + 1), Phrase.Of("hint.TAB001.after-quote")));
                        while (i < n && text[i] != delimiter && text[i] is not ('\r' or '\n'))
                        {
                            cell.Append(text[i]);
                            i++;
                        }
                    }
                }
                else
                {
                    var from = i;
                    while (i < n && text[i] != delimiter && text[i] is not ('\r' or '\n'))
                    {
                        i++;
                    }

                    // Checked before the copy: a 50 MB cell is never copied at all.
                    cell.Append(text, from, Math.Min(i - from, maxCell + 1));
                }

                if (cell.Length > maxCell)
                {
                    diagnostics.Add(Diagnostic.Error("TAB008", Phrase.Of("diag.TAB008", maxCell), new SourceLocation(file, recordLine, cells.Count + 1, CsvTable.ColumnLetters(cells.Count)), Phrase.Of("hint.TAB008", TextLimitVariable)));
                    return records;
                }

                cells.Add(cell.ToString());
                cell.Clear();
                if (i >= n)
                {
                    endOfRecord = true;
                }
                else if (text[i] == delimiter)
                {
                    i++;
                    if (i >= n)
                    {
                        // A delimiter at the very end opens one last, empty cell.
                        cells.Add(string.Empty);
                        endOfRecord = true;
                    }
                }
                else
                {
                    if (text[i] == '\r' && i + 1 < n && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    i++;
                    line++;
                    lineStart = i;
                    endOfRecord = true;
                }
            }

            records.Add(new CsvRow(number, recordLine, cells));
        }

        return records;
    }
}
