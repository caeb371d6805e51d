using System.Text.RegularExpressions;
using CoSell.Testing;

namespace CoSell.Tests.Docs;

/// <summary>
/// Issue 10, point 25: <c>docs/rules.md</c> stays true — one row per rule R1…R41, every file it names exists, every
/// test it names exists with that rule id; and nothing in the repository points outside it.
/// </summary>
public sealed partial class RulesDocumentTests
{
    private static readonly string Root = RunningSystem.RepositoryRoot;

    [Fact]
    public void Every_rule_has_one_row_whose_owners_and_tests_exist()
    {
        var rows = File.ReadAllLines(Path.Combine(Root, "docs", "rules.md")).Where(l => RuleRow().IsMatch(l)).ToList();
        Assert.Equal(Enumerable.Range(1, 41).Select(i => $"R{i}"), rows.Select(r => RuleRow().Match(r).Groups[1].Value));

        foreach (var row in rows)
        {
            var cells = row.Split('|', StringSplitOptions.TrimEntries);
            foreach (Match owner in Code().Matches(cells[3]))
            {
                var path = owner.Groups[1].Value;
                var full = path.StartsWith("interfaces/", StringComparison.Ordinal) || path.StartsWith("client/", StringComparison.Ordinal)
                    ? Path.Combine(Root, path) : Path.Combine(Root, "grains", path);
                Assert.True(File.Exists(full) || Directory.Exists(full.TrimEnd('*', '/')), $"{cells[1]}: '{path}' does not exist");
            }

            foreach (Match test in Code().Matches(cells[4]))
            {
                var reference = test.Groups[1].Value.TrimEnd('*');
                var (file, method) = reference.Contains(".R", StringComparison.Ordinal)
                    ? (reference[..reference.IndexOf(".R", StringComparison.Ordinal)], reference[(reference.IndexOf(".R", StringComparison.Ordinal) + 1)..].TrimEnd('…'))
                    : (reference, null);
                var full = Path.Combine(Root, "tests", "CoSell.Tests", file + ".cs");
                if (reference.EndsWith('/'))
                {
                    Assert.True(Directory.Exists(Path.Combine(Root, "tests", "CoSell.Tests", file)), $"{cells[1]}: '{reference}' does not exist");
                    continue;
                }

                Assert.True(File.Exists(full), $"{cells[1]}: test file '{file}.cs' does not exist");
                if (method is not null)
                {
                    // The rule may come first or later in a name that cites several (R16_R18_…).
                    Assert.True(Regex.IsMatch(File.ReadAllText(full), $@"(?<=[ _]){Regex.Escape(method)}"), $"{cells[1]}: no test {method}… in {file}.cs");
                }
            }
        }
    }

    [Fact]
    public void Nothing_in_the_repository_links_outside_it()
    {
        var offenders = Directory.EnumerateFiles(Root, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".sh", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains("node_modules", StringComparison.Ordinal) && !f.EndsWith("RulesDocumentTests.cs", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("../shared/", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Root, f))
            .ToList();
        Assert.Empty(offenders);
    }

    [GeneratedRegex(@"^\| (R\d+) \|")]
    private static partial Regex RuleRow();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex Code();
}
