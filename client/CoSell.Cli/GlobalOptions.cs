using System.CommandLine;
using CoSell.Client.Connection;

namespace CoSell.Cli;

/// <summary>Options every cluster command takes.</summary>
public sealed record GlobalOptions(string? Token, string? Key, int GatewayPort, string ClusterId, string ServiceId, bool Json)
{
    /// <summary>The silo's own defaults (one class for both), so that the CLI finds a cluster started without settings.</summary>
    private static readonly ClusterSettings Defaults = new();

    public static readonly Option<string?> TokenOption = new("--token") { Description = "The caller's token (default: $COSELL_TOKEN).", Recursive = true };
    public static readonly Option<string?> KeyOption = new("--key") { Description = "Development signing key (default: $COSELL_DEV_KEY, else the local default).", Recursive = true };
    public static readonly Option<int> GatewayPortOption = new("--gateway-port")
    {
        Description = $"The cluster's client gateway port on 127.0.0.1 (default: $COSELL_GATEWAY_PORT or {Defaults.GatewayPort}).",
        Recursive = true,
        DefaultValueFactory = _ => int.TryParse(Environment.GetEnvironmentVariable("COSELL_GATEWAY_PORT"), out var port) ? port : Defaults.GatewayPort,
    };
    public static readonly Option<string> ClusterIdOption = new("--cluster-id")
    {
        Description = $"Orleans cluster id (default: $COSELL_CLUSTER_ID or {Defaults.ClusterId}).",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("COSELL_CLUSTER_ID") is { Length: > 0 } id ? id : Defaults.ClusterId,
    };
    public static readonly Option<string> ServiceIdOption = new("--service-id")
    {
        Description = $"Orleans service id (default: $COSELL_SERVICE_ID or {Defaults.ServiceId}).",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("COSELL_SERVICE_ID") is { Length: > 0 } id ? id : Defaults.ServiceId,
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
