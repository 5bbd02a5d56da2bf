namespace CareMatch.ArchitectureTests.Support;

/// <summary>
/// A top-level type of the assembly under test. Nested types (including the closures and async
/// state machines the compiler writes) are folded into it, so a dependency hidden in a lambda is
/// still charged to the class a person wrote.
/// </summary>
internal sealed record SourceType(string FullName, string Namespace, bool IsGeneratedCode)
{
    /// <summary>
    /// Code the Mediator source generator writes into the host. It has to reach module handlers,
    /// so the host rules skip it; hand-written code in those namespaces is still checked.
    /// </summary>
    public bool IsGeneratedMediatorWiring =>
        IsGeneratedCode && Namespace is "Mediator" or "Microsoft.Extensions.DependencyInjection";
}
