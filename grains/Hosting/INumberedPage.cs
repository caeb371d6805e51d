namespace CoSell.Grains.Hosting;

/// <summary>A page that knows its place in its <see cref="RecordPages{TPage}"/> (its record is <c>{prefix}-{Number}</c>).</summary>
public interface INumberedPage
{
    int Number { get; }
}
