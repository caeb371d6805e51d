namespace CoSell.Testing;

/// <summary>Asserts a call through the cluster is refused with a typed error naming its rule or field (R41).</summary>
public static class CoSellAssert
{
    public static async Task<CoSellException> Rejects(ErrorCode code, string target, Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<CoSellException>(call);
        Assert.Equal(code, error.Code);
        Assert.Equal(target, error.Target);
        return error;
    }
}
