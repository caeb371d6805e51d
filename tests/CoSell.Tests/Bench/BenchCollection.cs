namespace CoSell.Tests.Bench;

/// <summary>
/// The harness counts storage writes and reminder operations process-wide, so it runs alone, after the
/// parallel tests, where no other test cluster's writes can be counted as its own.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BenchCollection
{
    public const string Name = "bench (alone)";
}
