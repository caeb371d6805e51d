namespace CoSell.Rest;

/// <summary>The body of <c>POST /v1/webhooks</c>: <c>{url, events:[], secret}</c> (R36).</summary>
public sealed class WebhookBody
{
    public string? Url { get; set; }

    public List<string>? Events { get; set; }

    public string? Secret { get; set; }
}
