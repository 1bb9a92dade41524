using MathNet.Numerics.Distributions;
using Sim.Models.Customs;
using Sim.Models.Flow;
using Sim.Models.Flow.Compilation;
using Sim.Models.Network;
using Sim.Models.Scenarios;

namespace Sim.Models.Tests.Flow.Compilation;

public sealed partial class RouteExpectationTests
{
    private const int Replications = 20;

    private static DistributionSpec Lognormal(double meanHours, double cv) => new() { Kind = DistributionKind.Lognormal, Mean = meanHours, Cv = cv };

    /// <summary>
    /// One uncongested route: lognormal and constant legs, export and import customs with inspections
    /// (and seizures at import), a line-haul leaving Monday, Wednesday and Friday at 22:00 with no
    /// capacity limit, losses and damage, duty on every parcel; 300 orders a day at a flat rate.
    /// </summary>
    private static Scenario Uncongested()
    {
        var scenario = TestScenarios.Direct(ordersPerDay: 300, horizonDays: 120);
        var timetable = new TimetableSpec { DepartureHours = [22], Weekdays = [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday], CutoffHours = 6 };
        var line = new Mode
        {
            Id = "line",
            Name = "line",
            Kind = ModeKind.DedicatedLine,
            Legs =
            [
                TestScenarios.Leg("pickup", LegKind.Pickup, Lognormal(12, 0.5), new LegCost { PerParcel = 0.5 }),
                TestScenarios.Leg("hub", LegKind.HubProcessing, TestScenarios.Hours(3), new LegCost { PerParcel = 0.8 }, category: CostCategory.Handling),
                TestScenarios.Leg("export", LegKind.ExportCustoms, TestScenarios.Hours(0), new LegCost { PerParcel = 0.4 }, category: CostCategory.Handling) with { CustomsProfile = "cn-export" },
                TestScenarios.Leg("linehaul", LegKind.LinehaulAir, Lognormal(48, 0.3), new LegCost { PerParcel = 8, PerKg = 8 }, loss: 0.01) with { Timetable = timetable },
                TestScenarios.Leg("import", LegKind.ImportCustoms, TestScenarios.Hours(0), new LegCost { PerParcel = 1 }, category: CostCategory.Handling),
                TestScenarios.Leg("last-mile", LegKind.LastMile, Lognormal(60, 0.4), new LegCost { PerParcel = 3 }, loss: 0.005) with { DamageProbability = 0.01 },
            ],
        };
        var market = scenario.Markets[0];
        return scenario with
        {
            Modes = [line],
            Lanes = [new LaneSpec { Origin = "cn", Market = "US", Mode = "line" }],
            Fulfilment = [new LaneFulfilment { Market = "US", ProductClass = "gadget", Policy = new FixedModePolicy { Mode = "line" } }],
            Markets = [market with { DutyRegimes = [new DutyRegime { EffectiveFrom = new DateOnly(2020, 1, 1), DutyRate = 0.2, TaxRate = 0.1 }] }],
            CustomsProfiles =
            [
                new CustomsProfile { Id = "cn-export", DeclarationTime = Lognormal(4, 0.5), InspectionProbability = 0.1, InspectionDelay = Lognormal(24, 0.5) },
                new CustomsProfile { Id = "us-import", DeclarationTime = TestScenarios.Days(1), InspectionProbability = 0.06, InspectionDelay = Lognormal(48, 0.5), SeizureProbability = 0.002 },
            ],
        };
    }

    [Fact]
    public void For_UncongestedRoute_AgreesWithTheSimulation()
    {
        var scenario = Uncongested();
        var network = RouteCompiler.Compile(scenario);
        var expectation = RouteExpectation.For(network.FindRoute("line", "cn", "US")!, scenario.ProductClasses[0]);
        var runs = Enumerable.Range(0, Replications).Select(i => ScenarioSimulation.RunReplication(network, 17, i).Group("mode=line;market=US")!).ToList();

        // Each replication's mean delivery time and cost per parcel average some 36,000 orders, so
        // they are close to normal: the expectation must lie in the 99% Student-t interval over the 20
        // replications (a correct expectation fails with probability 1%, the same each run: the seed is fixed).
        AssertInInterval(expectation.MeanDeliveryHours / 24, [.. runs.Select(g => g.DeliveryDays.Mean)], "mean delivery days");
        double expectedCost = expectation.ExpectedCost.Total + expectation.ExpectedDutiesAndTaxes(scenario.StartDate);
        AssertInInterval(expectedCost, [.. runs.Select(g => g.TotalCost / g.Orders)], "cost per parcel");

        // On time: delivered within the 10-day promise, out of every order (720,000 over all runs, so
        // the pooled rate's sd is 0.0005: 0.01 leaves room for the lattice and nothing else).
        double onTime = (double)runs.Sum(g => g.OnTime) / runs.Sum(g => g.Orders);
        Assert.Equal(expectation.ArrivesWithin(scenario.ProductClasses[0].PromiseDays * 24), onTime, 0.01);
        Assert.False(expectation.IsDeliveryCdfExact);
        Assert.InRange(onTime, 0.6, 0.95);
    }

    private static void AssertInInterval(double expected, double[] values, string what)
    {
        double mean = values.Average();
        double sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
        double halfWidth = StudentT.InvCDF(0, 1, values.Length - 1, 0.995) * sd / Math.Sqrt(values.Length);
        Assert.True(Math.Abs(expected - mean) <= halfWidth, $"{what}: expected {expected}, simulated {mean} +- {halfWidth} (99%)");
    }
}
