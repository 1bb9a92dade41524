using CsvHelper;
using Sim.Models.Planning.Plans;

namespace Sim.Models.Tests.Planning.Plans;

public sealed class PlanCsvWriterTests
{
    [Fact]
    public void Write_BaselinePlan_OneRowPerRouteThatReadsBackToTheShares()
    {
        var plan = PlanLoader.TryParse(BaselinePlan.Yaml, "plan.yaml", BaselinePlan.Scenario, out _)!;
        using var text = new StringWriter();

        PlanCsvWriter.Write(plan, text);

        using var csv = CsvReader.FromText(text.ToString(), new CsvReaderOptions());
        csv.ReadHeader();
        Assert.Equal(PlanCsvWriter.Columns, csv.Headers);
        var rows = new List<(string Lane, string Mode, string Warehouse, double Share)>();
        while (csv.Read())
        {
            var lane = $"{csv.GetString("origin")}/{csv.GetString("market")}/{csv.GetString("product_class")}/{csv.GetString("segment")}";
            rows.Add((lane, csv.GetString("mode"), csv.GetString("warehouse"), csv.Parse<double>("share")));
        }

        var expected = plan.Lanes.SelectMany(l => l.Shares.Select(s =>
            ($"{l.Origin}/{l.Market}/{l.ProductClass}/{l.Segment.ToString().ToLowerInvariant()}", s.Mode, s.Warehouse ?? "", s.Share))).ToList();
        Assert.Equal(expected, rows);
        Assert.Contains(("shenzhen/US/apparel/b2b", "dedicated", "", 1.0), rows);
    }
}
