using System.Globalization;
using CsvHelper;

namespace Sim.Models.Scenarios.Loading;

/// <summary>
/// Reads a CSV table referenced by a scenario with CsvHelper: checks the header against the known
/// columns (missing required and unknown columns are errors), then hands each row to a mapper
/// through <see cref="CsvTableRow"/>, which records every bad cell with its file, row and column name.
/// </summary>
internal static class CsvTable
{
    private static readonly CsvReaderOptions Options = new()
    {
        Separator = ',',
        TrimWhitespace = true,
        CommentPrefix = '#',
        SkipEmptyLines = true,
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        FormatProvider = CultureInfo.InvariantCulture,
        MaxRecordSize = MaxRecordBytes,
        IncludeValuesInExceptions = false,
    };

    /// <summary>The longest row accepted, in bytes (an unclosed quote must not swallow a whole file).</summary>
    public const int MaxRecordBytes = 1 << 20;

    /// <summary>Maps every row; a row whose mapper returns null (bad cells) is skipped, the errors kept.</summary>
    /// <remarks>
    /// A first row that names none of the known columns is reported without quoting it: the path may
    /// name some unrelated file, whose content must not leak into a message.
    /// </remarks>
    public static List<T> Read<T>(
        byte[] content,
        string what,
        string displayFile,
        IReadOnlyList<string> required,
        IReadOnlyList<string> optional,
        Func<CsvTableRow, T?> map,
        ScenarioDiagnostics diagnostics)
        where T : class
    {
        var rows = new List<T>();
        try
        {
            using var csv = CsvReader.Create(content, Options);
            csv.ReadHeader();
            var header = csv.Headers.ToArray();
            var headerLine = Math.Max(1, (int)csv.LineNumber);
            if (header.Length == 0)
            {
                diagnostics.Add(displayFile, 1, 1, "", "the table is empty: a header row is required");
                return rows;
            }

            var known = required.Concat(optional).ToList();
            if (!header.Any(c => known.Contains(c, StringComparer.Ordinal)))
            {
                diagnostics.Add(displayFile, headerLine, 1, "", $"the first row is not the header of a {what} table: it names none of its columns ({string.Join(", ", known)})");
                return rows;
            }

            var headerOk = true;
            foreach (var column in required.Where(c => !header.Contains(c, StringComparer.Ordinal)))
            {
                diagnostics.Add(displayFile, headerLine, 1, column, $"missing column '{column}'; the header is: {FieldReader.Quote(string.Join(",", header))}");
                headerOk = false;
            }

            for (var i = 0; i < header.Length; i++)
            {
                if (!known.Contains(header[i], StringComparer.Ordinal))
                {
                    diagnostics.Add(displayFile, headerLine, i + 1, FieldReader.Quote(header[i]), $"unknown column '{FieldReader.Quote(header[i])}'{Suggestions.DidYouMean(header[i], known)}");
                    headerOk = false;
                }
            }

            if (!headerOk)
            {
                return rows;
            }

            while (csv.Read())
            {
                var row = new CsvTableRow(csv, header, displayFile, diagnostics);
                if (csv.FieldCount != header.Length)
                {
                    row.Error("", $"the row has {csv.FieldCount} fields but the header has {header.Length}");
                    continue;
                }

                var item = map(row);
                if (item is not null && !row.HasErrors)
                {
                    rows.Add(item);
                }
            }
        }
        catch (Exception ex) when (ex is CsvFormatException or CsvValidationException)
        {
            diagnostics.Add(displayFile, ex is CsvFormatException format ? (int)format.LineNumber : 0, 0, "", $"malformed CSV: {FieldReader.Quote(FirstLine(ex.Message))}");
        }

        return rows;
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
