namespace Sim.Models.Planning.NetworkDesign;

/// <summary>A slack of the shortfall relaxation: the row it relaxes, in what unit, and how it turns into a best achievable value. Immutable.</summary>
/// <param name="Column">The slack's column.</param>
/// <param name="Subject">What the row is about (a market or a station).</param>
/// <param name="Constraint"><c>on_time</c>, <c>mean_days</c> or <c>capacity</c>.</param>
/// <param name="Target">The target or capacity.</param>
/// <param name="Scale">What the slack is divided by to be in the target's unit (orders per day for service levels; 1 for capacity).</param>
internal sealed record DesignSlack(int Column, string Subject, string Constraint, double Target, double Scale);
