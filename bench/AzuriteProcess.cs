using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CoSell.Bench;

/// <summary>
/// A private Azurite (table service) on a free loopback port, from the repository's tools/azurite; or, with
/// <c>COSELL_BENCH_TABLES</c> set to a connection string, that table endpoint instead (an Azurite started by hand to
/// profile it, or a storage account), which the bench neither starts nor stops.
/// </summary>
public sealed class AzuriteProcess : IDisposable
{
    private readonly Process? _process;
    private readonly string? _data;

    private AzuriteProcess(Process? process, string? data, string connectionString)
    {
        _process = process;
        _data = data;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<AzuriteProcess> StartAsync(string repositoryRoot)
    {
        if (Environment.GetEnvironmentVariable("COSELL_BENCH_TABLES") is { Length: > 0 } external)
        {
            return new AzuriteProcess(null, null, external);
        }

        var binary = Path.Combine(repositoryRoot, "tools", "azurite", "node_modules", ".bin", "azurite-table");
        if (!File.Exists(binary))
        {
            throw new InvalidOperationException($"{binary} is missing: run ./bench.sh (or ./test.sh) once to install Azurite.");
        }

        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var data = Path.Combine(Path.GetTempPath(), $"cosell-bench-{Guid.NewGuid():N}");
        Directory.CreateDirectory(data);
        var info = new ProcessStartInfo(binary) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = data };

        // Bench data is thrown away: keep it in memory only. With its default disk persistence Azurite re-saves its
        // whole database periodically, which slowed it to a crawl and then killed it past ~100k referrals (a 267 MB
        // store); the larger Node heap is for the 100k-pending-window step of the scale series.
        info.Environment["NODE_OPTIONS"] = "--max-old-space-size=8192";
        foreach (var argument in new[] { "--tableHost", "127.0.0.1", "--tablePort", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--inMemoryPersistence", "--skipApiVersionCheck", "--disableTelemetry", "--silent" })
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info)!;
        for (var i = 0; i < 200; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return new AzuriteProcess(process, data, $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;");
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException("Azurite did not start.");
    }

    public void Dispose()
    {
        if (_process is null || _data is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
