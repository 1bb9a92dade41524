using CsvHelper;

namespace Sim.Models.Scenarios.Loading;

/// <summary>One data row of a <see cref="CsvTable"/>: typed cell access that records bad cells as errors.</summary>
internal sealed class CsvTableRow(CsvReader csv, string[] header, string file, ScenarioDiagnostics diagnostics)
{
    /// <summary>1-based line of the row in the file (the header is line 1).</summary>
    public int Line { get; } = (int)csv.LineNumber;

    public string File { get; } = file;

    public bool HasErrors { get; private set; }

    /// <summary>A required text cell; an empty cell is an error.</summary>
    public string Text(string column)
    {
        var text = Raw(column);
        if (text.Length == 0)
        {
            Error(column, "a value is required");
        }

        return text;
    }

    /// <summary>A required number in <paramref name="range"/>.</summary>
    public double Number(string column, NumberRange range) =>
        OptionalNumber(column, range) ?? Missing(column);

    /// <summary>An optional number in <paramref name="range"/>: an empty cell (or a missing optional column) is null.</summary>
    public double? OptionalNumber(string column, NumberRange range)
    {
        var text = Raw(column);
        if (text.Length == 0)
        {
            return null;
        }

        if (!csv.TryParse<double>(Array.IndexOf(header, column), out var value) || !double.IsFinite(value))
        {
            Error(column, $"'{FieldReader.Quote(text)}' is not a number");
            return null;
        }

        if (range.Problem(value) is { } problem)
        {
            Error(column, problem);
        }

        return value;
    }

    /// <summary>An optional whole number in <paramref name="range"/>; empty is null.</summary>
    public int? OptionalInteger(string column, NumberRange range)
    {
        var text = Raw(column);
        if (text.Length == 0)
        {
            return null;
        }

        if (!csv.TryParse<int>(Array.IndexOf(header, column), out var value))
        {
            Error(column, $"'{FieldReader.Quote(text)}' is not a whole number");
            return null;
        }

        if (range.Problem(value) is { } problem)
        {
            Error(column, problem);
        }

        return value;
    }

    /// <summary>Records an error about a cell of this row.</summary>
    public void Error(string column, string reason)
    {
        HasErrors = true;
        diagnostics.Add(File, Line, Array.IndexOf(header, column) + 1, column, reason);
    }

    private string Raw(string column)
    {
        var index = Array.IndexOf(header, column);
        return index < 0 || index >= csv.FieldCount ? "" : csv.GetString(index) ?? "";
    }

    private double Missing(string column)
    {
        if (Raw(column).Length == 0)
        {
            Error(column, "a value is required");
        }

        return double.NaN;
    }
}
