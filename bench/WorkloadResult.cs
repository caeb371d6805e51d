namespace CoSell.Bench;

/// <summary>One workload's figures on one storage.</summary>
public sealed record WorkloadResult(
    string Storage,
    string Workload,
    long Operations,
    double Seconds,
    double OperationsPerSecond,
    double P50Microseconds,
    double P99Microseconds,
    double P999Microseconds,
    double AllocatedBytesPerOperation,
    double StorageWritesPerOperation,
    double ReminderOperationsPerOperation,
    double RatioToCeiling,
    long Errors,
    double GrainCallsPerOperation = 0,
    double CpuUtilisation = 0,
    double StorageRoundTripsPerOperation = 0,
    double StorageEntitiesPerOperation = 0);
