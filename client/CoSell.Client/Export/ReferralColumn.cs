namespace CoSell.Client.Export;

/// <summary>A column a user may show or hide in a view; the name column always shows (it is the row's link).</summary>
public sealed record ReferralColumn(string Id, string Title, bool ShownByDefault)
{
    public static IReadOnlyList<ReferralColumn> All { get; } =
    [
        new("customer", "Customer", true),
        new("dealType", "Deal type", true),
        new("status", "Status", true),
        new("stage", "Sales stage", true),
        new("value", "Deal value", true),
        new("respondBy", "Respond by", true),
        new("updated", "Updated", true),
        new("invitedBy", "Invited by", false),
        new("created", "Created", false),
        new("registration", "Registration", false),
        new("id", "Referral id", false),
    ];

    public static IReadOnlySet<string> Defaults { get; } = All.Where(c => c.ShownByDefault).Select(c => c.Id).ToHashSet();

    /// <summary>The columns asked for by id, or <see cref="Defaults"/> when none; an unknown id is refused naming <paramref name="target"/> (R41).</summary>
    public static IReadOnlySet<string> Parse(IEnumerable<string> ids, string target)
    {
        var asked = ids.Select(id => id.Trim()).Where(id => id.Length > 0).ToHashSet(StringComparer.Ordinal);
        if (asked.Count == 0)
        {
            return Defaults;
        }

        var unknown = asked.FirstOrDefault(id => All.All(c => c.Id != id));
        return unknown is null
            ? asked
            : throw CoSellException.InvalidRequest(target, $"'{unknown}' is not a column: {string.Join(", ", All.Select(c => c.Id))}.");
    }
}
