using System.Runtime.InteropServices;

namespace Sim.Engine.Optimisation.Cbc;

/// <summary>
/// Owns one native <c>Cbc_Model</c>: released exactly once with <c>Cbc_deleteModel</c>, by
/// <see cref="SafeHandle.Dispose()"/> or, failing that, by the finaliser. Not thread-safe.
/// </summary>
internal sealed class CbcModelHandle : SafeHandle
{
    /// <summary>Creates an empty (invalid) handle; the interop layer fills it in.</summary>
    public CbcModelHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    /// <inheritdoc />
    public override bool IsInvalid => handle == IntPtr.Zero;

    /// <inheritdoc />
    protected override bool ReleaseHandle()
    {
        CbcNativeMethods.Cbc_deleteModel(handle);
        return true;
    }
}
