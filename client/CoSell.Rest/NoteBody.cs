namespace CoSell.Rest;

/// <summary>The body of <c>POST /v1/referrals/{id}/notes</c> (issue 16, point 4): the note's text, 1 to 4000 characters.</summary>
public sealed class NoteBody
{
    public string? Text { get; set; }
}
