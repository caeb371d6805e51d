namespace CoSell.Tests.EndToEnd;

/// <summary>
/// The tests that assert how long requests wait while silos die or restart (issue 11) run alone, after the rest:
/// on this two-core machine, other test clusters running beside them would add their CPU starvation to the figures.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AvailabilityCollection
{
    public const string Name = "Availability";
}
