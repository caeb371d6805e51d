using System.Security.Cryptography.X509Certificates;
using Orleans.Connections.Security;

namespace CoSell.Client.Connection;

/// <summary>
/// Optional mutual TLS on the cluster's own ports (silo-to-silo 11111, client gateway 30000), which carry no
/// authentication of their own. Every silo and every grain client of an installation holds the same cluster
/// certificate (<see cref="ClusterTlsSettings"/>); a connection is
/// accepted only from a peer presenting that certificate, so nothing without it can join or call grains.
/// </summary>
public static class ClusterTls
{
    public const string Section = ClusterSettings.Section + ":Tls";

    /// <summary>The cluster certificate, or null when TLS is not configured.</summary>
    public static X509Certificate2? Certificate(ClusterTlsSettings tls)
    {
        var path = tls.CertificatePath;
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{Section}:{nameof(ClusterTlsSettings.CertificatePath)} '{path}' does not exist.");
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, tls.CertificatePassword, X509KeyStorageFlags.EphemeralKeySet);
        return certificate.HasPrivateKey
            ? certificate
            : throw new InvalidOperationException($"{Section}:{nameof(ClusterTlsSettings.CertificatePath)} '{path}' holds no private key; the cluster certificate needs one.");
    }

    /// <summary>Both ends present the cluster certificate and accept only a peer presenting the same one (pinned by thumbprint).</summary>
    public static void Configure(TlsOptions options, X509Certificate2 certificate)
    {
        options.LocalCertificate = certificate;
        options.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
        options.ClientCertificateMode = RemoteCertificateMode.RequireCertificate;
        options.RemoteCertificateValidation = (remote, _, _) => remote is not null && remote.Thumbprint == certificate.Thumbprint;
        options.OnAuthenticateAsClient = (_, ssl) => ssl.TargetHost = certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false);
    }
}
