using Sim.Models.Flow.Compilation;

namespace Sim.Models.Planning.NetworkDesign;

/// <summary>
/// One way to replenish a warehouse with one product class: a replenishment mode's route, with a
/// shipment's cost as a function of its size, the duties it pays per unit and per shipment, and its
/// lead time. Immutable.
/// </summary>
/// <param name="Mode">The replenishment mode id.</param>
/// <param name="Rates">Leg cost of a shipment: per unit, per shipment, per container.</param>
/// <param name="DutyPerUnit">Duties and taxes per unit (bulk clearance, no de minimis), averaged over the measured days.</param>
/// <param name="DutyPerShipment">Fees per shipment cleared.</param>
/// <param name="LeadTimeDays">Mean days from ordering to receipt (departure waits and customs included).</param>
/// <param name="LeadTimeVarianceDays2">Variance of that time, days².</param>
public sealed record ReplenishmentOption(string Mode, ShipmentCostRates Rates, double DutyPerUnit, double DutyPerShipment, double LeadTimeDays, double LeadTimeVarianceDays2);
