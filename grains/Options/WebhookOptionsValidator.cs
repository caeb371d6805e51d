using Microsoft.Extensions.Options;

namespace CoSell.Grains.Options;

/// <summary>Checks <c>CoSell:Webhooks</c> when the silo starts: retries that make sense and a positive timeout.</summary>
public sealed class WebhookOptionsValidator : IValidateOptions<WebhookOptions>
{
    public ValidateOptionsResult Validate(string? name, WebhookOptions options)
    {
        var failures = RetrySettingsRules.Failures(WebhookOptions.Section, options.RetryDelay, options.MaxRetryDelay, options.MaxAttempts).ToList();
        if (options.Timeout <= TimeSpan.Zero)
        {
            failures.Add($"{WebhookOptions.Section}:Timeout must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
