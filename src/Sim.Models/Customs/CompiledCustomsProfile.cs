using Sim.Models.Flow.Compilation;

namespace Sim.Models.Customs;

/// <summary>
/// A <see cref="CustomsProfile"/> ready to draw from: its delays as tick samplers and its
/// probabilities, in the order <see cref="ClearanceDraw.Draw"/> uses them. Immutable and thread-safe.
/// </summary>
internal sealed class CompiledCustomsProfile
{
    public CompiledCustomsProfile(CustomsProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Profile = profile;
        Declaration = TickSampler.From(profile.DeclarationTime);
        Inspection = profile.InspectionDelay is null ? TickSampler.Zero : TickSampler.From(profile.InspectionDelay);
        Hold = profile.HoldDelay is null ? TickSampler.Zero : TickSampler.From(profile.HoldDelay);
        DocumentError = profile.DocumentErrorDelay is null ? TickSampler.Zero : TickSampler.From(profile.DocumentErrorDelay);
    }

    public CustomsProfile Profile { get; }

    public TickSampler Declaration { get; }

    public double InspectionProbability => Profile.InspectionProbability;

    public TickSampler Inspection { get; }

    public double HoldProbability => Profile.HoldProbability;

    public TickSampler Hold { get; }

    public double DocumentErrorProbability => Profile.DocumentErrorProbability;

    public TickSampler DocumentError { get; }

    public double SeizureProbability => Profile.SeizureProbability;
}
