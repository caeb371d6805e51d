namespace CoSell;

/// <summary>The help wanted from an invited party (R15). <see cref="None"/> means no help is asked.</summary>
public enum HelpType
{
    None,
    GeneralOrOther,
    CustomerTechnicalArchitecture,
    ProofOfConceptOrDemo,
    QuotesOrLicensing,
    PostSalesCustomerSuccess,
    WorkloadSpecificValueProposition,
}
