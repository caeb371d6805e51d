using System.Globalization;
using CsvHelper;

namespace CoSell.Client.Export;

/// <summary>
/// A view exported as CSV (RFC 4180, UTF-8 with a byte order mark so spreadsheets read it as UTF-8): the referral name
/// and id, then the columns the user shows, in the order of the screen. Values are plain for spreadsheets: invariant
/// numbers, ISO 8601 times in UTC, enum names. Text another party typed (a deal name) that a spreadsheet would run as
/// a formula is written with a leading apostrophe (CSV injection).
/// </summary>
public static class ReferralCsv
{
    /// <summary>As many rows as Partner Center exports of one view.</summary>
    public const int MaxRows = 5_000;

    private static readonly CsvWriterOptions Options = new()
    {
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    public static byte[] Write(IEnumerable<ReferralSummary> rows, IReadOnlySet<string> shown)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, Options, leaveOpen: true))
        {
            WriteHeader(csv, shown);
            WriteRows(csv, rows, shown);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// Every row of a view as CSV into <paramref name="output"/>, page by page (100 at a time, R33) as they are read, at
    /// most <see cref="MaxRows"/>; returns the rows written and whether the view held more. <paramref name="starting"/> runs
    /// once the first page was read and before the first byte is written: a refusal of the query (a role, a filter) is
    /// thrown before any output, so an HTTP caller can still answer it as a problem.
    /// </summary>
    public static async Task<(int Rows, bool More)> StreamAsync(
        CoSellClient client, Actor actor, Func<string?, ReferralQuery> query, IReadOnlySet<string> shown, Stream output,
        Func<int, Task>? progress = null, Action? starting = null, CancellationToken cancellationToken = default)
    {
        var (written, first) = (0, true);
        string? token = null;
        do
        {
            var page = await client.ListReferrals(actor, query(token));
            if (first)
            {
                starting?.Invoke();
            }

            var rows = page.Items.Take(MaxRows - written).ToList();
            using (var buffer = new MemoryStream())
            {
                using (var csv = CsvWriter.Create(buffer, first ? Options : Options with { WriteByteOrderMark = false }, leaveOpen: true))
                {
                    if (first)
                    {
                        WriteHeader(csv, shown);
                    }

                    WriteRows(csv, rows, shown);
                }

                buffer.Position = 0;
                await buffer.CopyToAsync(output, cancellationToken);
                await output.FlushAsync(cancellationToken);
            }

            (written, first, token) = (written + rows.Count, false, page.ContinuationToken);
            if (progress is not null)
            {
                await progress(written);
            }
        }
        while (token is not null && written < MaxRows);

        return (written, token is not null);
    }

    private static void WriteHeader(CsvWriter csv, IReadOnlySet<string> shown)
    {
        csv.WriteField("Referral");
        csv.WriteField("Referral id");
        foreach (var column in Columns(shown))
        {
            csv.WriteField(column.Title);
        }

        csv.EndRecord();
    }

    private static void WriteRows(CsvWriter csv, IEnumerable<ReferralSummary> rows, IReadOnlySet<string> shown)
    {
        var columns = Columns(shown);
        foreach (var row in rows)
        {
            csv.WriteField(row.Name);
            csv.WriteField(row.Id);
            foreach (var column in columns)
            {
                csv.WriteField(Value(row, column.Id));
            }

            csv.EndRecord();
        }
    }

    private static List<ReferralColumn> Columns(IReadOnlySet<string> shown) => [.. ReferralColumn.All.Where(c => shown.Contains(c.Id) && c.Id != "id")];

    private static string Value(ReferralSummary row, string column) => column switch
    {
        "customer" => row.CustomerName,
        "dealType" => row.DealType.ToString(),
        "status" => $"{row.Status}/{row.Substatus}",
        "stage" => row.SalesStage.ToString(),
        "value" => $"{row.DealValue.ToString(CultureInfo.InvariantCulture)} {row.Currency}",
        "respondBy" => row.Status == ReferralStatus.New && row.ExpirationDateTime is { } at ? Iso(at) : "",
        "updated" => Iso(row.UpdatedDateTime),
        "invitedBy" => row.InvitedByOrganizationId ?? "",
        "created" => Iso(row.CreatedDateTime),
        "registration" => row.RegistrationStatus?.ToString() ?? "",
        _ => "",
    };

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
