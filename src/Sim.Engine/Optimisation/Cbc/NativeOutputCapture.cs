using Microsoft.Win32.SafeHandles;

namespace Sim.Engine.Optimisation.Cbc;

/// <summary>
/// Captures what native code prints to the process's standard output (file descriptor 1) into a
/// temporary file, because CBC prints its log with <c>printf</c> and <c>std::cout</c> rather than
/// through a hook that returns text. Redirection is process-wide: while a capture is active,
/// anything else written to standard output lands in the capture too, so callers hold
/// <see cref="CbcSolver"/>'s solve lock. On Windows, or when descriptor 1 cannot be duplicated,
/// nothing is redirected and the captured text is empty.
/// </summary>
internal sealed class NativeOutputCapture : IDisposable
{
    private const int StandardOutput = 1;
    private readonly string? _path;
    private readonly SafeFileHandle? _file;
    private int _savedDescriptor = -1;

    private NativeOutputCapture(string? path, SafeFileHandle? file, int savedDescriptor)
    {
        _path = path;
        _file = file;
        _savedDescriptor = savedDescriptor;
    }

    /// <summary>Starts redirecting standard output to a fresh temporary file.</summary>
    public static NativeOutputCapture Start()
    {
        if (OperatingSystem.IsWindows())
        {
            return new NativeOutputCapture(null, null, -1);
        }

        Console.Out.Flush();
        _ = CbcNativeMethods.CFlush(IntPtr.Zero);
        var path = Path.GetTempFileName();
        var file = File.OpenHandle(path, FileMode.Truncate, FileAccess.Write);
        var saved = CbcNativeMethods.CDuplicate(StandardOutput);
        if (saved < 0 || CbcNativeMethods.CDuplicateTo((int)file.DangerousGetHandle(), StandardOutput) < 0)
        {
            if (saved >= 0)
            {
                _ = CbcNativeMethods.CClose(saved);
            }

            file.Dispose();
            File.Delete(path);
            return new NativeOutputCapture(null, null, -1);
        }

        return new NativeOutputCapture(path, file, saved);
    }

    /// <summary>Restores standard output and returns what was printed meanwhile.</summary>
    public string Finish()
    {
        Restore();
        return _path is null ? string.Empty : File.ReadAllText(_path);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Restore();
        _file?.Dispose();
        if (_path is not null)
        {
            File.Delete(_path);
        }
    }

    private void Restore()
    {
        if (_savedDescriptor < 0)
        {
            return;
        }

        _ = CbcNativeMethods.CFlush(IntPtr.Zero);
        _ = CbcNativeMethods.CDuplicateTo(_savedDescriptor, StandardOutput);
        _ = CbcNativeMethods.CClose(_savedDescriptor);
        _savedDescriptor = -1;
        _file?.Dispose();
    }
}
