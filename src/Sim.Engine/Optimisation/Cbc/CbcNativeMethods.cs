using System.Reflection;
using System.Runtime.InteropServices;

namespace Sim.Engine.Optimisation.Cbc;

/// <summary>
/// All native calls of the CBC backend: COIN-OR CBC's C API (<c>coin/Cbc_C_Interface.h</c>,
/// library <c>libCbcSolver.so.3</c> from Debian's <c>coinor-libcbc-dev</c>) and the few libc
/// calls used to capture the solver's printed log. <c>CoinBigIndex</c> is <c>int</c> in the
/// Debian build (COIN_BIG_INDEX undefined). None of these functions is thread-safe; callers
/// serialise (see <see cref="CbcSolver"/>).
/// </summary>
internal static partial class CbcNativeMethods
{
    /// <summary>The logical library name the resolver maps onto <see cref="CbcLibraryCandidates"/>.</summary>
    public const string CbcLibrary = "CbcSolver";

    /// <summary>The logical name of the C library, mapped onto <c>libc.so.6</c>.</summary>
    public const string CLibrary = "libc";

    /// <summary>File names tried, in order, to load CBC's C interface.</summary>
    public static readonly IReadOnlyList<string> CbcLibraryCandidates =
        ["libCbcSolver.so.3", "libCbcSolver.so", "libCbcSolver.3.dylib", "libCbcSolver.dylib", "CbcSolver.dll", "libCbcSolver-3.dll"];

    // A DllImport resolver can be set once per assembly; this class owns the only one in Sim.Engine.
    static CbcNativeMethods() => NativeLibrary.SetDllImportResolver(typeof(CbcNativeMethods).Assembly, Resolve);

    /// <summary>Tries to load the first loadable library of a candidate list.</summary>
    /// <param name="candidates">File names or paths.</param>
    /// <param name="library">The loaded library handle, or zero.</param>
    public static bool TryLoadFirst(IReadOnlyList<string> candidates, out IntPtr library)
    {
        foreach (var candidate in candidates)
        {
            if (NativeLibrary.TryLoad(candidate, out library))
            {
                return true;
            }
        }

        library = IntPtr.Zero;
        return false;
    }

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (libraryName == CbcLibrary && TryLoadFirst(CbcLibraryCandidates, out var cbc))
        {
            return cbc;
        }

        if (libraryName == CLibrary && TryLoadFirst(["libc.so.6", "libc.dylib", "libc.so"], out var libc))
        {
            return libc;
        }

        return IntPtr.Zero;
    }

    [LibraryImport(CbcLibrary)]
    internal static partial IntPtr Cbc_getVersion();

    [LibraryImport(CbcLibrary)]
    internal static partial CbcModelHandle Cbc_newModel();

    [LibraryImport(CbcLibrary)]
    internal static partial void Cbc_deleteModel(IntPtr model);

    [LibraryImport(CbcLibrary)]
    internal static unsafe partial void Cbc_loadProblem(
        CbcModelHandle model, int numberColumns, int numberRows, int* start, int* index, double* value,
        double* columnLower, double* columnUpper, double* objective, double* rowLower, double* rowUpper);

    [LibraryImport(CbcLibrary, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int Cbc_readLp(CbcModelHandle model, string fileName);

    [LibraryImport(CbcLibrary)]
    internal static partial void Cbc_setObjSense(CbcModelHandle model, double sense);

    [LibraryImport(CbcLibrary)]
    internal static partial void Cbc_setObjCoeff(CbcModelHandle model, int index, double value);

    [LibraryImport(CbcLibrary)]
    internal static partial void Cbc_setInteger(CbcModelHandle model, int column);

    [LibraryImport(CbcLibrary)]
    internal static partial int Cbc_getNumCols(CbcModelHandle model);

    [LibraryImport(CbcLibrary)]
    internal static partial int Cbc_getNumIntegers(CbcModelHandle model);

    [LibraryImport(CbcLibrary)]
    internal static partial IntPtr Cbc_getObjCoefficients(CbcModelHandle model);

    [LibraryImport(CbcLibrary, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void Cbc_setParameter(CbcModelHandle model, string name, string value);

    [LibraryImport(CbcLibrary)]
    internal static partial void Cbc_setLogLevel(CbcModelHandle model, int logLevel);

    [LibraryImport(CbcLibrary)]
    internal static unsafe partial void Cbc_setMIPStartI(CbcModelHandle model, int count, int* columns, double* values);

    [LibraryImport(CbcLibrary)]
    internal static partial int Cbc_solve(CbcModelHandle model);

    [LibraryImport(CbcLibrary)]
    internal static partial int Cbc_status(CbcModelHandle model);

    [LibraryImport(CbcLibrary)]
    internal static partial int Cbc_secondaryStatus(CbcModelHandle model);

    [LibraryImport(CbcLibrary)]
    internal static partial int Cbc_isProvenOptimal(CbcModelHandle model);

    [LibraryImport(CbcLibrary)]
    internal static partial int Cbc_isProvenInfeasible(CbcModelHandle model);

    [LibraryImport(CbcLibrary)]
    internal static partial int Cbc_isContinuousUnbounded(CbcModelHandle model);

    [LibraryImport(CbcLibrary)]
    internal static partial int Cbc_isAbandoned(CbcModelHandle model);

    [LibraryImport(CbcLibrary)]
    internal static partial int Cbc_isSecondsLimitReached(CbcModelHandle model);

    [LibraryImport(CbcLibrary)]
    internal static partial int Cbc_isNodeLimitReached(CbcModelHandle model);

    [LibraryImport(CbcLibrary)]
    internal static partial int Cbc_isSolutionLimitReached(CbcModelHandle model);

    [LibraryImport(CbcLibrary)]
    internal static partial int Cbc_getNodeCount(CbcModelHandle model);

    [LibraryImport(CbcLibrary)]
    internal static partial double Cbc_getBestPossibleObjValue(CbcModelHandle model);

    [LibraryImport(CbcLibrary)]
    internal static partial IntPtr Cbc_getColSolution(CbcModelHandle model);

    [LibraryImport(CbcLibrary)]
    internal static partial IntPtr Cbc_bestSolution(CbcModelHandle model);

    [LibraryImport(CLibrary, EntryPoint = "fflush")]
    internal static partial int CFlush(IntPtr stream);

    [LibraryImport(CLibrary, EntryPoint = "dup", SetLastError = true)]
    internal static partial int CDuplicate(int fileDescriptor);

    [LibraryImport(CLibrary, EntryPoint = "dup2", SetLastError = true)]
    internal static partial int CDuplicateTo(int fileDescriptor, int target);

    [LibraryImport(CLibrary, EntryPoint = "close")]
    internal static partial int CClose(int fileDescriptor);
}
