using System.Globalization;
using CsvHelper;

namespace Sim.Runner.Studies;

/// <summary>
/// Reads the CSV files that <c>sim</c> itself writes into result folders (CsvHelper, invariant
/// culture, line numbers tracked), turning every problem into a <see cref="ResultFileException"/>
/// that names the file, line and column.
/// </summary>
internal static class ResultCsv
{
    private static readonly CsvReaderOptions Options = new()
    {
        Separator = ',',
        SkipEmptyLines = true,
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    /// <summary>Calls <paramref name="row"/> for each data record of <paramref name="path"/>, after checking its header is <paramref name="header"/>.</summary>
    /// <exception cref="ResultFileException">The file is missing, malformed, or its header or a record is wrong.</exception>
    public static void ForEach(string path, IReadOnlyList<string> header, Action<CsvReader, int> row)
    {
        if (!File.Exists(path))
        {
            throw new ResultFileException(path, 0, "", "not found (is this a result folder of sim run or sim sweep?)");
        }

        try
        {
            using var csv = CsvReader.FromFile(path, Options);
            csv.ReadHeader();
            if (!csv.Headers.SequenceEqual(header))
            {
                throw new ResultFileException(path, 1, "", $"the header must be {string.Join(',', header)}");
            }

            while (csv.Read())
            {
                int line = (int)csv.LineNumber;
                if (csv.FieldCount != header.Count)
                {
                    throw new ResultFileException(path, line, "", $"the record has {csv.FieldCount} fields, the header {header.Count}");
                }

                row(csv, line);
            }
        }
        catch (Exception ex) when (ex is CsvFormatException or CsvValidationException or IOException or UnauthorizedAccessException)
        {
            throw new ResultFileException(path, 0, "", $"cannot be read: {ex.Message}");
        }
    }

    /// <summary>The header and every record of <paramref name="path"/>, as text.</summary>
    /// <exception cref="ResultFileException">The file is missing or malformed.</exception>
    public static (IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) ReadAll(string path)
    {
        if (!File.Exists(path))
        {
            throw new ResultFileException(path, 0, "", "not found");
        }

        var rows = new List<IReadOnlyList<string>>();
        try
        {
            using var csv = CsvReader.FromFile(path, Options);
            csv.ReadHeader();
            string[] header = [.. csv.Headers];
            while (csv.Read())
            {
                rows.Add([.. Enumerable.Range(0, csv.FieldCount).Select(csv.GetString)]);
            }

            return (header, rows);
        }
        catch (Exception ex) when (ex is CsvFormatException or CsvValidationException or IOException or UnauthorizedAccessException)
        {
            throw new ResultFileException(path, 0, "", $"cannot be read: {ex.Message}");
        }
    }

    /// <summary>The number in field <paramref name="index"/>; NaN when empty.</summary>
    /// <exception cref="ResultFileException">The field holds something else.</exception>
    public static double Number(CsvReader csv, int index, string path, int line, string column)
    {
        string text = csv.GetString(index);
        if (text.Length == 0)
        {
            return double.NaN;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            ? value
            : throw new ResultFileException(path, line, column, $"'{text}' is not a number");
    }

    /// <summary>The whole number zero or more in field <paramref name="index"/>.</summary>
    /// <exception cref="ResultFileException">The field holds something else.</exception>
    public static int Count(CsvReader csv, int index, string path, int line, string column)
    {
        string text = csv.GetString(index);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw new ResultFileException(path, line, column, $"'{text}' is not a whole number");
    }
}
