namespace NewsCorrelate.Tests.Fixtures;

/// <summary>Paths to the repository and to the read-only <c>../shared</c> folder beside it
/// (seeds, domain notes, extraction benchmark). <c>NEWSCORRELATE_SHARED</c> overrides the latter.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Shared { get; } =
        Environment.GetEnvironmentVariable("NEWSCORRELATE_SHARED") is { Length: > 0 } s ? s : Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Seeds => Path.Combine(Shared, "seeds");
    public static string Domain => Path.Combine(Shared, "domain");
    public static string Corpus => Path.Combine(Root, "corpus");
    public static string Models => Path.Combine(Root, "models");

    /// <summary>The text of a seed article by its file-name prefix ("000" ... "003").</summary>
    public static string Seed(string prefix) =>
        File.ReadAllText(Directory.GetFiles(Seeds, prefix + "_*.txt").Single());

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsCorrelate.sln")))
                return dir.FullName;
        throw new InvalidOperationException("NewsCorrelate.sln not found above " + AppContext.BaseDirectory);
    }
}
