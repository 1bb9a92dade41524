using Sim.Models.Customs;

namespace Sim.Models.Tests.Customs;

public sealed class DutyCalculatorTests
{
    // The UK for low-value parcels: no duty up to 170, VAT from the first penny, 12% duty above.
    private static readonly DutyRegime Uk = new()
    {
        EffectiveFrom = new DateOnly(2021, 1, 1),
        DeMinimis = 170,
        TaxDeMinimis = 0,
        DutyRate = 0.12,
        TaxRate = 0.20,
        PerParcelFee = 1.5,
    };

    [Fact]
    public void Assess_ParcelUnderDeMinimis_TaxAndFeeOnly()
    {
        var charge = DutyCalculator.Assess(Uk, 40, ClearanceMode.PerParcel);

        Assert.Equal(new DutyCharge(0, 8, 1.5), charge);
        Assert.Equal(9.5, charge.Total, 12);
    }

    [Fact]
    public void Assess_ParcelAboveDeMinimis_DutyAndTaxOnValuePlusDuty()
    {
        var charge = DutyCalculator.Assess(Uk, 200, ClearanceMode.PerParcel);

        Assert.Equal(24, charge.Duty, 12);
        Assert.Equal(0.2 * 224, charge.Tax, 12);
    }

    [Fact]
    public void Assess_AtTheThreshold_NoDuty() =>
        Assert.Equal(0, DutyCalculator.Assess(Uk, 170, ClearanceMode.PerParcel).Duty);

    [Fact]
    public void Assess_BulkUnderDeMinimis_PaysAsCommercialCargo()
    {
        var charge = DutyCalculator.Assess(Uk, 40, ClearanceMode.Bulk);

        Assert.Equal(0.12 * 40, charge.Duty, 12);
        Assert.Equal(0.2 * 40 * 1.12, charge.Tax, 12);
        Assert.Equal(1.5, charge.Fee);
    }

    [Fact]
    public void ClearanceUnder_LegOverridesOrKeepsTheRegimes()
    {
        var bulkRegime = Uk with { Clearance = ClearanceMode.Bulk };

        Assert.Equal(ClearanceMode.PerParcel, DutyCalculator.ClearanceUnder(Uk, null));
        Assert.Equal(ClearanceMode.Bulk, DutyCalculator.ClearanceUnder(bulkRegime, null));
        Assert.Equal(ClearanceMode.PerParcel, DutyCalculator.ClearanceUnder(bulkRegime, ClearanceMode.PerParcel));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Assess_BadValue_Throws(double value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DutyCalculator.Assess(Uk, value, ClearanceMode.PerParcel));

    [Theory]
    [InlineData(150, 0)]
    [InlineData(200, 0)]
    [InlineData(300, 15)]
    public void Assess_DutyOnTheExcess_RateTimesTheValueAboveTheThreshold(double value, double duty)
    {
        // Russia: 15% of the value above the threshold, not of the whole value.
        var russia = new DutyRegime { EffectiveFrom = new DateOnly(2020, 1, 1), DeMinimis = 200, DutyRate = 0.15, DutyBase = DutyBase.Excess };

        Assert.Equal(duty, DutyCalculator.Assess(russia, value, ClearanceMode.PerParcel).Duty, 12);
    }

    [Fact]
    public void Assess_DutyOnTheExcessInBulk_RateTimesTheWholeValue()
    {
        var russia = new DutyRegime { EffectiveFrom = new DateOnly(2020, 1, 1), DeMinimis = 200, DutyRate = 0.15, DutyBase = DutyBase.Excess };

        Assert.Equal(45, DutyCalculator.Assess(russia, 300, ClearanceMode.Bulk).Duty, 12);
    }

    [Fact]
    public void Assess_RecoverableImportTax_BulkPaysNoTaxParcelsStillDo()
    {
        var recoverable = Uk with { ImportTaxRecoverable = true };

        Assert.Equal(new DutyCharge(12, 0, 1.5), DutyCalculator.Assess(recoverable, 100, ClearanceMode.Bulk));
        Assert.Equal(new DutyCharge(0, 20, 1.5), DutyCalculator.Assess(recoverable, 100, ClearanceMode.PerParcel));
    }

    [Fact]
    public void SaleTax_RetailValue_RateTimesValue() =>
        Assert.Equal(19, DutyCalculator.SaleTax(Uk with { SaleTaxRate = 0.19 }, 100), 12);

    [Fact]
    public void SaleTax_NegativeValue_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DutyCalculator.SaleTax(Uk, -1));
}
