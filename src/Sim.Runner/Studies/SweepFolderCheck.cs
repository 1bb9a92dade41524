namespace Sim.Runner.Studies;

/// <summary>
/// Decides whether a sweep may write into its output folder, before anything runs: an empty or
/// missing folder is fine; a folder of the same study and inputs only with <c>--resume</c> (or
/// <c>--force</c> to start over); a different study's folder only with <c>--force</c>; anything that
/// is not a sweep folder never. Stateless and thread-safe.
/// </summary>
internal static class SweepFolderCheck
{
    /// <summary>Why the sweep must not write into <paramref name="folder"/>, or null when it may.</summary>
    public static string? Refusal(SweepFolder folder, SweepPlan plan, bool resume, bool force)
    {
        if (File.Exists(folder.Root))
        {
            return $"the output folder '{folder.Root}' is a file";
        }

        if (folder.IsEmpty)
        {
            return null;
        }

        RunManifest? existing = null;
        try
        {
            existing = File.Exists(folder.StudyFile) ? RunManifest.Read(folder.Root) : null;
        }
        catch (ResultFileException)
        {
            // Not a readable sweep folder: refused below like any other folder.
        }

        if (existing is null || existing.Kind is not ("sweep" or "sweep-shard"))
        {
            return $"the output folder '{folder.Root}' holds files that are not a sim sweep; choose a new or empty folder with --out";
        }

        bool same = existing.InputSha256 == plan.InputSha256 && existing.Seed == plan.Seed
            && existing.Replications == plan.Replications && existing.Shard == (plan.Shard.Count > 1 ? plan.Shard.ToString() : null);
        if (force || (same && resume))
        {
            return null;
        }

        return same
            ? $"'{folder.Root}' already holds this study's results: pass --resume to run only the cells it is missing, or --force to run it all again"
            : $"'{folder.Root}' holds the results of a different study, inputs, seed, replication count or shard ({existing.Input}, shard {existing.Shard ?? "none"}); " +
              "the study or its scenario changed since, so it cannot be resumed: choose another --out, or pass --force to replace it";
    }

    /// <summary>Empties the folder when <paramref name="force"/> (it was checked to be a sweep folder), then creates it with a copy of the study file and deletes staging leftovers.</summary>
    public static void Prepare(SweepFolder folder, string studyFile, bool force)
    {
        if (force && Directory.Exists(folder.Root))
        {
            Directory.Delete(folder.Root, recursive: true);
        }

        Directory.CreateDirectory(folder.CellsFolder);
        byte[] study = File.ReadAllBytes(studyFile);
        SweepFiles.Write(folder.Root, SweepFolder.StudyFileName, stream => stream.Write(study));
        SweepFiles.DeleteLeftovers(folder.Root);
    }
}
