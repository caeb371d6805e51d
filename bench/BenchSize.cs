namespace CoSell.Bench;

/// <summary>How much each workload does. <c>tiny</c> is for the harness test; <c>small</c> is the default run.</summary>
public sealed record BenchSize(string Name, int CeilingCalls, int Routes, int Lifecycles, int InboxSize, int Concurrency, int StorageWrites)
{
    public static BenchSize Tiny { get; } = new("tiny", 400, 24, 6, 150, 8, 40);
    public static BenchSize Small { get; } = new("small", 200_000, 800, 100, 500, 32, 3_000);
    public static BenchSize Large { get; } = new("large", 1_000_000, 20_000, 2_000, 10_000, 64, 20_000);

    public static BenchSize Parse(string name) => name switch
    {
        "tiny" => Tiny,
        "small" => Small,
        "large" => Large,
        _ => throw new ArgumentException($"unknown size '{name}': tiny, small or large"),
    };
}
