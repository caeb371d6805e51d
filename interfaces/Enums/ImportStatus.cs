namespace CoSell;

/// <summary>Where an import stands: its rows are being worked through, or every row has its outcome.</summary>
public enum ImportStatus
{
    Running,
    Completed,
}
