using Coherence.Diagnostics;
using System.Collections.Generic;

namespace Coherence.Tables;

/// <summary>Reads tables for <c>import-table</c> from a file format the core does not read itself, such as an Excel workbook.</summary>
/// <remarks>
/// The core reads CSV; a reader for another format lives in its own package (the <c>.xlsx</c> one in <c>Coherence.Workbooks</c>)
/// and is handed in by the operation, so that the core references no file-format library. A source returns one table per
/// sheet asked for, each located (<see cref="CsvTable.Sheet"/>) so that diagnostics name <c>sheet!cell</c>.
/// </remarks>
public interface ITableSource
{
    /// <summary>Whether the source reads a file, judged by its name.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns><see langword="true"/> when this source reads it.</returns>
    bool CanRead(string path);

    /// <summary>Reads the tables of a file.</summary>
    /// <param name="path">The file's path; the file is only read.</param>
    /// <param name="options">The sheets, header rows and layout.</param>
    /// <returns>One table per sheet, in the order asked, or the diagnostics of a file that cannot be read.</returns>
    Result<IReadOnlyList<CsvTable>> Read(string path, TableSourceOptions options);
}
