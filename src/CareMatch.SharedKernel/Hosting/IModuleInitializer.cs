namespace CareMatch.SharedKernel.Hosting;

/// <summary>Work a module must do once at start, after migrations (for example, make sure its reference rows exist).</summary>
public interface IModuleInitializer
{
    Task InitializeAsync(CancellationToken cancellationToken);
}
