using System.Text;
using Sim.Models.Planning.Plans.Loading;
using Sim.Models.Planning.Plans.Yaml;
using Sim.Models.Scenarios;
using Sim.Models.Scenarios.Loading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Sim.Models.Planning.Plans;

/// <summary>
/// Reads <c>plan.yaml</c> for a scenario and validates it like a scenario: unknown fields are
/// rejected with a "did you mean" hint, and every error is reported as
/// <c>file:line:column: field: reason</c> (<see cref="ScenarioError"/>), all at once where possible:
/// first what a plan never needs and a hostile file could abuse (aliases, tags, deep nesting), then
/// the file's shape (syntax, field names, required fields, enumerations), then, when that is sound,
/// every value and cross-reference (<see cref="PlanValidator"/>). Stateless and thread-safe.
/// </summary>
public static class PlanLoader
{
    /// <summary>The largest plan file read, in bytes (a plan of 10,000 lanes takes about 2 MiB).</summary>
    public const long MaxPlanBytes = 8L << 20;

    /// <summary>Reads and validates the plan at <paramref name="path"/> for <paramref name="scenario"/>.</summary>
    /// <param name="path">The plan YAML file.</param>
    /// <param name="scenario">The scenario the plan is for.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    /// <exception cref="PlanValidationException">The file is missing, unreadable, larger than <see cref="MaxPlanBytes"/>, not UTF-8 or invalid; it carries every error.</exception>
    public static Plan Load(string path, Scenario scenario) =>
        TryLoad(path, scenario, out var errors) ?? throw new PlanValidationException(errors);

    /// <summary>Reads the plan at <paramref name="path"/>, or returns the errors that prevent it.</summary>
    /// <param name="path">The plan YAML file.</param>
    /// <param name="scenario">The scenario the plan is for.</param>
    /// <param name="errors">Every error found, in file order; empty on success.</param>
    /// <returns>The plan, or null when there are errors.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="scenario"/> is null.</exception>
    public static Plan? TryLoad(string path, Scenario scenario, out IReadOnlyList<ScenarioError> errors)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(scenario);
        var bytes = InputFile.TryRead(path, MaxPlanBytes, out var problem);
        string? text = null;
        try
        {
            text = bytes is null ? null : new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            problem = "is not UTF-8 text";
        }

        if (text is null)
        {
            errors = [new ScenarioError { File = path, Line = 0, Column = 0, Field = "", Reason = $"cannot read the plan: '{path}' {problem}" }];
            return null;
        }

        return TryParse(text, path, scenario, out errors);
    }

    /// <summary>Parses plan YAML held in memory, or returns the errors that prevent it.</summary>
    /// <param name="yaml">The plan's text.</param>
    /// <param name="source">The file name to report errors against.</param>
    /// <param name="scenario">The scenario the plan is for.</param>
    /// <param name="errors">Every error found, in file order; empty on success.</param>
    /// <returns>The plan, or null when there are errors.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Plan? TryParse(string yaml, string source, Scenario scenario, out IReadOnlyList<ScenarioError> errors)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(scenario);
        var (plan, diagnostics) = Parse(yaml, source, scenario);
        errors = diagnostics.Errors.OrderBy(e => e.Line).ThenBy(e => e.Column).ToList();
        return errors.Count == 0 ? plan : null;
    }

    private static (Plan? Plan, ScenarioDiagnostics Diagnostics) Parse(string text, string source, Scenario scenario)
    {
        var empty = new ScenarioDiagnostics(source, new YamlPositions(null));
        YamlMappingNode root;
        try
        {
            if (PlanPreflight.Problem(text) is { } problem)
            {
                empty.Add(source, (int)problem.At.Line, (int)problem.At.Column, "", problem.Reason);
                return (null, empty);
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                empty.Add(source, 1, 1, "", "the plan must be a YAML mapping (lanes: ..., warehouses: ...)");
                return (null, empty);
            }

            root = mapping;
        }
        catch (YamlException ex)
        {
            empty.Add(source, (int)ex.Start.Line, (int)ex.Start.Column, "", $"YAML syntax error: {Message(ex)}");
            return (null, empty);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (not a YamlException) on some unterminated flow
            // collections; point at the end of the last event that still parsed.
            var mark = LastParsedMark(text);
            empty.Add(source, (int)mark.Line, (int)mark.Column, "", "YAML syntax error: the document ends inside a collection or scalar (an unclosed '{', '[' or quote?)");
            return (null, empty);
        }

        var diagnostics = new ScenarioDiagnostics(source, new YamlPositions(root));
        PlanFieldCheck.Run(root, diagnostics);
        if (diagnostics.HasErrors)
        {
            return (null, diagnostics);
        }

        PlanYaml document;
        try
        {
            document = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build().Deserialize<PlanYaml>(text);
        }
        catch (YamlException ex)
        {
            diagnostics.Add(source, (int)ex.Start.Line, (int)ex.Start.Column, PlanPaths.DisplayAt(root, ex.Start), YamlValueErrors.Describe(Message(ex)));
            return (null, diagnostics);
        }

        var plan = new PlanMapper(diagnostics).Map(document);
        if (!diagnostics.HasErrors)
        {
            PlanValidator.Check(plan, scenario, diagnostics);
        }

        return (diagnostics.HasErrors ? null : plan, diagnostics);
    }

    private static Mark LastParsedMark(string text)
    {
        var parser = new Parser(new StringReader(text));
        var last = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                last = parser.Current?.End ?? last;
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // The failure itself is what is being located.
        }

        return last;
    }

    // The innermost message, without YamlDotNet's "(Line: l, Col: c, Idx: i) - (...): " prefix (the error has the position).
    private static string Message(Exception ex)
    {
        while (ex.InnerException is not null)
        {
            ex = ex.InnerException;
        }

        var cut = ex.Message.IndexOf("): ", StringComparison.Ordinal);
        return ex.Message.StartsWith("(Line:", StringComparison.Ordinal) && cut >= 0 ? ex.Message[(cut + 3)..] : ex.Message;
    }
}
