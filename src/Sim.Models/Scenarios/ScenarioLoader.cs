using Sim.Models.Scenarios.Loading;
using Sim.Models.Scenarios.Overrides;
using Sim.Models.Scenarios.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Sim.Models.Scenarios;

/// <summary>
/// Loads a scenario: a YAML file plus the CSV tables it names (paths relative to the YAML file).
/// Unknown fields are rejected, every value and cross-reference is checked, and all errors are
/// collected before anything is reported. Stateless and thread-safe; each call reads the files anew.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>
    /// Path of the built-in baseline scenario, <c>scenarios/baseline.yaml</c>, as copied next to the
    /// application's assemblies at build time (its tables are in <c>scenarios/tables/</c> beside it).
    /// </summary>
    public static string BaselinePath => Path.Combine(AppContext.BaseDirectory, "scenarios", "baseline.yaml");

    /// <summary>Loads and validates the scenario at <paramref name="path"/>.</summary>
    /// <param name="path">The YAML file; relative paths are resolved against the current directory.</param>
    /// <returns>The immutable scenario.</returns>
    /// <exception cref="ArgumentException">When <paramref name="path"/> is null or blank.</exception>
    /// <exception cref="ScenarioValidationException">When the files are missing, unreadable or invalid; it carries every error.</exception>
    public static Scenario Load(string path)
    {
        var (scenario, errors) = LoadCore(path);
        return scenario ?? throw new ScenarioValidationException(errors);
    }

    /// <summary>Validates the scenario at <paramref name="path"/> without throwing for bad input.</summary>
    /// <param name="path">The YAML file.</param>
    /// <returns>Every error found, in the order found (YAML before the tables it names); empty when the scenario is valid.</returns>
    /// <exception cref="ArgumentException">When <paramref name="path"/> is null or blank.</exception>
    public static IReadOnlyList<ScenarioError> Validate(string path) => LoadCore(path).Errors;

    /// <summary>Loads the scenario, or returns the errors that prevent it.</summary>
    /// <param name="path">The YAML file.</param>
    /// <param name="errors">Every error found; empty on success.</param>
    /// <returns>The scenario, or null when there are errors.</returns>
    /// <exception cref="ArgumentException">When <paramref name="path"/> is null or blank.</exception>
    public static Scenario? TryLoad(string path, out IReadOnlyList<ScenarioError> errors) => TryLoad(path, [], out errors);

    /// <summary>Loads the scenario with what-if overrides applied, or returns the errors that prevent it.</summary>
    /// <param name="path">The YAML file.</param>
    /// <param name="overrides">Applied in order to the parsed YAML before it is validated, as if the file said so (see <see cref="ScenarioOverride"/>).</param>
    /// <param name="errors">Every error found, including overrides whose path leads nowhere; empty on success.</param>
    /// <returns>The scenario, or null when there are errors.</returns>
    /// <exception cref="ArgumentException">When <paramref name="path"/> is null or blank.</exception>
    /// <exception cref="ArgumentNullException">When <paramref name="overrides"/> is null.</exception>
    public static Scenario? TryLoad(string path, IReadOnlyList<ScenarioOverride> overrides, out IReadOnlyList<ScenarioError> errors)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        (var scenario, errors) = LoadCore(path, overrides);
        return scenario;
    }

    private static (Scenario? Scenario, IReadOnlyList<ScenarioError> Errors) LoadCore(string path, IReadOnlyList<ScenarioOverride>? overrides = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var empty = new ScenarioDiagnostics(path, new YamlPositions(null));
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            empty.Add(path, 0, 0, "", $"cannot read the scenario: {ex.Message}");
            return (null, empty.Errors);
        }

        YamlNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                empty.Add(path, 1, 1, "", "the scenario must be a YAML mapping (name: ..., nodes: ..., ...)");
                return (null, empty.Errors);
            }

            root = mapping;
        }
        catch (YamlException ex)
        {
            empty.Add(path, (int)ex.Start.Line, (int)ex.Start.Column, "", $"YAML syntax error: {StripMark(Innermost(ex))}");
            return (null, empty.Errors);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (not a YamlException) on some unterminated flow
            // collections; point at the end of the last event that still parsed.
            var mark = LastParsedMark(text);
            empty.Add(path, (int)mark.Line, (int)mark.Column, "", "YAML syntax error: the document ends inside a collection or scalar (an unclosed '{', '[' or quote?)");
            return (null, empty.Errors);
        }

        var diagnostics = new ScenarioDiagnostics(path, new YamlPositions(root));
        var applied = OverrideApplier.Apply((YamlMappingNode)root, overrides ?? [], diagnostics);
        UnknownFieldCheck.Run(root, diagnostics);
        if (diagnostics.HasErrors)
        {
            return (null, applied.Annotate(diagnostics.Errors));
        }

        ScenarioYaml document;
        try
        {
            // Default strictness: an unmatched property throws. The pass above already reported
            // every unknown name with a suggestion; this also catches values of the wrong type.
            var deserializer = new DeserializerBuilder()
                .WithNamingConvention(UnderscoredNamingConvention.Instance)
                .Build();
            document = applied.Any
                ? deserializer.Deserialize<ScenarioYaml>(new YamlTreeParser(root, applied.PlacedAt))
                : deserializer.Deserialize<ScenarioYaml>(text);
        }
        catch (YamlException ex)
        {
            diagnostics.Add(path, (int)ex.Start.Line, (int)ex.Start.Column, diagnostics.Positions.DisplayAt(ex.Start), $"cannot read the value: {StripMark(Innermost(ex))}");
            return (null, applied.Annotate(diagnostics.Errors));
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var scenario = new ScenarioMapper(diagnostics, directory).Map(document);
        return (scenario, applied.Annotate(diagnostics.Errors));
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

    // YamlDotNet prefixes messages with "(Line: l, Col: c, Idx: i) - (Line: ...): "; the error already has them.
    private static string StripMark(string message)
    {
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && cut >= 0 ? message[(cut + 3)..] : message;
    }

    private static string Innermost(Exception ex)
    {
        while (ex.InnerException is not null)
        {
            ex = ex.InnerException;
        }

        return ex.Message;
    }
}
