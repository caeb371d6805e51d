using CoSell.Client.Connection;
using CoSell.Gateway.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace CoSell.Portal.Hosting;

/// <summary>
/// The keys that sign the portal's cookies and encrypt what it keeps in browsers: in the installation's key ring table
/// (beside the silos' keys, under the portal's own application name), so every portal instance reads every sign-in
/// and a restart signs nobody out. With memory storage (tests) the keys live in the process.
/// </summary>
public static class PortalDataProtection
{
    public const string ApplicationName = "CoSell.Portal";

    public static void Add(IHostApplicationBuilder builder)
    {
        builder.Services.AddDataProtection().SetApplicationName(ApplicationName);
        var storage = StorageSettingsValidator.Read(builder.Configuration);
        if (storage.UsesMemory)
        {
            return;
        }

        var repository = new TableXmlRepository(storage.CreateTableServiceClient().GetTableClient(storage.DataProtectionTable));
        builder.Services.Configure<KeyManagementOptions>(o => o.XmlRepository = repository);
    }
}
