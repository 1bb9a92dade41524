using Sim.Models.Kpis;

namespace Sim.Models.Tests.Kpis;

public sealed class GroupKeyTests
{
    [Theory]
    [InlineData("all")]
    [InlineData("mode=express")]
    [InlineData("market=US")]
    [InlineData("mode=express;market=US")]
    [InlineData("warehouse=de-warehouse;product=home")]
    [InlineData("line=postal/linehaul/US")]
    [InlineData("servers=szx-airport")]
    [InlineData("quota=dedicated/consolidation")]
    [InlineData("customs=us-customs")]
    public void Parse_TodaysKeys_RoundTripToTheSameText(string text) =>
        Assert.Equal(text, GroupKey.Parse(text).ToString());

    [Fact]
    public void With_DimensionsInAnyOrder_TextInDeclarationOrder()
    {
        var key = GroupKey.Of(GroupDimension.Market, "US").With(GroupDimension.Mode, "express");

        Assert.Equal("mode=express;market=US", key.ToString());
        Assert.Equal("express", key.Mode);
        Assert.Equal("US", key.Market);
        Assert.Null(key.Warehouse);
        Assert.Equal([GroupDimension.Mode, GroupDimension.Market], key.Dimensions);
    }

    [Fact]
    public void Equals_SameDimensionsBuiltTwoWays_EqualWithEqualHashes()
    {
        var parsed = GroupKey.Parse("warehouse=w;product=p");
        var built = GroupKey.Of(GroupDimension.Warehouse, "w").With(GroupDimension.Product, "p");

        Assert.Equal(parsed, built);
        Assert.True(parsed == built);
        Assert.Equal(parsed.GetHashCode(), built.GetHashCode());
        Assert.NotEqual(parsed, GroupKey.Of(GroupDimension.Warehouse, "w"));
    }

    [Fact]
    public void All_HasNoDimension()
    {
        Assert.True(GroupKey.All.IsAll);
        Assert.Empty(GroupKey.All.Dimensions);
        Assert.Same(GroupKey.All, GroupKey.Parse("all"));
        Assert.False(GroupKey.Of(GroupDimension.Mode, "all").IsAll);
    }

    [Theory]
    [InlineData("")]
    [InlineData("mode")]
    [InlineData("mode=")]
    [InlineData("=express")]
    [InlineData("colour=red")]
    [InlineData("market=US;mode=express")]
    [InlineData("mode=a;mode=b")]
    [InlineData("mode= express")]
    [InlineData("mode=express;")]
    public void Parse_NotAKey_ThrowsFormatExceptionSayingWhy(string text)
    {
        var error = Assert.Throws<FormatException>(() => GroupKey.Parse(text));

        Assert.Contains("is not a group key", error.Message, StringComparison.Ordinal);
        Assert.False(GroupKey.TryParse(text, out _));
    }

    [Theory]
    [InlineData("a;b")]
    [InlineData("a=b")]
    [InlineData("")]
    [InlineData(" a")]
    public void Of_ValueThatWouldNotRoundTrip_Throws(string value) =>
        Assert.Throws<ArgumentException>(() => GroupKey.Of(GroupDimension.Mode, value));
}
