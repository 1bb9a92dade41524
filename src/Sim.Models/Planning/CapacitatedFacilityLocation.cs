using Sim.Engine.Optimisation;

namespace Sim.Models.Planning;

/// <summary>
/// The capacitated facility-location MIP with split demand: binary <c>y_i</c> opens warehouse
/// <c>i</c> at its fixed cost; continuous <c>x_ij</c> in [0, 1] is the fraction of customer
/// <c>j</c>'s demand served from <c>i</c> at that fraction of the allocation cost.
/// <code>
/// min  Σ_i f_i y_i + Σ_ij c_ij x_ij
/// s.t. Σ_i x_ij = 1                      for every customer j
///      Σ_j d_j x_ij &lt;= cap_i y_i          for every warehouse i   (capacitated only)
///      x_ij &lt;= y_i                        for every i, j           (strong linking)
///      Σ_i cap_i y_i &gt;= Σ_j d_j            (aggregate capacity)     (capacitated only)
/// </code>
/// Columns: <c>y_0 .. y_{m-1}</c>, then <c>x</c> customer by customer. Rows are added through the
/// bulk path. The model is solver-agnostic; hand it to any <see cref="IMipSolver"/>. Not thread-safe
/// while building; the built object is read-only.
/// </summary>
public sealed class CapacitatedFacilityLocation
{
    private CapacitatedFacilityLocation(FacilityLocationInstance instance, LinearModel model)
    {
        Instance = instance;
        Model = model;
    }

    /// <summary>The instance.</summary>
    public FacilityLocationInstance Instance { get; }

    /// <summary>The MIP.</summary>
    public LinearModel Model { get; }

    /// <summary>Builds the formulation of an instance.</summary>
    /// <param name="instance">The instance.</param>
    /// <param name="options">Formulation choices; defaults when null.</param>
    public static CapacitatedFacilityLocation Build(FacilityLocationInstance instance, FacilityLocationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        options ??= new FacilityLocationOptions();
        var m = instance.WarehouseCount;
        var n = instance.CustomerCount;
        var model = new LinearModel(instance.Name);
        model.AddVariables(m, 0, 1, VariableKind.Binary);
        model.AddVariables(m * n, 0, 1);
        model.SetObjectiveCoefficients(new Variable(0), instance.FixedCosts);
        var allocation = new double[m * n];
        for (var j = 0; j < n; j++)
        {
            for (var i = 0; i < m; i++)
            {
                allocation[(j * m) + i] = instance.AllocationCost(i, j);
            }
        }

        model.SetObjectiveCoefficients(new Variable(m), allocation);
        var columns = new int[Math.Max(m, n) + 1];
        var coefficients = new double[Math.Max(m, n) + 1];
        Array.Fill(coefficients, 1.0);
        for (var j = 0; j < n; j++)
        {
            for (var i = 0; i < m; i++)
            {
                columns[i] = m + (j * m) + i;
            }

            model.AddRow(columns.AsSpan(0, m), coefficients.AsSpan(0, m), 1.0, 1.0);
        }

        var capacitated = !options.Uncapacitated;
        if (capacitated)
        {
            var demands = instance.Demands;
            var capacities = instance.Capacities;
            for (var i = 0; i < m; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    columns[j] = m + (j * m) + i;
                    coefficients[j] = demands[j];
                }

                columns[n] = i;
                coefficients[n] = -Math.Min(capacities[i], instance.TotalDemand);
                model.AddRow(columns.AsSpan(0, n + 1), coefficients.AsSpan(0, n + 1), double.NegativeInfinity, 0.0);
            }

            if (options.AggregateCapacityRow)
            {
                for (var i = 0; i < m; i++)
                {
                    columns[i] = i;
                    coefficients[i] = Math.Min(capacities[i], instance.TotalDemand);
                }

                model.AddRow(columns.AsSpan(0, m), coefficients.AsSpan(0, m), instance.TotalDemand, double.PositiveInfinity);
            }
        }

        if (!capacitated || options.StrongLinking)
        {
            Span<int> pair = stackalloc int[2];
            ReadOnlySpan<double> link = [1.0, -1.0];
            for (var j = 0; j < n; j++)
            {
                for (var i = 0; i < m; i++)
                {
                    pair[0] = m + (j * m) + i;
                    pair[1] = i;
                    model.AddRow(pair, link, double.NegativeInfinity, 0.0);
                }
            }
        }

        return new CapacitatedFacilityLocation(instance, model);
    }

    /// <summary>The binary that opens a warehouse.</summary>
    /// <param name="warehouse">Zero-based warehouse index.</param>
    public Variable Open(int warehouse)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(warehouse);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(warehouse, Instance.WarehouseCount);
        return new Variable(warehouse);
    }

    /// <summary>The fraction of a customer's demand served from a warehouse.</summary>
    /// <param name="warehouse">Zero-based warehouse index.</param>
    /// <param name="customer">Zero-based customer index.</param>
    public Variable Serve(int warehouse, int customer)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(warehouse);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(warehouse, Instance.WarehouseCount);
        ArgumentOutOfRangeException.ThrowIfNegative(customer);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(customer, Instance.CustomerCount);
        return new Variable(Instance.WarehouseCount + (customer * Instance.WarehouseCount) + warehouse);
    }

    /// <summary>Solves the formulation and reads the plan off the solution.</summary>
    /// <param name="solver">Any available backend.</param>
    /// <param name="options">Solver options.</param>
    public FacilityLocationResult Solve(IMipSolver solver, SolverOptions options)
    {
        ArgumentNullException.ThrowIfNull(solver);
        ArgumentNullException.ThrowIfNull(options);
        return Interpret(solver.Solve(Model, options));
    }

    /// <summary>Reads a plan off a solve of <see cref="Model"/>.</summary>
    /// <param name="result">The solve's result.</param>
    public FacilityLocationResult Interpret(SolveResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var open = new List<int>();
        if (result.HasSolution)
        {
            for (var i = 0; i < Instance.WarehouseCount; i++)
            {
                // Binaries come back within CBC's integer tolerance (1e-6) of 0 or 1.
                if (result.Values[i] > 0.5)
                {
                    open.Add(i);
                }
            }
        }

        return new FacilityLocationResult
        {
            Instance = Instance.Name,
            Status = result.Status,
            TotalCost = result.Objective,
            BestBound = result.BestBound,
            Gap = result.Gap,
            OpenWarehouses = open,
            Seconds = result.Seconds,
            Nodes = result.Nodes,
            Log = result.Log,
        };
    }
}
