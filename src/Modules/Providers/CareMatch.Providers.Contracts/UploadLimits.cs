namespace CareMatch.Providers.Contracts;

/// <summary>The largest photo or evidence file Providers takes. Pages and the host's request limit read it; nobody retypes "5 MB".</summary>
public static class UploadLimits
{
    public const int MaxFileMegabytes = 5;

    public const long MaxFileBytes = MaxFileMegabytes * 1024L * 1024L;

    /// <summary>"smaller than 5 MB", for hints and messages.</summary>
    public static readonly string SmallerThan = $"smaller than {MaxFileMegabytes} MB";
}
