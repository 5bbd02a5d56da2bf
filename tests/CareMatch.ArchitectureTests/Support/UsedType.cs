namespace CareMatch.ArchitectureTests.Support;

/// <summary>A type that some code uses, and the assembly that type lives in.</summary>
internal sealed record UsedType(string FullName, string AssemblyName)
{
    public override string ToString() => $"{FullName} ({AssemblyName})";
}
