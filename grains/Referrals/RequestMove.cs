using CoSell.Grains.Desks;
using CoSell.Grains.Directory;
using CoSell.Grains.Domain;
using CoSell.Grains.Hosting;
using CoSell.Grains.Storage;

namespace CoSell.Grains.Referrals;

/// <summary>
/// Carries out an Operator's assignment of an open co-sell request to another seller (R4, <see cref="RequestAssignment"/>).
/// The request's rows live in its seller's partition, and two partitions share no transaction, so the move is written
/// down first — the target in the state and a <c>move</c> relay, one batch — then carried out, each step idempotent:
/// the target seller's desk stores the request (insert-if-absent, deadline kept), the directory counts it there, and
/// the old rows and the relay go in one batch. A silo dying midway leaves the relay; the old desk's recovery finishes it.
/// </summary>
public sealed class RequestMove(IGrainFactory grains, ReferralRows rows, Func<IDeskInbox> ownerDesk, Action deactivate)
{
    private ReferralState State => rows.State;

    /// <summary>Write the assignment down (once), then carry it out; returns the request as the new seller holds it.</summary>
    public async Task<ReferralSummary> AssignAsync(Actor actor, string? sellerId, DateTimeOffset now)
    {
        RequestAssignment.EnsureAssignable(State, actor, State.Id, sellerId);
        if (State.Moving is null)
        {
            if ((await Directory().Profiles([sellerId!])).Count == 0)
            {
                throw CoSellException.Validation("sellerId", $"'{sellerId}' is not a registered seller (R4).");
            }

            State.Moving = new PendingMove(sellerId!, actor, now);
            await ClusterReads.Run(() => ownerDesk().ExpectPublication());
            await rows.WriteAsync([DeskRelays.Move(State.Id)]);
        }

        return await FinishAsync() ?? throw ReferralGuards.NotFound(State.Id);
    }

    /// <summary>Carry out the assignment written down, if any (the desk's recovery calls this too); null when there is none.</summary>
    public async Task<ReferralSummary?> FinishAsync()
    {
        if (State.Moving is not { } move)
        {
            return null;
        }

        var seller = (await Directory().Profiles([move.SellerId])).SingleOrDefault()
            ?? throw new InvalidOperationException($"Seller '{move.SellerId}' is no longer registered; the assignment of '{State.Id}' cannot finish.");
        var moved = RequestAssignment.Moved(State, move, seller);
        await Desks.Desks.For(grains, Organizations.Microsoft, seller.Id).ReceiveMoved(moved);
        await Directory().Reassigned(State.Id, seller.Id);
        await rows.DeleteAsync([RowWrite.Delete(DeskRelays.MoveKey(moved.Id))]);
        // Nothing of the request is left here: the activation goes rather than answer from an empty state.
        deactivate();
        return ReferralProjection.ToSummary(moved);
    }

    private ISellerDirectoryGrain Directory() => grains.GetGrain<ISellerDirectoryGrain>(DirectoryKeys.Default);
}
