using Mono.Cecil;

namespace CareMatch.ArchitectureTests.Support;

/// <summary>Turns Cecil's view of a type into the names people read in reflection and in messages.</summary>
internal static class CecilNames
{
    private const string GeneratedCodeAttribute = "System.CodeDom.Compiler.GeneratedCodeAttribute";

    /// <summary>Cecil writes nested types as Outer/Inner; reflection and C# readers expect Outer+Inner.</summary>
    public static string FullNameOf(TypeReference type) => type.FullName.Replace('/', '+');

    /// <summary>The assembly a referenced type comes from; a type defined here answers with this assembly.</summary>
    public static string AssemblyOf(TypeReference type) => type.Scope switch
    {
        AssemblyNameReference reference => reference.Name,
        ModuleDefinition module => module.Assembly.Name.Name,
        ModuleReference module => Path.GetFileNameWithoutExtension(module.Name),
        _ => type.Scope?.Name ?? "?",
    };

    public static SourceType SourceTypeOf(TypeDefinition topLevel) => new(
        FullNameOf(topLevel),
        topLevel.Namespace,
        topLevel.CustomAttributes.Any(a => a.AttributeType.FullName == GeneratedCodeAttribute));

    /// <summary>Compiler bookkeeping such as &lt;Module&gt; and &lt;PrivateImplementationDetails&gt;, written by nobody.</summary>
    public static bool IsCompilerBookkeeping(TypeDefinition type) => type.Name.StartsWith('<');

    /// <summary>
    /// The method as a person wrote it: "TellEveryoneAsync" for the MoveNext of its async state
    /// machine, "UtcNowLater" for a lambda inside it, "RegisterInput.get_Email" for a nested class.
    /// </summary>
    public static string SourceMethodNameOf(MethodDefinition method)
    {
        var written = WrittenIn(method.Name);
        var nestedTypes = new List<string>();
        for (var type = method.DeclaringType; type.IsNested; type = type.DeclaringType)
        {
            if (WrittenIn(type.Name) is { } writtenInType) written ??= writtenInType;
            else if (!IsCompilerBookkeeping(type)) nestedTypes.Insert(0, type.Name);
        }
        return string.Join('.', [.. nestedTypes, written ?? method.Name]);
    }

    /// <summary>The compiler names what it writes for method M "&lt;M&gt;b__0_0", "&lt;M&gt;d__3" and so on.</summary>
    private static string? WrittenIn(string compilerName)
    {
        var end = compilerName.IndexOf('>', StringComparison.Ordinal);
        return compilerName.StartsWith('<') && end > 1 ? compilerName[1..end] : null;
    }

    /// <summary>A type and every type nested in it, however deep.</summary>
    public static IEnumerable<TypeDefinition> SelfAndNested(TypeDefinition type) =>
        [type, .. type.NestedTypes.SelectMany(SelfAndNested)];
}
