namespace CareMatch.SharedKernel.Authorization;

/// <summary>
/// Whether the message being sent now comes from module code through <see cref="ModuleSender"/>.
/// An AsyncLocal, so it follows that one call down its own awaits and never leaks into the
/// request that happens to be running around it. Only <see cref="ModuleSender"/> can begin one.
/// </summary>
public static class ModuleCall
{
    private static readonly AsyncLocal<bool> Active = new();

    public static bool IsActive => Active.Value;

    internal static IDisposable Begin()
    {
        var outer = Active.Value;
        Active.Value = true;
        return new Scope(outer);
    }

    private sealed class Scope(bool outer) : IDisposable
    {
        public void Dispose() => Active.Value = outer;
    }
}
