using System.Globalization;
using System.Text;

namespace Sim.Engine.Optimisation;

/// <summary>
/// Writes a <see cref="LinearModel"/> in CPLEX LP format, so a solve can be reproduced with any
/// solver that reads it (CBC, CPLEX, Gurobi, HiGHS, SCIP, GLPK). Conventions: numbers are written
/// in round-trip form with the invariant culture; a ranged row <c>l &lt;= a·x &lt;= u</c> is
/// written as two rows, <c>name: a·x &lt;= u</c> and <c>name_low: a·x &gt;= l</c> (the convention
/// of COIN-OR's LP reader); an objective constant is written as the last objective term.
/// Stateless and thread-safe.
/// </summary>
public static class LpFileWriter
{
    private const int TermsPerLine = 8;

    /// <summary>Writes the model to a text writer.</summary>
    /// <param name="model">The model.</param>
    /// <param name="writer">Where to write; not closed.</param>
    /// <exception cref="InvalidOperationException">Two variables or rows would get the same name, or a row has terms but the model has no variables.</exception>
    public static void Write(LinearModel model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        var columnNames = new string[model.VariableCount];
        var unique = new HashSet<string>(StringComparer.Ordinal);
        for (var j = 0; j < columnNames.Length; j++)
        {
            columnNames[j] = model.GetName(new Variable(j));
            if (!unique.Add(columnNames[j]))
            {
                throw new InvalidOperationException($"Two variables are named '{columnNames[j]}'; LP files need distinct names.");
            }
        }

        var line = new StringBuilder(256);
        writer.Write("\\ Model ");
        writer.Write(model.Name);
        writer.Write('\n');
        writer.Write(model.ObjectiveSense == Sense.Minimise ? "Minimize\n" : "Maximize\n");
        line.Append(" obj:");
        var objective = model.ObjectiveCoefficients;
        var written = 0;
        for (var j = 0; j < objective.Length; j++)
        {
            if (objective[j] != 0.0)
            {
                AppendTerm(line, objective[j], columnNames[j], ref written, writer);
            }
        }

        if (written == 0 && columnNames.Length > 0)
        {
            AppendTerm(line, 0.0, columnNames[0], ref written, writer);
        }

        if (model.ObjectiveConstant != 0.0)
        {
            line.Append(model.ObjectiveConstant < 0 ? " - " : " + ").Append(Format(Math.Abs(model.ObjectiveConstant)));
        }

        Flush(line, writer);
        WriteRows(model, columnNames, unique, line, writer);
        WriteBounds(model, columnNames, writer);
        WriteKindSection(model, columnNames, VariableKind.Integer, "Generals", writer);
        WriteKindSection(model, columnNames, VariableKind.Binary, "Binaries", writer);
        writer.Write("End\n");
    }

