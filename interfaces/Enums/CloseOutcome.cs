namespace CoSell;

/// <summary>The terminal outcome of working a deal (R25).</summary>
public enum CloseOutcome
{
    Won,
    Lost,
}
