using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Sim.Runner.Progress;

/// <summary>A progress-bar column showing <c>done/total unit, rate/s</c>.</summary>
/// <param name="unit">What is counted, plural (e.g. <c>replications</c>).</param>
internal sealed class CountColumn(string unit) : ProgressColumn
{
    /// <inheritdoc/>
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
    {
        ArgumentNullException.ThrowIfNull(task);
        string rate = task.Speed is { } speed ? string.Create(CultureInfo.InvariantCulture, $", {speed:0.0}/s") : "";
        return new Text(string.Create(CultureInfo.InvariantCulture, $"{task.Value:0}/{task.MaxValue:0} {unit}{rate}"));
    }
}
