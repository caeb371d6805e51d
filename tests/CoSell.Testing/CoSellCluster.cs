using CoSell.Client;
using CoSell.Silo.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Reminders;
using Orleans.TestingHost;

namespace CoSell.Testing;

/// <summary>
/// An in-process test cluster wired exactly as the silo host wires itself (<see cref="CoSellSiloConfiguration"/>),
/// with a fake clock that drives both the grains' notion of now and reminder due times, while Orleans' own
/// maintenance loops stay on real time.
/// </summary>
public sealed class CoSellCluster : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private bool _disposed;

    private CoSellCluster(InProcessTestCluster cluster, FakeTimeProvider clock)
    {
        Cluster = cluster;
        Clock = clock;
        Client = new CoSellClient(cluster.Client);
    }

    public InProcessTestCluster Cluster { get; }

    public FakeTimeProvider Clock { get; }

    public CoSellClient Client { get; }

    public IGrainFactory Grains => Cluster.Client;

    /// <summary>Start a cluster. <paramref name="settings"/> are configuration keys (e.g. the storage provider); memory storage by default.</summary>
    public static async Task<CoSellCluster> StartAsync(
        IDictionary<string, string?>? settings = null, FakeTimeProvider? clock = null, short silos = 1, string? serviceId = null,
        Action<ISiloBuilder>? configureSilo = null)
    {
        clock ??= new FakeTimeProvider(Start);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["CoSell:Storage:Provider"] = "Memory",
                ["CoSell:Email:Enabled"] = "false",
                // Tests deliver webhooks to receivers on loopback, as the embedded default does; SsrfTests turn it off.
                ["CoSell:Webhooks:AllowPrivateNetworks"] = "true",
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();

        var builder = new InProcessTestClusterBuilder(silos);
        builder.Options.ConfigureFileLogging = false;
        if (serviceId is not null)
        {
            // Grain state and reminders are keyed by service id: a restarted cluster must keep it to find them.
            builder.Options.ServiceId = serviceId;
        }

        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddCoSell(configuration);
            silo.Services.AddSingleton<TimeProvider>(clock);
            silo.Services.UseTimeProviderForBackgroundAreas(TimeProvider.System);
            silo.Services.AddKeyedSingleton<TimeProvider>(ReminderTimeProviderNames.Reminders, clock);
            silo.Services.PostConfigure<ReminderOptions>(o =>
            {
                o.MinimumReminderPeriod = TimeSpan.FromMinutes(1);
                o.RefreshReminderListPeriod = TimeSpan.FromSeconds(1);
                // Keep every response window (weeks away) loaded and ticking on the fake clock, instead of
                // evicted until a table refresh on real time brings it back near its due time.
                o.ReminderLoadingWindow = TimeSpan.FromDays(60);
            });
            configureSilo?.Invoke(silo);
        });

        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new CoSellCluster(cluster, clock);
    }

    /// <summary>Start a cluster and register the scenario ecosystem.</summary>
    public static async Task<CoSellCluster> StartWithEcosystemAsync(IDictionary<string, string?>? settings = null)
    {
        var cluster = await StartAsync(settings);
        await Ecosystem.Register(cluster.Client);
        return cluster;
    }

    /// <summary>Every referral of one view of <paramref name="actor"/>, page by page (50 a page).</summary>
    public async Task<List<ReferralSummary>> ReadWholeView(Actor actor, ReferralDirection direction)
    {
        var all = new List<ReferralSummary>();
        string? token = null;
        do
        {
            var page = await Client.ListReferrals(actor, new ReferralQuery { Direction = direction, Top = 50, ContinuationToken = token });
            all.AddRange(page.Items);
            token = page.ContinuationToken;
        }
        while (token is not null);

        return all;
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
    }
}
