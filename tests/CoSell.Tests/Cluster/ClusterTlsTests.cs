using System.Net;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CoSell.Client;
using CoSell.Client.Connection;
using CoSell.Silo.Hosting;
using CoSell.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CoSell.Tests.Cluster;

/// <summary>
/// Issue 10, point 12: mutual TLS on the cluster's own ports with a self-signed cluster certificate, wired exactly
/// as the silo host and the grain clients wire it (<c>UseClusterSettings</c>, <c>AddCoSellClusterClient</c>), on real
/// loopback sockets. A client holding the certificate works; another certificate, or none, is refused.
/// </summary>
public sealed class ClusterTlsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cosell-tls").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task A_client_with_the_cluster_certificate_works_and_another_certificate_or_none_is_refused()
    {
        var siloPort = LoopbackPort.Free();
        var gatewayPort = LoopbackPort.Free();
        var cluster = Settings(WritePfx("cluster"), siloPort, gatewayPort);
        var silo = Host.CreateApplicationBuilder();
        silo.Configuration.AddConfiguration(cluster);
        silo.UseOrleans(s => s.UseClusterSettings(cluster).AddCoSell(cluster));
        using var siloHost = silo.Build();
        await siloHost.StartAsync();
        try
        {
            using (var client = await StartClient(cluster))
            {
                await client.Services.GetRequiredService<CoSellClient>().Probe();
                await client.StopAsync();
            }

            var gateway = new IPEndPoint(IPAddress.Loopback, gatewayPort);
            var certificate = ClusterTls.Certificate(Tls(cluster))!;
            var other = ClusterTls.Certificate(Tls(Settings(WritePfx("intruder"), siloPort, gatewayPort)))!;
            Assert.NotEqual(certificate.Thumbprint, other.Thumbprint);
            Assert.True(await Accepted(gateway, certificate), "the gateway port refused the cluster certificate");
            Assert.False(await Accepted(gateway, other), "the gateway port accepted another certificate");
            Assert.False(await Accepted(gateway, null), "the gateway port accepted a client without a certificate");
        }
        finally
        {
            await siloHost.StopAsync();
        }
    }

    [Fact]
    public void A_certificate_path_that_does_not_exist_stops_the_process_naming_the_key()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ClusterTls.Certificate(Tls(Settings(Path.Combine(_directory, "missing.pfx"), 1, 2))));
        Assert.Contains("CoSell:Cluster:Tls:CertificatePath", error.Message);
    }

    /// <summary>The TLS settings as the silo and the grain client bind them.</summary>
    private static ClusterTlsSettings Tls(IConfiguration settings) => settings.GetSection(ClusterSettings.Section).Get<ClusterSettings>()!.Tls;

    private static async Task<IHost> StartClient(IConfiguration settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddConfiguration(settings);
        builder.AddCoSellClusterClient();
        var host = builder.Build();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await host.StartAsync(timeout.Token);
        return host;
    }

    /// <summary>
    /// Whether the gateway port keeps a TLS connection presenting <paramref name="clientCertificate"/>: the handshake
    /// succeeds and the server neither closes nor resets the connection within two seconds (a server may judge the
    /// client certificate just after the client's side of the handshake completes).
    /// </summary>
    private static async Task<bool> Accepted(IPEndPoint endpoint, X509Certificate2? clientCertificate)
    {
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(endpoint);
        await using var ssl = new SslStream(tcp.GetStream(), false, (_, _, _, _) => true);
        try
        {
            using var handshake = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
            {
                TargetHost = "cosell-cluster",
                ClientCertificates = clientCertificate is null ? null : [clientCertificate],
                EnabledSslProtocols = SslProtocols.Tls12,
            }, handshake.Token);
        }
        catch (Exception ex) when (ex is IOException or AuthenticationException or System.Net.Sockets.SocketException or OperationCanceledException)
        {
            return false;
        }

        try
        {
            using var quiet = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            return await ssl.ReadAsync(new byte[64], quiet.Token) > 0;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
        catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException)
        {
            return false;
        }
    }

    private static IConfiguration Settings(string pfx, int siloPort, int gatewayPort) => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["CoSell:Storage:Provider"] = "Memory",
        ["CoSell:Email:Enabled"] = "false",
        ["CoSell:Cluster:ClusterId"] = $"tls-{siloPort}",
        ["CoSell:Cluster:SiloPort"] = siloPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["CoSell:Cluster:GatewayPort"] = gatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["CoSell:Cluster:Tls:CertificatePath"] = pfx,
        ["CoSell:Cluster:Tls:CertificatePassword"] = "test-password",
    }).Build();

    private string WritePfx(string name)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=cosell-cluster", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.7.3.2")], false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var path = Path.Combine(_directory, $"{name}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, "test-password"));
        return path;
    }
}
