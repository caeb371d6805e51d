using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CoSell.Client.Connection;

/// <summary>
/// Checks <c>CoSell:Cluster</c> when a silo or a client host (the gateway host, the CLI) starts: a known provider,
/// ids that are not empty, ports a socket can listen on and apart, and an advertised address that is an IP address.
/// </summary>
public sealed class ClusterSettingsValidator : IValidateOptions<ClusterSettings>
{
    /// <summary>
    /// Whether the silo's own endpoints (its silo port, and the address it advertises) are checked: a client host only
    /// connects to gateways, so a silo port it never opens is no reason to stop it.
    /// </summary>
    public bool ChecksSiloEndpoints { get; init; } = true;

    public ValidateOptionsResult Validate(string? name, ClusterSettings options)
    {
        var failures = new List<string>();
        var section = ClusterSettings.Section;
        if (!options.UsesAzureTable && !string.Equals(options.Provider, "Localhost", StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"{section}:Provider is '{options.Provider}'; use Localhost or AzureTable.");
        }

        if (string.IsNullOrWhiteSpace(options.ClusterId))
        {
            failures.Add($"{section}:ClusterId is empty.");
        }

        if (string.IsNullOrWhiteSpace(options.ServiceId))
        {
            failures.Add($"{section}:ServiceId is empty; grain state and reminders are keyed by it.");
        }

        var ports = ChecksSiloEndpoints ? new[] { ("SiloPort", options.SiloPort), ("GatewayPort", options.GatewayPort) } : [("GatewayPort", options.GatewayPort)];
        foreach (var (key, port) in ports)
        {
            if (port is < 1 or > 65535)
            {
                failures.Add($"{section}:{key} is {port}; a port lies between 1 and 65535.");
            }
        }

        if (ChecksSiloEndpoints && options.SiloPort == options.GatewayPort)
        {
            failures.Add($"{section}:SiloPort and {section}:GatewayPort are both {options.SiloPort}; they need a port each.");
        }

        if (ChecksSiloEndpoints && options.UsesAzureTable && !options.Kubernetes && !IPAddress.TryParse(options.AdvertisedIPAddress, out _))
        {
            failures.Add($"{section}:AdvertisedIPAddress is '{options.AdvertisedIPAddress}'; it must be an IP address.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The settings bound from <paramref name="configuration"/>, or an exception naming every wrong key.</summary>
    public static ClusterSettings Read(IConfiguration configuration) =>
        CheckedSettings.Read(configuration, ClusterSettings.Section, new ClusterSettingsValidator());

    /// <summary><see cref="Read"/> for a client host: the silo's own endpoints are not its concern.</summary>
    public static ClusterSettings ReadForClient(IConfiguration configuration) =>
        CheckedSettings.Read(configuration, ClusterSettings.Section, new ClusterSettingsValidator { ChecksSiloEndpoints = false });
}
