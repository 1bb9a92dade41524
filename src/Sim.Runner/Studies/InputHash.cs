using System.Security.Cryptography;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace Sim.Runner.Studies;

/// <summary>
/// SHA-256 fingerprints of a run's inputs, for manifests and for telling whether a result folder
/// was made from the same inputs (resume, merge). Stateless and thread-safe.
/// </summary>
internal static class InputHash
{
    /// <summary>
    /// Lower-case hex SHA-256 of the scenario YAML and every table its <c>tables</c> section names
    /// (in that order; a missing table counts as empty), then of the overrides' text.
    /// </summary>
    public static string OfScenario(string yamlFile, IEnumerable<string> overrides)
    {
        var files = new List<string> { yamlFile };
        string folder = Path.GetDirectoryName(Path.GetFullPath(yamlFile)) ?? ".";
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(yamlFile)));
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root
                && root.Children.TryGetValue(new YamlScalarNode("tables"), out var tables) && tables is YamlMappingNode mapping)
            {
                files.AddRange(mapping.Children.Values.OfType<YamlScalarNode>().Select(t => Path.Combine(folder, t.Value ?? "")));
            }
        }
        catch (Exception ex) when (ex is YamlDotNet.Core.YamlException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            // An unreadable scenario is reported by the loader; the hash covers whatever bytes there are.
        }

        return Of(files, overrides);
    }

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
