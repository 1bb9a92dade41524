using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Sim.Models.Scenarios.Loading;

/// <summary>Accumulates the files of one load into a <see cref="ScenarioSource"/> (see its hash rule). Not thread-safe.</summary>
internal sealed class SourceHash : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly List<string> _tables = [];

    /// <summary>Adds the scenario file's bytes (first).</summary>
    public void AddScenario(byte[] content) => Add("scenario", content);

    /// <summary>Adds a table's bytes under its path as the scenario names it.</summary>
    public void AddTable(string name, byte[] content)
    {
        _tables.Add(name);
        Add(name, content);
    }

    /// <summary>The source of the load; call once, at the end.</summary>
    public ScenarioSource Finish(string file, string fullPath) => new()
    {
        File = file,
        FullPath = fullPath,
        Sha256 = Convert.ToHexStringLower(_hash.GetHashAndReset()),
        Tables = _tables.ToArray(),
    };

    public void Dispose() => _hash.Dispose();

    private void Add(string name, byte[] content)
    {
        _hash.AppendData(Encoding.UTF8.GetBytes(name));
        Span<byte> header = stackalloc byte[9];
        header[0] = 0;
        BinaryPrimitives.WriteInt64LittleEndian(header[1..], content.LongLength);
        _hash.AppendData(header);
        _hash.AppendData(content);
    }
}
