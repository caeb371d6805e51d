using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CoSell.Rest;

namespace CoSell.Testing;

/// <summary>Small HTTP conveniences for gateway tests.</summary>
public static class Http
{
    public static StringContent Json(object body) => new(JsonSerializer.Serialize(body, RestJson.Options), Encoding.UTF8, "application/json");

    public static StringContent Raw(string body) => new(body, Encoding.UTF8, "application/json");

    public static async Task<T> Read<T>(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected} but got {(int)response.StatusCode}: {text}");
        return JsonSerializer.Deserialize<T>(text, RestJson.Options)!;
    }

    /// <summary>Asserts a problem+json answer with this status and code (and target, when given).</summary>
    public static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status, string code, string? target = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status} {code} but got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal(code, problem.GetProperty("code").GetString());
        if (target is not null)
        {
            Assert.Equal(target, problem.GetProperty("target").GetString());
        }

        return problem;
    }

    public static Task<HttpResponseMessage> Patch(this HttpClient client, string uri, HttpContent content, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, uri) { Content = content };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PostWith(this HttpClient client, string uri, HttpContent content, string header, string value)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = content };
        request.Headers.TryAddWithoutValidation(header, value);
        return client.SendAsync(request);
    }
}
