namespace CoSell.Rest;

/// <summary>
/// Where the REST gateway answers in the embedded default: the silo's own HTTP address when nothing else is configured,
/// and where mail links point unless <c>CoSell:Email:LinkBaseUrl</c> says otherwise.
/// </summary>
public static class EmbeddedGateway
{
    public const string Url = "http://127.0.0.1:5080";
}
