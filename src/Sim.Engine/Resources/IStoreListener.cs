namespace Sim.Engine.Resources;

/// <summary>Told when a <see cref="Store"/>'s level falls to or below its reorder level.</summary>
public interface IStoreListener
{
    /// <summary>Called at the time of the take that brought the level from above the reorder level to at or below it.</summary>
    /// <param name="store">The store.</param>
    void ReorderLevelReached(Store store);
}
