using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoSell.Rest;

/// <summary><c>closingDateTime</c> may be a date (<c>2027-06-30</c>) or a date-time; it is written as a date.</summary>
public sealed class FlexibleDateOnlyConverter : JsonConverter<DateOnly>
{
    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        if (text is not null)
        {
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
            {
                return DateOnly.FromDateTime(moment.UtcDateTime);
            }
        }

        throw new JsonException("Expected an ISO 8601 date such as 2027-06-30.");
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
