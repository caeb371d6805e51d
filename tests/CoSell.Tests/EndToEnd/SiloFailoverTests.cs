using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CoSell.Client.Identity;
using CoSell.Testing;
using Xunit.Abstractions;

namespace CoSell.Tests.EndToEnd;

/// <summary>
/// Crash safety with real processes (issue 5, acceptance 1 and 2): three silos on Azure Table clustering and the
/// gateway as its own process; steady load through the gateway; one silo SIGKILLed mid-load; then every
/// acknowledged operation is checked, duplicates looked for, and expiries owned by the dead silo watched. Then
/// the whole cluster restarts and every overdue expiry fires once.
/// </summary>
[Collection(AvailabilityCollection.Name)]
public sealed class SiloFailoverTests(ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>
    /// The probes' response window: longer than a request may take while a silo dies (6 s, asserted below), so the
    /// load's invitations are answered inside it; short enough that the probes fall due soon after the kill, while the
    /// dead silo's reminders change hands, and that the full restart waits little for its probes to be overdue.
    /// </summary>
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(8);
    /// <summary>How often desks' window reminders tick: a tick missed while its silo was dead fires at the next one.</summary>
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(5);

    private readonly MultiSiloSystem _system = new(new()
    {
        ["CoSell:Windows:InboundResponse"] = "00:00:08",
        ["CoSell:Windows:TickPeriod"] = "00:00:05",
    });
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ConcurrentBag<(TimeSpan Start, TimeSpan End)> _timings = [];

    public async Task InitializeAsync()
    {
        await _system.StartSilosAsync(3);
        await _system.StartGatewayAsync();
    }

    public async Task DisposeAsync() => await _system.DisposeAsync();

    private HttpClient As(Actor actor)
    {
        var http = new HttpClient { BaseAddress = _system.Gateway, Timeout = TimeSpan.FromSeconds(45) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DevelopmentTokens.Mint(actor));
        return http;
    }

    [Fact]
    public async Task A_silo_killed_mid_load_loses_nothing_acknowledged_and_a_full_restart_fires_overdue_expiries_once()
    {
        var op = As(Actors.Operator);
        var a = As(Actors.AdminOf(Actors.PartnerA));
        var b = As(Actors.AdminOf(Actors.PartnerB));
        var c = As(Actors.AdminOf(Actors.PartnerC));
        await RestEcosystem.RegisterAsync(op);

        // Referrals that nobody answers: their expiry reminders spread over all three silos.
        var probes = await CreateProbes(a, "probe", 12);

        // Steady load of creates, accepts and stage updates; one silo dies in the middle of it.
        var acknowledged = new ConcurrentDictionary<string, Acknowledged>();
        var errors = new ConcurrentBag<string>();
        var operations = 0;
        var load = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            for (var i = 0; load.Elapsed < TimeSpan.FromSeconds(14); i++)
            {
                Interlocked.Increment(ref operations);
                var created = await Send(() => a.PostWith("/v1/referrals", Http.Json(RestBodies.Create($"load {worker}-{i}", [RestBodies.PartnerInvitation(Actors.PartnerB)])), "Idempotency-Key", $"load-{worker}-{i}"), errors);
                if (created is null)
                {
                    continue;
                }

                var id = created.Value.GetProperty("id").GetString()!;
                acknowledged[id] = new Acknowledged(id, false, SalesStage.Created);
                Interlocked.Increment(ref operations);
                if (await Send(() => b.PostAsync($"/v1/referrals/{id}-{Actors.PartnerB}/accept", null), errors) is not null)
                {
                    acknowledged[id] = acknowledged[id] with { Accepted = true };
                }

                Interlocked.Increment(ref operations);
                if (await Send(() => a.Patch($"/v1/referrals/{id}", Http.Json(new { salesStage = "Qualified" })), errors) is not null)
                {
                    acknowledged[id] = acknowledged[id] with { Stage = SalesStage.Qualified };
                }
            }
        })).ToList();

        await Task.Delay(TimeSpan.FromSeconds(5));
        var killedAt = DateTimeOffset.UtcNow;
        var killedAtOffset = _clock.Elapsed;
        await _system.KillSiloAsync(1);
        await Task.WhenAll(workers);
        var (gap, slowest, afterKill) = Availability(killedAtOffset);
        output.WriteLine($"availability after the kill: longest gap without a completed request {MultiSiloSystem.Seconds(gap)} s, " +
            $"slowest request {MultiSiloSystem.Seconds(slowest)} s, {afterKill} requests completed after the kill");

        // Issue 11: a dead silo costs seconds, not the 30 s grain-call timeout (the gateway's client bounds a call at
        // 3 s and retries what is safe to repeat; the cluster declares the silo dead within a few seconds).
        Assert.True(gap < TimeSpan.FromSeconds(5), $"no request completed for {MultiSiloSystem.Seconds(gap)} s after the kill");
        Assert.True(slowest < TimeSpan.FromSeconds(6), $"a request took {MultiSiloSystem.Seconds(slowest)} s after the kill (5 s + its own work at most)");
        output.WriteLine($"load: {operations} operations, {acknowledged.Count} referrals acknowledged, {errors.Count} errors during failover: {string.Join(", ", errors.GroupBy(e => e).Select(g => $"{g.Key} ×{g.Count()}"))}");

        Assert.True(acknowledged.Count >= 20, $"the load should have made progress; only {acknowledged.Count} creates acknowledged");
        Assert.True(errors.Count <= Math.Max(10, operations / 10), $"{errors.Count} errors of {operations} operations is more than the failover should cost");
        Assert.DoesNotContain(errors, e => e.StartsWith("500", StringComparison.Ordinal));

        // Every acknowledged operation is readable with its acknowledged state.
        foreach (var ack in acknowledged.Values)
        {
            var referral = await RetryingReads.Read(a, $"/v1/referrals/{ack.Id}");
            Assert.True(Enum.Parse<SalesStage>(referral.GetProperty("salesStage").GetString()!) >= ack.Stage, $"{ack.Id} lost its stage");
            if (ack.Accepted)
            {
                Assert.Equal("Accepted", (await RetryingReads.Read(b, $"/v1/referrals/{ack.Id}-{Actors.PartnerB}")).GetProperty("substatus").GetString());
            }
        }

        // No referral exists twice.
        var outbound = await RetryingReads.ListAll(a, "direction=Outgoing");
        Assert.Equal(outbound.Count, outbound.Distinct().Count());
        Assert.True(acknowledged.Keys.All(outbound.Contains), "an acknowledged referral is missing from the outbound view");
        var inbound = await RetryingReads.ListAll(b, "direction=Incoming");
        Assert.Equal(inbound.Count, inbound.Distinct().Count());

        // Expiries whose reminders lived on the dead silo still fire on the survivors, on time: a reminder tick
        // that falls due while its silo is dead fires at the next tick of its period (CoSell:Windows:TickPeriod), so
        // "on time" is within that period plus failure detection and the new owner's reading of the reminder table.
        await AssertExpireOnTime(c, probes, Tick + TimeSpan.FromSeconds(25));
        output.WriteLine($"all {probes.Count} probes expired; silo killed at {killedAt:O}");

        // The counters moved, on the surviving silos' /metrics (Prometheus text).
        var metrics = new Dictionary<string, double>();
        foreach (var silo in new[] { _system.SiloHttp[0], _system.SiloHttp[2] })
        {
            using var http = new HttpClient { BaseAddress = silo };
            foreach (var (name, value) in PrometheusText.Parse(await http.GetStringAsync("/metrics")))
            {
                metrics[name] = metrics.GetValueOrDefault(name) + value;
            }
        }

        output.WriteLine(string.Join(", ", metrics.Where(m => m.Key.StartsWith("cosell_", StringComparison.Ordinal)).Select(m => $"{m.Key}={m.Value}")));
        Assert.True(metrics.GetValueOrDefault("cosell_referrals_created_total") > 0, "created counter did not move");
        Assert.True(metrics.GetValueOrDefault("cosell_referrals_accepted_total") > 0, "accepted counter did not move");
        Assert.True(metrics.GetValueOrDefault("cosell_referrals_expired_total") > 0, "expired counter did not move");
        Assert.True(metrics.GetValueOrDefault("cosell_reminder_lag_seconds_count") > 0, "reminder lag was not recorded");
        Assert.True(metrics.ContainsKey("cosell_outbox_depth"), "outbox depth is not exported");
        Assert.True(metrics.ContainsKey("cosell_webhook_queue_depth"), "webhook queue depth is not exported");

        // The whole cluster goes down and comes back: nothing is lost, every overdue expiry fires once.
        var overdue = await CreateProbes(a, "restart", 6);
        await _system.StopAllSilosAsync();
        // Each probe's due time was taken after its create returned, so once it has passed every probe is overdue
        // (and silos take seconds to start on top).
        var latest = overdue.Values.Max();
        while (DateTimeOffset.UtcNow < latest)
        {
            await Task.Delay(250);
        }

        await _system.StartSilosAsync(3);
        foreach (var ack in acknowledged.Values.Take(10))
        {
            Assert.Equal(ack.Id, (await RetryingReads.Read(a, $"/v1/referrals/{ack.Id}")).GetProperty("id").GetString());
        }

        await AssertExpireOnTime(c, overdue, Tick + TimeSpan.FromSeconds(40));
        foreach (var id in overdue.Keys)
        {
            var history = await RetryingReads.Read(c, $"/v1/referrals/{id}/history");
            Assert.Equal(1, history.GetProperty("items").EnumerateArray().Count(h => h.GetProperty("action").GetString() == "expired"));
        }

        var notifications = await RetryingReads.ReadAllItems(a, "/v1/notifications?top=500");
        foreach (var id in overdue.Keys)
        {
            // The sender's notice links to the sender's own referral (the probe's source), which it can open.
            var source = id[..id.LastIndexOf('-')];
            Assert.Equal(1, notifications.Count(n =>
                n.GetProperty("notification").GetProperty("referralId").GetString() == source
                && n.GetProperty("notification").GetProperty("kind").GetString() == "ReferralExpired"));
        }
    }

    private static async Task<Dictionary<string, DateTimeOffset>> CreateProbes(HttpClient a, string prefix, int count)
    {
        var probes = new Dictionary<string, DateTimeOffset>();
        for (var i = 0; i < count; i++)
        {
            var created = await RetryingReads.Send(() => a.PostWith("/v1/referrals",
                Http.Json(RestBodies.Create($"{prefix} {i}", [RestBodies.PartnerInvitation(Actors.PartnerC)])), "Idempotency-Key", $"{prefix}-{i}"), HttpStatusCode.Created);
            probes[$"{created.GetProperty("id").GetString()}-{Actors.PartnerC}"] = DateTimeOffset.UtcNow + Window;
        }

        return probes;
    }

    private async Task AssertExpireOnTime(HttpClient c, Dictionary<string, DateTimeOffset> probes, TimeSpan patience)
    {
        var deadline = DateTimeOffset.UtcNow + Window + patience;
        foreach (var id in probes.Keys)
        {
            JsonElement referral;
            while (true)
            {
                referral = await RetryingReads.Read(c, $"/v1/referrals/{id}");
                if (referral.GetProperty("substatus").GetString() == "Expired")
                {
                    break;
                }

                Assert.True(DateTimeOffset.UtcNow < deadline, $"{id} did not expire in time:\n{_system.Describe()}");
                await Task.Delay(250);
            }

            var expiredAt = referral.GetProperty("updatedDateTime").GetDateTimeOffset();
            var dueAt = referral.GetProperty("expirationDateTime").GetDateTimeOffset();
            Assert.True(expiredAt >= dueAt, $"{id} expired early");
            Assert.True(expiredAt - dueAt < patience, $"{id} expired {MultiSiloSystem.Seconds(expiredAt - dueAt)} s late");
        }
    }

    /// <summary>From the kill to the end of the load: the longest time without any completed request, and the slowest request.</summary>
    private (TimeSpan Gap, TimeSpan Slowest, int Completed) Availability(TimeSpan killedAt)
    {
        var after = _timings.Where(t => t.End >= killedAt).OrderBy(t => t.End).ToList();
        var gap = TimeSpan.Zero;
        var previous = killedAt;
        foreach (var (_, end) in after)
        {
            gap = end - previous > gap ? end - previous : gap;
            previous = end;
        }

        var slowest = after.Count == 0 ? TimeSpan.Zero : after.Max(t => t.End - t.Start);
        return (gap, slowest, after.Count);
    }

    private async Task<JsonElement?> Send(Func<Task<HttpResponseMessage>> call, ConcurrentBag<string> errors)
    {
        var started = _clock.Elapsed;
        try
        {
            return await SendOnce(call, errors);
        }
        finally
        {
            _timings.Add((started, _clock.Elapsed));
        }
    }

    private static async Task<JsonElement?> SendOnce(Func<Task<HttpResponseMessage>> call, ConcurrentBag<string> errors)
    {
        try
        {
            var response = await call();
            var text = await response.Content.ReadAsStringAsync();
            if (response.IsSuccessStatusCode)
            {
                return JsonDocument.Parse(text).RootElement.Clone();
            }

            errors.Add($"{(int)response.StatusCode} {TryCode(text)}");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            errors.Add(ex.GetType().Name);
        }

        return null;
    }

    private static string TryCode(string text)
    {
        try
        {
            return JsonDocument.Parse(text).RootElement.GetProperty("code").GetString() ?? "";
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return text.Length > 80 ? text[..80] : text;
        }
    }

    private sealed record Acknowledged(string Id, bool Accepted, SalesStage Stage);
}
