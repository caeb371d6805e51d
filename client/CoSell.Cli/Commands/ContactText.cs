namespace CoSell.Cli.Commands;

/// <summary>A contact as the CLI takes it: <c>First|Last|phone|email</c>.</summary>
public static class ContactText
{
    public static Contact Parse(string text, string option)
    {
        var parts = text.Split('|');
        return parts.Length == 4
            ? new Contact(parts[0].Trim(), parts[1].Trim(), parts[2].Trim(), parts[3].Trim())
            : throw CoSellException.InvalidRequest(option, $"{option} must be 'First|Last|phone|email', not '{text}'.");
    }
}
