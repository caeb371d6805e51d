using System.Text;

namespace CoSell.Grains.Storage;

/// <summary>
/// Ids inside partition and row keys. Azure Table keys may not hold '/', '\', '#', '?' or control characters, and the
/// layout separates key parts with '|'; ids may hold any of those but control characters (<see cref="Ids"/>), so
/// those five and '%' itself are percent-escaped. Distinct ids stay distinct keys.
/// </summary>
public static class KeyEncoding
{
    public const char Separator = '|';

    public static string Escape(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        if (id.AsSpan().IndexOfAny("%/\\#?|") < 0)
        {
            return id;
        }

        var escaped = new StringBuilder(id.Length + 8);
        foreach (var c in id)
        {
            escaped.Append(c switch
            {
                '%' => "%25",
                '/' => "%2F",
                '\\' => "%5C",
                '#' => "%23",
                '?' => "%3F",
                '|' => "%7C",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    public static string Unescape(string key) => key.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(key) : key;
}
