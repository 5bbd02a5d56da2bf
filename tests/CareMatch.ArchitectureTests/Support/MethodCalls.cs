using System.Collections.Concurrent;
using System.Reflection;
using Mono.Cecil;

namespace CareMatch.ArchitectureTests.Support;

/// <summary>
/// Every method an assembly's code calls, read from the IL with Mono.Cecil. Calls inside lambdas
/// and async methods live in compiler-generated nested types; they are charged to the top-level
/// type that contains them.
/// </summary>
internal static class MethodCalls
{
    private static readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<MethodCall>>> Cache = new();

    public static IReadOnlyList<MethodCall> In(Assembly assembly) =>
        Cache.GetOrAdd(assembly.Location, path => new(() => Scan(path))).Value;

    private static List<MethodCall> Scan(string path)
    {
        using var module = ModuleDefinition.ReadModule(path);
        var calls = new List<MethodCall>();
        foreach (var topLevel in module.Types.Where(t => !CecilNames.IsCompilerBookkeeping(t)))
        {
            var caller = CecilNames.SourceTypeOf(topLevel);
            var methods = CecilNames.SelfAndNested(topLevel).SelectMany(t => t.Methods).Where(m => m.HasBody);
            foreach (var method in methods)
            {
                foreach (var instruction in method.Body.Instructions)
                {
                    if (instruction.Operand is not MethodReference called) continue;
                    var declaring = called.DeclaringType.GetElementType();
                    calls.Add(new MethodCall(caller, CecilNames.SourceMethodNameOf(method), CecilNames.FullNameOf(declaring), called.Name));
                }
            }
        }
        return calls;
    }
}
