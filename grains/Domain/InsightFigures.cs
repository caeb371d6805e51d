namespace CoSell.Grains.Domain;

/// <summary>
/// An owner's running insight figures: referrals counted by tenant, substatus, stage and currency with their value.
/// Each change moves a referral from one point to another (<see cref="Move"/>), so the figures are always the sum over
/// the referrals as they stand, at a cost per change, never per referral. Pure: tested without a cluster.
/// </summary>
public sealed class InsightFigures
{
    public List<InsightCell> Cells { get; set; } = [];

    /// <summary>A referral left <paramref name="before"/> (none: it is new here) for <paramref name="after"/> (none: it counts nowhere now).</summary>
    public void Move(InsightPoint? before, InsightPoint? after)
    {
        if (before == after)
        {
            return;
        }

        if (before is not null && Cells.Find(c => c.Holds(before)) is { } left)
        {
            left.Count--;
            left.Value -= before.Value;
            if (left.Count <= 0)
            {
                Cells.Remove(left);
            }
        }

        if (after is not null)
        {
            var cell = Cells.Find(c => c.Holds(after));
            if (cell is null)
            {
                cell = new InsightCell { TenantId = after.TenantId, Substatus = after.Substatus, Stage = after.Stage, Currency = after.Currency };
                Cells.Add(cell);
            }

            cell.Count++;
            cell.Value += after.Value;
        }
    }

    /// <summary>The open pipeline (accepted deals) by stage and currency in <paramref name="tenants"/> (null: all), in stage order.</summary>
    public IReadOnlyList<PipelineFigure> Pipeline(IReadOnlySet<string>? tenants) =>
        [.. Visible(tenants).Where(c => c.Substatus == Substatus.Accepted)
            .GroupBy(c => (c.Stage, c.Currency))
            .Select(g => new PipelineFigure(g.Key.Stage, g.Key.Currency, g.Sum(c => c.Count), g.Sum(c => c.Value)))
            .OrderBy(f => f.Stage).ThenBy(f => f.Currency, StringComparer.Ordinal)];

    public int CountOf(Substatus substatus, IReadOnlySet<string>? tenants) => Visible(tenants).Where(c => c.Substatus == substatus).Sum(c => c.Count);

    public InsightFigures Copy() => new()
    {
        Cells = [.. Cells.Select(c => new InsightCell { TenantId = c.TenantId, Substatus = c.Substatus, Stage = c.Stage, Currency = c.Currency, Count = c.Count, Value = c.Value })],
    };

    private IEnumerable<InsightCell> Visible(IReadOnlySet<string>? tenants) => tenants is null ? Cells : Cells.Where(c => tenants.Contains(c.TenantId));
}
