using System.Text.Json;

namespace CoSell.Rest;

/// <summary>
/// One change of <c>GET /v1/events</c>: the CloudEvent 1.0 a webhook carries (R36), in structured JSON, with the
/// extension <c>cursor</c> — where a consumer resumes after it. <c>data</c> is a <see cref="ReferralResource"/> for the
/// organization's own referrals, a <see cref="RelatedReferralResource"/> for another party's (R28).
/// </summary>
public sealed record EventResource(
    string Specversion,
    string Id,
    string Type,
    string Source,
    string Subject,
    DateTimeOffset Time,
    string Datacontenttype,
    string Cursor,
    JsonElement Data)
{
    public static EventResource Of(ChangeEvent change) =>
        new("1.0", change.Id, change.Type, change.Source, change.Subject, change.Time, "application/json", change.Cursor,
            JsonDocument.Parse(change.DataJson).RootElement.Clone());
}
