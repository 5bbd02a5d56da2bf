namespace CareMatch.SharedKernel.Persistence;

/// <summary>One module's DbContext, registered so the host can migrate and health-check every module.</summary>
public sealed record ModuleDatabase(string Schema, Type ContextType);
