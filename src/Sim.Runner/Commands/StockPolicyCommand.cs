using System.Buffers;
using System.CommandLine;
using System.Text;
using System.Text.Json;
using Sim.Models.Planning.StockLevels;

namespace Sim.Runner.Commands;

/// <summary>
/// The <c>sim stock-policy</c> verb: the exact optimal (s,S) policy of the textbook periodic-review
/// problem with Poisson demand (Zheng and Federgruen 1991), printed as one JSON object
/// <c>{"s":…,"S":…,"cost":…}</c> on standard output. Bad values print a message naming the option on
/// standard error and exit 2. Writes no files.
/// </summary>
internal static class StockPolicyCommand
{
    private const string Convention = """
        Optimal (s,S) policy for single-stage periodic review with Poisson demand, by the exact algorithm
        of Zheng and Federgruen (1991).

        Convention: at each review, when the inventory position (on hand + on order - backorders) is at
        or below s, order up to S; otherwise order nothing. An order costs K and arrives L periods after
        it is placed, before that period's demand. Demand in each period is Poisson with mean MEAN;
        unmet demand is backordered. At the end of every period the net inventory costs H per unit held
        and P per unit backordered. Printed: {"s": s, "S": S, "cost": the long-run average cost per period}.
        s may be negative (order only once backorders reach -s). With K = 0 the answer is base stock:
        S = s + 1 at the newsvendor level. Supported sizes: MEAN >= 1e-6, MEAN*(L+1) <= 1e6,
        K*MEAN*(1/H + 1/P) <= 5e7, K, H, P <= 1e12 and P/H, H/P <= 1e6; anything else exits 2.
        """;

    /// <summary>Builds the command with its options.</summary>
    public static Command Create()
    {
        var mean = new Option<double>("--poisson") { Description = "Mean demand per period (Poisson), units; positive.", Required = true, HelpName = "MEAN" };
        var orderCost = new Option<double>("--order-cost") { Description = "K, fixed cost per order; zero or more.", Required = true, HelpName = "K" };
        var holding = new Option<double>("--holding") { Description = "H, cost per unit held at the end of a period; positive.", Required = true, HelpName = "H" };
        var backorder = new Option<double>("--backorder") { Description = "P, cost per unit backordered at the end of a period; positive.", Required = true, HelpName = "P" };
        var leadTime = new Option<int>("--lead-time") { Description = "L, periods from placing an order to receiving it; zero or more.", DefaultValueFactory = _ => 0, HelpName = "L" };
        var command = new Command("stock-policy", Convention) { mean, orderCost, holding, backorder, leadTime };
        command.SetAction(parseResult =>
        {
            var problem = new PeriodicReviewProblem
            {
                MeanDemand = parseResult.GetValue(mean),
                OrderCost = parseResult.GetValue(orderCost),
                HoldingCost = parseResult.GetValue(holding),
                BackorderCost = parseResult.GetValue(backorder),
                LeadTimePeriods = parseResult.GetValue(leadTime),
            };
            return Run(problem, parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
        });
        return command;
    }

    /// <summary>Solves <paramref name="problem"/> and prints the policy, or the problems with it.</summary>
    /// <returns>0 with a policy, 2 when a value is refused.</returns>
    internal static int Run(PeriodicReviewProblem problem, TextWriter output, TextWriter error)
    {
        var problems = problem.Problems();
        if (problems.Count > 0)
        {
            foreach (var (parameter, reason) in problems)
            {
                error.WriteLine($"sim stock-policy: {OptionOf(parameter)}: {reason}");
            }

            return ExitCodes.BadInput;
        }

        var policy = ZhengFedergruen.Optimise(problem);
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("s", policy.ReorderPoint);
            json.WriteNumber("S", policy.OrderUpTo);
            json.WriteNumber("cost", policy.CostPerPeriod);
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
        return ExitCodes.Success;
    }

    private static string OptionOf(string parameter) => parameter switch
    {
        nameof(PeriodicReviewProblem.MeanDemand) => "--poisson",
        nameof(PeriodicReviewProblem.OrderCost) => "--order-cost",
        nameof(PeriodicReviewProblem.HoldingCost) => "--holding",
        nameof(PeriodicReviewProblem.BackorderCost) => "--backorder",
        _ => "--lead-time",
    };
}
