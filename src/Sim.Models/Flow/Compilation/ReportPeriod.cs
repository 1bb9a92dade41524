namespace Sim.Models.Flow.Compilation;

/// <summary>
/// A part of the horizon whose KPIs are also reported on their own: orders placed in it, and the
/// stock points' figures over it. Immutable.
/// </summary>
/// <param name="Name">Its <c>period=</c> value: the first and last day, <c>yyyy-MM-dd..yyyy-MM-dd</c>.</param>
/// <param name="FromTicks">Its start on the simulation clock (midnight of its first day; 0 for the first period).</param>
/// <param name="ToTicks">Its end: the next period's start, or the horizon for the last one.</param>
internal sealed record ReportPeriod(string Name, long FromTicks, long ToTicks);
