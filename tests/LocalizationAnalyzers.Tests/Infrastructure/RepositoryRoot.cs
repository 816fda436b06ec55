namespace LocalizationAnalyzers.Tests.Infrastructure;

/// <summary>The checkout the tests run from (the folder holding LocalizationAnalyzers.sln).</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "LocalizationAnalyzers.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("LocalizationAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
