namespace CoSell.Testing;

/// <summary>
/// Marks a test class whose tests together take tens of seconds. The test assembly's collection orderer starts such classes
/// first: started last, one of them would run on alone after everything else finished, stretching the whole run.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class LongRunningAttribute : Attribute;
