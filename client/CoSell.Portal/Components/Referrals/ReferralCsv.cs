using System.Globalization;
using CsvHelper;

namespace CoSell.Portal.Components.Referrals;

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
        var columns = ReferralColumn.All.Where(c => shown.Contains(c.Id) && c.Id != "id").ToList();
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, Options, leaveOpen: true))
        {
            csv.WriteField("Referral");
            csv.WriteField("Referral id");
            foreach (var column in columns)
            {
                csv.WriteField(column.Title);
            }

            csv.EndRecord();
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

        return buffer.ToArray();
    }

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
