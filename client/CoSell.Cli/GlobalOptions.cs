using System.CommandLine;

namespace CoSell.Cli;

/// <summary>Options every cluster command takes.</summary>
public sealed record GlobalOptions(string? Token, string? Key, int GatewayPort, string ClusterId, string ServiceId, bool Json)
{
    public static readonly Option<string?> TokenOption = new("--token") { Description = "The caller's token (default: $COSELL_TOKEN).", Recursive = true };
    public static readonly Option<string?> KeyOption = new("--key") { Description = "Development signing key (default: $COSELL_DEV_KEY, else the local default).", Recursive = true };
    public static readonly Option<int> GatewayPortOption = new("--gateway-port")
    {
        Description = "The cluster's client gateway port on 127.0.0.1 (default: $COSELL_GATEWAY_PORT or 30000).",
        Recursive = true,
        DefaultValueFactory = _ => int.TryParse(Environment.GetEnvironmentVariable("COSELL_GATEWAY_PORT"), out var port) ? port : 30000,
    };
    public static readonly Option<string> ClusterIdOption = new("--cluster-id")
    {
        Description = "Orleans cluster id (default: $COSELL_CLUSTER_ID or cosell-dev).",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("COSELL_CLUSTER_ID") is { Length: > 0 } id ? id : "cosell-dev",
    };
    public static readonly Option<string> ServiceIdOption = new("--service-id")
    {
        Description = "Orleans service id (default: $COSELL_SERVICE_ID or cosell).",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("COSELL_SERVICE_ID") is { Length: > 0 } id ? id : "cosell",
    };
    public static readonly Option<bool> JsonOption = new("--json") { Description = "Print results as JSON.", Recursive = true };

    public static void AddTo(RootCommand root)
    {
        root.Options.Add(TokenOption);
        root.Options.Add(KeyOption);
        root.Options.Add(GatewayPortOption);
        root.Options.Add(ClusterIdOption);
        root.Options.Add(ServiceIdOption);
        root.Options.Add(JsonOption);
    }

    public static GlobalOptions From(ParseResult result) => new(
        result.GetValue(TokenOption), result.GetValue(KeyOption), result.GetValue(GatewayPortOption),
        result.GetValue(ClusterIdOption)!, result.GetValue(ServiceIdOption)!, result.GetValue(JsonOption));
}
