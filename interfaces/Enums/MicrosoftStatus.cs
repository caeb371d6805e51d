namespace CoSell;

/// <summary>Microsoft's side of an engagement as shown on the Microsoft card (R28).</summary>
public enum MicrosoftStatus
{
    None,
    Requested,
    Engaged,
    Declined,
    Lapsed,
    Won,
    Lost,
}
