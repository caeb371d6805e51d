namespace CoSell;

/// <summary>
/// What an import does with one row: in a dry run what it would do, in a run what it did. A row is keyed by its CRM id:
/// a new id creates a referral, a known one updates it where the row differs, or leaves it as it is.
/// </summary>
public enum ImportAction
{
    Create,
    Update,
    NoChange,
    Error,
}
