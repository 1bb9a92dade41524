namespace Sim.Models.Scenarios.Overrides;

/// <summary>
/// A parsed override path: its segments in order, each a name (after a dot) or a bracketed key or
/// index. Syntax only; what the segments mean is decided against the scenario schema.
/// </summary>
internal sealed class OverridePath
{
    private OverridePath(IReadOnlyList<Segment> segments) => Segments = segments;

    public IReadOnlyList<Segment> Segments { get; }

    /// <summary>One step of a path: <see cref="Text"/> as written, and whether it was in brackets.</summary>
    public readonly record struct Segment(string Text, bool Bracketed);

    /// <summary>Parses <paramref name="text"/>; returns null and a reason when it is malformed.</summary>
    public static OverridePath? TryParse(string text, out string reason)
    {
        var segments = new List<Segment>();
        int i = 0;
        reason = "";
        while (i < text.Length)
        {
            if (text[i] == '[')
            {
                int close = text.IndexOf(']', i + 1);
                if (close < 0 || close == i + 1)
                {
                    reason = close < 0 ? $"'[' at character {i + 1} is not closed" : $"empty brackets at character {i + 1}";
                    return null;
                }

                segments.Add(new Segment(text[(i + 1)..close].Trim(), Bracketed: true));
                i = close + 1;
                if (i < text.Length && text[i] == '.')
                {
                    i++;
                    if (i == text.Length)
                    {
                        reason = "the path ends with '.'";
                        return null;
                    }
                }

                continue;
            }

            int end = i;
            while (end < text.Length && text[end] != '.' && text[end] != '[')
            {
                end++;
            }

            string name = text[i..end].Trim();
            if (name.Length == 0 || name.Contains(']', StringComparison.Ordinal))
            {
                reason = name.Length == 0 ? $"empty field name at character {i + 1}" : $"unexpected ']' in '{name}'";
                return null;
            }

            segments.Add(new Segment(name, Bracketed: false));
            i = end;
            if (i < text.Length && text[i] == '.')
            {
                i++;
                if (i == text.Length)
                {
                    reason = "the path ends with '.'";
                    return null;
                }
            }
        }

        if (segments.Count == 0)
        {
            reason = "the path is empty";
            return null;
        }

        return new OverridePath(segments);
    }
}
