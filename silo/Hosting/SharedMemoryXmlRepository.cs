using System.Collections.Concurrent;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace CoSell.Silo.Hosting;

/// <summary>
/// The key ring of the Memory storage provider: one per process, shared by every silo in it (the in-process test
/// clusters), and gone with the process like the rest of that provider's data.
/// </summary>
public sealed class SharedMemoryXmlRepository : IXmlRepository
{
    public static SharedMemoryXmlRepository Instance { get; } = new();

    private readonly ConcurrentDictionary<string, XElement> _keys = new();

    public IReadOnlyCollection<XElement> GetAllElements() => [.. _keys.Values.Select(k => new XElement(k))];

    public void StoreElement(XElement element, string friendlyName) => _keys.TryAdd(friendlyName, new XElement(element));
}
