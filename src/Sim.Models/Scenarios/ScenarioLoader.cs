using System.Text;
using Sim.Models.Scenarios.Loading;
using Sim.Models.Scenarios.Overrides;
using Sim.Models.Scenarios.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Sim.Models.Scenarios;

/// <summary>
/// Loads a scenario: a YAML file plus the CSV tables it names (paths relative to the YAML file,
/// inside its folder). Every check is made here, so that validating and running agree: the files
/// must be regular files within size limits; the YAML must be one document, not too deeply nested,
/// without merge keys, tags or runaway aliases; field names, value forms, ranges and cross-references
/// are checked, and so is the memory a replication would need (<see cref="ScenarioFootprint"/>).
/// All errors are collected before anything is reported. Stateless and thread-safe; each call
/// reads the files anew.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>The largest scenario YAML file accepted: 1 MiB.</summary>
    public const long MaxScenarioBytes = 1 << 20;

    /// <summary>The largest CSV table accepted: 64 MiB.</summary>
    public const long MaxTableBytes = 64L << 20;

    /// <summary>
    /// Path of the built-in baseline scenario, <c>scenarios/baseline.yaml</c>, as copied next to the
    /// application's assemblies at build time (its tables are in <c>scenarios/tables/</c> beside it).
    /// </summary>
    public static string BaselinePath => Path.Combine(AppContext.BaseDirectory, "scenarios", "baseline.yaml");

    /// <summary>Loads and validates the scenario at <paramref name="path"/>.</summary>
    /// <param name="path">The YAML file; relative paths are resolved against the current directory.</param>
    /// <returns>The immutable scenario, with its <see cref="Scenario.Source"/>.</returns>
    /// <exception cref="ArgumentException">When <paramref name="path"/> is null or blank.</exception>
    /// <exception cref="ScenarioValidationException">When the files are missing, unreadable or invalid; it carries every error.</exception>
    public static Scenario Load(string path)
    {
        var check = Check(path);
        return check.Scenario ?? throw new ScenarioValidationException(check.Errors);
    }

    /// <summary>Validates the scenario at <paramref name="path"/> without throwing for bad input.</summary>
    /// <param name="path">The YAML file.</param>
    /// <returns>Every error found, in the order found (YAML before the tables it names); empty when the scenario is valid.</returns>
    /// <exception cref="ArgumentException">When <paramref name="path"/> is null or blank.</exception>
    public static IReadOnlyList<ScenarioError> Validate(string path) => Check(path).Errors;

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
        var check = Check(path, overrides);
        errors = check.Errors;
        return check.Scenario;
    }

    /// <summary>Loads the scenario and returns it with every error and warning found.</summary>
    /// <param name="path">The YAML file.</param>
    /// <returns>The scenario (null when there are errors), the errors and the warnings.</returns>
    /// <exception cref="ArgumentException">When <paramref name="path"/> is null or blank.</exception>
    public static ScenarioCheck Check(string path) => Check(path, []);

    /// <summary>Loads the scenario with what-if overrides applied and returns it with every error and warning found.</summary>
    /// <param name="path">The YAML file.</param>
    /// <param name="overrides">Applied in order to the parsed YAML before it is checked (see <see cref="ScenarioOverride"/>); <see cref="Scenario.Source"/> still hashes the files only.</param>
    /// <returns>The scenario (null when there are errors), the errors and the warnings.</returns>
    /// <exception cref="ArgumentException">When <paramref name="path"/> is null or blank.</exception>
    /// <exception cref="ArgumentNullException">When <paramref name="overrides"/> is null.</exception>
    public static ScenarioCheck Check(string path, IReadOnlyList<ScenarioOverride> overrides)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(overrides);
        var diagnostics = new ScenarioDiagnostics(path, new YamlPositions(null));
        var bytes = InputFile.TryRead(path, MaxScenarioBytes, out var problem);
        if (bytes is null)
        {
            diagnostics.Add(path, 0, 0, "", $"cannot read the scenario: '{path}' {problem}");
            return Failed(diagnostics);
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Add(path, 0, 0, "", "the scenario is not UTF-8 text");
            return Failed(diagnostics);
        }

        if (!YamlPreflight.Run(text, diagnostics) || Parse(text, diagnostics) is not { } root)
        {
            return Failed(diagnostics);
        }

        diagnostics = new ScenarioDiagnostics(path, new YamlPositions(root));
        var applied = OverrideApplier.Apply(root, overrides, diagnostics);
        SchemaCheck.Run(root, diagnostics);
        var parser = applied.Any ? new YamlTreeParser(root, applied.PlacedAt) : null;
        if (diagnostics.HasErrors || Deserialize(text, parser, diagnostics) is not { } document)
        {
            return Failed(diagnostics, applied);
        }

        using var source = new SourceHash();
        source.AddScenario(bytes);
        var fullPath = Path.GetFullPath(path);
        var scenario = new ScenarioMapper(diagnostics, Path.GetDirectoryName(fullPath) ?? ".", source).Map(document);
        if (scenario is null)
        {
            return Failed(diagnostics, applied);
        }

        ScenarioFootprint.Check(scenario, diagnostics);
        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics, applied);
        }

        var warnings = new ScenarioDiagnostics(path, diagnostics.Positions);
        CapacityCheck.Run(scenario, warnings);
        return new ScenarioCheck
        {
            Scenario = scenario with { Source = source.Finish(path, fullPath) },
            Errors = [],
            Warnings = warnings.Errors,
        };
    }

    /// <summary>A YamlDotNet message without its position prefix and without any .NET type name.</summary>
    internal static string ParserMessage(YamlException exception)
    {
        Exception innermost = exception;
        while (innermost.InnerException is not null)
        {
            innermost = innermost.InnerException;
        }

        // YamlDotNet prefixes messages with "(Line: l, Col: c, Idx: i) - (Line: ...): "; the error already has them.
        var message = innermost.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        message = message.StartsWith("(Line:", StringComparison.Ordinal) && cut >= 0 ? message[(cut + 3)..] : message;
        return message.Contains("System.", StringComparison.Ordinal) ? "this value cannot be read here" : FieldReader.Quote(message);
    }

    private static ScenarioCheck Failed(ScenarioDiagnostics diagnostics, AppliedOverrides? applied = null) =>
        new() { Errors = applied?.Annotate(diagnostics.Errors) ?? diagnostics.Errors, Warnings = [] };

    private static YamlMappingNode? Parse(string text, ScenarioDiagnostics diagnostics)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                diagnostics.Add(diagnostics.YamlFile, 1, 1, "", "the scenario must be a YAML mapping (name: ..., nodes: ..., ...)");
                return null;
            }

            return mapping;
        }
        catch (YamlException ex)
        {
            diagnostics.Add(diagnostics.YamlFile, (int)ex.Start.Line, (int)ex.Start.Column, "", $"YAML syntax error: {ParserMessage(ex)}");
            return null;
        }
    }

    private static ScenarioYaml? Deserialize(string text, IParser? overridden, ScenarioDiagnostics diagnostics)
    {
        try
        {
            // Default strictness: an unmatched property throws. SchemaCheck has already reported every
            // unknown name and every value of the wrong form, so this is a second line of defence.
            var deserializer = new DeserializerBuilder()
                .WithNamingConvention(UnderscoredNamingConvention.Instance)
                .Build();
            return overridden is null ? deserializer.Deserialize<ScenarioYaml>(text) : deserializer.Deserialize<ScenarioYaml>(overridden);
        }
        catch (YamlException ex)
        {
            diagnostics.Add(diagnostics.YamlFile, (int)ex.Start.Line, (int)ex.Start.Column, diagnostics.Positions.DisplayAt(ex.Start), $"cannot read the value: {ParserMessage(ex)}");
            return null;
        }
    }
}
