namespace Sim.Engine.Tests;

/// <summary>
/// Tests that measure the whole process (working set, open descriptors): xUnit runs this
/// collection on its own, after the parallel ones, so other tests cannot disturb the figures.
/// </summary>
[CollectionDefinition(nameof(ProcessWideMeasurements), DisableParallelization = true)]
public sealed class ProcessWideMeasurements;
