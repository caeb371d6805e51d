namespace CoSell.Grains.Options;

/// <summary>What the retry settings of mail (<c>CoSell:Email</c>) and webhooks (<c>CoSell:Webhooks</c>) must satisfy.</summary>
public static class RetrySettingsRules
{
    /// <summary>A positive first delay, a cap no shorter than it, and one attempt at least; one message per failure.</summary>
    public static IEnumerable<string> Failures(string section, TimeSpan retryDelay, TimeSpan maxRetryDelay, int maxAttempts)
    {
        if (retryDelay <= TimeSpan.Zero)
        {
            yield return $"{section}:RetryDelay must be positive.";
        }

        if (maxRetryDelay < retryDelay)
        {
            yield return $"{section}:MaxRetryDelay ({maxRetryDelay:c}) is shorter than {section}:RetryDelay ({retryDelay:c}).";
        }

        if (maxAttempts < 1)
        {
            yield return $"{section}:MaxAttempts is {maxAttempts}; at least 1.";
        }
    }
}
