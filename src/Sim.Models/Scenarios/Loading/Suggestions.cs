namespace Sim.Models.Scenarios.Loading;

/// <summary>"Did you mean" hints for misspelt field names, ids, columns and command names. Stateless and thread-safe.</summary>
public static class Suggestions
{
    /// <summary>
    /// " (did you mean 'x'?)" for the closest candidate (Levenshtein distance, ignoring case) within
    /// max(2, a third of the word's length) edits, else empty.
    /// </summary>
    /// <param name="word">What was written.</param>
    /// <param name="candidates">The valid names.</param>
    /// <returns>The hint with a leading space, or the empty string.</returns>
    public static string DidYouMean(string word, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(candidates);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(word.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best is not null && bestDistance <= Math.Max(2, word.Length / 3) ? $" (did you mean '{best}'?)" : "";
    }

    // Levenshtein distance with two rolling rows; words here are short field names and ids.
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
