namespace CoSell.Rest;

/// <summary>The body of <c>PUT /v1/organization/stage-mappings</c>: <c>{"mappings": {"Discovery": "Qualified"}}</c> (R38).</summary>
public sealed class StageMappingsBody
{
    public Dictionary<string, SalesStage>? Mappings { get; set; }
}
