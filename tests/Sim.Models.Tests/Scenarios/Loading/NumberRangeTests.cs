using Sim.Models.Scenarios.Loading;

namespace Sim.Models.Tests.Scenarios.Loading;

public sealed class NumberRangeTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(1e-300, true)]
    [InlineData(7305, true)]
    [InlineData(7305.000001, false)]
    [InlineData(double.NaN, false)]
    [InlineData(double.PositiveInfinity, false)]
    public void Contains_HorizonDays_HonoursOpenAndClosedEnds(double value, bool inside) =>
        Assert.Equal(inside, ScenarioRanges.HorizonDays.Contains(value));

    [Fact]
    public void Describe_Ranges_UseIntervalNotationAndCompactPowersOfTen()
    {
        Assert.Equal("(0, 7305] days", ScenarioRanges.HorizonDays.Describe());
        Assert.Equal("[0, 1e9]", ScenarioRanges.Money.Describe());
        Assert.Equal("[0, 24) hours", ScenarioRanges.HourOfDay.Describe());
    }

    [Theory]
    [InlineData(1e300, "1e300 is out of range: must be in (0, 7305] days")]
    [InlineData(-1, "-1 is out of range: must be in (0, 7305] days")]
    [InlineData(double.NaN, "NaN is not a finite number: must be in (0, 7305] days")]
    public void Problem_OutsideValues_SayWhatWasGivenAndWhatIsAccepted(double value, string expected) =>
        Assert.Equal(expected, ScenarioRanges.HorizonDays.Problem(value));

    [Fact]
    public void Problem_InsideValue_IsNull() => Assert.Null(ScenarioRanges.HorizonDays.Problem(30));
}
