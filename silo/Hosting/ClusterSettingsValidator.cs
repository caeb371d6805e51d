using CoSell.Client.Connection;
using System.Net;
using Microsoft.Extensions.Options;

namespace CoSell.Silo.Hosting;

/// <summary>
/// Checks <c>CoSell:Cluster</c> when the silo starts: a known provider, ids that are not empty, ports a socket can
/// listen on and apart, and an advertised address that is an IP address.
/// </summary>
public sealed class ClusterSettingsValidator : IValidateOptions<ClusterSettings>
{
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

        foreach (var (key, port) in new[] { ("SiloPort", options.SiloPort), ("GatewayPort", options.GatewayPort) })
        {
            if (port is < 1 or > 65535)
            {
                failures.Add($"{section}:{key} is {port}; a port lies between 1 and 65535.");
            }
        }

        if (options.SiloPort == options.GatewayPort)
        {
            failures.Add($"{section}:SiloPort and {section}:GatewayPort are both {options.SiloPort}; they need a port each.");
        }

        if (options.UsesAzureTable && !options.Kubernetes && !IPAddress.TryParse(options.AdvertisedIPAddress, out _))
        {
            failures.Add($"{section}:AdvertisedIPAddress is '{options.AdvertisedIPAddress}'; it must be an IP address.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The settings bound from <paramref name="configuration"/>, or an exception naming every wrong key.</summary>
    public static ClusterSettings Read(IConfiguration configuration) =>
        CheckedSettings.Read(configuration, ClusterSettings.Section, new ClusterSettingsValidator());
}
