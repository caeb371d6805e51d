using System.Net;

namespace CoSell.Gateway.Endpoints;

/// <summary>The two small pages of one-click unsubscribe: confirm (a form that POSTs the same link), and done.</summary>
public static class UnsubscribePage
{
    public static string Confirm(string token) => Page("Unsubscribe from CoSell e-mail",
        $"""
        <p>Stop CoSell notification e-mail to this address?</p>
        <form method="post" action="/v1/contacts/unsubscribe?token={WebUtility.UrlEncode(token)}">
          <input type="hidden" name="List-Unsubscribe" value="One-Click">
          <button type="submit">Unsubscribe</button>
        </form>
        """);

    public static string Done(string email) => Page("Unsubscribed",
        $"<p>{WebUtility.HtmlEncode(email)} gets no more CoSell notification e-mail. An administrator of your organization can turn it back on.</p>");

    private static string Page(string title, string body) =>
        $"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>
        <body><main><h1>{title}</h1>{body}</main></body></html>
        """;
}
