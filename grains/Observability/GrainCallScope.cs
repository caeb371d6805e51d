using System.Collections;

namespace CoSell.Grains.Observability;

/// <summary>
/// The log scope of one grain call: <c>ReferralId</c> (referral grains) or <c>Grain</c> (others), and
/// <c>GrainMethod</c>. Its values are formatted only when a logger reads the scope, so a call that logs nothing
/// pays for one small object, not for strings and a dictionary.
/// </summary>
public sealed class GrainCallScope(IIncomingGrainCallContext context, bool referral) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public int Count => 2;

    public KeyValuePair<string, object?> this[int index] => index switch
    {
        0 => referral
            ? new("ReferralId", context.TargetId.Key.ToString())
            : new("Grain", context.TargetId.ToString()),
        1 => new("GrainMethod", context.MethodName),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        yield return this[0];
        yield return this[1];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"{this[0].Key}:{this[0].Value} {context.MethodName}";
}
