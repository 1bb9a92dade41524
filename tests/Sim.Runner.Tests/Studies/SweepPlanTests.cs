using Sim.Models.Scenarios;
using Sim.Runner.Studies;

namespace Sim.Runner.Tests.Studies;

public sealed class SweepPlanTests
{
    private static readonly string Examples = Path.Combine(Path.GetDirectoryName(ScenarioLoader.BaselinePath)!, "studies");

    public static TheoryData<string> ExampleStudies => [.. Directory.GetFiles(Examples, "*.yaml").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    /// <summary>The example studies the README points to load whole: every cell's scenario, and the plan where one is named.</summary>
    [Theory]
    [MemberData(nameof(ExampleStudies))]
    public void TryLoad_ExampleStudy_EveryCellLoads(string file)
    {
        var study = StudyReader.TryRead(Path.Combine(Examples, file), out var studyErrors);
        Assert.Empty(studyErrors);

        var plan = SweepPlan.TryLoad(study!, ShardSpec.Whole, out var errors);

        Assert.Empty(errors);
        Assert.Equal(study!.Cells.Count, plan!.Cells.Count);
        Assert.Equal(study.PlanFile is not null, plan.PlanSha256 is not null);
    }

    [Fact]
    public void TryLoad_ExampleStudyWithAPlan_HashesThePlanIntoItsInputs()
    {
        var study = StudyReader.TryRead(Path.Combine(Examples, "planned-de-minimis.yaml"), out _)!;

        var planned = SweepPlan.TryLoad(study, ShardSpec.Whole, out _)!;
        var unplanned = SweepPlan.TryLoad(study with { PlanFile = null, PlanAsWritten = null }, ShardSpec.Whole, out _)!;

        Assert.Equal(64, planned.PlanSha256!.Length);
        Assert.NotEqual(unplanned.InputSha256, planned.InputSha256);
    }
}
