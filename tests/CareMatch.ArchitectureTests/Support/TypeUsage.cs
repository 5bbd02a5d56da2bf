using System.Collections.Concurrent;
using System.Reflection;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace CareMatch.ArchitectureTests.Support;

/// <summary>
/// Every type each top-level type of an assembly uses: in its signatures, base types, attributes,
/// locals and method bodies (Mono.Cecil reads the IL). Each use is tagged with the assembly the
/// used type lives in, so rules can reason about module boundaries by assembly, not by namespace
/// prefix (CareMatch.Needs.Contracts starts with CareMatch.Needs but is allowed).
/// </summary>
internal static class TypeUsage
{
    private static readonly ConcurrentDictionary<string, Lazy<IReadOnlyDictionary<SourceType, IReadOnlySet<UsedType>>>> Cache = new();

    public static IReadOnlyDictionary<SourceType, IReadOnlySet<UsedType>> Of(Assembly assembly) =>
        Cache.GetOrAdd(assembly.Location, path => new(() => Scan(path))).Value;

    private static Dictionary<SourceType, IReadOnlySet<UsedType>> Scan(string path)
    {
        using var module = ModuleDefinition.ReadModule(path);
        var result = new Dictionary<SourceType, IReadOnlySet<UsedType>>();
        foreach (var type in module.Types.Where(t => !CecilNames.IsCompilerBookkeeping(t)))
        {
            var collector = new Collector();
            foreach (var part in CecilNames.SelfAndNested(type)) collector.AddDefinition(part);
            result[CecilNames.SourceTypeOf(type)] = collector.Used;
        }
        return result;
    }

    private sealed class Collector
    {
        public HashSet<UsedType> Used { get; } = [];

        public void AddDefinition(TypeDefinition type)
        {
            Add(type.BaseType);
            foreach (var implemented in type.Interfaces) Add(implemented.InterfaceType);
            AddAttributes(type);
            AddConstraints(type);
            foreach (var field in type.Fields)
            {
                Add(field.FieldType);
                AddAttributes(field);
            }
            foreach (var property in type.Properties)
            {
                Add(property.PropertyType);
                AddAttributes(property);
            }
            foreach (var @event in type.Events) Add(@event.EventType);
            foreach (var method in type.Methods) AddMethod(method);
        }

        private void AddMethod(MethodDefinition method)
        {
            AddSignature(method);
            AddAttributes(method);
            AddConstraints(method);
            if (!method.HasBody) return;
            foreach (var variable in method.Body.Variables) Add(variable.VariableType);
            foreach (var handler in method.Body.ExceptionHandlers) Add(handler.CatchType);
            foreach (var instruction in method.Body.Instructions) AddOperand(instruction);
        }

        private void AddOperand(Instruction instruction)
        {
            switch (instruction.Operand)
            {
                case TypeReference type:
                    Add(type);
                    break;
                case MethodReference called:
                    Add(called.DeclaringType);
                    AddSignature(called);
                    if (called is GenericInstanceMethod generic)
                    {
                        foreach (var argument in generic.GenericArguments) Add(argument);
                    }
                    break;
                case FieldReference field:
                    Add(field.DeclaringType);
                    Add(field.FieldType);
                    break;
            }
        }

        private void AddSignature(IMethodSignature method)
        {
            Add(method.ReturnType);
            foreach (var parameter in method.Parameters) Add(parameter.ParameterType);
        }

        private void AddConstraints(IGenericParameterProvider owner)
        {
            foreach (var parameter in owner.GenericParameters)
            {
                foreach (var constraint in parameter.Constraints) Add(constraint.ConstraintType);
            }
        }

        // Attribute types only: reading attribute arguments would need every referenced assembly resolved.
        private void AddAttributes(Mono.Cecil.ICustomAttributeProvider owner)
        {
            foreach (var attribute in owner.CustomAttributes) Add(attribute.AttributeType);
        }

        private void Add(TypeReference? type)
        {
            switch (type)
            {
                case null or GenericParameter:
                    return;
                case GenericInstanceType generic:
                    Add(generic.ElementType);
                    foreach (var argument in generic.GenericArguments) Add(argument);
                    return;
                case FunctionPointerType pointer:
                    AddSignature(pointer);
                    return;
                case RequiredModifierType required:
                    Add(required.ModifierType);
                    Add(required.ElementType);
                    return;
                case OptionalModifierType optional:
                    Add(optional.ModifierType);
                    Add(optional.ElementType);
                    return;
                case TypeSpecification specification: // arrays, by-ref, pointers
                    Add(specification.ElementType);
                    return;
                default:
                    Used.Add(new UsedType(CecilNames.FullNameOf(type), CecilNames.AssemblyOf(type)));
                    return;
            }
        }
    }
}
