using System.Globalization;
using CsvHelper;

namespace Sim.Runner.Studies;

/// <summary>
/// Reads and writes <c>replications.csv</c>: one line per KPI and replication,
/// <c>group,kpi,unit,replication,value</c>, rows in the run's KPI order and replications 0, 1, ...
/// within a row; an empty value where a replication does not define the KPI. Numbers are written
/// in the shortest form that reads back to the same double, so the file round-trips exactly.
/// </summary>
internal static class ReplicationCsv
{
    /// <summary>The file name inside a result folder.</summary>
    public const string FileName = "replications.csv";

    private static readonly string[] Header = ["group", "kpi", "unit", "replication", "value"];

    /// <summary>Writes <paramref name="table"/> to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, ReplicationTable table)
    {
        var options = new CsvWriterOptions { FormatProvider = CultureInfo.InvariantCulture, NewLine = "\n" };
        using var csv = CsvWriter.Create(stream, options, true);
        csv.WriteHeader(Header);
        for (int r = 0; r < table.Keys.Count; r++)
        {
            var key = table.Keys[r];
            var values = table.ValuesOf(r);
            for (int i = 0; i < values.Count; i++)
            {
                csv.WriteField(key.Group);
                csv.WriteField(key.Kpi);
                csv.WriteField(key.Unit);
                csv.WriteField(i, "D", CultureInfo.InvariantCulture);
                csv.WriteField(double.IsFinite(values[i]) ? values[i].ToString("R", CultureInfo.InvariantCulture) : "");
                csv.EndRecord();
            }
        }
    }

    /// <summary>Reads the table in <paramref name="path"/>.</summary>
    /// <exception cref="ResultFileException">The file is missing, unreadable or not in this format; the message names the line.</exception>
    public static ReplicationTable Read(string path)
    {
        var keys = new List<KpiKey>();
        var values = new List<List<double>>();
        ResultCsv.ForEach(path, Header, (csv, line) =>
        {
            var key = new KpiKey(csv.GetString(0), csv.GetString(1), csv.GetString(2));
            int replication = ResultCsv.Count(csv, 3, path, line, "replication");
            if (replication == 0)
            {
                keys.Add(key);
                values.Add([]);
            }

            if (keys.Count == 0 || keys[^1] != key || values[^1].Count != replication)
            {
                throw new ResultFileException(path, line, "replication", "each KPI's rows must list replications 0, 1, ... in order");
            }

            values[^1].Add(ResultCsv.Number(csv, 4, path, line, "value"));
        });

        int replications = values.Count == 0 ? 0 : values[0].Count;
        int ragged = values.FindIndex(v => v.Count != replications);
        if (ragged >= 0)
        {
            throw new ResultFileException(path, 0, "", $"{keys[ragged].Group} {keys[ragged].Kpi} has {values[ragged].Count} replications, the first KPI {replications}");
        }

        try
        {
            return new ReplicationTable(keys, values, replications);
        }
        catch (ArgumentException ex)
        {
            throw new ResultFileException(path, 0, "", ex.Message);
        }
    }
}
