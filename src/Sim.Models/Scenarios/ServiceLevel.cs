namespace Sim.Models.Scenarios;

/// <summary>
/// What a plan must achieve for the orders of one market (or of one product class in it), whatever
/// modes carry them: a share of the orders delivered within <see cref="WithinDays"/> days of being
/// placed (every order counts; a lost, seized or undelivered one is not delivered in time) and/or a
/// mean of at most <see cref="MeanDays"/> days from order to delivery. At least one is set;
/// <see cref="Share"/> and <see cref="WithinDays"/> come together. Key: <see cref="Key"/>. Immutable.
/// </summary>
public sealed record ServiceLevel
{
    /// <summary>Market code.</summary>
    public required string Market { get; init; }

    /// <summary>The product class whose orders it covers; null for every order of the market.</summary>
    public string? ProductClass { get; init; }

    /// <summary>Least share of the orders delivered within <see cref="WithinDays"/>, in [0, 1]; null for no such target.</summary>
    public double? Share { get; init; }

    /// <summary>The days from order within which <see cref="Share"/> of the orders must be delivered, positive; null with <see cref="Share"/>.</summary>
    public double? WithinDays { get; init; }

    /// <summary>Most mean delivery days, positive; null for no such target.</summary>
    public double? MeanDays { get; init; }

    /// <summary>The key as a path names it: <c>US</c>, or <c>US/electronics</c> for one class.</summary>
    public string Key => ProductClass is null ? Market : $"{Market}/{ProductClass}";

    /// <summary>What it covers, as a message says it: <c>market US</c> or <c>market US, class electronics</c>.</summary>
    public string Subject => ProductClass is null ? $"market {Market}" : $"market {Market}, class {ProductClass}";
}
