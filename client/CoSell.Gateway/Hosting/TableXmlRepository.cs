using System.Xml.Linq;
using Azure;
using Azure.Data.Tables;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace CoSell.Gateway.Hosting;

/// <summary>
/// The Data Protection key ring in the storage account (one row per key, partition <c>keys</c>), so every process of
/// an installation protects and unprotects with the same keys, each application under its own name: a webhook secret
/// encrypted on one silo is read on another, an unsubscribe link minted anywhere opens everywhere, and a portal
/// sign-in cookie is read by every portal instance and survives their restarts.
/// </summary>
public sealed class TableXmlRepository(TableClient table) : IXmlRepository
{
    private const string Partition = "keys";

    private bool _created;

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        EnsureTable();
        return [.. table.Query<TableEntity>(e => e.PartitionKey == Partition).Select(e => XElement.Parse(e.GetString("Xml")))];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        EnsureTable();
        var entity = new TableEntity(Partition, friendlyName) { ["Xml"] = element.ToString(SaveOptions.DisableFormatting) };
        try
        {
            table.AddEntity(entity);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Another silo stored this key first: keys are immutable, so the stored one is the same key.
        }
    }

    private void EnsureTable()
    {
        if (!_created)
        {
            table.CreateIfNotExists();
            _created = true;
        }
    }
}
