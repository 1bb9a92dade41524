using Sim.Runner.Output;

namespace Sim.Runner.Studies;

/// <summary>
/// Combines the output folders of the shards of one sweep into one sweep folder: checks that they
/// come from the same study, inputs, seed and replication count and together cover every shard
/// once, copies each shard's cells (each staged, then renamed into place), and writes the
/// study-level files as an unsharded sweep would, so the result is byte-identical to one (but for
/// the manifests' times and command lines). Stateless and thread-safe (for different folders).
/// </summary>
internal static class ShardMerge
{
    /// <summary>Checks the shards in <paramref name="shardFolders"/>; returns their manifests and the study, or throws.</summary>
    /// <exception cref="ResultFileException">A folder is not a shard of the same sweep, or shards are missing or repeated.</exception>
    public static (RunManifest First, StudyDefinition Study, IReadOnlyList<(SweepFolder Folder, ShardSpec Shard)> Shards) Check(IReadOnlyList<string> shardFolders)
    {
        var shards = new List<(SweepFolder, ShardSpec, RunManifest)>();
        byte[]? study = null;
        foreach (string path in shardFolders)
        {
            var folder = new SweepFolder(path);
            var manifest = RunManifest.Read(folder.Root);
            var shard = manifest.Kind == "sweep" ? ShardSpec.Whole : ShardSpec.TryParse(manifest.Shard);
            if (manifest.Kind is not ("sweep" or "sweep-shard") || shard is null || !File.Exists(folder.StudyFile))
            {
                throw new ResultFileException(Path.Combine(path, RunManifest.FileName), 0, "kind", "not the output folder of sim sweep --shard k/N");
            }

            byte[] text = File.ReadAllBytes(folder.StudyFile);
            var first = shards.Count == 0 ? manifest : shards[0].Item3;
            if ((study is not null && !text.AsSpan().SequenceEqual(study)) || manifest.InputSha256 != first.InputSha256
                || manifest.Seed != first.Seed || manifest.Replications != first.Replications || shard.Count != (shards.Count == 0 ? shard.Count : shards[0].Item2.Count))
            {
                throw new ResultFileException(path, 0, "", $"is not a shard of the same sweep as {shardFolders[0]} (study, inputs, seed, replications or shard count differ)");
            }

            if (shards.Any(s => s.Item2.Index == shard.Index))
            {
                throw new ResultFileException(path, 0, "", $"shard {shard} is given twice");
            }

            study ??= text;
            shards.Add((folder, shard, manifest));
        }

        int count = shards[0].Item2.Count;
        var missing = Enumerable.Range(1, count).Where(k => shards.All(s => s.Item2.Index != k)).ToList();
        if (missing.Count > 0)
        {
            throw new ResultFileException(shardFolders[0], 0, "", $"shards {string.Join(", ", missing.Select(k => $"{k}/{count}"))} are missing: give every shard's folder");
        }

        var definition = StudyReader.TryRead(shards[0].Item1.StudyFile, out var errors)
            ?? throw new ResultFileException(shards[0].Item1.StudyFile, 0, "", $"the study copy cannot be read: {string.Join("; ", errors)}");
        return (shards[0].Item3, definition, [.. shards.Select(s => (s.Item1, s.Item2))]);
    }

    /// <summary>Checks that every shard holds all of its cells.</summary>
    /// <exception cref="ResultFileException">A shard lacks one of its cells (it did not finish).</exception>
    public static void CheckComplete(StudyDefinition study, IReadOnlyList<(SweepFolder Folder, ShardSpec Shard)> shards)
    {
        foreach (var cell in study.Cells)
        {
            var (source, shard) = shards.First(s => s.Shard.Includes(cell.Index));
            if (!source.HasCell(cell.Id))
            {
                throw new ResultFileException(source.Root, 0, "", $"shard {shard} has no cell {cell.Id}: it did not finish; run it again with --resume");
            }
        }
    }

    /// <summary>Copies every cell from its shard into <paramref name="target"/> (see <see cref="CheckComplete"/>), each as a result set.</summary>
    /// <exception cref="ResultFileException">A cell's <c>source.json</c> is missing or unreadable.</exception>
    public static void CopyCells(StudyDefinition study, IReadOnlyList<(SweepFolder Folder, ShardSpec Shard)> shards, SweepFolder target)
    {
        foreach (var cell in study.Cells)
        {
            string from = shards.First(s => s.Shard.Includes(cell.Index)).Folder.CellFolder(cell.Id);
            var origin = ResultOrigin.TryRead(from) ?? throw new ResultFileException(Path.Combine(from, ResultOrigin.FileName), 0, "", "missing or unreadable");
            using var set = ResultSet.Begin(target.CellFolder(cell.Id), origin, ResultSetOptions.FromEnvironment(force: false));
            foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                string name = Path.GetRelativePath(from, file);
                if (name != ResultOrigin.FileName)
                {
                    set.Write(name, stream =>
                    {
                        using var source = File.OpenRead(file);
                        source.CopyTo(stream);
                    });
                }
            }

            set.Commit();
        }
    }
}
