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
    };

    /// <summary>Maps every row; a row whose mapper returns null (bad cells) is skipped, the errors kept.</summary>
    public static List<T> Read<T>(
        string path,
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
            using var csv = CsvReader.FromFile(path, Options);
            csv.ReadHeader();
            var header = csv.Headers.ToArray();
            var headerLine = Math.Max(1, (int)csv.LineNumber);
            if (header.Length == 0)
            {
                diagnostics.Add(displayFile, 1, 1, "", "the table is empty: a header row is required");
                return rows;
            }

            var headerOk = true;
            foreach (var column in required.Where(c => !header.Contains(c, StringComparer.Ordinal)))
            {
                diagnostics.Add(displayFile, headerLine, 1, column, $"missing column '{column}'; the header is: {string.Join(",", header)}");
                headerOk = false;
            }

            var known = required.Concat(optional).ToList();
            for (var i = 0; i < header.Length; i++)
            {
                if (!known.Contains(header[i], StringComparer.Ordinal))
                {
                    diagnostics.Add(displayFile, headerLine, i + 1, header[i], $"unknown column '{header[i]}'{Suggestions.DidYouMean(header[i], known)}");
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
        catch (CsvFormatException ex)
        {
            diagnostics.Add(displayFile, (int)ex.LineNumber, 0, "", $"malformed CSV: {FirstLine(ex.Message)}");
        }
        catch (IOException ex)
        {
            diagnostics.Add(displayFile, 0, 0, "", $"cannot read the table: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            diagnostics.Add(displayFile, 0, 0, "", $"cannot read the table: {ex.Message}");
        }

        return rows;
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
