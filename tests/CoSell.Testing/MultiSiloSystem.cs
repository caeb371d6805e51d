using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace CoSell.Testing;

/// <summary>
/// Several silo processes with Azure Table clustering on the Azurite that <c>./test.sh</c> started, and the REST
/// gateway as its own process (an external client), all on loopback — what <c>./run.sh --silos N</c> runs.
/// Silos can be killed (SIGKILL), stopped and started again on the same storage.
/// </summary>
public sealed class MultiSiloSystem : IAsyncDisposable
{
    private readonly Dictionary<string, string?> _tables = Azurite.FreshTables();
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..10];
    private readonly Dictionary<string, string> _extra;
    private readonly List<ChildProcess> _silos = [];
    private ChildProcess? _gateway;

    public MultiSiloSystem(Dictionary<string, string> extraSettings) => _extra = extraSettings;

    public Uri Gateway { get; private set; } = new("http://127.0.0.1");

    public IReadOnlyList<ChildProcess> Silos => _silos;

    /// <summary>Each started silo's HTTP address (its own gateway endpoints, /metrics, /health).</summary>
    public List<Uri> SiloHttp { get; } = [];

    private IEnumerable<string> CommonArguments() =>
    [
        "--CoSell:Cluster:Provider=AzureTable",
        $"--CoSell:Cluster:ClusterId=fault-{_suffix}",
        $"--CoSell:Cluster:ServiceId=fault-{_suffix}",
        $"--CoSell:Cluster:MembershipTable=Members{_suffix}",
        "--CoSell:Email:Enabled=false",
        // The fault and restart tests drive one organization harder than its published limit on purpose: they measure
        // availability, and a 429 would count as a failure. RateLimitTests holds the limits.
        "--CoSell:RateLimits:RequestsPerSecond=100000",
        "--CoSell:RateLimits:Burst=100000",
        .. _tables.Select(kv => $"--{kv.Key}={kv.Value}"),
        .. _extra.Select(kv => $"--{kv.Key}={kv.Value}"),
    ];

    public async Task StartSilosAsync(int count)
    {
        var starting = new List<(ChildProcess Process, Uri Http)>();
        for (var i = 0; i < count; i++)
        {
            var http = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}");
            var dll = RunningSystem.Output("silo", "CoSell.Silo.dll");
            var silo = ChildProcess.Start(dll,
            [
                "--contentRoot", Path.GetDirectoryName(dll)!, $"--Urls={http}",
                $"--CoSell:Cluster:SiloPort={LoopbackPort.Free()}", $"--CoSell:Cluster:GatewayPort={LoopbackPort.Free()}",
                "--CoSell:Cluster:FastFailureDetection=true",
                .. CommonArguments(),
            ]);
            _silos.Add(silo);
            SiloHttp.Add(http);
            starting.Add((silo, http));
        }

        await Task.WhenAll(starting.Select(s => RunningSystem.WaitReadyAsync(s.Http, s.Process)));
    }

    public async Task StartGatewayAsync()
    {
        Gateway = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}");
        var dll = RunningSystem.Output(Path.Combine("client", "CoSell.Gateway.Host"), "CoSell.Gateway.Host.dll");
        _gateway = ChildProcess.Start(dll, ["--contentRoot", Path.GetDirectoryName(dll)!, $"--Urls={Gateway}", .. CommonArguments()]);
        await RunningSystem.WaitReadyAsync(Gateway, _gateway);
    }

    /// <summary>SIGTERM: the silo leaves the cluster gracefully (drains, hands its grains over) and exits.</summary>
    public async Task StopSiloAsync(int index)
    {
        await _silos[index].StopAsync();
        Assert.True(_silos[index].HasExited, $"silo {index} did not stop");
    }

    /// <summary>SIGKILL: the silo dies without a word.</summary>
    public Task KillSiloAsync(int index) => _silos[index].KillAsync();

    /// <summary>Every silo down (gracefully), so nothing is left but the tables.</summary>
    public async Task StopAllSilosAsync()
    {
        foreach (var silo in _silos)
        {
            await silo.StopAsync();
        }

        _silos.Clear();
        SiloHttp.Clear();
    }

    public string Describe() => string.Join("\n---\n", _silos.Select(s => s.Output[^Math.Min(s.Output.Length, 3000)..]).Append(_gateway?.Output ?? ""));

    public async ValueTask DisposeAsync()
    {
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }

        foreach (var silo in _silos)
        {
            await silo.DisposeAsync();
        }
    }


    public static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
}
