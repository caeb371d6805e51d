using System.Globalization;

namespace CoSell.Testing;

/// <summary>Reads Prometheus text exposition: metric name (labels dropped) to the sum of its samples.</summary>
public static class PrometheusText
{
    public static IEnumerable<(string Name, double Value)> Parse(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var nameEnd = line.IndexOfAny(['{', ' ']);
            var valueStart = line.LastIndexOf('}') is var close and >= 0 ? close + 1 : nameEnd;
            var parts = line[valueStart..].Trim().Split(' ');
            if (nameEnd > 0 && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                yield return (line[..nameEnd], value);
            }
        }
    }
}
