namespace CoSell.Grains.Storage;

public enum RowWriteKind
{
    /// <summary>Create the row; fails when it exists.</summary>
    Insert,

    /// <summary>Replace the row, which must exist and still carry the given ETag (any ETag when none is given).</summary>
    Replace,

    /// <summary>Create or replace the row, unconditionally.</summary>
    Upsert,

    /// <summary>Delete the row, which must exist and still carry the given ETag (any ETag when none is given).</summary>
    Delete,
}