    /// <summary>
    /// Writes the model to a file atomically: to a temporary file in the same folder, then moved
    /// over <paramref name="path"/>, so a reader never sees half a file.
    /// </summary>
    /// <param name="model">The model.</param>
    /// <param name="path">Destination path; its folder must exist.</param>
    public static void WriteFile(LinearModel model, string path)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false), 1 << 16))
            {
                Write(model, writer);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static void WriteRows(LinearModel model, string[] columnNames, HashSet<string> unique, StringBuilder line, TextWriter writer)
    {
        writer.Write("Subject To\n");
        var lower = model.ConstraintLowerBounds;
        var upper = model.ConstraintUpperBounds;
        for (var i = 0; i < model.ConstraintCount; i++)
        {
            var name = model.GetName(new Constraint(i));
            var ranged = lower[i] != upper[i] && double.IsFinite(lower[i]) && double.IsFinite(upper[i]);
            if (!unique.Add(name) || (ranged && !unique.Add(name + "_low")))
            {
                throw new InvalidOperationException($"The row name '{name}' is not distinct from the other names.");
            }

            if (lower[i] == upper[i])
            {
                WriteRow(model, columnNames, line, writer, name, i, "=", lower[i]);
            }
            else if (ranged)
            {
                WriteRow(model, columnNames, line, writer, name, i, "<=", upper[i]);
                WriteRow(model, columnNames, line, writer, name + "_low", i, ">=", lower[i]);
            }
            else if (double.IsFinite(upper[i]))
            {
                WriteRow(model, columnNames, line, writer, name, i, "<=", upper[i]);
            }
            else
            {
                // A free row (no finite bound) constrains nothing; COIN-OR reads 1e30 as infinity.
                WriteRow(model, columnNames, line, writer, name, i, ">=", double.IsFinite(lower[i]) ? lower[i] : -1e30);
            }
        }
    }

    private static void WriteRow(LinearModel model, string[] columnNames, StringBuilder line, TextWriter writer, string name, int row, string sense, double rhs)
    {
        var starts = model.RowStarts;
        var columns = model.RowColumns;
        var coefficients = model.RowCoefficients;
        line.Append(' ').Append(name).Append(':');
        var written = 0;
        for (var k = starts[row]; k < starts[row + 1]; k++)
        {
            AppendTerm(line, coefficients[k], columnNames[columns[k]], ref written, writer);
        }

        if (written == 0)
        {
            if (columnNames.Length == 0)
            {
                throw new InvalidOperationException($"Row '{name}' has no terms and the model has no variables to write it with.");
            }

            AppendTerm(line, 0.0, columnNames[0], ref written, writer);
        }

        line.Append(' ').Append(sense).Append(' ').Append(Format(rhs));
        Flush(line, writer);
    }

    private static void WriteBounds(LinearModel model, string[] columnNames, TextWriter writer)
    {
        writer.Write("Bounds\n");
        var lower = model.VariableLowerBounds;
        var upper = model.VariableUpperBounds;
        var kinds = model.VariableKinds;
        for (var j = 0; j < columnNames.Length; j++)
        {
            var (l, u) = (lower[j], upper[j]);
            if (kinds[j] == VariableKind.Binary && l == 0.0 && u == 1.0)
            {
                continue;
            }

            if (l == u)
            {
                writer.Write($" {columnNames[j]} = {Format(l)}\n");
            }
            else if (double.IsNegativeInfinity(l) && double.IsPositiveInfinity(u))
            {
                writer.Write($" {columnNames[j]} free\n");
            }
            else if (l != 0.0 || double.IsFinite(u))
            {
                writer.Write($" {Format(l)} <= {columnNames[j]} <= {Format(u)}\n");
            }
        }
    }

    private static void WriteKindSection(LinearModel model, string[] columnNames, VariableKind kind, string header, TextWriter writer)
    {
        var kinds = model.VariableKinds;
        var any = false;
        var onLine = 0;
        for (var j = 0; j < kinds.Length; j++)
        {
            if (kinds[j] != kind)
            {
                continue;
            }

            if (!any)
            {
                writer.Write(header);
                writer.Write('\n');
                any = true;
            }

            writer.Write(' ');
            writer.Write(columnNames[j]);
            if (++onLine == TermsPerLine)
            {
                writer.Write('\n');
                onLine = 0;
            }
        }

        if (onLine > 0)
        {
            writer.Write('\n');
        }
    }

    private static void AppendTerm(StringBuilder line, double coefficient, string name, ref int written, TextWriter writer)
    {
        if (written > 0 && written % TermsPerLine == 0)
        {
            Flush(line, writer);
            line.Append(' ');
        }

        line.Append(coefficient < 0 ? " - " : " + ").Append(Format(Math.Abs(coefficient))).Append(' ').Append(name);
        written++;
    }

    private static void Flush(StringBuilder line, TextWriter writer)
    {
        line.Append('\n');
        foreach (var chunk in line.GetChunks())
        {
            writer.Write(chunk.Span);
        }

        line.Clear();
    }

    private static string Format(double value) =>
        double.IsPositiveInfinity(value) ? "inf"
        : double.IsNegativeInfinity(value) ? "-inf"
        : value.ToString("R", CultureInfo.InvariantCulture);
}
