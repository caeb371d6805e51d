using CoSell.Testing;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestCollectionOrderer("CoSell.Tests.Support.LongestFirstOrderer", "CoSell.Tests")]

namespace CoSell.Tests.Support;

/// <summary>
/// Starts the collections of <see cref="LongRunningAttribute"/> classes first, then the rest by name, so the long ones
/// share the run with many short ones instead of finishing it alone.
/// </summary>
public sealed class LongestFirstOrderer : ITestCollectionOrderer
{
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(c => IsLongRunning(c) ? 0 : 1).ThenBy(c => c.DisplayName, StringComparer.Ordinal);

    private static bool IsLongRunning(ITestCollection collection)
    {
        // A class without [Collection] is a collection of its own, named "Test collection for <full class name>".
        const string prefix = "Test collection for ";
        if (!collection.DisplayName.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        // The test classes are in this assembly.
        var type = typeof(LongestFirstOrderer).Assembly.GetType(collection.DisplayName[prefix.Length..]);
        return type?.IsDefined(typeof(LongRunningAttribute), inherit: false) == true;
    }
}
