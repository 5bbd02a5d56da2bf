using System.Diagnostics;

namespace CareMatch.IntegrationTests.Access;

/// <summary>
/// Counts the SQL commands EF Core runs inside one watched call, from EF's own diagnostic events.
/// The count follows the call's async flow (an AsyncLocal), so the host's background pollers,
/// which run on their own, are never counted against it.
/// </summary>
internal sealed class DatabaseCommands : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private const string EntityFramework = "Microsoft.EntityFrameworkCore";
    private const string CommandExecuting = "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuting";

    private static readonly AsyncLocal<Counter?> Current = new();

    private DatabaseCommands()
    {
    }

    /// <summary>Listening starts once per test process; EF only raises the events while someone listens.</summary>
    public static DatabaseCommands Listening { get; } = Start();

    public static async Task<int> CountDuringAsync(Func<Task> work)
    {
        _ = Listening;
        var counter = new Counter();
        Current.Value = counter;
        try
        {
            await work();
        }
        finally
        {
            Current.Value = null;
        }
        return counter.Commands;
    }

    private static DatabaseCommands Start()
    {
        var listening = new DatabaseCommands();
        DiagnosticListener.AllListeners.Subscribe(listening);
        return listening;
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == EntityFramework) value.Subscribe(this);
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == CommandExecuting && Current.Value is { } counter) Interlocked.Increment(ref counter.Commands);
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    private sealed class Counter
    {
        public int Commands;
    }
}
