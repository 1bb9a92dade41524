namespace Sim.Models.Planning;

/// <summary>
/// A capacitated facility-location (warehouse-location) instance: candidate warehouses with a
/// capacity and a fixed opening cost, customers with a demand, and the cost of serving all of a
/// customer's demand from each warehouse (so serving a fraction costs that fraction of it).
/// Units are the source's: demand and capacity in one unit, costs in one currency. Immutable.
/// </summary>
public sealed record FacilityLocationInstance
{
    private readonly double[] _capacities;
    private readonly double[] _fixedCosts;
    private readonly double[] _demands;
    private readonly double[] _allocationCosts;

    /// <summary>Creates an instance, validating sizes and values.</summary>
    /// <param name="name">A name for output (e.g. <c>cap41</c>).</param>
    /// <param name="capacities">Capacity per warehouse, non-negative (infinity allowed).</param>
    /// <param name="fixedCosts">Opening cost per warehouse, finite and non-negative.</param>
    /// <param name="demands">Demand per customer, finite and non-negative.</param>
    /// <param name="allocationCosts">
    /// Cost of serving all of customer <c>j</c>'s demand from warehouse <c>i</c> at index
    /// <c>j * WarehouseCount + i</c> (customer-major, as OR-Library files list them); finite.
    /// </param>
    public FacilityLocationInstance(string name, double[] capacities, double[] fixedCosts, double[] demands, double[] allocationCosts)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(capacities);
        ArgumentNullException.ThrowIfNull(fixedCosts);
        ArgumentNullException.ThrowIfNull(demands);
        ArgumentNullException.ThrowIfNull(allocationCosts);
        ArgumentOutOfRangeException.ThrowIfZero(capacities.Length, nameof(capacities));
        ArgumentOutOfRangeException.ThrowIfZero(demands.Length, nameof(demands));
        if (fixedCosts.Length != capacities.Length)
        {
            throw new ArgumentException("There must be one fixed cost per warehouse.", nameof(fixedCosts));
        }

        if (allocationCosts.Length != capacities.Length * demands.Length)
        {
            throw new ArgumentException("There must be one allocation cost per warehouse and customer.", nameof(allocationCosts));
        }

        foreach (var capacity in capacities)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(capacity, nameof(capacities));
        }

        CheckFiniteNonNegative(fixedCosts, nameof(fixedCosts));
        CheckFiniteNonNegative(demands, nameof(demands));
        if (!Array.TrueForAll(allocationCosts, double.IsFinite))
        {
            throw new ArgumentOutOfRangeException(nameof(allocationCosts), "Allocation costs must be finite.");
        }

        Name = name;
        _capacities = (double[])capacities.Clone();
        _fixedCosts = (double[])fixedCosts.Clone();
        _demands = (double[])demands.Clone();
        _allocationCosts = (double[])allocationCosts.Clone();
    }

    /// <summary>The instance's name.</summary>
    public string Name { get; }

    /// <summary>Number of candidate warehouses.</summary>
    public int WarehouseCount => _capacities.Length;

    /// <summary>Number of customers.</summary>
    public int CustomerCount => _demands.Length;

    /// <summary>Capacity per warehouse.</summary>
    public ReadOnlySpan<double> Capacities => _capacities;

    /// <summary>Fixed opening cost per warehouse.</summary>
    public ReadOnlySpan<double> FixedCosts => _fixedCosts;

    /// <summary>Demand per customer.</summary>
    public ReadOnlySpan<double> Demands => _demands;

    /// <summary>Total demand of all customers.</summary>
    public double TotalDemand => _demands.Sum();

    /// <summary>Cost of serving all of a customer's demand from a warehouse.</summary>
    /// <param name="warehouse">Zero-based warehouse index.</param>
    /// <param name="customer">Zero-based customer index.</param>
    public double AllocationCost(int warehouse, int customer)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(warehouse);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(warehouse, WarehouseCount);
        ArgumentOutOfRangeException.ThrowIfNegative(customer);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(customer, CustomerCount);
        return _allocationCosts[(customer * WarehouseCount) + warehouse];
    }

    /// <summary>The same instance with every warehouse's capacity set to one value (OR-Library's capa/capb/capc).</summary>
    /// <param name="capacity">The capacity, non-negative.</param>
    public FacilityLocationInstance WithUniformCapacity(double capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        return new FacilityLocationInstance(Name, Enumerable.Repeat(capacity, WarehouseCount).ToArray(), _fixedCosts, _demands, _allocationCosts);
    }

    private static void CheckFiniteNonNegative(double[] values, string parameterName)
    {
        foreach (var value in values)
        {
            if (!double.IsFinite(value) || value < 0)
            {
                throw new ArgumentOutOfRangeException(parameterName, value, "Values must be finite and non-negative.");
            }
        }
    }
}
