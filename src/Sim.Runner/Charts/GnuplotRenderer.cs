using System.Diagnostics;
using System.Globalization;
using CsvHelper;

namespace Sim.Runner.Charts;

/// <summary>
/// Writes a chart's data CSV and gnuplot script into a folder and runs gnuplot there to render its
/// PNG and SVG. Rendering the same chart twice gives the same bytes. Stateless and thread-safe
/// (each call runs its own gnuplot process).
/// </summary>
internal static class GnuplotRenderer
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>Writes <c>NAME.csv</c> and <c>NAME.gp</c> into <paramref name="folder"/> and renders <c>NAME.png</c> and <c>NAME.svg</c>.</summary>
    /// <exception cref="ChartException">gnuplot is missing, fails, or writes no image.</exception>
    public static void Render(string folder, ChartSpec chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        Directory.CreateDirectory(folder);
        WriteData(Path.Combine(folder, chart.Name + ".csv"), chart);
        File.WriteAllText(Path.Combine(folder, chart.Name + ".gp"), GnuplotScript.Build(chart));
        Run(folder, chart.Name + ".gp");
        foreach (string image in new[] { ".png", ".svg" })
        {
            var file = new FileInfo(Path.Combine(folder, chart.Name + image));
            if (!file.Exists || file.Length == 0)
            {
                throw new ChartException($"gnuplot wrote no {file.Name} for the chart '{chart.Title}'");
            }
        }
    }

    /// <summary>Runs <c>gnuplot SCRIPT</c> in <paramref name="folder"/>.</summary>
    /// <exception cref="ChartException">gnuplot is missing, fails or takes too long.</exception>
    public static void Run(string folder, string script)
    {
        var start = new ProcessStartInfo("gnuplot") { WorkingDirectory = folder, RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new ChartException("gnuplot did not start");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new ChartException($"gnuplot cannot be run ({ex.Message}); install it with: sudo apt-get install gnuplot-nox", ex);
        }

        using (process)
        {
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new ChartException($"gnuplot took more than {Timeout.TotalSeconds:0} s on {script}");
            }

            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new ChartException($"gnuplot failed on {Path.Combine(folder, script)}: {errors.Result.Trim()} {output.Result.Trim()}".Trim());
            }
        }
    }

    private static void WriteData(string path, ChartSpec chart)
    {
        using var stream = File.Create(path);
        using var csv = CsvWriter.Create(stream, new CsvWriterOptions { FormatProvider = CultureInfo.InvariantCulture, NewLine = "\n" }, true);
        csv.WriteHeader([.. chart.Columns]);
        foreach (var row in chart.Rows)
        {
            foreach (string field in row)
            {
                csv.WriteField(field);
            }

            csv.EndRecord();
        }
    }
}
