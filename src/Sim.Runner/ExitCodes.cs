namespace Sim.Runner;

/// <summary>The exit codes of <c>sim</c>, the same for every verb.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>Anything unexpected.</summary>
    public const int Failure = 1;

    /// <summary>Bad input: a malformed or invalid file or argument; nothing was written.</summary>
    public const int BadInput = 2;

    /// <summary>The problem is infeasible or a stated requirement was not met.</summary>
    public const int Infeasible = 3;
}
