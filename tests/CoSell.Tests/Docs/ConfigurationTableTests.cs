using CoSell.Client.Connection;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using CoSell.Gateway.Auth;
using CoSell.Grains.Options;
using CoSell.Silo.Hosting;
using CoSell.Testing;

namespace CoSell.Tests.Docs;

/// <summary>
/// Issue 13, point 3: the README's configuration table is checked against the options classes: every setting they
/// bind is in the table with its real default, and every <c>CoSell:</c> key of the table is a setting something reads.
/// </summary>
public sealed partial class ConfigurationTableTests
{
    /// <summary>The options classes, each with the configuration section it is bound from.</summary>
    private static readonly (Type Type, string Section)[] Options =
    [
        (typeof(CoSellOptions), CoSellOptions.Section),
        (typeof(EmailOptions), EmailOptions.Section),
        (typeof(WebhookOptions), WebhookOptions.Section),
        (typeof(FeedOptions), FeedOptions.Section),
        (typeof(CoSell.Gateway.Limits.RateLimitSettings), CoSell.Gateway.Limits.RateLimitSettings.Section),
        (typeof(StorageSettings), StorageSettings.Section),
        (typeof(ClusterSettings), ClusterSettings.Section),
        (typeof(AuthSettings), AuthSettings.Section),
        (typeof(CoSell.Portal.Auth.PortalSettings), CoSell.Portal.Auth.PortalSettings.Section),
    ];

    [Fact]
    public void Every_setting_is_in_the_README_with_its_default()
    {
        var table = ReadmeTable();
        foreach (var (key, value) in Settings())
        {
            Assert.True(table.TryGetValue(key, out var documented), $"{key} is not in the README's configuration table");
            Assert.True(documented == Format(value), $"{key}: the README says '{documented}', the default is '{Format(value)}'");
        }
    }

    [Fact]
    public void Every_key_in_the_README_is_a_setting()
    {
        var known = Settings().Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        Assert.All(ReadmeTable().Keys.Where(k => k.StartsWith("CoSell:", StringComparison.Ordinal)),
            key => Assert.True(known.Contains(key), $"the README documents {key}, which no options class binds"));
    }

    /// <summary>Every bindable property of every options class as its configuration key, with its default value.</summary>
    private static IEnumerable<(string Key, object? Value)> Settings()
    {
        foreach (var (type, section) in Options)
        {
            foreach (var setting in Walk(Activator.CreateInstance(type)!, section))
            {
                yield return setting;
            }
        }
    }

    private static IEnumerable<(string Key, object? Value)> Walk(object options, string prefix)
    {
        foreach (var property in options.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var value = property.GetValue(options);
            var key = $"{prefix}:{property.Name}";
            if (property.PropertyType.IsClass && property.PropertyType != typeof(string))
            {
                foreach (var nested in Walk(value!, key))
                {
                    yield return nested;
                }
            }
            else
            {
                yield return (key, value);
            }
        }
    }

    /// <summary>A default as the README writes it: TimeSpans in the constant format, booleans lower case, nothing as "empty".</summary>
    private static string Format(object? value) => value switch
    {
        null => "empty",
        string { Length: 0 } => "empty",
        TimeSpan span => span.ToString("c", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "empty",
    };

    /// <summary>
    /// The table's rows as key → default. A row may name several keys of one section (<c>`CoSell:Email:Host` / `Port`</c>)
    /// with as many defaults (<c>`127.0.0.1` / `2525`</c>); a default cell without a code span ("empty …") is "empty".
    /// </summary>
    private static Dictionary<string, string> ReadmeTable()
    {
        var readme = File.ReadAllText(Path.Combine(RunningSystem.RepositoryRoot, "README.md"));
        var start = readme.IndexOf("## Configuration", StringComparison.Ordinal);
        var section = readme[start..readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal)];
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in section.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)))
        {
            var cells = row.Split('|', StringSplitOptions.TrimEntries);
            var keys = cells[1].Split(" / ").Select(k => CodeSpan().Match(k).Groups[1].Value).ToList();
            var defaults = cells[2].Split(" / ").Select(d => CodeSpan().Match(d) is { Success: true } m ? m.Groups[1].Value : "empty").ToList();
            var sectionPrefix = keys[0].Contains(':', StringComparison.Ordinal) ? keys[0][..(keys[0].LastIndexOf(':') + 1)] : "";
            for (var i = 0; i < keys.Count; i++)
            {
                var key = i == 0 ? keys[0] : sectionPrefix + keys[i];
                table[key] = defaults.Count == keys.Count ? defaults[i] : defaults[0];
            }
        }

        return table;
    }

    [GeneratedRegex("`([^`]*)`")]
    private static partial Regex CodeSpan();
}
