namespace CareMatch.ArchitectureTests.Support;

/// <summary>One call (or method-group reference) found in IL: who calls what. CallerMethod is the name as written in C#.</summary>
internal sealed record MethodCall(SourceType Caller, string CallerMethod, string CalledType, string CalledMethod)
{
    public string Called => $"{CalledType}.{CalledMethod}";
}
