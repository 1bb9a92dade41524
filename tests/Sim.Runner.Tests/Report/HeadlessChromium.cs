using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sim.Runner.Tests.Report;

/// <summary>
/// Debian's <c>chromium</c>, headless, driven through the Chrome DevTools Protocol over its
/// WebSocket: open a page, collect console errors and exceptions, measure elements and take
/// screenshots. Installs chromium through the repository's script when missing. One page; not thread-safe.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket;
    private readonly List<string> _errors = [];
    private int _nextId;
    private bool _loaded;

    private HeadlessChromium(Process process, string profile, ClientWebSocket socket)
    {
        _process = process;
        _profile = profile;
        _socket = socket;
    }

    /// <summary>Console errors, uncaught exceptions and error log entries seen so far.</summary>
    public IReadOnlyList<string> Errors => _errors;

    public static async Task<HeadlessChromium> StartAsync()
    {
        RepositoryScripts.Run("scripts/ensure-native-deps.sh", "chromium");
        string profile = Directory.CreateTempSubdirectory("sim-chromium-profile-").FullName;
        var start = new ProcessStartInfo("chromium") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (string flag in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", $"--user-data-dir={profile}", "--remote-debugging-port=0", "about:blank",
        })
        {
            start.ArgumentList.Add(flag);
        }

        var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(Timeout);
        string? line;
        do
        {
            line = await process.StandardError.ReadLineAsync(timeout.Token);
        }
        while (line is not null && !line.StartsWith("DevTools listening on ", StringComparison.Ordinal));

        Assert.True(line is not null, "chromium ended without opening its DevTools port");
        _ = process.StandardError.ReadToEndAsync(CancellationToken.None);
        _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var browser = new Uri(line!["DevTools listening on ".Length..].Trim());
        using var http = new HttpClient();
        var targets = await http.GetFromJsonAsync<JsonArray>(new Uri($"http://127.0.0.1:{browser.Port}/json/list"), timeout.Token);
        string page = targets!.First(t => (string?)t!["type"] == "page")!["webSocketDebuggerUrl"]!.GetValue<string>();
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(page), timeout.Token);
        var chromium = new HeadlessChromium(process, profile, socket);
        await chromium.SendAsync("Runtime.enable");
        await chromium.SendAsync("Log.enable");
        await chromium.SendAsync("Page.enable");
        return chromium;
    }

    /// <summary>Opens <paramref name="file"/> in a window <paramref name="width"/> pixels wide and waits until it has loaded.</summary>
    public async Task OpenAsync(string file, int width)
    {
        await SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = width, ["height"] = 1000, ["deviceScaleFactor"] = 1, ["mobile"] = false });
        _loaded = false;
        await SendAsync("Page.navigate", new JsonObject { ["url"] = new Uri(Path.GetFullPath(file)).AbsoluteUri });
        using var timeout = new CancellationTokenSource(Timeout);
        while (!_loaded)
        {
            HandleEvent(await ReceiveAsync(timeout.Token));
        }
    }

    /// <summary>Evaluates <paramref name="expression"/> in the page; returns its value as JSON.</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true });
        Assert.Null(result["exceptionDetails"]);
        return result["result"]!["value"];
    }

    /// <summary>A PNG screenshot of the page region (in CSS pixels from the top left of the document).</summary>
    public async Task<byte[]> ScreenshotAsync(double x, double y, double width, double height)
    {
        var clip = new JsonObject { ["x"] = x, ["y"] = y, ["width"] = width, ["height"] = height, ["scale"] = 1 };
        var result = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png", ["clip"] = clip, ["captureBeyondViewport"] = true });
        return Convert.FromBase64String(result["data"]!.GetValue<string>());
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _socket.Abort();
            _socket.Dispose();
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        finally
        {
            _process.Dispose();
            Directory.Delete(_profile, recursive: true);
        }
    }

    private async Task<JsonNode> SendAsync(string method, JsonObject? parameters = null)
    {
        int id = ++_nextId;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? [] };
        using var timeout = new CancellationTokenSource(Timeout);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, timeout.Token);
        while (true)
        {
            var reply = await ReceiveAsync(timeout.Token);
            if ((int?)reply["id"] == id)
            {
                Assert.True(reply["error"] is null, $"{method}: {reply["error"]?.ToJsonString()}");
                return reply["result"]!;
            }

            HandleEvent(reply);
        }
    }

    private async Task<JsonNode> ReceiveAsync(CancellationToken cancellationToken)
    {
        using var message = new MemoryStream();
        var buffer = new byte[1 << 16];
        WebSocketReceiveResult received;
        do
        {
            received = await _socket.ReceiveAsync(buffer, cancellationToken);
            message.Write(buffer, 0, received.Count);
        }
        while (!received.EndOfMessage);

        return JsonNode.Parse(message.ToArray())!;
    }

    private void HandleEvent(JsonNode message)
    {
        string? method = (string?)message["method"];
        var parameters = message["params"];
        switch (method)
        {
            case "Page.loadEventFired":
                _loaded = true;
                break;
            case "Runtime.consoleAPICalled" when (string?)parameters!["type"] is "error" or "assert":
                _errors.Add($"console.{parameters["type"]}: {parameters["args"]?.ToJsonString()}");
                break;
            case "Runtime.exceptionThrown":
                _errors.Add($"exception: {parameters!["exceptionDetails"]?.ToJsonString()}");
                break;
            case "Log.entryAdded" when (string?)parameters!["entry"]!["level"] == "error":
                _errors.Add($"log: {parameters["entry"]!.ToJsonString()}");
                break;
        }
    }
}
