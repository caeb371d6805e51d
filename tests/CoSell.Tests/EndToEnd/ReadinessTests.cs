using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CoSell.Testing;

namespace CoSell.Tests.EndToEnd;

/// <summary>
/// <c>/health/ready</c> follows storage (issue 5, acceptance 3): a silo on an Azurite of its own says not-ready
/// while that Azurite is stopped and ready again once it is back.
/// </summary>
[LongRunning]
public sealed class ReadinessTests : IAsyncLifetime
{
    private readonly int _port = LoopbackPort.Free();
    private readonly string _data = Path.Combine(Path.GetTempPath(), $"cosell-ready-{Guid.NewGuid():N}");
    private Process? _azurite;
    private RunningSilo? _silo;

    public async Task InitializeAsync()
    {
        await StartAzurite();
        _silo = await RunningSilo.StartAsync(AzuriteConnection());
    }

    public async Task DisposeAsync()
    {
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }

        StopAzurite();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task Ready_goes_not_ready_while_storage_is_down_and_ready_again_when_it_returns()
    {
        using var http = new HttpClient { BaseAddress = _silo!.Http, Timeout = TimeSpan.FromSeconds(30) };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready")).StatusCode);

        StopAzurite();
        await Until(http, HttpStatusCode.ServiceUnavailable, "not-ready while Azurite is stopped");
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live")).StatusCode);

        await StartAzurite();
        await Until(http, HttpStatusCode.OK, "ready again once Azurite is back");
    }

    private static async Task Until(HttpClient http, HttpStatusCode status, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        HttpStatusCode last = default;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                last = (await http.GetAsync("/health/ready")).StatusCode;
                if (last == status)
                {
                    return;
                }
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(500);
        }

        Assert.Fail($"/health/ready never went {status} ({what}); last {last}");
    }

    private string AzuriteConnection() => Azurite.OnPort(_port);

    private async Task StartAzurite()
    {
        Directory.CreateDirectory(_data);
        var info = new ProcessStartInfo(Path.Combine(RunningSystem.RepositoryRoot, "tools", "azurite", "node_modules", ".bin", "azurite-table"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "--tableHost", "127.0.0.1", "--tablePort", _port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--location", _data, "--skipApiVersionCheck", "--disableTelemetry", "--silent" })
        {
            info.ArgumentList.Add(argument);
        }

        _azurite = Process.Start(info)!;
        for (var i = 0; i < 200; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, _port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        Assert.Fail("Azurite did not start");
    }

    private void StopAzurite()
    {
        if (_azurite is { HasExited: false })
        {
            _azurite.Kill(entireProcessTree: true);
            _azurite.WaitForExit();
        }

        _azurite?.Dispose();
        _azurite = null;
    }


    /// <summary>One silo process on the given storage.</summary>
    private sealed class RunningSilo(ChildProcess process, Uri http) : IAsyncDisposable
    {
        public Uri Http { get; } = http;

        public static async Task<RunningSilo> StartAsync(string connection)
        {
            var http = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}");
            var dll = RunningSystem.Output("silo", "CoSell.Silo.dll");
            var process = ChildProcess.Start(dll,
            [
                "--contentRoot", Path.GetDirectoryName(dll)!, $"--Urls={http}", $"--CoSell:Cluster:SiloPort={LoopbackPort.Free()}", $"--CoSell:Cluster:GatewayPort={LoopbackPort.Free()}",
                $"--CoSell:Storage:ConnectionString={connection}", "--CoSell:Email:Enabled=false", $"--CoSell:Cluster:ServiceId=ready-{Guid.NewGuid():N}",
            ]);
            await RunningSystem.WaitReadyAsync(http, process);
            return new RunningSilo(process, http);
        }

        public ValueTask DisposeAsync() => process.DisposeAsync();
    }
}
