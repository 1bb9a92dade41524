using Sim.Engine.Optimisation;

namespace Sim.Engine.Tests.Optimisation;

public sealed class LinearExpressionTests
{
    private static readonly Variable X = new(0);
    private static readonly Variable Y = new(1);

    [Fact]
    public void Operators_CombineTermsAndConstants_EvaluateAsAlgebra()
    {
        var expression = 2 * (3 * X - Y + 4) - (X + 1) + Y * 0.5;

        // At x = 2, y = 6: 2*(6 - 6 + 4) - 3 + 3 = 8.
        Assert.Equal(8.0, expression.Evaluate([2.0, 6.0]));
        Assert.Equal(7.0, expression.Constant);
    }

    [Fact]
    public void Operators_LeaveOperandsUnchanged()
    {
        var left = X + 1;

        _ = left + Y;

        Assert.Equal(1, left.TermCount);
        Assert.Equal(1.0, left.Constant);
    }

    [Fact]
    public void LessOrEqual_BetweenExpressions_MovesEverythingLeft()
    {
        var constraint = X + 2 <= Y + 5.0;

        Assert.Equal(double.NegativeInfinity, constraint.Lower);
        Assert.Equal(0.0, constraint.Upper);
        Assert.Equal(-3.0, constraint.Expression.Constant);
        Assert.Equal(-7.0, constraint.Expression.Evaluate([0.0, 4.0]));
    }

    [Fact]
    public void AddTerm_NonFiniteCoefficient_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LinearExpression().AddTerm(X, double.NaN));
    }

    [Fact]
    public void EqualTo_And_Between_SetBothBounds()
    {
        var equality = (X + Y).EqualTo(3);
        var ranged = (X + Y).Between(1, 2);

        Assert.Equal((3.0, 3.0), (equality.Lower, equality.Upper));
        Assert.Equal((1.0, 2.0), (ranged.Lower, ranged.Upper));
        Assert.Throws<ArgumentOutOfRangeException>(() => (X + Y).Between(2, 1));
    }
}
