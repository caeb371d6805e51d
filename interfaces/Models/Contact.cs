namespace CoSell;

/// <summary>A person: a customer contact (R10) or a team member (R12).</summary>
[GenerateSerializer, Immutable]
public sealed record Contact(string FirstName, string LastName, string PhoneNumber, string Email);
