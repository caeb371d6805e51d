namespace CoSell.Portal.Components.Forms;

/// <summary>Lists typed as one line ("US, CA"): split on commas, semicolons and white space, blanks dropped, order kept.</summary>
public static class ListText
{
    private static readonly char[] Separators = [',', ';', ' ', '\t', '\n', '\r'];

    public static List<string> Split(string? text) => [.. (text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    public static string Join(IEnumerable<string> items) => string.Join(", ", items);
}
