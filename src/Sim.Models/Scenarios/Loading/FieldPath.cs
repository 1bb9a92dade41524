namespace Sim.Models.Scenarios.Loading;

/// <summary>
/// Where a value sits in the YAML document, twice: <see cref="Display"/> names list items by their key
/// (<c>modes[postal].legs[linehaul]</c>) for people; <see cref="Locator"/> names them by index
/// (<c>modes[0].legs[2]</c>) to find the line and column in <see cref="YamlPositions"/>.
/// </summary>
internal readonly record struct FieldPath(string Display, string Locator)
{
    public static FieldPath Root { get; } = new("", "");

    public FieldPath Field(string snakeName) => new(Join(Display, snakeName), Join(Locator, snakeName));

    public FieldPath Item(int index, string? key) =>
        new($"{Display}[{(string.IsNullOrWhiteSpace(key) ? index.ToString(System.Globalization.CultureInfo.InvariantCulture) : key)}]", $"{Locator}[{index}]");

    private static string Join(string parent, string name) => parent.Length == 0 ? name : parent + "." + name;
}
