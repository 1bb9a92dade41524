using System.Globalization;
using Spectre.Console;

namespace Sim.Runner.Studies;

/// <summary>The console table of a finished sweep: per cell, the first charted KPIs of all orders with their difference from the reference cell.</summary>
internal static class SweepTable
{
    private const int Columns = 4;

    /// <summary>One row per cell; a column per KPI: the mean, then the paired difference ± half-width for cells other than the reference.</summary>
    public static Table Build(SweepResults results)
    {
        var study = results.Study;
        var kpis = study.ChartKpis.Take(Columns).ToList();
        var table = new Table().Title(Markup.Escape($"{study.Name}: KPIs of all orders (difference from the reference cell {study.Cells[study.Reference].Id}, paired 95%)"));
        table.AddColumn("cell");
        table.AddColumn("name");
        foreach (string kpi in kpis)
        {
            table.AddColumn(new TableColumn(Markup.Escape(kpi)).RightAligned());
        }

        for (int c = 0; c < study.Cells.Count; c++)
        {
            var cells = new List<string> { Markup.Escape(study.Cells[c].Id), Markup.Escape(study.Cells[c].Name) };
            var comparisons = results.CompareWithReference(c);
            foreach (string kpi in kpis)
            {
                var row = comparisons.FirstOrDefault(r => r.Key.Group == "all" && r.Key.Kpi == kpi);
                cells.Add(row is null ? "-" : Markup.Escape(Cell(row.Difference, c == study.Reference)));
            }

            table.AddRow(cells.ToArray());
        }

        return table;
    }

    private static string Cell(PairedDifference d, bool reference)
    {
        string mean = d.MeanB.ToString("G4", CultureInfo.InvariantCulture);
        return reference || d.Pairs < 2 ? mean
            : string.Create(CultureInfo.InvariantCulture, $"{mean} ({d.Difference:+0.###;-0.###;0} ± {d.PairedHalfWidth:0.###})");
    }
}
