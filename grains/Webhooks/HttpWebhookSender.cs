using System.Net.Http.Headers;
using System.Text;
using CoSell.Grains.Options;
using Microsoft.Extensions.Options;

namespace CoSell.Grains.Webhooks;

/// <summary>Delivers over HTTP: a structured-mode CloudEvent (<c>application/cloudevents+json</c>), signed (R36).</summary>
public sealed class HttpWebhookSender(IOptions<WebhookOptions> options) : IWebhookSender, IDisposable
{
    private readonly HttpClient _http = new(Handler(options.Value)) { Timeout = options.Value.Timeout };

    public async Task<int> SendAsync(string url, string deliveryId, WebhookEvent webhookEvent, string body, string secret, CancellationToken cancellation)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/cloudevents+json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(body, secret));
        request.Headers.Add(WebhookSignature.DeliveryHeader, deliveryId);
        request.Headers.Add(WebhookSignature.EventHeader, webhookEvent.ToWireName());
        using var response = await _http.SendAsync(request, cancellation);
        return (int)response.StatusCode;
    }

    public void Dispose() => _http.Dispose();

    /// <summary>No redirects (a public URL must not bounce to an internal one); public addresses only, checked at connect time.</summary>
    private static SocketsHttpHandler Handler(WebhookOptions settings)
    {
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(2) };
        if (!settings.AllowPrivateNetworks)
        {
            handler.ConnectCallback = WebhookTargetPolicy.ConnectPublicAsync;
        }

        return handler;
    }
}
