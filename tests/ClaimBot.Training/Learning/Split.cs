namespace ClaimBot.Training.Learning;

/// <summary>The train / held-out split: by the item's source (FNV-1a hash, even = train), so a source's items stay on one side.</summary>
public static class Split
{
    public static bool IsTrain(string suite, string key)
    {
        var hash = 2166136261u;
        foreach (var c in suite + "/" + key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash % 2 == 0;
    }
}
