using System.Diagnostics;
using Sim.Runner.Commands;
using Sim.Runner.Tests.Commands;
using Sim.Runner.Tests.Studies;

namespace Sim.Runner.Tests.Slurm;

/// <summary>
/// The scripts of <c>scripts/slurm/</c> on a real (single-node) Slurm: <c>local-slurm.sh</c> installs
/// and starts one on this machine (as ./test.sh runs as root on CI), <c>submit.sh</c> submits a
/// four-task job array and a merge job that waits for it, and the merged sweep must equal an
/// unsharded run of the same study byte for byte.
/// </summary>
public sealed class SlurmScriptsTests : IDisposable
{
    private readonly StudyFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Submit_FourShardArrayThenMerge_EqualsTheUnshardedSweepByteForByte()
    {
        string study = _files.Grid(replications: 2, horizonDays: 15, losses: [0.01, 0.02, 0.03, 0.04]);
        string cluster = _files.NewFolder("cluster");
        string whole = _files.NewFolder("whole");
        bool started = RepositoryScripts.Run("scripts/slurm/local-slurm.sh", "start").TrimEnd().EndsWith("started", StringComparison.Ordinal);
        try
        {
            var environment = new Dictionary<string, string> { ["SIM"] = $"dotnet {typeof(SweepCommand).Assembly.Location}" };
            string[] jobs = RepositoryScripts.Run("scripts/slurm/submit.sh", environment, study, cluster, "4").Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(2, jobs.Length);
            Assert.StartsWith("array ", jobs[0], StringComparison.Ordinal);
            Assert.StartsWith("merge ", jobs[1], StringComparison.Ordinal);
            WaitUntilGone(jobs[0]["array ".Length..], jobs[1]["merge ".Length..]);
        }
        finally
        {
            if (started)
            {
                RepositoryScripts.Run("scripts/slurm/local-slurm.sh", "stop");
            }
        }

        string merged = Path.Combine(cluster, "merged");
        string logs = string.Join("\n", Directory.GetFiles(cluster, "slurm-*.out").Select(File.ReadAllText));
        Assert.True(File.Exists(Path.Combine(merged, "report.html")), $"the merge job did not finish; job logs:\n{logs}");
        Assert.Equal(["shard-1", "shard-2", "shard-3", "shard-4"], Directory.GetDirectories(cluster, "shard-*").Select(Path.GetFileName).Order());
        Assert.Equal(4, Directory.GetFiles(cluster, "slurm-*_*.out").Length);
        Assert.Equal(0, SweepCommandTests.Sweep(study, SweepCommandTests.Options(whole)).ExitCode);
        File.Delete(Path.Combine(merged, "report.html"));
        StudyFiles.AssertSameData(whole, merged);
    }

    private static void WaitUntilGone(params string[] jobs)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromMinutes(5))
        {
            var start = new ProcessStartInfo("squeue", ["-h", "-j", string.Join(',', jobs), "-o", "%i %T"]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var squeue = Process.Start(start)!;
            string queued = squeue.StandardOutput.ReadToEnd();
            string error = squeue.StandardError.ReadToEnd();
            squeue.WaitForExit();

            // Finished jobs leave the queue; long finished ones are forgotten ("Invalid job id").
            if ((squeue.ExitCode == 0 && queued.Trim().Length == 0) || error.Contains("Invalid job id", StringComparison.Ordinal))
            {
                return;
            }

            Thread.Sleep(500);
        }

        Assert.Fail($"jobs {string.Join(", ", jobs)} still queued after 5 minutes");
    }
}
