namespace CareMatch.ArchitectureTests.Support;

/// <summary>
/// A top-level type of the assembly under test. Nested types (including the closures and async
/// state machines the compiler writes) are folded into it, so a dependency hidden in a lambda is
/// still charged to the class a person wrote.
/// </summary>
internal sealed record SourceType(string FullName, string Namespace, bool IsGeneratedCode)
{
    private const string MediatorNamespace = "Mediator";
    private const string DependencyInjectionNamespace = "Microsoft.Extensions.DependencyInjection";

    /// <summary>
    /// Code the Mediator source generator writes into the host; it has to reach module handlers,
    /// so the host rules skip it. Everything in the generator's own namespace (Mediator, and
    /// Mediator.Internals) is its output. Microsoft.Extensions.DependencyInjection is a namespace
    /// people also write their own extensions in, so there only [GeneratedCode] types are skipped.
    /// </summary>
    public bool IsGeneratedMediatorWiring =>
        Namespace == MediatorNamespace
        || Namespace.StartsWith(MediatorNamespace + ".", StringComparison.Ordinal)
        || (IsGeneratedCode && Namespace == DependencyInjectionNamespace);
}
