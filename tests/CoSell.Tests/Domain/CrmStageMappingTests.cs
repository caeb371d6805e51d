using CoSell.Grains.Domain;

namespace CoSell.Tests.Domain;

/// <summary>R38: CRM stage vocabularies.</summary>
public sealed class CrmStageMappingTests
{
    [Fact]
    public void R38_a_mapped_CRM_stage_becomes_its_standard_stage_case_insensitively()
    {
        var mappings = CrmStageMappings.Validate(new Dictionary<string, SalesStage> { ["Discovery"] = SalesStage.Qualified, ["Solutioning"] = SalesStage.Developed });
        Assert.Equal(SalesStage.Qualified, CrmStageMappings.Map(mappings, "discovery"));
        Assert.Equal(SalesStage.Developed, CrmStageMappings.Map(mappings, "Solutioning"));
    }

    [Fact]
    public void R38_an_unmapped_name_is_rejected_with_the_known_ones_and_mappings_only_target_markable_stages()
    {
        var mappings = CrmStageMappings.Validate(new Dictionary<string, SalesStage> { ["Discovery"] = SalesStage.Qualified });
        var error = RuleAssert.Rejects(ErrorCode.ValidationFailed, "crmStage", () => CrmStageMappings.Map(mappings, "Closing"));
        Assert.Contains("Discovery", error.Message);
        RuleAssert.Rejects(ErrorCode.ValidationFailed, "mappings.Signed", () => CrmStageMappings.Validate(new Dictionary<string, SalesStage> { ["Signed"] = SalesStage.Won }));
        RuleAssert.Rejects(ErrorCode.ValidationFailed, "mappings.Audit", () => CrmStageMappings.Validate(new Dictionary<string, SalesStage> { ["Audit"] = SalesStage.AssessmentScheduled }));
    }
}
