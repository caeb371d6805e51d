namespace CoSell.Rest;

/// <summary>The optional body of <c>POST /v1/referrals/{id}/copy</c> (issue 16, point 6): what the copy changes.</summary>
public sealed class CopyBody
{
    public string? Name { get; set; }

    /// <summary>A new close date, yyyy-MM-dd (the closed deal's may have passed).</summary>
    public DateOnly? ClosingDate { get; set; }

    public List<Contact>? Team { get; set; }
}
