namespace Sim.Runner.Studies;

/// <summary>
/// The difference B − A of one KPI between two runs that share their random numbers, replication by
/// replication, with its paired 95% interval and, for contrast, the interval the same replications
/// would give if they were independent (Welch). Immutable.
/// </summary>
/// <param name="Pairs">Replications where both runs define the KPI.</param>
/// <param name="MeanA">Mean of A over those replications; NaN with no pairs.</param>
/// <param name="MeanB">Mean of B over those replications; NaN with no pairs.</param>
/// <param name="Difference">Mean of B − A; NaN with no pairs.</param>
/// <param name="PairedHalfWidth">Half-width of the paired-t 95% interval of the difference; NaN with fewer than two pairs; 0 when every pair differs by the same amount.</param>
/// <param name="UnpairedHalfWidth">Half-width of Welch's 95% interval on the same values, as if the runs were independent; NaN with fewer than two pairs.</param>
/// <param name="VarianceReduction">1 − Var(B − A) / (Var(A) + Var(B)): the share of the independent-runs variance that pairing removes (1 = all, 0 = none, negative when the runs are negatively correlated); NaN when neither run varies.</param>
internal sealed record PairedDifference(int Pairs, double MeanA, double MeanB, double Difference, double PairedHalfWidth, double UnpairedHalfWidth, double VarianceReduction)
{
    /// <summary>True when the paired interval excludes zero.</summary>
    public bool Significant => PairedHalfWidth >= 0 && Math.Abs(Difference) > PairedHalfWidth;
}
