namespace CoSell.Client.Connection;

/// <summary>
/// <c>CoSell:Cluster:Tls</c>: the cluster certificate for mutual TLS on the cluster's own ports (see
/// <see cref="ClusterTls"/>). No path, no TLS: the ports then carry no protection of their own.
/// </summary>
public sealed class ClusterTlsSettings
{
    /// <summary>A PFX holding the cluster certificate and its private key; every silo and grain client holds the same one.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The PFX's password, if it has one.</summary>
    public string? CertificatePassword { get; set; }
}
