using Sim.Engine.Optimisation;

namespace Sim.Models.Planning.NetworkDesign;

/// <summary>
/// The network-design MIP of a <see cref="PlanningProblem"/>, solver-agnostic (hand <see cref="Model"/>
/// to any <see cref="IMipSolver"/>). Money per day in the scenario's currency:
/// <code>
/// min  Σ_k d_k (c_k + delay_k) s_k + Σ_w f_w o_w + Σ_jrt [F_jrt y_jrt + V_jrt x_jrt + Σ_i P_jrti n_jrti]
/// s.t. Σ_{k∈g} s_k = 1                          every segment g: its orders are all sent
///      s_k ≤ z_j,  z_j ≤ o_w                    a warehouse route needs its class stocked, stock an open warehouse
///      Σ_r u_wr = o_w                           one replenishment mode per open warehouse
///      Σ_rt x_jrt = Σ_{k→j} d_k units_k s_k     units per day through stock option j
///      x_jrt ≤ M_j y_jrt,  Σ_rt y_jrt = z_j,  y_jrt ≤ u_wr    one order cycle per stocked class
///      n_jrti ≥ a_jrti x_jrt                   containers per shipment, integer
///      Σ_{j∈w,rt} (S_jrt x_jrt + A_jrt y_jrt) ≤ cap_w o_w      storage in units (and, weighted by m³ a unit, in m³)
///      o_w = 1                                  every warehouse that is not a candidate
///      Σ_k d_k load_k s_k ≤ capacity            every capacity-limited station, and every warehouse's picking
///      Σ_{k∈l} d_k P_k(≤ T_l) s_k ≥ share_l D_l;  Σ_{k∈l} d_k days_k s_k ≤ days_l D_l    service levels
/// </code>
/// where k runs over route options, g segments, j stock options, w warehouses, r replenishment modes,
/// t order cycles, i container legs; f_w is the warehouse's fixed cost per day, and a warehouse serving
/// several markets is one w whose stock options j take the orders of all of them; d_k is the orders per day of k's segment; a service level l
/// covers a market's orders (or one class's there), D_l per day, and P_k(≤ T_l) is route k's expected chance of delivering within
/// its T_l days (<see cref="ServiceTarget"/>); s
/// is continuous in [0, 1] (binary under single sourcing), o, z, u, y binary, x ≥ 0. F, V, a, S, A come
/// from <see cref="CycleCosts"/>. The <see cref="DesignObjective.Shortfall"/> variant adds a slack to
/// every service and station row and minimises their sum, each divided by its target. Immutable once built.
/// </summary>
public sealed class NetworkDesignModel
{
    private NetworkDesignModel(PlanningProblem problem, NetworkDesignOptions options, LinearModel model, DesignVariables variables)
    {
        Problem = problem;
        Options = options;
        Model = model;
        Variables = variables;
    }

    /// <summary>The problem modelled.</summary>
    public PlanningProblem Problem { get; }

    /// <summary>How it was modelled.</summary>
    public NetworkDesignOptions Options { get; }

    /// <summary>The MIP.</summary>
    public LinearModel Model { get; }

    internal DesignVariables Variables { get; }

    /// <summary>Builds the MIP of <paramref name="problem"/>.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="options">Objective, epsilon bound and order cycles; defaults when null.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    /// <exception cref="ArgumentException">The options have no order cycle or a cycle that is not positive.</exception>
    public static NetworkDesignModel Build(PlanningProblem problem, NetworkDesignOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        options ??= new NetworkDesignOptions();
        if (options.CycleDays.Count == 0 || options.CycleDays.Any(t => !(t > 0) || !double.IsFinite(t)))
        {
            throw new ArgumentException("Give at least one order cycle, each a positive number of days.", nameof(options));
        }

        var model = new LinearModel("network_design");
        var variables = DesignVariables.Add(model, problem, options);
        new DesignRows(model, problem, options, variables).AddAll();
        return new NetworkDesignModel(problem, options, model, variables);
    }

    /// <summary>The share of its segment's orders sent by route option <paramref name="route"/>.</summary>
    /// <param name="route">A route option index.</param>
    public Variable Share(int route) => new(Variables.Share[route]);

    /// <summary>The binary that opens warehouse <paramref name="warehouse"/>.</summary>
    /// <param name="warehouse">A warehouse index.</param>
    public Variable Open(int warehouse) => new(Variables.Open[warehouse]);

    /// <summary>The binary that stocks stock option <paramref name="stockOption"/>.</summary>
    /// <param name="stockOption">A stock option index.</param>
    public Variable Stocked(int stockOption) => new(Variables.Stocked[stockOption]);
}
