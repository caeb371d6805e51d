namespace CoSell.Grains.Domain;

/// <summary>Editing an accepted referral (R23) and marking its stage (R24, R29).</summary>
public static class ReferralEditing
{
    public static void Apply(ReferralState state, Actor actor, UpdateReferralRequest request, IReadOnlyDictionary<string, Solution> catalog, DateTimeOffset now)
    {
        if (state.Substatus != Substatus.Accepted)
        {
            throw CoSellException.InvalidTransition("R23", $"Only an accepted referral can be edited; this one is {state.Substatus}. Accept it first.");
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var name = request.Name is null ? state.Name : DealDetailsValidation.EnsureName(request.Name, "name");
        var remove = MergeRemovals.Check(request.Remove);
        var details = MergeRemovals.Apply(DealDetailsValidation.Merge(state.Details!, request.Details, "details", today), remove);
        var (customer, consent) = CustomerContactEditing.Apply(state, request.CustomerContact, request.Consent, remove.Contains("customerProfile.contact"));
        if (request.Team is not null)
        {
            ContactValidation.EnsureTeam(request.Team, "team");
        }

        var solutions = request.Solutions is null ? null : ResolveEditedSolutions(state, request.Solutions, catalog);
        var stageChanges = request.SalesStage is { } stage && SalesStages.EnsureCanMove(state.DealType, state.SalesStage, stage);

        var changed = new List<string>();
        if (name != state.Name) { changed.Add("name"); state.Name = name; }
        if (details != state.Details) { changed.Add("details"); state.Details = details; }
        if (customer != state.CustomerProfile) { changed.Add("customer contact"); state.CustomerProfile = customer; }
        if (consent != state.Consent) { changed.Add("consent"); state.Consent = consent; }
        if (request.Team is not null) { changed.Add("team"); state.Team = [.. request.Team]; }
        if (solutions is not null) { changed.Add("solutions"); state.Solutions = solutions; }
        if (stageChanges)
        {
            changed.Add($"salesStage {state.SalesStage} → {request.SalesStage}");
            state.SalesStage = request.SalesStage!.Value;
        }

        if (changed.Count > 0)
        {
            state.Record(actor, "updated", $"Changed {string.Join(", ", changed)}.", now);
        }
    }

    /// <summary>At least one solution, all known; a solution assessment keeps exactly one assessment type (R13, R17, R23).</summary>
    private static List<Solution> ResolveEditedSolutions(ReferralState state, IReadOnlyList<string> ids, IReadOnlyDictionary<string, Solution> catalog)
    {
        var resolved = ReferralCreation.ResolveSolutions(ids, "solutions", catalog);
        var assessments = resolved.Count(s => s.Kind == SolutionKind.SolutionAssessment);
        if (state.DealType == DealType.SolutionAssessment && (assessments != 1 || resolved.Count != 1))
        {
            throw CoSellException.Validation("solutions", "A solution assessment keeps exactly one assessment type and no other solution (R17, R23).");
        }

        if (state.DealType != DealType.SolutionAssessment && assessments > 0)
        {
            throw CoSellException.Validation("solutions", "A solution assessment type belongs only on a solution assessment referral (R17).");
        }

        if (CoSellReadiness.AsksMicrosoft(state))
        {
            CoSellReadiness.EnsureReady(resolved, "solutions");
        }

        return resolved;
    }
}
