using System.Globalization;
using CsvHelper;

namespace Sim.Models.Scenarios.Generation;

/// <summary>The CSV tables of a generated scenario (lanes, demand, rate cards), collected row by row and written with CsvHelper. Not thread-safe.</summary>
internal sealed class GeneratedTables
{
    public const string LanesFile = "tables/lanes.csv";
    public const string DemandFile = "tables/demand.csv";
    public const string RateCardsFile = "tables/rate_cards.csv";

    private readonly List<string?[]> _lanes = [];
    private readonly List<string?[]> _demand = [];
    private readonly List<string?[]> _rateCards = [];

    public void AddLane(string origin, string market, string mode, double distanceKm, double meanDays, double cv) =>
        _lanes.Add([origin, market, mode, Number(distanceKm), Number(meanDays), Number(cv)]);

    public void AddDemand(string origin, string market, string productClass, double ordersPerDay, double b2bShare, int b2bUnits) =>
        _demand.Add([origin, market, productClass, Number(ordersPerDay), b2bShare > 0 ? Number(b2bShare) : null, b2bShare > 0 ? Number(b2bUnits) : null]);

    public void AddRateCard(string mode, string leg, string market, double perParcel, double perKg) =>
        _rateCards.Add([mode, leg, market, Number(perParcel), Number(perKg), null, null, null]);

    /// <summary>The three tables as (relative path, CSV text), each with a comment line saying what it is.</summary>
    public IEnumerable<GeneratedFile> Files()
    {
        yield return Table(LanesFile, "Which direct mode serves which (origin, market), with distance and line-haul transit. See scenarios/README.md.",
            ["origin", "market", "mode", "distance_km", "linehaul_mean_days", "linehaul_cv"], _lanes);
        yield return Table(DemandFile, "Orders per day per origin, market and product class; B2B share and units per B2B order. See scenarios/README.md.",
            ["origin", "market", "product_class", "orders_per_day", "b2b_share", "b2b_units_per_order"], _demand);
        yield return Table(RateCardsFile, "Per-market last-mile costs replacing the leg's default cost. See scenarios/README.md.",
            ["mode", "leg", "market", "per_parcel", "per_kg", "per_m3", "per_shipment", "per_container"], _rateCards);
    }

    private static GeneratedFile Table(string path, string comment, string[] header, List<string?[]> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        text.WriteLine($"# {comment}");
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { FormatProvider = CultureInfo.InvariantCulture, NewLine = "\n" }, true))
        {
            csv.WriteHeader(header);
            foreach (var row in rows)
            {
                foreach (var field in row)
                {
                    csv.WriteField(field ?? "");
                }

                csv.EndRecord();
            }
        }

        return new GeneratedFile(path, text.ToString());
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
