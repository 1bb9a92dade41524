using System.Diagnostics;
using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace Sim.Models.Planning.StockLevels;

/// <summary>
/// The renewal quantities of Zheng and Federgruen (1991), eq. (2), for Poisson demand per period with
/// mean λ and probabilities p_l: m(0) = 1 / (1 − p_0), m(j) = Σ_{l=1..j} p_l·m(j − l) / (1 − p_0), the
/// expected number of periods the inventory position spends exactly j units below the order-up-to
/// level in one cycle; and M(0) = 0, M(j) = M(j − 1) + m(j − 1), the expected cycle length in periods
/// when S − s = j. Computed on demand and kept. Not thread-safe.
/// </summary>
internal sealed class RenewalWeights
{
    // Poisson probabilities below this fraction of the largest one are left out of the convolution:
    // they change no sum by more than about 1e-20 of itself, and for large λ they are most of the
    // support (the probabilities that matter lie within ~10 standard deviations of λ).
    private const double NegligibleProbability = 1e-22;

    private readonly double[] _probabilities;
    private readonly int _firstProbability;
    private readonly double _noDemandComplement;
    private readonly List<double> _m = [];
    private readonly List<double> _cumulative = [0.0];

    public RenewalWeights(double meanDemand)
    {
        Debug.Assert(meanDemand > 0, "validated by the caller");
        var mode = (int)Math.Floor(meanDemand);
        var peak = Poisson.PMF(meanDemand, mode);
        var first = mode;
        while (first > 1 && Poisson.PMF(meanDemand, first - 1) >= peak * NegligibleProbability)
        {
            first--;
        }

        var last = Math.Max(mode, 1);
        while (Poisson.PMF(meanDemand, last + 1) >= peak * NegligibleProbability)
        {
            last++;
        }

        _firstProbability = Math.Max(first, 1);
        _probabilities = new double[last + 1];
        for (var l = _firstProbability; l <= last; l++)
        {
            _probabilities[l] = Poisson.PMF(meanDemand, l);
        }

        // 1 − e^{−λ} without cancellation for small λ.
        _noDemandComplement = -SpecialFunctions.Expm1(-meanDemand);
        _m.Add(1.0 / _noDemandComplement);
    }

    /// <summary>m(j), j ≥ 0: expected periods per cycle spent j units below the order-up-to level.</summary>
    public double Periods(int j)
    {
        Debug.Assert(j >= 0, "j is a distance below S");
        Extend(j);
        return _m[j];
    }

    /// <summary>M(j) = m(0) + … + m(j − 1), j ≥ 0: the expected cycle length, in periods, of a policy with S − s = j.</summary>
    public double CycleLength(int j)
    {
        Debug.Assert(j >= 0, "j is a distance below S");
        Extend(j);
        return _cumulative[j];
    }

    private void Extend(int j)
    {
        while (_m.Count <= j)
        {
            var next = _m.Count;
            var last = Math.Min(next, _probabilities.Length - 1);
            var sum = 0.0;
            for (var l = _firstProbability; l <= last; l++)
            {
                sum += _probabilities[l] * _m[next - l];
            }

            _m.Add(sum / _noDemandComplement);
        }

        while (_cumulative.Count <= j)
        {
            var k = _cumulative.Count;
            _cumulative.Add(_cumulative[k - 1] + _m[k - 1]);
        }
    }
}
