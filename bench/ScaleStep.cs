namespace CoSell.Bench;

/// <summary>
/// One step of the scale series: the system holds <see cref="Referrals"/> referrals (a quarter outbound, the rest
/// received and still inside their response window) and routed the last batch at <see cref="RoutesPerSecond"/>.
/// </summary>
public sealed record ScaleStep(
    string Storage,
    long Referrals,
    long PendingWindows,
    double RoutesPerSecond,
    double P99Microseconds,
    double HeapBytesPerReferral,
    double StorageWritesPerRoute,
    double ReminderOperationsPerRoute,
    long ReminderRows,
    double ListFirstPageMicroseconds);
