using System.Globalization;

namespace CoSell.Client.Import;

/// <summary>
/// One CSV row into an <see cref="ImportRow"/>: empty cells are absent fields; the first value that cannot be read
/// becomes the row's problem, naming its column.
/// </summary>
internal static class ImportRowReader
{
    public static ImportRow Read(int rowNumber, Func<string, string?> cell)
    {
        string? Text(string column) => cell(column) is { Length: > 0 } value ? value : null;
        var problem = (ImportProblem?)null;
        T? Parse<T>(string column, Func<string, T?> parse, string expected) where T : struct
        {
            if (Text(column) is not { } value)
            {
                return null;
            }

            if (parse(value) is { } parsed)
            {
                return parsed;
            }

            problem ??= new ImportProblem(column, ErrorCode.InvalidRequest.ToWireName(), $"{column} '{value}' is not {expected}.");
            return null;
        }

        var crmId = Text(ImportColumns.CrmId);
        if (crmId is null)
        {
            problem = new ImportProblem(ImportColumns.CrmId, ErrorCode.ValidationFailed.ToWireName(), "crmId is required: it is the row's key.");
        }

        var value = Parse(ImportColumns.DealValue, v => decimal.TryParse(v, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : (decimal?)null, "a number (like 45000.50)");
        var closing = Parse(ImportColumns.ClosingDate, v => DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null, "a date (yyyy-MM-dd)");
        var consent = Parse(ImportColumns.Consent, ParseYesNo, "true or false");
        var help = Parse(ImportColumns.MicrosoftHelp, v => Enum.TryParse<HelpType>(v, ignoreCase: true, out var h) && Enum.IsDefined(h) ? h : (HelpType?)null,
            $"a help type ({string.Join(", ", Enum.GetNames<HelpType>())})");
        var stage = Parse(ImportColumns.SalesStage, v => Enum.TryParse<SalesStage>(v, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : (SalesStage?)null,
            $"a sales stage ({string.Join(", ", Enum.GetNames<SalesStage>())})");

        var contact = Person(Text(ImportColumns.ContactFirstName), Text(ImportColumns.ContactLastName), Text(ImportColumns.ContactPhone), Text(ImportColumns.ContactEmail));
        var member = Person(Text(ImportColumns.TeamFirstName), Text(ImportColumns.TeamLastName), Text(ImportColumns.TeamPhone), Text(ImportColumns.TeamEmail));
        var customerId = Text(ImportColumns.CustomerId);
        var request = new CreateReferralRequest
        {
            Name = Text(ImportColumns.Name),
            Customer = customerId is null && contact is null ? null : new CustomerInput(customerId, contact),
            Consent = consent is { } given ? new Consent(given) : null,
            Details = new DealDetailsInput(value, Text(ImportColumns.Currency), closing, Text(ImportColumns.Notes), crmId, Text(ImportColumns.CampaignId)),
            Team = member is null ? null : [member],
            Solutions = Text(ImportColumns.Solutions)?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Location = Text(ImportColumns.Location),
            Invitations = help is { } wanted && wanted != HelpType.None ? [new InvitationRequest { Invitee = Organizations.Microsoft, HelpType = wanted }] : null,
        };
        return new ImportRow { Row = rowNumber, CrmId = crmId, Request = request, SalesStage = stage, CrmStage = Text(ImportColumns.CrmStage), Problem = problem };
    }

    private static Contact? Person(string? first, string? last, string? phone, string? email) =>
        first is null && last is null && phone is null && email is null ? null : new Contact(first ?? "", last ?? "", phone ?? "", email ?? "");

    private static bool? ParseYesNo(string value) => value.ToLowerInvariant() switch
    {
        "true" or "yes" or "1" => true,
        "false" or "no" or "0" => false,
        _ => null,
    };
}
