using Azure;
using Azure.Data.Tables;

namespace CoSell.Grains.Storage;

/// <summary>The partition store on an Azure Table (or Azurite): a batch is one entity-group transaction.</summary>
public sealed class TablePartitionStore(TableClient table) : IPartitionStore
{
    private static readonly HashSet<string> SystemProperties = ["PartitionKey", "RowKey", "Timestamp", "odata.etag"];

    private readonly Lazy<Task> _created = new(() => table.CreateIfNotExistsAsync());

    public async Task<StoredRow?> ReadAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default)
    {
        await _created.Value;
        var found = await table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: cancellationToken);
        return found.HasValue ? ToRow(found.Value!) : null;
    }

    public async Task<RowPage> QueryAsync(string partitionKey, string fromRowKey, string toRowKey, int take, string? continuation = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(take, 1);
        await _created.Value;
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey ge {fromRowKey} and RowKey lt {toRowKey}");
        await foreach (var page in table.QueryAsync<TableEntity>(filter, take, cancellationToken: cancellationToken).AsPages(continuation, take))
        {
            return new RowPage([.. page.Values.Select(ToRow)], page.ContinuationToken);
        }

        return new RowPage([], null);
    }

    public async Task<IReadOnlyList<string?>> SubmitAsync(string partitionKey, IReadOnlyList<RowWrite> writes, CancellationToken cancellationToken = default)
    {
        BatchRules.Check(writes);
        await _created.Value;
        var actions = writes.Select(w => w.Kind switch
        {
            RowWriteKind.Insert => new TableTransactionAction(TableTransactionActionType.Add, ToEntity(partitionKey, w)),
            RowWriteKind.Replace => new TableTransactionAction(TableTransactionActionType.UpdateReplace, ToEntity(partitionKey, w), Condition(w)),
            RowWriteKind.Upsert => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(partitionKey, w)),
            _ => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partitionKey, w.RowKey), Condition(w)),
        }).ToList();
        try
        {
            var responses = await table.SubmitTransactionAsync(actions, cancellationToken);
            return [.. writes.Select((w, i) => w.Kind == RowWriteKind.Delete ? null : responses.Value[i].Headers.ETag?.ToString())];
        }
        catch (TableTransactionFailedException ex) when (ex.FailedTransactionActionIndex is { } index && ex.Status is 404 or 409 or 412)
        {
            var kind = ex.Status switch
            {
                409 => PartitionConflictKind.Exists,
                404 => PartitionConflictKind.Missing,
                _ => PartitionConflictKind.Stale,
            };
            throw new PartitionWriteConflict(index, writes[index].RowKey, kind);
        }
    }

    private static ETag Condition(RowWrite write) => write.IfMatch is { } etag ? new ETag(etag) : ETag.All;

    private static TableEntity ToEntity(string partitionKey, RowWrite write)
    {
        var entity = new TableEntity(partitionKey, write.RowKey);
        foreach (var (name, value) in write.Properties!)
        {
            entity[name] = value;
        }

        return entity;
    }

    private static StoredRow ToRow(TableEntity entity) => new(
        entity.PartitionKey, entity.RowKey, entity.ETag.ToString(),
        entity.Where(p => !SystemProperties.Contains(p.Key) && p.Value is not null).ToDictionary(p => p.Key, p => p.Value));
}
