namespace CoSell.Portal.Components.Insights;

/// <summary>One bar of a <see cref="BarChart"/>: what it is, its size, and how its figure reads.</summary>
public sealed record ChartBar(string Label, decimal Value, string Text);
