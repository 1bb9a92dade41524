using System.Globalization;

namespace Sim.Runner.Progress;

/// <summary>Short human-readable durations for progress lines: <c>8 s</c>, <c>3 min 5 s</c>, <c>2 h 10 min</c>.</summary>
internal static class Durations
{
    /// <summary>Describes <paramref name="duration"/> to the second (under an hour) or the minute.</summary>
    public static string Describe(TimeSpan duration)
    {
        if (duration < TimeSpan.Zero || duration > TimeSpan.FromDays(999))
        {
            return "?";
        }

        long seconds = (long)Math.Round(duration.TotalSeconds);
        return seconds switch
        {
            < 60 => string.Create(CultureInfo.InvariantCulture, $"{seconds} s"),
            < 3600 => string.Create(CultureInfo.InvariantCulture, $"{seconds / 60} min {seconds % 60} s"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{seconds / 3600} h {seconds / 60 % 60} min"),
        };
    }
}
