using System.Reflection;

namespace CareMatch.IntegrationTests.Access;

/// <summary>
/// An instance of a message with every constructor argument empty: zero, Guid.Empty, "", an empty
/// list, a null stream of bytes, an address nobody owns. Refusal must not depend on what the message says.
/// </summary>
internal static class EmptyMessage
{
    public static object Of(Type type) => Build(type, depth: 0)
        ?? throw new InvalidOperationException($"Cannot build an empty {type.FullName}.");

    private static object? Build(Type type, int depth)
    {
        if (type == typeof(string)) return string.Empty;
        if (Nullable.GetUnderlyingType(type) is not null) return null;
        if (type.IsValueType) return Activator.CreateInstance(type);
        if (type == typeof(Stream)) return Stream.Null;
        if (type == typeof(Uri)) return new Uri("https://example.invalid/");
        if (type.IsArray) return Array.CreateInstance(type.GetElementType()!, 0);
        if (type.IsInterface && type.IsGenericType && type.GetGenericArguments() is [var element]) return Array.CreateInstance(element, 0);
        if (type.IsInterface || type.IsAbstract || depth > 3) return null;

        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .Where(c => c.GetParameters().All(p => p.ParameterType != type)) // not a record's copy constructor
            .OrderByDescending(c => c.GetParameters().Length)
            .First();
        return constructor.Invoke(constructor.GetParameters().Select(p => Build(p.ParameterType, depth + 1)).ToArray());
    }
}
