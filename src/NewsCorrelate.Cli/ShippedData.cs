namespace NewsCorrelate.Cli;

/// <summary>Where the shipped data lives: <c>corpus/</c> and <c>models/</c> next to the executable (the build copies
/// them there), else in the repository the executable was built from. <c>NEWSCORRELATE_CORPUS</c> overrides the
/// corpus folder (tests, or an analyst's own starter corpus).</summary>
internal static class ShippedData
{
    public static string? CorpusFolder(CliContext context) =>
        context.GetEnvironmentVariable("NEWSCORRELATE_CORPUS") is { Length: > 0 } overridden ? overridden : Find("corpus");

    public static string? ModelsFolder() => Find("models");

    private static string? Find(string name)
    {
        var beside = Path.Combine(AppContext.BaseDirectory, name);
        if (Directory.Exists(beside)) return beside;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsCorrelate.sln")) && Directory.Exists(Path.Combine(dir.FullName, name)))
                return Path.Combine(dir.FullName, name);
        return null;
    }
}
