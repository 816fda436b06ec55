namespace LocalizationAnalyzers.Tests.Infrastructure;

/// <summary>Finds a type by its metadata name among the framework and the SDK assemblies the tests reference.</summary>
internal static class SdkTypes
{
    public static Type? Find(string metadataName) =>
        Type.GetType(metadataName + ", System.Net.Http") ??
        Type.GetType(metadataName + ", System.Net.Http.Json") ??
        Type.GetType(metadataName + ", System.Net.Mail") ??
        Type.GetType(metadataName + ", System.Net.Requests") ??
        Type.GetType(metadataName + ", System.Net.WebClient") ??
        Type.GetType(metadataName + ", System.Net.WebSockets.Client") ??
        SdkAssemblies.Loaded.Select(a => a.GetType(metadataName)).FirstOrDefault(t => t is not null);
}
