using System.Security.Cryptography;
using System.Text;

namespace Sim.Runner.Studies;

/// <summary>
/// SHA-256 fingerprints of inputs that are not scenarios (study files, result files), for manifests
/// and for telling whether a folder was made from the same inputs (resume, merge, compare). A
/// scenario's own hash is <c>ScenarioSource.Sha256</c>. Stateless and thread-safe.
/// </summary>
internal static class InputHash
{
    /// <summary>Lower-case hex SHA-256 of the files' contents (each with its length, so boundaries count) and then of <paramref name="texts"/>.</summary>
    public static string Of(IEnumerable<string> files, IEnumerable<string> texts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (string file in files)
        {
            byte[] content = File.Exists(file) ? File.ReadAllBytes(file) : [];
            hash.AppendData(BitConverter.GetBytes((long)content.Length));
            hash.AppendData(content);
        }

        foreach (string text in texts)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            hash.AppendData(BitConverter.GetBytes((long)bytes.Length));
            hash.AppendData(bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
