using Sim.Models.Kpis;

namespace Sim.Models.Tests.Kpis;

public sealed class KpiSummaryTests
{
    private static ReplicationKpis Replication(int index, long orders, long delivered, double transport, params double[] deliveryDays)
    {
        var group = new ParcelGroupKpis(GroupKey.Parse("all")) { Orders = orders, Delivered = delivered, Lost = orders - delivered, TransportCost = transport };
        foreach (double days in deliveryDays)
        {
            group.DeliveryDays.Add(days);
        }

        return new ReplicationKpis(index, [group], [], []);
    }

    [Fact]
    public void FromReplications_ThreeReplications_MeanAndStudentTHalfWidth()
    {
        var summary = KpiSummary.FromReplications([Replication(0, 10, 10, 0), Replication(1, 20, 20, 0), Replication(2, 30, 30, 0)]);

        var orders = summary.Find("all", "orders")!;

        // Values 10, 20, 30: sd 10, t(0.975, 2) = 4.302653.
        Assert.Equal(20, orders.Mean, 9);
        Assert.Equal(4.302653 * 10 / Math.Sqrt(3), orders.HalfWidth, 5);
        Assert.Equal(3, orders.Replications);
        Assert.Equal("count", orders.Unit);
    }

    [Fact]
    public void FromReplications_OneReplication_HalfWidthIsNaN()
    {
        var summary = KpiSummary.FromReplications([Replication(0, 10, 8, 40, 3.0)]);

        var cost = summary.Find("all", "cost_per_parcel")!;
        Assert.Equal(4.0, cost.Mean, 9);
        Assert.True(double.IsNaN(cost.HalfWidth));
        Assert.Equal(0.2, summary.Find("all", "loss_rate")!.Mean, 9);
    }

    [Fact]
    public void FromReplications_ValueUndefinedInOne_AveragesOverTheOthers()
    {
        // The second replication delivered nothing: it has no delivery time.
        var summary = KpiSummary.FromReplications([Replication(0, 1, 1, 0, 2.0), Replication(1, 1, 0, 0), Replication(2, 1, 1, 0, 4.0)]);

        var days = summary.Find("all", "delivery_days_mean")!;
        Assert.Equal(3.0, days.Mean, 9);
        Assert.Equal(2, days.Replications);
    }

    [Fact]
    public void ReplicationValues_ValueUndefinedInOne_NaNThereAndAlignedWithRows()
    {
        var summary = KpiSummary.FromReplications([Replication(0, 1, 1, 0, 2.0), Replication(1, 1, 0, 0), Replication(2, 1, 1, 0, 4.0)]);

        Assert.Equal(summary.Rows.Count, summary.ReplicationValues.Count);
        int days = summary.Rows.ToList().FindIndex(r => r.Kpi == "delivery_days_mean");
        Assert.Equal([2.0, double.NaN, 4.0], summary.ReplicationValues[days]);
        int orders = summary.Rows.ToList().FindIndex(r => r.Kpi == "orders");
        Assert.Equal([1.0, 1.0, 1.0], summary.ReplicationValues[orders]);
    }

    [Fact]
    public void FromReplications_Rows_FixedOrderAndComponentsAddUp()
    {
        var group = new ParcelGroupKpis(GroupKey.Parse("all")) { Orders = 4, Delivered = 4, TransportCost = 10, HandlingCost = 2, DutiesAndTaxes = 3, WarehousingCost = 1, ReturnsCost = 0.5 };
        var summary = KpiSummary.FromReplications([new ReplicationKpis(0, [group], [], [])]);

        Assert.Equal(["orders", "delivered", "returned", "lost", "seized", "in_flight_at_end", "cost_per_parcel"], summary.Rows.Take(7).Select(r => r.Kpi));
        double components = summary.Rows.Where(r => r.Kpi.StartsWith("cost_", StringComparison.Ordinal) && r.Kpi != "cost_per_parcel").Sum(r => r.Mean);
        Assert.Equal(summary.Find("all", "cost_per_parcel")!.Mean, components, 12);
        Assert.Equal(16.5 / 4, components, 12);
    }

    [Fact]
    public void FromReplications_Empty_Throws() =>
        Assert.Throws<ArgumentException>(() => KpiSummary.FromReplications([]));

    [Fact]
    public void InFlightWarnings_ModeInMarketAboveOnePercent_OneWarningNamingIt()
    {
        var over = new ParcelGroupKpis(GroupKey.Parse("mode=postal;market=BR")) { Orders = 1000, Delivered = 980, InFlightAtEnd = 20 };
        var at = new ParcelGroupKpis(GroupKey.Parse("mode=postal;market=US")) { Orders = 1000, Delivered = 990, InFlightAtEnd = 10 };
        var aggregate = new ParcelGroupKpis(GroupKey.Parse("mode=postal")) { Orders = 2000, Delivered = 1970, InFlightAtEnd = 30 };

        var summary = KpiSummary.FromReplications([new ReplicationKpis(0, [aggregate, over, at], [], [])]);

        var warning = Assert.Single(summary.InFlightWarnings);
        Assert.StartsWith("mode=postal;market=BR: 2% of the orders (20 of 1000 over 1 replications)", warning, StringComparison.Ordinal);
        Assert.Equal(0.02, summary.Find("mode=postal;market=BR", "in_flight_at_end")!.Mean / 1000, 12);
    }
}
