using Sim.Engine.Statistics;

namespace Sim.Runner.Studies;

/// <summary>
/// The replication tables of every cell of a study, read back from the cell folders, with the
/// statistics the study-level files show: each KPI's mean and 95% interval per cell, and its paired
/// difference from the reference cell. Immutable.
/// </summary>
internal sealed class SweepResults
{
    private SweepResults(StudyDefinition study, IReadOnlyList<ReplicationTable> tables)
    {
        Study = study;
        Tables = tables;
    }

    /// <summary>The study.</summary>
    public StudyDefinition Study { get; }

    /// <summary>One table per cell, in study order.</summary>
    public IReadOnlyList<ReplicationTable> Tables { get; }

    /// <summary>The reference cell's table.</summary>
    public ReplicationTable Reference => Tables[Study.Reference];

    /// <summary>Reads every cell of <paramref name="study"/> from <paramref name="folder"/>.</summary>
    /// <exception cref="ResultFileException">A cell is missing or its files cannot be read.</exception>
    public static SweepResults Read(StudyDefinition study, SweepFolder folder)
    {
        var missing = study.Cells.Where(c => !folder.HasCell(c.Id)).Select(c => c.Id).ToList();
        if (missing.Count > 0)
        {
            throw new ResultFileException(folder.Root, 0, "", $"{missing.Count} of {study.Cells.Count} cells are missing ({string.Join(", ", missing.Take(10))}{(missing.Count > 10 ? ", ..." : "")})");
        }

        var tables = study.Cells.Select(c => ReplicationCsv.Read(Path.Combine(folder.CellFolder(c.Id), ReplicationCsv.FileName))).ToList();
        return new SweepResults(study, tables);
    }

    /// <summary>The mean and 95% Student-t half-width of row <paramref name="row"/> of <paramref name="table"/>, over its defined replications.</summary>
    public static (double Mean, double HalfWidth, int Count) Summary(ReplicationTable table, int row)
    {
        var values = new Tally();
        foreach (double value in table.ValuesOf(row))
        {
            if (double.IsFinite(value))
            {
                values.Add(value);
            }
        }

        double halfWidth = values.Count < 2 ? double.NaN : ReplicationSummary.FromTally(values).HalfWidth;
        return (values.Mean, halfWidth, (int)values.Count);
    }

    /// <summary>Every KPI of cell <paramref name="cell"/> compared with the reference cell.</summary>
    public IReadOnlyList<KpiComparison> CompareWithReference(int cell) => KpiComparison.Compare(Reference, Tables[cell]);
}
