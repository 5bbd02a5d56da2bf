namespace CareMatch.FakeStripe.Http;

/// <summary>When a planned failure strikes: before the fake acts, or after it acted with the answer lost on the way back.</summary>
public enum FailureTiming
{
    BeforeActing,
    AfterActing,
}

/// <summary>A failure a test planned for the next matching request.</summary>
public sealed record Failure(string Method, string PathStart, FailureTiming Timing, int Status = 500)
{
    public bool Matches(StripeCall call) =>
        call.Method == Method && string.Join('/', call.Path).StartsWith(PathStart, StringComparison.Ordinal);
}
