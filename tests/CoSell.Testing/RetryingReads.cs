using System.Net;
using System.Text.Json;

namespace CoSell.Testing;

/// <summary>
/// REST reads for tests that kill or restart silos: a 503 (the cluster rearranging itself, which clients are told
/// to retry) is retried for up to 20 s; anything else is asserted as <see cref="Http.Read{T}"/> does.
/// </summary>
public static class RetryingReads
{
    /// <summary>Reads, riding out a moment when the cluster is rearranging itself (503), which clients are told to retry.</summary>
    public static Task<JsonElement> Read(HttpClient client, string uri) => Send(() => client.GetAsync(uri), HttpStatusCode.OK);

    /// <summary>Sends <paramref name="call"/> again while it answers 503, then asserts <paramref name="expected"/>.</summary>
    public static async Task<JsonElement> Send(Func<Task<HttpResponseMessage>> call, HttpStatusCode expected)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await call();
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable && attempt < 40)
            {
                await Task.Delay(500);
                continue;
            }

            return await Http.Read<JsonElement>(response, expected);
        }
    }

    /// <summary>Every item of a list route, following its continuation tokens.</summary>
    public static async Task<List<JsonElement>> ReadAllItems(HttpClient client, string uri)
    {
        var items = new List<JsonElement>();
        string? token = null;
        do
        {
            var page = await Read(client, uri + (token is null ? "" : $"&continuationToken={Uri.EscapeDataString(token)}"));
            items.AddRange(page.GetProperty("items").EnumerateArray());
            token = page.TryGetProperty("continuationToken", out var next) ? next.GetString() : null;
        }
        while (token is not null);
        return items;
    }

    public static async Task<List<string>> ListAll(HttpClient client, string query) =>
        [.. (await ReadAllItems(client, $"/v1/referrals?{query}&top=100")).Select(r => r.GetProperty("id").GetString()!)];
}
