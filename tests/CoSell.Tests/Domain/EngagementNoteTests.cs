using CoSell.Grains.Domain;
using CoSell.Testing;
using static CoSell.Tests.Domain.DomainFixtures;

namespace CoSell.Tests.Domain;

/// <summary>Shared notes (issue 16, point 4; R3, R7, R41).</summary>
public sealed class EngagementNoteTests
{
    [Fact]
    public void R28_a_note_carries_author_organization_and_time_and_is_for_every_party_of_a_shared_deal()
    {
        var deal = Outbound(Requests.P2P(Requests.PartnerInvitation(Actors.PartnerB)));
        var note = EngagementNotes.Write(deal, A, "  Customer wants a demo in May.  ", Now);
        Assert.Equal((Actors.PartnerA, "Fabrikam", A.UserId, Now, "Customer wants a demo in May."),
            (note.OrganizationId, note.OrganizationName, note.UserId, note.At, note.Text));
        Assert.Null(note.Audience);
        Assert.True(EngagementNotes.IsFor(note, Actors.PartnerB));
        Assert.True(EngagementNotes.IsFor(note, Organizations.Microsoft));
    }

    [Fact]
    public void R7_a_private_deals_note_is_its_owners_alone_even_after_it_invites_others()
    {
        var deal = Outbound();
        var note = EngagementNotes.Write(deal, A, "Internal: margin is thin.", Now);
        Assert.Equal([Actors.PartnerA], note.Audience);
        Assert.False(EngagementNotes.IsFor(note, Actors.PartnerB));
        Assert.True(EngagementNotes.IsFor(note, Actors.PartnerA));
    }

    [Fact]
    public void R3_R41_an_empty_or_too_long_note_or_a_reader_writing_is_refused()
    {
        var deal = Outbound();
        RuleAssert.Rejects(ErrorCode.ValidationFailed, "text", () => EngagementNotes.Write(deal, A, "   ", Now));
        RuleAssert.Rejects(ErrorCode.ValidationFailed, "text", () => EngagementNotes.Write(deal, A, new string('x', EngagementNotes.MaxLength + 1), Now));
        RuleAssert.Rejects(ErrorCode.AccessDenied, "role", () => EngagementNotes.Write(deal, Actors.ReaderOf(Actors.PartnerA), "hello", Now));
    }

    [Fact]
    public void R34_the_notice_links_each_party_to_its_own_referral()
    {
        var note = EngagementNotes.Write(Outbound(Requests.CoSell()), A, "Kick-off on Monday.", Now);
        var notice = EngagementNotes.Notice(note, "e-1", Organizations.Microsoft, Actors.SellerUs, "e-1-msft", "Contoso deal", ["sam@microsoft.example"]);
        Assert.Equal((NotificationKind.NoteAdded, "e-1-msft", Actors.SellerUs), (notice.Kind, notice.ReferralId, notice.SellerId));
        Assert.Contains("Kick-off on Monday.", notice.Summary, StringComparison.Ordinal);
    }
}
