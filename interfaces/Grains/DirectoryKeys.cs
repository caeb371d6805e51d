namespace CoSell;

/// <summary>Keys of the singleton directory grains.</summary>
public static class DirectoryKeys
{
    public const string Default = "ecosystem";
}
