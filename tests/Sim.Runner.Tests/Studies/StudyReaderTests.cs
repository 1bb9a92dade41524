using Sim.Runner.Studies;

namespace Sim.Runner.Tests.Studies;

public sealed class StudyReaderTests : IDisposable
{
    private readonly StudyFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void TryRead_Grid_EveryCombinationFirstFactorSlowest()
    {
        var study = StudyReader.TryRead(_files.Grid(losses: [0.01, 0.02, 0.05]), out var errors);

        Assert.Empty(errors);
        Assert.NotNull(study);
        Assert.Equal(["c001", "c002", "c003", "c004", "c005", "c006"], study.Cells.Select(c => c.Id));
        Assert.Equal("us_de_minimis=800, postal_loss=0.02", study.Cells[4].Name);
        Assert.Equal(
            ["horizon_days=20", "warm_up_days=3", "markets.US.duty_regimes[1].de_minimis=800", "modes.postal.legs.linehaul.loss_probability=0.02"],
            study.Cells[4].Overrides.Select(o => o.ToString()));
        Assert.Equal(0, study.Reference);
        Assert.True(study.Factors[1].IsNumeric);
    }

    [Fact]
    public void TryRead_Plan_ResolvedAgainstTheStudyFilesFolderAndKeptAsWritten()
    {
        string path = _files.Write("with-plan.yaml", """
            name: with-plan
            scenario: ../baseline.yaml
            plan: plans/cheap.yaml
            cells: [{name: only}]
            """);

        var study = StudyReader.TryRead(path, out var errors);

        Assert.Empty(errors);
        Assert.Equal(Path.Combine(_files.Folder, "plans", "cheap.yaml"), study!.PlanFile);
        Assert.Equal("plans/cheap.yaml", study.PlanAsWritten);
        Assert.Null(StudyReader.TryRead(_files.Grid(), out _)!.PlanFile);
    }

    [Fact]
    public void TryRead_NamedCellsAndReferenceByName_InOrder()
    {
        string path = _files.Write("named.yaml", """
            name: named
            scenario: ../baseline.yaml
            cells:
              - {name: today}
              - {name: keep-de-minimis, set: {"markets.US.duty_regimes[1].de_minimis": 800}}
            reference: keep-de-minimis
            """);

        var study = StudyReader.TryRead(path, out var errors);

        Assert.Empty(errors);
        Assert.Equal(["today", "keep-de-minimis"], study!.Cells.Select(c => c.Id));
        Assert.Equal(1, study.Reference);
        Assert.Equal(Path.GetFullPath(Path.Combine(_files.Folder, "../baseline.yaml")), study.ScenarioFile);
        Assert.Equal("../baseline.yaml", study.ScenarioAsWritten);
    }

    [Fact]
    public void TryRead_NamedFactorLevels_EachLevelSetsItsPaths()
    {
        string path = _files.Write("levels.yaml", """
            name: levels
            scenario: base.yaml
            grid:
              - name: apparel_us
                levels:
                  postal: {"fulfilment[US/apparel].policy": "{kind: fixed, mode: postal}"}
                  express: {"fulfilment[US/apparel].policy": "{kind: fixed, mode: express}"}
            """);

        var study = StudyReader.TryRead(path, out var errors);

        Assert.Empty(errors);
        Assert.Equal(["apparel_us=postal", "apparel_us=express"], study!.Cells.Select(c => c.Name));
        Assert.False(study.Factors[0].IsNumeric);
    }

    [Theory]
    [InlineData("name: x\nscenario: s.yaml\n", 1, "required: a grid of factors or a list of named cells")]
    [InlineData("name: x\nscenario: s.yaml\ncells: [{name: a}]\nreplicatons: 3\n", 4, "unknown field 'replicatons'")]
    [InlineData("name: x\nscenario: s.yaml\ncells: [{name: a}, {name: a}]\n", 3, "duplicate cell 'a'")]
    [InlineData("name: x\nscenario: s.yaml\ncells: [{name: a}]\nreference: b\n", 4, "no cell 'b'")]
    [InlineData("name: x\nscenario: s.yaml\ncells: [{name: a/b}]\n", 3, "not a plain identifier")]
    [InlineData("name: x\nscenario: s.yaml\nreplications: 0\ncells: [{name: a}]\n", 3, "not a whole number from 1")]
    [InlineData("name: x\nscenario: s.yaml\ngrid: [{path: a.b}]\n", 3, "required with path")]
    [InlineData("name: x\nscenario: s.yaml\ngrid: [{path: a.b, values: [1]}]\nreference: {c: 1}\n", 4, "unknown field 'c'")]
    [InlineData("name: x\ncells: [{name: a}]\n", 1, "scenario")]
    [InlineData("name: x\nscenario: [s.yaml\n", 3, "YAML syntax error")]
    public void TryRead_BadStudy_NamesTheLineAndProblem(string text, int line, string reason)
    {
        string path = _files.Write("bad.yaml", text);

        Assert.Null(StudyReader.TryRead(path, out var errors));

        Assert.Contains(errors, e => e.Line == line && e.ToString().Contains(reason, StringComparison.Ordinal) && e.File == path);
    }
}
