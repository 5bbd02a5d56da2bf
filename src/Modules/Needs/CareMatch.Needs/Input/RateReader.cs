using CareMatch.SharedKernel.Input;
using CareMatch.SharedKernel.Values;

namespace CareMatch.Needs.Input;

/// <summary>The most a seeker will pay an hour: the shared pounds reader, with the request's label and limits.</summary>
internal static class RateReader
{
    public const string Label = "the hourly rate";

    public static readonly Money Least = new(1);

    /// <summary>Well above any real hourly rate for home care; more is a typing slip (an extra zero).</summary>
    public static readonly Money Most = new(200_00);

    public static Reading<Money> Read(string? typed) => PoundsInput.Read(typed, Label, Least, Most);
}
