using Microsoft.FluentUI.AspNetCore.Components;

namespace CoSell.Portal.Components.Forms;

/// <summary>
/// Where a refusal of the system belongs on a form: a <see cref="CoSellException"/> names its field
/// (<c>details.dealValue</c>, <c>team[1].email</c>) or rule (R41), and the form shows the message at that field; what
/// no field of the form claims (a rule, an outage) is shown above the form.
/// </summary>
public sealed class FormErrors
{
    private readonly HashSet<string> _fields = new(StringComparer.Ordinal);

    public Exception? Error { get; private set; }

    public bool Any => Error is not null;

    public void Set(Exception error) => Error = error;

    public void Clear() => Error = null;

    /// <summary>The message for <paramref name="field"/> or any part of it, or null.</summary>
    public string? At(string field)
    {
        _fields.Add(field);
        return Error is CoSellException e && Belongs(e.Target, field) ? e.Message : null;
    }

    /// <summary>The message for <paramref name="field"/> itself, not its parts (a list's own rule, not one member's).</summary>
    public string? AtExactly(string field)
    {
        _fields.Add(field);
        return Error is CoSellException e && e.Target == field ? e.Message : null;
    }

    public MessageState? StateAt(string field) => At(field) is null ? null : MessageState.Error;

    /// <summary>The error when no field shown on the form claims it (read after the fields rendered).</summary>
    public Exception? Unplaced => Error is CoSellException e && _fields.Any(f => Belongs(e.Target, f)) ? null : Error;

    private static bool Belongs(string target, string field) =>
        target == field || target.StartsWith(field + ".", StringComparison.Ordinal) || target.StartsWith(field + "[", StringComparison.Ordinal);
}
