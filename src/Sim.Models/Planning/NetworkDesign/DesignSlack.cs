namespace Sim.Models.Planning.NetworkDesign;

/// <summary>A slack of the shortfall relaxation: the row it relaxes, in what unit, and how it turns into a best achievable value. Immutable.</summary>
/// <param name="Column">The slack's column.</param>
/// <param name="Subject">What the row is about (a market, a class in a market, or a station).</param>
/// <param name="Constraint"><c>share</c>, <c>mean_days</c> or <c>capacity</c>.</param>
/// <param name="Target">The target or capacity.</param>
/// <param name="Scale">What the slack is divided by to be in the target's unit (orders per day for service levels; 1 for capacity).</param>
/// <param name="AtLeast">True for a row that must reach its target (a share): the best value is the target less the slack; false: the target plus it.</param>
/// <param name="WithinDays">The days a share is measured within; null for other rows.</param>
internal sealed record DesignSlack(int Column, string Subject, string Constraint, double Target, double Scale, bool AtLeast, double? WithinDays);
