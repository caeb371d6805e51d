namespace CoSell;

/// <summary>Why a row cannot be imported: the CSV column at fault, the error code (as the REST errors name it) and a message.</summary>
[GenerateSerializer, Immutable]
public sealed record ImportProblem(string Column, string Code, string Message);
