namespace Sim.Models.Customs;

/// <summary>How goods are declared and cleared.</summary>
public enum ClearanceMode
{
    /// <summary>Each parcel is declared and may be inspected on its own (China 9610, direct mail).</summary>
    PerParcel,

    /// <summary>A consolidated shipment is declared once and inspected as a whole (9810, 1210, bulk first legs).</summary>
    Bulk,
}
