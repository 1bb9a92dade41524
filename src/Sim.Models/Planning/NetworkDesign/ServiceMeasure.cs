namespace Sim.Models.Planning.NetworkDesign;

/// <summary>What a service target measures over its orders.</summary>
public enum ServiceMeasure
{
    /// <summary>The share of orders delivered within a number of days (lost, seized and undelivered orders are not); at least the target.</summary>
    ShareWithin,

    /// <summary>The mean days from order to delivery of the orders delivered; at most the target.</summary>
    MeanDays,
}
