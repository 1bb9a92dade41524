using System.Runtime.InteropServices;

namespace Sim.Runner.Output;

/// <summary>
/// Puts a complete staged folder in the place of a target folder in one step, so that a reader, or
/// a kill at any point, finds either the whole old folder or the whole new one.
/// </summary>
/// <remarks>
/// On Linux the two folders are swapped with <c>renameat2(RENAME_EXCHANGE)</c>, a single atomic
/// step; the old content then sits under the staging name and is deleted. Where that call is missing
/// or the file system refuses it, the fallback takes two renames (target aside to
/// <c>parked</c>, staging into place); a kill between them leaves no target but a complete parked
/// folder, which <see cref="ResultLeftovers"/> moves back at the next start. Not thread-safe for the
/// same paths; <see cref="ResultSet"/> holds a lock around it.
/// </remarks>
internal static class DirectoryExchange
{
    // errno values meaning "this file system or kernel cannot exchange": fall back to two renames.
    private const int NotSupported = 95;     // EOPNOTSUPP
    private const int InvalidArgument = 22;  // EINVAL (file systems without RENAME_EXCHANGE)
    private const int NoSystemCall = 38;     // ENOSYS

    /// <summary>
    /// Replaces <paramref name="target"/> (a folder, or nothing) with <paramref name="staged"/>.
    /// Afterwards <paramref name="staged"/> no longer exists under its name's new content: it holds the
    /// old folder (exchange) or nothing, and <paramref name="parked"/> may hold the old folder (fallback).
    /// </summary>
    /// <param name="staged">The complete new folder, beside the target.</param>
    /// <param name="target">Where it goes.</param>
    /// <param name="parked">A free name beside the target for the fallback's intermediate step.</param>
    /// <param name="pause">Called between the fallback's two renames (a test hook; does nothing normally).</param>
    /// <param name="tryExchange">False to go straight to the fallback (tests of the fallback and its recovery).</param>
    /// <returns>The path now holding the old folder, to delete, or null when there was none.</returns>
    public static string? Replace(string staged, string target, string parked, Action pause, bool tryExchange)
    {
        ArgumentNullException.ThrowIfNull(pause);
        if (!Directory.Exists(target) && TryMoveIntoFreePlace(staged, target))
        {
            return null;
        }

        if (tryExchange && TryExchange(staged, target))
        {
            return staged;
        }

        Directory.Move(target, parked);
        pause();
        Directory.Move(staged, target);
        return parked;
    }

    private static bool TryMoveIntoFreePlace(string staged, string target)
    {
        try
        {
            Directory.Move(staged, target);
            return true;
        }
        catch (IOException) when (Directory.Exists(target))
        {
            // Another writer created the target in between: exchange with it instead.
            return false;
        }
    }

    private static bool TryExchange(string staged, string target)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            if (LinuxNativeMethods.RenameAt2(LinuxNativeMethods.CurrentDirectory, staged, LinuxNativeMethods.CurrentDirectory, target, LinuxNativeMethods.RenameExchange) == 0)
            {
                return true;
            }
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }

        int errno = Marshal.GetLastPInvokeError();
        if (errno is NotSupported or InvalidArgument or NoSystemCall)
        {
            return false;
        }

        throw new IOException($"cannot put '{staged}' in place of '{target}': {Marshal.GetPInvokeErrorMessage(errno)}");
    }
}
